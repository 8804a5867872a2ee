"""Table-driven tests of find_statements (indirect speech) on defence-industry news prose."""

from __future__ import annotations

import pytest

from defnews.models import Span
from defnews.text.sentences import split_sentences
from defnews.text.statements import find_statements

# Each case: text -> [(speaker, verb, content, evidence), ...]
CASES = [
    pytest.param(
        "The alliance's director for armaments, Pieter Van Dijk, said shell output was rising "
        "faster than planned.",
        [
            (
                "Pieter Van Dijk",
                "said",
                "shell output was rising faster than planned",
                "said shell output was rising faster than planned",
            )
        ],
        id="apposition-name-between-commas",
    ),
    pytest.param(
        "Marta Kowalczyk (chief executive of Wola Arms) said the plant would hire 400 workers "
        "next year.",
        [
            (
                "Marta Kowalczyk",
                "said",
                "the plant would hire 400 workers next year",
                "said the plant would hire 400 workers next year",
            )
        ],
        id="bracketed-role-skipped",
    ),
    pytest.param(
        "In a letter to MPs on Tuesday, she said the ministry had signed three new orders.",
        [
            (
                "she",
                "said",
                "the ministry had signed three new orders",
                "said the ministry had signed three new orders",
            )
        ],
        id="pronoun-zero-that",
    ),
    pytest.param(
        "Viktor Hrytsenko said the factory currently builds 40 armoured vehicles a month.",
        [
            (
                "Viktor Hrytsenko",
                "said",
                "the factory currently builds 40 armoured vehicles a month",
                "said the factory currently builds 40 armoured vehicles a month",
            )
        ],
        id="present-tense-content",
    ),
    pytest.param(
        "Deputy Defence Minister Olena Marchuk revealed that the army received 30 new "
        "howitzers in January.",
        [
            (
                "Deputy Defence Minister Olena Marchuk",
                "revealed",
                "the army received 30 new howitzers in January",
                "revealed that the army received 30 new howitzers in January",
            )
        ],
        id="revealed-title",
    ),
    pytest.param(
        "Ukrainian Defence Minister Rustem Umerov highlighted that half of the promised "
        "shells arrive late, underscoring the need for local production.",
        [
            (
                "Ukrainian Defence Minister Rustem Umerov",
                "highlighted",
                "half of the promised shells arrive late",
                "highlighted that half of the promised shells arrive late",
            )
        ],
        id="highlighted-participle-end",
    ),
    pytest.param(
        "Zelenskyy has promised tax breaks for foreign arms makers that open plants in Ukraine.",
        [
            (
                "Zelenskyy",
                "has promised",
                "tax breaks for foreign arms makers that open plants in Ukraine",
                "has promised tax breaks for foreign arms makers that open plants in Ukraine",
            )
        ],
        id="has-promised-object",
    ),
    pytest.param(
        "Umerov said the contract would be signed next week.",
        [
            (
                "Umerov",
                "said",
                "the contract would be signed next week",
                "said the contract would be signed next week",
            )
        ],
        id="said-zero-that",
    ),
    pytest.param(
        "Rheinmetall CEO Armin Papperger told reporters that the Lviv plant would open in 2025.",
        [
            (
                "Rheinmetall CEO Armin Papperger",
                "told reporters",
                "the Lviv plant would open in 2025",
                "told reporters that the Lviv plant would open in 2025",
            )
        ],
        id="told-reporters",
    ),
    pytest.param(
        "Kamyshin told Reuters on Monday that output of drones had tripled.",
        [
            (
                "Kamyshin",
                "told Reuters",
                "output of drones had tripled",
                "told Reuters on Monday that output of drones had tripled",
            )
        ],
        id="told-reuters-adjunct",
    ),
    pytest.param(
        "The ministry announced that it had ordered 100,000 FPV drones.",
        [
            (
                "The ministry",
                "announced",
                "it had ordered 100,000 FPV drones",
                "announced that it had ordered 100,000 FPV drones",
            )
        ],
        id="announced-that",
    ),
    pytest.param(
        "NATO Secretary General Mark Rutte warned that Europe's stocks were too low.",
        [
            (
                "NATO Secretary General Mark Rutte",
                "warned",
                "Europe's stocks were too low",
                "warned that Europe's stocks were too low",
            )
        ],
        id="warned-that",
    ),
    pytest.param(
        "Fedorov noted that most drones are now assembled domestically.",
        [
            (
                "Fedorov",
                "noted",
                "most drones are now assembled domestically",
                "noted that most drones are now assembled domestically",
            )
        ],
        id="noted-that",
    ),
    pytest.param(
        "German Chancellor Olaf Scholz stressed that Berlin would keep supporting Kyiv.",
        [
            (
                "German Chancellor Olaf Scholz",
                "stressed",
                "Berlin would keep supporting Kyiv",
                "stressed that Berlin would keep supporting Kyiv",
            )
        ],
        id="stressed-that",
    ),
    pytest.param(
        "EU foreign policy chief Kaja Kallas emphasised that the fund must be ready by June.",
        [
            (
                "EU foreign policy chief Kaja Kallas",
                "emphasised",
                "the fund must be ready by June",
                "emphasised that the fund must be ready by June",
            )
        ],
        id="emphasised-that",
    ),
    pytest.param(
        "Kallas emphasized that the fund must be ready by June.",
        [
            (
                "Kallas",
                "emphasized",
                "the fund must be ready by June",
                "emphasized that the fund must be ready by June",
            )
        ],
        id="emphasized-that",
    ),
    pytest.param(
        "Saab confirmed that it had received an order for two radar systems.",
        [
            (
                "Saab",
                "confirmed",
                "it had received an order for two radar systems",
                "confirmed that it had received an order for two radar systems",
            )
        ],
        id="confirmed-that",
    ),
    pytest.param(
        "Papperger added that a second plant was under consideration.",
        [
            (
                "Papperger",
                "added",
                "a second plant was under consideration",
                "added that a second plant was under consideration",
            )
        ],
        id="added-that",
    ),
    pytest.param(
        "The company's chief executive explained that steel prices had delayed the project.",
        [
            (
                "The company's chief executive",
                "explained",
                "steel prices had delayed the project",
                "explained that steel prices had delayed the project",
            )
        ],
        id="explained-that",
    ),
    pytest.param(
        "Ukroboronprom reported that its revenue grew by 40 percent.",
        [
            (
                "Ukroboronprom",
                "reported",
                "its revenue grew by 40 percent",
                "reported that its revenue grew by 40 percent",
            )
        ],
        id="reported-that",
    ),
    pytest.param(
        "The Kremlin claimed that the new plant was a legitimate target.",
        [
            (
                "The Kremlin",
                "claimed",
                "the new plant was a legitimate target",
                "claimed that the new plant was a legitimate target",
            )
        ],
        id="claimed-that",
    ),
    pytest.param(
        "Baykar denied that it had paused work on the factory.",
        [
            (
                "Baykar",
                "denied",
                "it had paused work on the factory",
                "denied that it had paused work on the factory",
            )
        ],
        id="denied-that",
    ),
    pytest.param(
        "The ministry denied reports that it had signed a deal with the company.",
        [
            (
                "The ministry",
                "denied",
                "it had signed a deal with the company",
                "denied reports that it had signed a deal with the company",
            )
        ],
        id="denied-reports",
    ),
    pytest.param(
        "Denmark pledged to finance the production of Bohdana howitzers.",
        [
            (
                "Denmark",
                "pledged",
                "to finance the production of Bohdana howitzers",
                "pledged to finance the production of Bohdana howitzers",
            )
        ],
        id="pledged-to",
    ),
    pytest.param(
        "Smetanin insisted that the shells met NATO standards.",
        [
            (
                "Smetanin",
                "insisted",
                "the shells met NATO standards",
                "insisted that the shells met NATO standards",
            )
        ],
        id="insisted-that",
    ),
    pytest.param(
        "Estonian Prime Minister Kristen Michal argued that joint borrowing was the fastest route.",
        [
            (
                "Estonian Prime Minister Kristen Michal",
                "argued",
                "joint borrowing was the fastest route",
                "argued that joint borrowing was the fastest route",
            )
        ],
        id="argued-that",
    ),
    pytest.param(
        "Umerov assured partners that every delivery would be audited.",
        [
            (
                "Umerov",
                "assured partners",
                "every delivery would be audited",
                "assured partners that every delivery would be audited",
            )
        ],
        id="assured-partners",
    ),
    pytest.param(
        "The minister informed the parliament that the budget would be raised.",
        [
            (
                "The minister",
                "informed the parliament",
                "the budget would be raised",
                "informed the parliament that the budget would be raised",
            )
        ],
        id="informed-parliament",
    ),
    pytest.param(
        "The State Special Communications Service stated that the network was secure.",
        [
            (
                "The State Special Communications Service",
                "stated",
                "the network was secure",
                "stated that the network was secure",
            )
        ],
        id="stated-that",
    ),
    pytest.param(
        "Rheinmetall said in a statement that it would hire 200 engineers.",
        [
            (
                "Rheinmetall",
                "said",
                "it would hire 200 engineers",
                "said in a statement that it would hire 200 engineers",
            )
        ],
        id="said-in-statement-that",
    ),
    pytest.param(
        "According to the ministry, the first rounds will reach the front in March.",
        [
            (
                "the ministry",
                "According to",
                "the first rounds will reach the front in March",
                "According to the ministry, the first rounds will reach the front in March",
            )
        ],
        id="according-to-start",
    ),
    pytest.param(
        "The first rounds will reach the front in March, according to the ministry.",
        [
            (
                "the ministry",
                "according to",
                "The first rounds will reach the front in March",
                "The first rounds will reach the front in March, according to the ministry",
            )
        ],
        id="according-to-end",
    ),
    pytest.param(
        "The minister said that the tender would close in April.",
        [
            (
                "The minister",
                "said",
                "the tender would close in April",
                "said that the tender would close in April",
            )
        ],
        id="role-minister",
    ),
    pytest.param(
        "The ministry said that it had approved 30 new weapon systems.",
        [
            (
                "The ministry",
                "said",
                "it had approved 30 new weapon systems",
                "said that it had approved 30 new weapon systems",
            )
        ],
        id="role-ministry",
    ),
    pytest.param(
        "Umerov, who visited Washington last week, said that the deal was close.",
        [("Umerov", "said", "the deal was close", "said that the deal was close")],
        id="apposition",
    ),
    pytest.param(
        "Papperger said that the plant would open in 2025, adding that talks with partners "
        "were ongoing.",
        [
            (
                "Papperger",
                "said",
                "the plant would open in 2025",
                "said that the plant would open in 2025",
            ),
            (
                "Papperger",
                "adding",
                "talks with partners were ongoing",
                "adding that talks with partners were ongoing",
            ),
        ],
        id="adding-that",
    ),
    pytest.param(
        "Kallas has also said that the bloc must spend more on air defence.",
        [
            (
                "Kallas",
                "has also said",
                "the bloc must spend more on air defence",
                "has also said that the bloc must spend more on air defence",
            )
        ],
        id="has-also-said",
    ),
    pytest.param(
        '"We are ready," Umerov said.',
        [],
        id="quote-attribution-none",
    ),
    pytest.param(
        'Zelenskyy said: "We will win."',
        [],
        id="colon-quote-none",
    ),
    pytest.param(
        "He said that the plant would open soon.",
        [
            (
                "He",
                "said",
                "the plant would open soon",
                "said that the plant would open soon",
            ),
        ],
        id="pronoun-sentence-initial",
    ),
    pytest.param(
        "She told reporters that the ministry had signed two more orders for shells.",
        [
            (
                "She",
                "told reporters",
                "the ministry had signed two more orders for shells",
                "told reporters that the ministry had signed two more orders for shells",
            ),
        ],
        id="pronoun-sentence-initial-listener",
    ),
    pytest.param(
        "Marta Kowalczyk told reporters on Monday that the line was ready and revealed that "
        "two more buyers had signed.",
        [
            (
                "Marta Kowalczyk",
                "told reporters",
                "the line was ready",
                "told reporters on Monday that the line was ready",
            ),
            (
                "Marta Kowalczyk",
                "revealed",
                "two more buyers had signed",
                "revealed that two more buyers had signed",
            ),
        ],
        id="and-verb-that-keeps-speaker",
    ),
    pytest.param(
        "The first batch of 200 drones has been delivered to the front, informed the Ministry"
        " of Strategic Industries of Ukraine.",
        [
            (
                "the Ministry of Strategic Industries of Ukraine",
                "informed",
                "The first batch of 200 drones has been delivered to the front",
                "The first batch of 200 drones has been delivered to the front, informed "
                "the Ministry of Strategic Industries of Ukraine",
            ),
        ],
        id="inverted-informed",
    ),
    pytest.param(
        "Wola Arms rejected claims on Monday that it had sold its ammunition plant.",
        [
            (
                "Wola Arms",
                "rejected",
                "it had sold its ammunition plant",
                "rejected claims on Monday that it had sold its ammunition plant",
            ),
        ],
        id="rejected-claims-that",
    ),
    pytest.param(
        "The ministry refuted the information spread in some Telegram channels that the funds"
        " had been frozen.",
        [
            (
                "The ministry",
                "refuted",
                "the funds had been frozen",
                "refuted the information spread in some Telegram channels that the funds "
                "had been frozen",
            ),
        ],
        id="refuted-the-information-that",
    ),
    pytest.param(
        "Wola Arms denied a report in a Polish weekly that it had sold its stake.",
        [
            (
                "Wola Arms",
                "denied",
                "it had sold its stake",
                "denied a report in a Polish weekly that it had sold its stake",
            ),
        ],
        id="denied-a-report-that",
    ),
    pytest.param(
        "Viktor Hrytsenko urged allies to place long-term orders for shells.",
        [
            (
                "Viktor Hrytsenko",
                "urged",
                "allies to place long-term orders for shells",
                "urged allies to place long-term orders for shells",
            ),
        ],
        id="urged-object-to",
    ),
    pytest.param(
        "Chancellor Olaf Scholz called on partners to send more air defence systems.",
        [
            (
                "Chancellor Olaf Scholz",
                "called",
                "partners to send more air defence systems",
                "called on partners to send more air defence systems",
            ),
        ],
        id="called-on-object-to",
    ),
    pytest.param(
        "Pete Hegseth pressed allies to raise defence spending to 5% of GDP.",
        [
            (
                "Pete Hegseth",
                "pressed",
                "allies to raise defence spending to 5% of GDP",
                "pressed allies to raise defence spending to 5% of GDP",
            ),
        ],
        id="pressed-object-to",
    ),
    pytest.param(
        "The agency's director put the value at EUR 31 million.",
        [
            (
                "The agency's director",
                "put",
                "the value at EUR 31 million",
                "put the value at EUR 31 million",
            ),
        ],
        id="put-the-value-at",
    ),
    pytest.param(
        "Defence Minister Christine Lambrecht announced the decision at Ramstein.",
        [
            (
                "Defence Minister Christine Lambrecht",
                "announced",
                "the decision at Ramstein",
                "announced the decision at Ramstein",
            ),
        ],
        id="announced-the-decision",
    ),
    pytest.param(
        "President Volodymyr Zelensky first announced the plan in September.",
        [
            (
                "President Volodymyr Zelensky",
                "announced",
                "the plan in September",
                "announced the plan in September",
            ),
        ],
        id="first-announced-the-plan",
    ),
    pytest.param(
        "The committee also recommends that the ministry publish its spending with British firms.",
        [
            (
                "The committee",
                "recommends",
                "the ministry publish its spending with British firms",
                "recommends that the ministry publish its spending with British firms",
            ),
        ],
        id="committee-recommends-that",
    ),
    pytest.param(
        "She put the kettle on before the briefing.",
        [],
        id="put-without-at-none",
    ),
    pytest.param(
        "The company called the deal historic.",
        [],
        id="called-without-on-none",
    ),
    pytest.param(
        "Viktor Hrytsenko urged caution.",
        [],
        id="urged-without-to-none",
    ),
    pytest.param(
        "Rheinmetall announced plans to build an ammunition factory in Ukraine.",
        [],
        id="announced-plans-none",
    ),
    pytest.param(
        "Analysts say that the market is overheating.",
        [],
        id="bare-plural-none",
    ),
    pytest.param(
        "Ukraine received 18 Leopard tanks from its allies.",
        [],
        id="no-verb-none",
    ),
    pytest.param(
        "The company said it would double the output of shells.",
        [
            (
                "The company",
                "said",
                "it would double the output of shells",
                "said it would double the output of shells",
            )
        ],
        id="would-zero-that",
    ),
    pytest.param(
        "President Zelenskyy emphasized the importance of localizing drone production.",
        [
            (
                "President Zelenskyy",
                "emphasized",
                "the importance of localizing drone production",
                "emphasized the importance of localizing drone production",
            )
        ],
        id="emphasized-importance",
    ),
    pytest.param(
        "Michal underlined the need for a common European procurement agency.",
        [
            (
                "Michal",
                "underlined",
                "the need for a common European procurement agency",
                "underlined the need for a common European procurement agency",
            )
        ],
        id="underlined-need",
    ),
    pytest.param(
        "Britain vowed to keep sending long-range missiles.",
        [
            (
                "Britain",
                "vowed",
                "to keep sending long-range missiles",
                "vowed to keep sending long-range missiles",
            )
        ],
        id="vowed-to",
    ),
    pytest.param(
        "Umerov said on Monday the deal was close.",
        [("Umerov", "said", "the deal was close", "said on Monday the deal was close")],
        id="said-on-monday",
    ),
    pytest.param(
        "Fedorov says the shortage of components is easing.",
        [
            (
                "Fedorov",
                "says",
                "the shortage of components is easing",
                "says the shortage of components is easing",
            )
        ],
        id="says-present",
    ),
    pytest.param(
        "Ukraine's Defence Ministry said that it had certified 40 new drone models.",
        [
            (
                "Ukraine's Defence Ministry",
                "said",
                "it had certified 40 new drone models",
                "said that it had certified 40 new drone models",
            )
        ],
        id="possessive-org",
    ),
    pytest.param(
        "Kamyshin said that output had tripled; exports remain banned.",
        [("Kamyshin", "said", "output had tripled", "said that output had tripled")],
        id="semicolon-end",
    ),
    pytest.param(
        "Kamyshin said that output had tripled — a record for the sector.",
        [("Kamyshin", "said", "output had tripled", "said that output had tripled")],
        id="dash-end",
    ),
    pytest.param(
        'Umerov said that "the situation at the front is difficult".',
        [],
        id="said-that-quote-none",
    ),
    pytest.param(
        "Smetanin pointed out that the plant had never stopped working.",
        [
            (
                "Smetanin",
                "pointed out",
                "the plant had never stopped working",
                "pointed out that the plant had never stopped working",
            )
        ],
        id="pointed-out",
    ),
    pytest.param(
        "The plant will open in 2025, the company said.",
        [
            (
                "the company",
                "said",
                "The plant will open in 2025",
                "The plant will open in 2025, the company said",
            )
        ],
        id="trailing-said",
    ),
    pytest.param(
        "The service wants 100,000 rounds a month, Army Secretary Christine Wormuth told "
        "lawmakers last week.",
        [
            (
                "Army Secretary Christine Wormuth",
                "told lawmakers",
                "The service wants 100,000 rounds a month",
                "The service wants 100,000 rounds a month, Army Secretary Christine Wormuth "
                "told lawmakers",
            )
        ],
        id="trailing-told-adjunct",
    ),
    pytest.param(
        "The plant will open in 2025, said Papperger.",
        [
            (
                "Papperger",
                "said",
                "The plant will open in 2025",
                "The plant will open in 2025, said Papperger",
            )
        ],
        id="inverted-said",
    ),
    pytest.param(
        "KYIV, Nov 14 (Reuters) - The plant will open in 2025, the ministry said on Tuesday.",
        [
            (
                "the ministry",
                "said",
                "The plant will open in 2025",
                "The plant will open in 2025, the ministry said",
            )
        ],
        id="dateline",
    ),
    pytest.param(
        "BAE Systems said that it had agreed to set up a joint venture, but did not "
        "disclose terms.",
        [
            (
                "BAE Systems",
                "said",
                "it had agreed to set up a joint venture",
                "said that it had agreed to set up a joint venture",
            )
        ],
        id="but-ends-content",
    ),
    pytest.param(
        "The ministry said it had signed contracts worth $1.2 billion, as Kyiv seeks to "
        "cut imports.",
        [
            (
                "The ministry",
                "said",
                "it had signed contracts worth $1.2 billion",
                "said it had signed contracts worth $1.2 billion",
            )
        ],
        id="as-ends-content",
    ),
    pytest.param(
        "A senior official said that the talks had stalled.",
        [],
        id="indefinite-none",
    ),
    pytest.param(
        "According to a senior official, deliveries will begin in January.",
        [],
        id="according-indefinite-none",
    ),
    pytest.param(
        "The plant, according to Rheinmetall, will open in 2025.",
        [
            (
                "Rheinmetall",
                "according to",
                "The plant, according to Rheinmetall, will open in 2025",
                "The plant, according to Rheinmetall, will open in 2025",
            )
        ],
        id="according-parenthetical",
    ),
    pytest.param(
        "Meanwhile, according to Rheinmetall, the plant will open in 2025.",
        [
            (
                "Rheinmetall",
                "according to",
                "the plant will open in 2025",
                "according to Rheinmetall, the plant will open in 2025",
            )
        ],
        id="according-after-opener",
    ),
    pytest.param(
        "Defence Minister Rustem Umerov thanked Denmark and said that other partners were "
        "ready to follow the same approach.",
        [
            (
                "Defence Minister Rustem Umerov",
                "said",
                "other partners were ready to follow the same approach",
                "said that other partners were ready to follow the same approach",
            )
        ],
        id="subject-of-an-earlier-verb-and-said",
    ),
    pytest.param(
        "He did not disclose the value but said that deliveries would begin next year.",
        [
            (
                "He",
                "said",
                "deliveries would begin next year",
                "said that deliveries would begin next year",
            )
        ],
        id="pronoun-subject-but-said",
    ),
    pytest.param(
        "The plant opened in May and said that it would hire 300 people.",
        [],
        id="no-speaker-subject-no-statement",
    ),
    pytest.param(
        "Army chief Oleksandr Syrskyi, who took command on Feb. 8, said that the shortage of "
        "shells was the main reason.",
        [
            (
                "Army chief Oleksandr Syrskyi",
                "said",
                "the shortage of shells was the main reason",
                "said that the shortage of shells was the main reason",
            )
        ],
        id="apposition-holding-an-abbreviation",
    ),
    pytest.param(
        "Ukraine expects the first shells to arrive within weeks, Defence Minister Rustem "
        "Umerov said, as troops ration ammunition.",
        [
            (
                "Defence Minister Rustem Umerov",
                "said",
                "Ukraine expects the first shells to arrive within weeks",
                "Ukraine expects the first shells to arrive within weeks, Defence Minister "
                "Rustem Umerov said",
            )
        ],
        id="trailing-attribution-before-a-subordinate-clause",
    ),
    pytest.param(
        "1. Interceptors\nDefence Minister Denys Shmyhal: the ministry has contracts with 11 "
        "manufacturers of interceptor drones.",
        [
            (
                "Defence Minister Denys Shmyhal",
                ":",
                "the ministry has contracts with 11 manufacturers of interceptor drones",
                "Defence Minister Denys Shmyhal: the ministry has contracts with 11 "
                "manufacturers of interceptor drones",
            )
        ],
        id="digest-speaker-colon-on-its-own-line",
    ),
    pytest.param(
        "Reporter: Who pays for the drones?\n\nMelnyk: Mostly the state.\n\n"
        "Reporter: And next year?\n\nMelnyk: We expect more orders.",
        [],
        id="transcript-labels-and-questions-are-not-statements",
    ),
    pytest.param(
        "Update: the ministry signed two more contracts on Friday.",
        [],
        id="page-label-colon-names-nobody",
    ),
    pytest.param(
        "Defence Industry Weekly: the deals you may have missed",
        [],
        id="headline-without-full-stop-is-not-a-digest-line",
    ),
    pytest.param(
        "Prime Minister Yulia Svyrydenko wrote in Telegram that the industry could produce "
        "weapons worth $35 billion this year.",
        [
            (
                "Prime Minister Yulia Svyrydenko",
                "wrote",
                "the industry could produce weapons worth $35 billion this year",
                "wrote in Telegram that the industry could produce weapons worth $35 billion "
                "this year",
            )
        ],
        id="wrote-with-an-adjunct-before-that",
    ),
    pytest.param(
        "The Ministry of Defence also informs that talks on licensed production are at the "
        "final stage.",
        [
            (
                "The Ministry of Defence",
                "informs",
                "talks on licensed production are at the final stage",
                "informs that talks on licensed production are at the final stage",
            )
        ],
        id="institution-named-with-of-present-tense",
    ),
    pytest.param(
        "According to the head of the Lviv regional military administration, Maksym "
        "Kozytskyi, the centre should receive its first vehicles next spring.",
        [
            (
                "Maksym Kozytskyi",
                "According to",
                "the centre should receive its first vehicles next spring",
                "According to the head of the Lviv regional military administration, Maksym "
                "Kozytskyi, the centre should receive its first vehicles next spring",
            )
        ],
        id="according-to-a-role-then-the-name-between-commas",
    ),
    pytest.param(
        "A Thales spokesperson said the memorandum did not yet commit either company.",
        [
            (
                "Thales spokesperson",
                "said",
                "the memorandum did not yet commit either company",
                "said the memorandum did not yet commit either company",
            )
        ],
        id="organization-spokesperson-with-an-article",
    ),
    pytest.param(
        "A senior official said the memorandum did not commit anyone.",
        [],
        id="unnamed-official-is-no-speaker",
    ),
    pytest.param(
        "According to words of the minister, the money will go to long-range drones.",
        [
            (
                "the minister",
                "According to",
                "the money will go to long-range drones",
                "According to words of the minister, the money will go to long-range drones",
            )
        ],
        id="according-to-words-of-translated",
    ),
    pytest.param(
        "According to him, the plant will open in May.",
        [
            (
                "him",
                "According to",
                "the plant will open in May",
                "According to him, the plant will open in May",
            )
        ],
        id="according-to-an-object-pronoun",
    ),
    pytest.param(
        "Defence Minister Denys Shmyhal, who took over the ministry in July, has said that the "
        "government will place long-term contracts.",
        [
            (
                "Defence Minister Denys Shmyhal",
                "has said",
                "the government will place long-term contracts",
                "has said that the government will place long-term contracts",
            )
        ],
        id="long-apposition-before-an-auxiliary",
    ),
    pytest.param(
        "Josep Borrell, the EU's foreign policy chief, has since admitted that barely half "
        "will arrive in time.",
        [
            (
                "Josep Borrell",
                "has since admitted",
                "barely half will arrive in time",
                "has since admitted that barely half will arrive in time",
            )
        ],
        id="role-apposition-and-since",
    ),
    pytest.param(
        "Vestfjord raised its revenue guidance and said it intends to add a second line.",
        [
            (
                "Vestfjord",
                "said",
                "it intends to add a second line",
                "said it intends to add a second line",
            )
        ],
        id="coordinated-said-without-that",
    ),
    pytest.param(
        "Ukraine's defence ministry on Monday denied a media report that it had cancelled an "
        "order.",
        [
            (
                "Ukraine's defence ministry",
                "denied",
                "it had cancelled an order",
                "denied a media report that it had cancelled an order",
            )
        ],
        id="day-between-speaker-and-verb",
    ),
    pytest.param(
        "The yard will deliver two corvettes in 2026, Minister of Naval Procurement Elena Varga "
        "said.",
        [
            (
                "Minister of Naval Procurement Elena Varga",
                "said",
                "The yard will deliver two corvettes in 2026",
                "The yard will deliver two corvettes in 2026, Minister of Naval Procurement Elena "
                "Varga said",
            )
        ],
        id="long-role-before-trailing-said",
    ),
    pytest.param(
        "The plant will double its output of fuzes by spring, Industry Minister Tomas Berg said "
        "on the sidelines of a conference in Oslo.",
        [
            (
                "Industry Minister Tomas Berg",
                "said",
                "The plant will double its output of fuzes by spring",
                "The plant will double its output of fuzes by spring, Industry Minister Tomas "
                "Berg said",
            )
        ],
        id="trailing-said-with-long-adjunct",
    ),
    pytest.param(
        "In Oslo, the minister said at the summit in the capital which was held on Monday.",
        [],
        id="neg-trailing-adjunct-holding-a-clause",
    ),
    pytest.param(
        "Kestrel will supply 800 radars to the army, the agency's director, Ilse Brandt, told "
        "reporters.",
        [
            (
                "Ilse Brandt",
                "told reporters",
                "Kestrel will supply 800 radars to the army",
                "Kestrel will supply 800 radars to the army, the agency's director, Ilse Brandt, "
                "told reporters",
            )
        ],
        id="trailing-named-apposition",
    ),
    pytest.param(
        "Polish President Anna Wrona opened the plant in Stalowa Wola on Friday, saying the "
        "country would double shell output within two years.",
        [
            (
                "Polish President Anna Wrona",
                "saying",
                "the country would double shell output within two years",
                "saying the country would double shell output within two years",
            )
        ],
        id="saying-after-subject-clause",
    ),
    pytest.param(
        '"We cannot wait," the premier said in a televised address, urging allies to speed up '
        "deliveries of air defence.",
        [
            (
                "the premier",
                "urging",
                "allies to speed up deliveries of air defence",
                "urging allies to speed up deliveries of air defence",
            )
        ],
        id="urging-after-quote-attribution",
    ),
    pytest.param(
        "The new line will open in May, adding 300 jobs to a region whose economy was hit hard.",
        [],
        id="neg-adding-jobs-is-not-speech",
    ),
    pytest.param(
        '"There is no deal," a senior official said, adding that nothing was signed.',
        [],
        id="neg-unnamed-attribution-before-participle",
    ),
    pytest.param(
        "Economist Olga Petrenko of the Kyiv consultancy Arkona said the budget would run short "
        "by autumn.",
        [
            (
                "Economist Olga Petrenko of the Kyiv consultancy Arkona",
                "said",
                "the budget would run short by autumn",
                "said the budget would run short by autumn",
            )
        ],
        id="person-of-affiliation",
    ),
    pytest.param(
        "The deputy minister presented quarterly results. By his words, during July–September the "
        "plants delivered 900 drones.",
        [
            (
                "his",
                "By his words",
                "during July–September the plants delivered 900 drones",
                "By his words, during July–September the plants delivered 900 drones",
            )
        ],
        id="by-his-words",
    ),
    pytest.param(
        "More than 2 billion euro of orders were financed this year, by the data of the Ministry "
        "of Finance.",
        [
            (
                "the Ministry of Finance",
                "by the data of",
                "More than 2 billion euro of orders were financed this year",
                "More than 2 billion euro of orders were financed this year, by the data of the "
                "Ministry of Finance",
            )
        ],
        id="by-the-data-of",
    ),
    pytest.param(
        "By Arkona's own count, more than 40 firms applied in March.",
        [
            (
                "Arkona",
                "By Arkona's own count",
                "more than 40 firms applied in March",
                "By Arkona's own count, more than 40 firms applied in March",
            )
        ],
        id="possessive-own-count",
    ),
    pytest.param(
        "The engineers were paid by the company's own data centre.",
        [],
        id="neg-possessive-without-frame",
    ),
    pytest.param(
        'Defence Minister Karl Lind called the agreement "a turning point for our industry".',
        [
            (
                "Defence Minister Karl Lind",
                "called",
                'the agreement "a turning point for our industry"',
                'called the agreement "a turning point for our industry"',
            )
        ],
        id="called-object-verdict",
    ),
    pytest.param(
        "The minister described the contract as the largest in the agency's history.",
        [
            (
                "The minister",
                "described",
                "the contract as the largest in the agency's history",
                "described the contract as the largest in the agency's history",
            )
        ],
        id="described-as",
    ),
    pytest.param(
        "President Ivan Sirko has repeatedly called to create a real drone army.",
        [
            (
                "President Ivan Sirko",
                "has repeatedly called",
                "to create a real drone army",
                "has repeatedly called to create a real drone army",
            )
        ],
        id="called-to-infinitive",
    ),
    pytest.param(
        'The company called the new drone "Falcon".',
        [],
        id="neg-called-a-name",
    ),
    pytest.param(
        "The minister called the meeting to order.",
        [],
        id="neg-called-to-order",
    ),
    pytest.param(
        "Finance Minister Lena Holt and several governments have pointed out that money alone "
        "does not make shells.",
        [
            (
                "Finance Minister Lena Holt",
                "have pointed out",
                "money alone does not make shells",
                "have pointed out that money alone does not make shells",
            )
        ],
        id="coordinated-speaker",
    ),
    pytest.param(
        "Prices and wages have said little about demand.",
        [],
        id="neg-coordinated-without-name",
    ),
    pytest.param(
        "The Netherlands has announced it will contribute €100 million to the scheme.",
        [
            (
                "The Netherlands",
                "has announced",
                "it will contribute €100 million to the scheme",
                "has announced it will contribute €100 million to the scheme",
            )
        ],
        id="announced-zero-that",
    ),
    pytest.param(
        "The minister announced a new aid package that was approved on Monday.",
        [],
        id="neg-announced-an-object",
    ),
    pytest.param(
        "The finance minister informed the committee that the draft provides UAH 2 trillion for "
        "defence.",
        [
            (
                "The finance minister",
                "informed the committee",
                "the draft provides UAH 2 trillion for defence",
                "informed the committee that the draft provides UAH 2 trillion for defence",
            )
        ],
        id="informed-the-committee-that",
    ),
    pytest.param(
        "Contracts are to be signed by the end of the month, she said, and payments will start in "
        "April.",
        [
            (
                "she",
                "said",
                "Contracts are to be signed by the end of the month",
                "Contracts are to be signed by the end of the month, she said",
            )
        ],
        id="trailing-said-then-and-clause",
    ),
    pytest.param(
        "What Warsaw says: the army needs more tanks.",
        [],
        id="neg-question-label-before-colon",
    ),
    # -- round 3: stance phrases, passives, source frames, listeners --
    pytest.param(
        "Stoltenberg hinted that a decision on the new air defence fund could come at the Vilnius "
        "summit.",
        [
            (
                "Stoltenberg",
                "hinted",
                "a decision on the new air defence fund could come at the Vilnius summit",
                "hinted that a decision on the new air defence fund could come at the Vilnius "
                "summit",
            ),
        ],
        id="view-verb-hinted-that",
    ),
    pytest.param(
        "Kuleba hopes that partners will speed up deliveries of artillery shells before winter.",
        [
            (
                "Kuleba",
                "hopes",
                "partners will speed up deliveries of artillery shells before winter",
                "hopes that partners will speed up deliveries of artillery shells before winter",
            ),
        ],
        id="view-verb-hopes-that",
    ),
    pytest.param(
        "The firm hopes to win the contract for 40 armoured vehicles.",
        [],
        id="neg-hopes-to-infinitive",
    ),
    pytest.param(
        "Sydorenko said that Kyiv had submitted 25 projects and hoped that half of them would be "
        "financed.",
        [
            (
                "Sydorenko",
                "said",
                "Kyiv had submitted 25 projects and hoped that half of them would be financed",
                "said that Kyiv had submitted 25 projects and hoped that half of them would be "
                "financed",
            ),
        ],
        id="view-verb-not-split-after-said",
    ),
    pytest.param(
        "Defence Minister Boris Pistorius is convinced that Germany must double its ammunition "
        "output.",
        [
            (
                "Defence Minister Boris Pistorius",
                "is convinced",
                "Germany must double its ammunition output",
                "is convinced that Germany must double its ammunition output",
            ),
        ],
        id="copula-stance-is-convinced",
    ),
    pytest.param(
        "Budanov was adamant that Ukraine would retake the peninsula.",
        [
            (
                "Budanov",
                "was adamant",
                "Ukraine would retake the peninsula",
                "was adamant that Ukraine would retake the peninsula",
            ),
        ],
        id="copula-stance-was-adamant",
    ),
    pytest.param(
        "Analysts are confident that demand for shells will remain strong.",
        [],
        id="neg-copula-stance-unnamed",
    ),
    pytest.param(
        "The company is confident of winning the tender.",
        [],
        id="neg-copula-stance-without-that",
    ),
    pytest.param(
        "Umerov expressed confidence that the contracts would be fulfilled on time.",
        [
            (
                "Umerov",
                "expressed confidence",
                "the contracts would be fulfilled on time",
                "expressed confidence that the contracts would be fulfilled on time",
            ),
        ],
        id="expressed-confidence-that",
    ),
    pytest.param(
        "Deputy Prime Minister Olha Stefanishyna expressed the hope that accession talks would "
        "begin this year.",
        [
            (
                "Deputy Prime Minister Olha Stefanishyna",
                "expressed the hope",
                "accession talks would begin this year",
                "expressed the hope that accession talks would begin this year",
            ),
        ],
        id="expressed-the-hope-that",
    ),
    pytest.param(
        "He expressed his gratitude to the partners for their support.",
        [],
        id="neg-expressed-gratitude",
    ),
    pytest.param(
        "Pistorius made it clear that Germany would not send long-range missiles.",
        [
            (
                "Pistorius",
                "made it clear",
                "Germany would not send long-range missiles",
                "made it clear that Germany would not send long-range missiles",
            ),
        ],
        id="made-it-clear-that",
    ),
    pytest.param(
        "The government made clear progress on procurement reform.",
        [],
        id="neg-made-clear-progress",
    ),
    pytest.param(
        "The minister also drew attention to the fact that the enemy is using new tactics.",
        [
            (
                "The minister",
                "drew attention to the fact",
                "the enemy is using new tactics",
                "drew attention to the fact that the enemy is using new tactics",
            ),
        ],
        id="drew-attention-to-the-fact",
    ),
    pytest.param(
        "Papperger was quoted as saying that the plant would open next year.",
        [
            (
                "Papperger",
                "was quoted as saying",
                "the plant would open next year",
                "was quoted as saying that the plant would open next year",
            ),
        ],
        id="passive-quoted-as-saying-that",
    ),
    pytest.param(
        "Austin was cited as saying the package would include more HIMARS ammunition.",
        [
            (
                "Austin",
                "was cited as saying",
                "the package would include more HIMARS ammunition",
                "was cited as saying the package would include more HIMARS ammunition",
            ),
        ],
        id="passive-cited-as-saying-zero-that",
    ),
    pytest.param(
        "Kuleba is reported to have said that the package was insufficient.",
        [
            (
                "Kuleba",
                "is reported to have said",
                "the package was insufficient",
                "is reported to have said that the package was insufficient",
            ),
        ],
        id="passive-reported-to-have-said",
    ),
    pytest.param(
        "It was reported that the deliveries were complete.",
        [],
        id="neg-passive-without-speaker",
    ),
    pytest.param(
        "Papperger's assessment is that demand for 155mm shells will not fall before 2030.",
        [
            (
                "Papperger",
                "assessment is",
                "demand for 155mm shells will not fall before 2030",
                "assessment is that demand for 155mm shells will not fall before 2030",
            ),
        ],
        id="possessive-view-is-that",
    ),
    pytest.param(
        "The problem is that deliveries of the shells are late.",
        [],
        id="neg-possessive-view-not-a-speaker",
    ),
    pytest.param(
        "In the opinion of the minister, the reform will take two years.",
        [
            (
                "the minister",
                "In the opinion of",
                "the reform will take two years",
                "In the opinion of the minister, the reform will take two years",
            ),
        ],
        id="in-the-opinion-of",
    ),
    pytest.param(
        "In Pistorius's view, the Bundeswehr needs another 100 billion euros.",
        [
            (
                "Pistorius",
                "In Pistorius's view",
                "the Bundeswehr needs another 100 billion euros",
                "In Pistorius's view, the Bundeswehr needs another 100 billion euros",
            ),
        ],
        id="in-possessive-view",
    ),
    pytest.param(
        "In view of the situation, the ministry postponed the tender.",
        [],
        id="neg-in-view-of",
    ),
    pytest.param(
        "According to data from the General Staff, Russian losses exceeded 300,000.",
        [
            (
                "the General Staff",
                "According to",
                "Russian losses exceeded 300,000",
                "According to data from the General Staff, Russian losses exceeded 300,000",
            ),
        ],
        id="according-to-data-from",
    ),
    pytest.param(
        "According to figures released by the ministry, exports rose by 12 percent.",
        [
            (
                "the ministry",
                "According to",
                "exports rose by 12 percent",
                "According to figures released by the ministry, exports rose by 12 percent",
            ),
        ],
        id="according-to-figures-released-by",
    ),
    pytest.param(
        "According to estimates, Russia has lost 2,000 tanks.",
        [],
        id="neg-according-to-estimates-unnamed",
    ),
    pytest.param(
        "As stated by the press service of the Ministry of Defence, the helicopters were "
        "delivered on Monday.",
        [
            (
                "the press service of the Ministry of Defence",
                "stated by",
                "the helicopters were delivered on Monday",
                "As stated by the press service of the Ministry of Defence, the helicopters were "
                "delivered on Monday",
            ),
        ],
        id="as-noted-by-speaker",
    ),
    pytest.param(
        "Meanwhile, as noted by the minister, output rose by 30 percent.",
        [
            (
                "the minister",
                "noted by",
                "output rose by 30 percent",
                "as noted by the minister, output rose by 30 percent",
            ),
        ],
        id="as-noted-by-after-opener",
    ),
    pytest.param(
        "As reported by Reuters, the talks were postponed.",
        [],
        id="neg-as-reported-by-outlet",
    ),
    pytest.param(
        "Shoigu also said that production had tripled; he added that new plants were under "
        "construction.",
        [
            ("Shoigu", "said", "production had tripled", "said that production had tripled"),
            (
                "he",
                "added",
                "new plants were under construction",
                "added that new plants were under construction",
            ),
        ],
        id="semicolon-then-pronoun-verb",
    ),
    pytest.param(
        "The governor said that, according to preliminary data, three people were injured.",
        [
            (
                "The governor",
                "said",
                "according to preliminary data, three people were injured",
                "said that, according to preliminary data, three people were injured",
            ),
        ],
        id="that-then-parenthetical",
    ),
    pytest.param(
        "Kremlin spokesman Dmitry Peskov told reporters Russia would respond.",
        [
            (
                "Kremlin spokesman Dmitry Peskov",
                "told reporters",
                "Russia would respond",
                "told reporters Russia would respond",
            ),
        ],
        id="told-listener-then-name",
    ),
    pytest.param(
        "Rheinmetall CEO Armin Papperger told shareholders the company expects record sales.",
        [
            (
                "Rheinmetall CEO Armin Papperger",
                "told shareholders",
                "the company expects record sales",
                "told shareholders the company expects record sales",
            ),
        ],
        id="told-plural-listener",
    ),
    pytest.param(
        "Defence Procurement Minister James Cartlidge told the House of Commons that the first "
        "deliveries would take place in 2025.",
        [
            (
                "Defence Procurement Minister James Cartlidge",
                "told the House of Commons",
                "the first deliveries would take place in 2025",
                "told the House of Commons that the first deliveries would take place in 2025",
            ),
        ],
        id="told-named-body-of",
    ),
    pytest.param(
        "Tkachuk told our outlet that the company had signed its first contract.",
        [
            (
                "Tkachuk",
                "told our outlet",
                "the company had signed its first contract",
                "told our outlet that the company had signed its first contract",
            ),
        ],
        id="told-our-outlet",
    ),
    pytest.param(
        "If Umerov said that the war would end soon, nobody would believe him.",
        [],
        id="neg-conditional-speaker",
    ),
    pytest.param(
        "If Russia attacks a NATO member, the alliance will respond, Stoltenberg said.",
        [
            (
                "Stoltenberg",
                "said",
                "If Russia attacks a NATO member, the alliance will respond",
                "If Russia attacks a NATO member, the alliance will respond, Stoltenberg said",
            ),
        ],
        id="conditional-before-attribution",
    ),
    pytest.param(
        "The Deputy Minister noted that in 2023 the ministry signed 500 contracts, and added that "
        "this year the number will double.",
        [
            (
                "The Deputy Minister",
                "noted",
                "in 2023 the ministry signed 500 contracts",
                "noted that in 2023 the ministry signed 500 contracts",
            ),
            (
                "The Deputy Minister",
                "added",
                "this year the number will double",
                "added that this year the number will double",
            ),
        ],
        id="content-without-trailing-comma",
    ),
    pytest.param(
        "MP Vadym Kostiuk proposed to create a separate budget line for drones.",
        [
            (
                "MP Vadym Kostiuk",
                "proposed",
                "to create a separate budget line for drones",
                "proposed to create a separate budget line for drones",
            ),
        ],
        id="proposed-to-infinitive",
    ),
    pytest.param(
        "The Commission proposed a new regulation on ammunition.",
        [],
        id="neg-proposed-an-object",
    ),
    pytest.param(
        "Zelensky has asked partners to fund Ukrainian weapons production.",
        [
            (
                "Zelensky",
                "has asked",
                "partners to fund Ukrainian weapons production",
                "has asked partners to fund Ukrainian weapons production",
            ),
        ],
        id="asked-object-to-infinitive",
    ),
    pytest.param(
        "Kallas asked whether the fund would be ready by June.",
        [],
        id="neg-asked-whether",
    ),
    pytest.param(
        "The ministry estimated capacity at about $35bn a year.",
        [
            (
                "The ministry",
                "estimated",
                "capacity at about $35bn a year",
                "estimated capacity at about $35bn a year",
            ),
        ],
        id="estimated-bare-object-at",
    ),
    pytest.param(
        "The minister went on to say that the ministry would buy more drones.",
        [
            (
                "The minister",
                "went on to say",
                "the ministry would buy more drones",
                "went on to say that the ministry would buy more drones",
            ),
        ],
        id="went-on-to-say-that",
    ),
    pytest.param(
        "The minister went on to visit the ammunition plant in Lviv.",
        [],
        id="neg-went-on-to-visit",
    ),
    pytest.param(
        "Shmyhal wrote on Telegram: the government has allocated UAH 5 billion for drones.",
        [
            (
                "Shmyhal",
                "wrote",
                "the government has allocated UAH 5 billion for drones",
                "wrote on Telegram: the government has allocated UAH 5 billion for drones",
            ),
        ],
        id="colon-after-place-adjunct",
    ),
    pytest.param(
        "Kallas said on Monday: what will Europe do without American shells?",
        [],
        id="neg-colon-after-adjunct-question",
    ),
    pytest.param(
        "According to Defence Minister Umerov, who spoke on television on Sunday, the ministry "
        "will sign 20 contracts.",
        [
            (
                "Defence Minister Umerov",
                "According to",
                "the ministry will sign 20 contracts",
                "According to Defence Minister Umerov, who spoke on television on Sunday, the "
                "ministry will sign 20 contracts",
            ),
        ],
        id="according-to-skips-relative-clause",
    ),
    pytest.param(
        "Did the minister say that the contract had been signed?",
        [],
        id="neg-question-is-not-a-statement",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_statements(text: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = find_statements(text)
    got = [(s.speaker.text, s.verb.text, s.content.text, s.evidence.text) for s in found]
    assert got == expected
    for statement in found:
        for span in (statement.speaker, statement.verb, statement.content, statement.evidence):
            assert text[span.start : span.end] == span.text


def test_given_sentences_limit_the_search() -> None:
    text = (
        "Umerov said that the tender would close in April. "
        "Kallas stressed that the fund must be ready by June."
    )
    second = split_sentences(text)[1:]
    found = find_statements(text, second)
    assert [(s.speaker.text, s.content.text) for s in found] == [
        ("Kallas", "the fund must be ready by June")
    ]


def test_sentences_default_to_blank_line_paragraphs() -> None:
    text = (
        "Market update\n\nSaab confirmed that it had received an order.\n\n"
        "Umerov noted that the plant was ready."
    )
    assert [s.speaker.text for s in find_statements(text)] == ["Saab", "Umerov"]


def test_empty_sentence_list_finds_nothing() -> None:
    text = "Umerov said that the tender would close in April."
    assert find_statements(text, []) == []
    assert find_statements(text, [Span.of(text, 0, 6)]) == []


# -- round 2: comma clauses, bare wire sources, statement documents ------------------------


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(s.speaker.text, s.content.text) for s in find_statements(text)]


def test_as_speaker_informed_comma_clause() -> None:
    text = (
        "As Deputy Economy Minister Olha Marchenko informed, the state has already paid "
        "UAH 2 billion to drone makers this quarter."
    )
    [found] = find_statements(text)
    assert found.speaker.text == "Deputy Economy Minister Olha Marchenko"
    assert found.content.text.startswith("the state has already paid UAH 2 billion")
    assert found.evidence.text.startswith("As Deputy Economy Minister")


def test_translated_said_comma_clause_opening_the_sentence() -> None:
    text = "Brekke said, Norway will pay for the first two launchers before the winter."
    assert _pairs(text) == [
        ("Brekke", "Norway will pay for the first two launchers before the winter")
    ]


def test_said_comma_without_a_clause_is_not_a_statement() -> None:
    # an adjunct, a participle or a quotation after the comma is no zero-"that" clause
    assert _pairs('Brekke said, "We will pay for two launchers."') == []
    assert _pairs("Brekke said, in Oslo on Monday.") == []
    text = "The factory will open in May, Brekke said, as crews train on the new guns."
    assert [s for s, _ in _pairs(text)] == ["Brekke"]


def test_irregular_past_makes_a_zero_that_clause() -> None:
    text = "Halvorsen said order intake rose by a third because of Nordic demand."
    assert _pairs(text) == [("Halvorsen", "order intake rose by a third because of Nordic demand")]


def test_bare_company_trailing_attribution() -> None:
    text = "Skyforge will open a repair hub in Lviv for its loitering munitions, company said."
    [found] = find_statements(text)
    assert found.speaker.text == "company"
    assert found.content.text.startswith("Skyforge will open a repair hub")


def test_bare_noun_inside_a_sentence_is_not_a_source() -> None:
    # "company" as an object in the middle of a clause names no speaker
    text = "Investors in the company said nothing; the firm's board met on Monday."
    assert [s for s, _ in _pairs(text)] != ["company"]


def test_according_to_a_statement_from() -> None:
    text = "Deliveries will resume in June, according to a statement from the Ministry of Defence."
    [found] = find_statements(text)
    assert found.speaker.text == "the Ministry of Defence"
    text = "According to a press release from Volta Arms, the line will double output."
    assert [s for s, _ in _pairs(text)] == ["Volta Arms"]


def test_according_to_an_unnamed_statement_names_nobody() -> None:
    assert _pairs("According to a statement, deliveries will resume in June.") == []
