"""Every code example in README.md and docs/ runs, so the documentation cannot rot.

Each fenced block is its own test, named ``FILE:LINE`` after the line of its opening fence:

- ``python`` blocks run in this process. The blocks of one file share a namespace and a working
  directory (a temporary folder holding ``article.txt`` and a folder ``corpus/`` of two
  articles) and run in order, so a later block may
  use names and files from earlier ones. ``pycon`` blocks, and python blocks that start with
  ``>>>``, run as doctests in the same namespace.
- ``bash``, ``sh`` and ``shell`` blocks: every line that is not blank or a comment is a command;
  ``console`` blocks: every line starting with ``$``. A trailing backslash, a here-document or an
  unfinished compound command continues on the next line. The commands of a block run in order in
  one ``bash`` with the venv's ``bin`` first on ``PATH`` and the shared working directory; each
  must exit with status 0.
- Not executed, and counted (fewer than 10% of the blocks may be): a block whose info string
  holds ``no-run`` (write ```` ```bash {.no-run} ````: a bare word after the language stops the
  block from rendering), and the block right after ``<!-- main-command -->`` or
  ``<!-- test-command -->`` (the README's set-up commands, which would run this suite again).
- A block with ``title="path"`` is a file: it is written to that path in the working directory
  before the file's other blocks run, and is not run itself.
- Everything else (``text``, ``json``, ``toml``, ``sql``...) is left alone.

Meta-tests check that the plugin tutorial names every hook and the command-line page every
sub-command and option.
"""

from __future__ import annotations

import argparse
import contextlib
import doctest
import io
import os
import re
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

DOCS = ROOT / "docs"
PYTHON = frozenset({"python", "py", "python3", "pycon"})
SHELL = frozenset({"bash", "sh", "shell", "console", "shell-session"})
PROMPTED = frozenset({"console", "shell-session"})
NOT_RUN_MARKERS = ("main-command", "test-command")
MAX_SKIPPED_SHARE = 0.10
TIMEOUT = 600  # seconds for one shell block

ARTICLE = """\
 date 2024-03-14
Rheinmetall and Ukraine sign deal for shell plant

German defense giant Rheinmetall has signed an agreement with Ukraine to build a plant for 155mm \
artillery shells in the west of the country, Ukraine's Minister for Strategic Industries, \
Oleksandr Kamyshin, said on Tuesday. The plant is expected to produce up to 200,000 rounds a year \
once it is running in early 2025.

"This is the first step towards producing NATO-standard ammunition at home," Kamyshin said.

Defence Minister Rustem Umerov revealed that talks were under way with more than a dozen \
companies from NATO countries. The European Union is considering a special defense fund worth \
EUR 1.5 billion, financed by windfall profits from frozen Russian assets.
"""

SECOND_ARTICLE = """\
 date 2024-06-12
Poland orders drones from Ukrainian maker

Poland's Ministry of National Defence has ordered 300 reconnaissance drones from a Ukrainian \
manufacturer for about USD 12 million, Deputy Defence Minister Pawel Bejda said on Wednesday. \
Deliveries are planned for the second half of 2024.
"""

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>.*)$")
LANGUAGE = re.compile(r"^\{?\s*\.?(?P<lang>[\w+-]+)")
TITLE = re.compile(r"""\btitle=(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s}]+))""")
MARKER = re.compile(r"^\s*<!--\s*(?P<name>[\w-]+)\s*-->\s*$")
# What pymdownx.superfences accepts after the opening fence: a language, key="value" options
# and an attribute list in braces. Anything else renders as a paragraph of inline code.
RENDERABLE_INFO = re.compile(
    r"""^(?:[\w+-]+)?(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|[^\s"'=]+))*\s*(?:\{[^}]*\})?\s*$"""
)


