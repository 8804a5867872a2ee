"""Word lists the title patterns are built from (all lower case; compare with ``.lower()``).

A *head* names a position and can end a title (``minister``, ``CEO``, ``head``); a *modifier*
can only stand before a head (``deputy``, ``foreign``); *domain* words fill the complement of a
title (``Minister for Strategic Industries``). Together with country forms and known
organization names they make up everything a title may contain, so the first word that is
none of these is where a name can start.
"""

from __future__ import annotations

__all__ = [
    "CONNECTORS",
    "CORPORATE_HEADS",
    "DETERMINERS",
    "DOMAIN",
    "HEADS",
    "LINK_VERBS",
    "MODIFIERS",
    "NOT_NAMES",
    "ORG_HEADS",
    "PARTICLES",
    "PARTIES",
    "POSSESSIVE_NOUNS",
    "PRIVATE_HEADS",
    "PUBLIC_HEADS",
    "PUBLIC_WORDS",
    "RANKS",
    "RANK_CHANGING",
    "TRIGGERS",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PUBLIC_HEADS = _words(
    """
    minister secretary president chancellor premier commissioner ambassador envoy
    representative governor mayor senator congressman congresswoman lawmaker mp deputy
    commander commander-in-chief secretary-general vice-president vice-chancellor
    attaché prosecutor ombudsman speaker politician
    """
)
"""Heads that by themselves name a public office."""

RANKS = _words(
    """
    general admiral colonel lieutenant brigadier marshal major captain sergeant
    lieutenant-general major-general lieutenant-colonel rear-admiral vice-admiral
    brigadier-general
    """
)
"""Military ranks: kept as an attribute, never compared with a role."""

CORPORATE_HEADS = _words(
    """
    ceo coo cfo cto chairman chairwoman chairperson chair founder co-founder cofounder
    owner president executive
    """
)
"""Heads that, after a company name, make a company title (``Rheinmetall CEO``)."""

PRIVATE_HEADS = _words(
    """
    analyst economist researcher fellow research-fellow professor expert strategist
    consultant commentator journalist correspondent reporter editor columnist
    """
)
"""Heads of private roles: never a public office, whatever their complement (``defence
economist``, ``analyst at the Ministry's think tank``)."""

HEADS = (
    PUBLIC_HEADS
    | RANKS
    | CORPORATE_HEADS
    | _words(
        """
    head chief director director-general officer spokesperson spokesman spokeswoman
    adviser advisor aide analyst fellow researcher economist professor expert manager
    coordinator administrator inspector leader commissioner chief-of-staff member
    """
    )
)
"""Every word that can end a title."""

MODIFIERS = _words(
    """
    deputy first vice acting former interim senior junior chief executive foreign defence
    defense prime finance economy economic interior justice energy digital trade industry
    strategic armed forces security national state army navy air force supreme allied joint
    chiefs staff ground naval military intelligence procurement press regional commercial
    technical financial operating managing presidential parliamentary permanent special
    rear policy foreign-policy top lead principal assistant associate under undersecretary
    under-secretary high general lieutenant major colonel brigadier european
    development innovation technology communications veterans programme program marketing
    sales research operations political newly new outgoing incoming then current
    co-chief deputy-chief research-fellow federal
    """
)
"""Words that can stand before a head inside a title."""

DOMAIN = _words(
    """
    strategic industries industry defence defense digital transformation foreign affairs
    european integration euro-atlantic economy economic finance trade energy space security
    national council internal market prosperity strategy industrial armed forces ground
    air naval navy army staff general joint chiefs intelligence procurement agency ministry
    office state logistics operator president veterans reintegration temporarily occupied
    territories business financial health justice interior education infrastructure
    communities development innovation technology technologies communications policy
    defence-industrial defense-industrial commission parliament government cabinet
    administration department unmanned systems forces operations command special
    internal armaments armament equipment acquisition support export control commerce
    affairs committee subcommittee commons senate
    """
)
"""Words that can fill a title's complement after ``of``/``for``."""

PARTIES = _words(
    """
    greens green cdu csu spd fdp afd bsw labour conservative conservatives tory tories
    liberal liberals democrat democrats democratic republican republicans opposition
    social-democratic christian-democratic
    """
)
"""Party words that may qualify ``politician`` (``Greens-defence politician``): German and
British reports name a member of parliament by party and portfolio."""

CONNECTORS = _words("of for and the & in at on to")
"""Small words that can join the parts of a title."""

DETERMINERS = _words("the its his her their our this that")
"""Words before a title that make it a reference to someone already named."""

POSSESSIVE_NOUNS = _words(
    "company firm group ministry agency government country alliance bloc commission "
    "concern holding venture manufacturer maker producer startup start-up organisation "
    "organization department"
)
"""``the company's CEO``: nouns whose possessive can introduce a title."""

RANK_CHANGING = _words("deputy prime under assistant vice co")
"""Modifiers that change which office a title names (a deputy minister is not a minister)."""

PUBLIC_WORDS = _words(
    """
    ministry ministries government administration agency council parliament commission
    armed forces staff command office service directorate cabinet military state
    regional municipal city presidential national defence defense parliamentary
    committee
    """
)
"""Complement words that make a generic head (``head``, ``director``) a public office."""

LINK_VERBS = _words("now currently formerly later then still")
"""``X, now Secretary of ...``: adverbs that may open an appositive title."""

ORG_HEADS = _words(
    """
    systems robotics industries technologies technology tech aerospace aerosystems
    aviation dynamics munitions arms armour armor works arsenal motors marine shipyard
    shipyards shipbuilding electronics solutions engineering labs laboratories institute
    centre center agency ministry council commission committee administration bureau
    service directorate bank foundation association alliance union federation group
    holding holdings corporation company concern enterprise plant factory partners
    capital ventures consortium university academy party parliament cluster coalition
    network operator inc inc. ltd ltd. llc gmbh ag jsc pjsc plc sa s.a. se as ab oy oyj
    nv n.v. bv b.v. spa s.p.a. corp corp. co co. kg a.s. s.r.o. defence defense
    forces army navy command office department court school hospital airport street
    avenue boulevard square bridge station prize award cup conference summit forum
    exhibition show week fund facility programme program initiative instrument mechanism
    coalition house hall tower palace
    """
)
"""Last words of names that belong to organizations, places or events, never to people."""

PARTICLES = _words("von van der den de da di du la le del della dos das ter ten bin ibn al el")
"""Lower-case particles inside a person's name (``Ursula von der Leyen``)."""

NOT_NAMES = _words(
    """
    a an the this that these those there here it its he she they we you i his her their
    our my your who whom whose which what when where why how if while as at by in on of
    for from into onto with without within to and but or nor so yet also although though
    after before since until unless because however meanwhile moreover furthermore notably
    still then thus therefore instead besides otherwise finally first second third last
    next earlier later today yesterday tomorrow tonight now some many most all both each
    every several few more less other another such no not only just even according
    speaking asked despite among between during under over about above below around
    against along across behind beyond near through throughout toward towards upon via
    per mr mrs ms dr sir lord lady dame mister madam
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
    friday saturday sunday q a photo read share subscribe advertisement follow watch
    update updates live breaking analysis opinion comment editorial interview summary
    faq source sources reporting editing additional by via kyiv time
    russian ukrainian european western eastern northern southern
    """
)
"""Capitalised words that never start or form a person's name."""

_TRIGGER_HEADS = HEADS | _words("commander-in-chief secretary-general director-general")


def _hyphen_title(word: str) -> str:
    """``commander-in-chief`` -> ``Commander-in-Chief``."""
    return "-".join(p if p in CONNECTORS else p.capitalize() for p in word.split("-"))


TRIGGERS: frozenset[str] = frozenset(
    form
    for word in _TRIGGER_HEADS
    for form in (word, word.capitalize(), word.upper(), word.title(), _hyphen_title(word))
    if form.isupper() is False or len(word) <= 4
)
"""Surface forms of every head, as searched in the text (``minister``, ``Minister``, ``CEO``)."""