@dataclass(frozen=True)
class Block:
    """One fenced code block of a Markdown file."""

    path: Path
    index: int
    line: int  # 1-based line of the opening fence
    info: str
    code: str
    marker: str | None  # the HTML comment just before the block, if any

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(ROOT).as_posix()}:{self.line}"

    @property
    def lang(self) -> str:
        match = LANGUAGE.match(self.info)
        return match["lang"].lower() if match else ""

    @property
    def title(self) -> str | None:
        match = TITLE.search(self.info)
        return None if match is None else next(g for g in match.groups() if g is not None)

    @property
    def runnable(self) -> bool:
        return self.lang in PYTHON | SHELL and self.title is None

    @property
    def skip_reason(self) -> str | None:
        if "no-run" in self.info:
            return "marked no-run (installs packages or starts a server)"
        if self.marker in NOT_RUN_MARKERS:
            return f"<!-- {self.marker} --> sets up a venv and would run the suite again"
        return None


def markdown_files() -> list[Path]:
    """README.md and every Markdown page under docs/, in a stable order."""
    files = [ROOT / "README.md"] if (ROOT / "README.md").is_file() else []
    return files + sorted(DOCS.rglob("*.md"))


def parse_blocks(path: Path) -> list[Block]:
    """The fenced blocks of a Markdown file, with indentation (lists, admonitions) removed."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    number = 0
    while number < len(lines):
        opening = FENCE.match(lines[number])
        if opening is None or (opening["fence"][0] == "`" and "`" in opening["info"]):
            number += 1
            continue
        indent, fence = len(opening["indent"].expandtabs()), opening["fence"]
        body: list[str] = []
        end = number + 1
        while end < len(lines):
            stripped = lines[end].strip()
            if stripped.startswith(fence) and set(stripped) == {fence[0]}:
                break
            text = lines[end].expandtabs()
            body.append(text[indent:] if not text[:indent].strip() else text.lstrip())
            end += 1
        before = next((lines[k] for k in range(number - 1, -1, -1) if lines[k].strip()), "")
        marker = MARKER.match(before)
        blocks.append(
            Block(
                path=path,
                index=len(blocks),
                line=number + 1,
                info=opening["info"].strip(),
                code="\n".join(body) + "\n",
                marker=marker["name"] if marker else None,
            )
        )
        number = end + 1
    return blocks


BLOCKS: dict[Path, list[Block]] = {path: parse_blocks(path) for path in markdown_files()}
RUNNABLE = [block for blocks in BLOCKS.values() for block in blocks if block.runnable]


# -- shell commands -----------------------------------------------------------------------------


def _incomplete(command: str) -> bool:
    """Whether a shell command continues on the next line of the block."""
    if command.endswith("\\"):
        return True
    check = subprocess.run(
        ["bash", "-n"], input=command + "\n", capture_output=True, text=True, check=False
    )
    return "unexpected end of file" in check.stderr or "here-document" in check.stderr


def shell_commands(block: Block) -> list[str]:
    """The commands of a shell block, continuation lines joined."""
    prompted = block.lang in PROMPTED
    commands: list[str] = []
    current: str | None = None
    for line in block.code.splitlines():
        if current is not None:
            current += "\n" + (line[2:] if prompted and line.startswith("> ") else line)
        elif prompted:
            if not line.startswith("$ "):
                continue  # output shown in the docs
            current = line[2:]
        else:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            current = line
        if not _incomplete(current):
            commands.append(current)
            current = None
    if current is not None:
        commands.append(current)
    return commands


def _shell_script(commands: list[str]) -> str:
    steps = ["set -o pipefail"]
    for number, command in enumerate(commands):
        steps.append(command)
        steps.append(
            "__docs_status=$?; if [ $__docs_status -ne 0 ]; then "
            f'echo "__docs_failed {number} $__docs_status" >&2; exit $__docs_status; fi'
        )
    return "\n".join(steps) + "\n"


def _shell_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DEFNEWS_", "PYTEST_", "COV_"))}
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _tail(text: str, lines: int = 30, chars: int = 3000) -> str:
    tail = "\n".join(text.rstrip().splitlines()[-lines:])
    return tail if len(tail) <= chars else "..." + tail[-chars:]


# -- running blocks -----------------------------------------------------------------------------


@contextlib.contextmanager
def _inside(directory: Path) -> Iterator[None]:
    """cwd and sys.path set to the sandbox; os.environ restored afterwards."""
    cwd, environ = os.getcwd(), dict(os.environ)
    os.chdir(directory)
    sys.path.insert(0, str(directory))
    try:
        yield
    finally:
        os.chdir(cwd)
        if str(directory) in sys.path:
            sys.path.remove(str(directory))
        os.environ.clear()
        os.environ.update(environ)


@dataclass
class Sandbox:
    """The working directory and namespace shared by the blocks of one Markdown file."""

    directory: Path
    namespace: dict[str, Any] = field(default_factory=lambda: {"__name__": "__docs__"})
    outcome: dict[int, str | None] = field(default_factory=dict)  # None: passed

    def run(self, block: Block) -> None:
        """Run one block; raise on failure (after recording it)."""
        try:
            if block.lang in SHELL:
                self._shell(block)
            elif block.lang == "pycon" or block.code.lstrip().startswith(">>>"):
                self._doctest(block)
            else:
                self._python(block)
        except BaseException as error:
            summary = "".join(traceback.format_exception_only(type(error), error)).strip()
            self.outcome[block.index] = summary.splitlines()[0] if summary else repr(error)
            raise
        self.outcome[block.index] = None

    def _python(self, block: Block) -> None:
        # Padding puts the code on its own lines of the Markdown file, so tracebacks point there.
        source = "\n" * block.line + block.code
        code = compile(source, str(block.path), "exec")
        with _inside(self.directory):
            exec(code, self.namespace)

    def _doctest(self, block: Block) -> None:
        test = doctest.DocTestParser().get_doctest(
            block.code, self.namespace, block.id, str(block.path), block.line
        )
        runner = doctest.DocTestRunner(
            optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
        )
        report = io.StringIO()
        with _inside(self.directory):
            runner.run(test, out=report.write, clear_globs=False)
        if runner.failures:
            raise AssertionError(f"doctest {block.id} failed:\n{report.getvalue()}")

    def _shell(self, block: Block) -> None:
        commands = shell_commands(block)
        if not commands:
            raise AssertionError(f"{block.id}: a {block.lang} block with no command to run")
        done = subprocess.run(
            ["bash", "-c", _shell_script(commands)],
            cwd=self.directory,
            env=_shell_env(),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            check=False,
        )
        if done.returncode == 0:
            return
        failed = re.search(r"__docs_failed (\d+) (\d+)", done.stderr)
        command = commands[int(failed[1])] if failed else "(the block)"
        stderr = re.sub(r"__docs_failed \d+ \d+\n?", "", done.stderr)
        raise AssertionError(
            f"{block.id}: `{command}` exited with status {done.returncode}\n"
            f"--- stdout (last lines)\n{_tail(done.stdout)}\n"
            f"--- stderr (last lines)\n{_tail(stderr)}"
        )


def _write_files(directory: Path, blocks: list[Block]) -> None:
    for block in blocks:
        if block.title is not None:
            target = directory / block.title
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(block.code, encoding="utf-8")


_SANDBOXES: dict[Path, Sandbox] = {}


@pytest.fixture(scope="session")
def sandbox_for(tmp_path_factory: pytest.TempPathFactory) -> Callable[[Path], Sandbox]:
    """The sandbox of a Markdown file, created on first use in this process."""

    def get(path: Path) -> Sandbox:
        if path not in _SANDBOXES:
            directory = tmp_path_factory.mktemp(re.sub(r"\W+", "-", path.stem))
            (directory / "article.txt").write_text(ARTICLE, encoding="utf-8")
            (directory / "corpus").mkdir()
            (directory / "corpus" / "shell-plant.txt").write_text(ARTICLE, encoding="utf-8")
            (directory / "corpus" / "drone-order.txt").write_text(SECOND_ARTICLE, encoding="utf-8")
            _write_files(directory, BLOCKS[path])
            _SANDBOXES[path] = Sandbox(directory)
        return _SANDBOXES[path]

    return get


def _param(block: Block) -> Any:
    reason = block.skip_reason
    marks = [pytest.mark.skip(reason=reason)] if reason else []
    return pytest.param(block, id=block.id, marks=marks)


@pytest.mark.parametrize("block", [_param(block) for block in RUNNABLE])
def test_example_runs(block: Block, sandbox_for: Callable[[Path], Sandbox]) -> None:
    sandbox = sandbox_for(block.path)
    # Earlier blocks of the file set up names and files this one may use. Under pytest-xdist they
    # may have run in another process: then they run here first, as set-up.
    for earlier in BLOCKS[block.path][: block.index]:
        if not earlier.runnable or earlier.skip_reason:
            continue
        if earlier.index not in sandbox.outcome:
            # A failure is recorded in sandbox.outcome and reported just below.
            with contextlib.suppress(Exception):
                sandbox.run(earlier)
        problem = sandbox.outcome[earlier.index]
        if problem is not None:
            pytest.fail(f"not run: it builds on {earlier.id}, which failed: {problem}")
    sandbox.run(block)


# -- meta-tests -----------------------------------------------------------------------------------


def test_few_examples_are_skipped() -> None:
    # The README's two marked commands are what CI itself runs (and the demo test installs the
    # package the same way), so only the `no-run` blocks count against the share.
    skipped = [block.id for block in RUNNABLE if block.skip_reason and not block.marker]
    assert RUNNABLE, "no runnable examples found in README.md and docs/"
    share = len(skipped) / len(RUNNABLE)
    assert share < MAX_SKIPPED_SHARE, (
        f"{len(skipped)} of {len(RUNNABLE)} examples are not run ({share:.0%}): {skipped}"
    )


def test_every_fence_renders() -> None:
    bad = [
        f"{block.id}: ```{block.info}"
        for blocks in BLOCKS.values()
        for block in blocks
        if block.path.is_relative_to(DOCS) and not RENDERABLE_INFO.match(block.info)
    ]
    assert not bad, (
        'these fences do not render in MkDocs (superfences takes a language, key="value" '
        "options and an {attribute list}; write ```bash {.no-run}, not ```bash no-run):\n"
        + "\n".join(bad)
    )


def _page(name: str) -> str:
    path = DOCS / name
    if not path.is_file():
        pytest.fail(f"docs/{name} is missing")
    return path.read_text(encoding="utf-8")


def test_every_hook_is_in_the_plugin_tutorial() -> None:
    from defnews import hookspecs

    marker = f"{hookspecs.PROJECT}_spec"
    hooks = sorted(
        name
        for name, value in vars(hookspecs).items()
        if callable(value) and hasattr(value, marker)
    )
    assert hooks, "defnews.hookspecs declares no hooks"
    page = _page("writing-plugins.md")
    missing = [hook for hook in hooks if hook not in page]
    assert not missing, f"docs/writing-plugins.md does not mention {missing}"


def _commands() -> dict[str, argparse.ArgumentParser]:
    from defnews.cli import build_parser

    parser = build_parser()
    [subparsers] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(subparsers.choices)


def test_every_command_is_in_the_cli_page() -> None:
    page = _page("cli.md")
    missing = [name for name in _commands() if not re.search(rf"\bdefnews {name}\b", page)]
    assert not missing, f"docs/cli.md does not document `defnews {'`, `defnews '.join(missing)}`"


def _command_names() -> list[str]:
    try:
        return list(_commands())
    except Exception:  # the CLI itself is broken: its own tests say why
        return []


@pytest.mark.parametrize("command", _command_names())
def test_every_option_is_in_the_cli_page(command: str) -> None:
    page = _page("cli.md")
    options = [
        max(action.option_strings, key=len)
        for action in _commands()[command]._actions
        if action.option_strings and "--help" not in action.option_strings
    ]
    missing = [option for option in options if not re.search(rf"(?<![\w-]){option}(?![\w-])", page)]
    assert not missing, (
        f"docs/cli.md does not document these options of `defnews {command}`: {missing}"
    )
