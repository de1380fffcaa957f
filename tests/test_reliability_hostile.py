"""Hostile article text: stored as it is, never acted on by a terminal.

Articles carry escape sequences (screen clear, blink, OSC title change with BEL and ST
endings, OSC 52 clipboard write, OSC 8 hyperlink), C1 controls (CSI, OSC), Rich markup and
bidi overrides. The store keeps the original text (a disguised name is evidence); every
output shows the controls as visible symbols: the CLI's plain output, its JSON (escaped as
``\\uXXXX``, which decodes back to the original), and the explorer in a real terminal
(tmux: the window title stays, the screen is not cleared, the payloads show as text).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

RASED = [sys.executable, "-m", "rased"]

PAYLOADS = [
    "\x1b[2J\x1b[H",
    "\x1b[5;31m",
    "\x1b]2;PWNEDBEL\x07",
    "\x1b]2;PWNEDST\x1b\\",
    "\x1b]52;c;cHduZWQ=\x07",
    "\x1b]8;;https://evil.example\x1b\\رابط\x1b]8;;\x1b\\",
    "\u009b31m",
    "\u009d2;PWNEDC1\u009c",
    "[bold]غامق[/bold]",
    "[link=https://x]وصلة[/link]",
    "[@click=app.quit]اخرج[/]",
    "محمد\u202eدبع\u202c",
    "\u2066عزل\u2069",
    "\x01\x08\x7f",  # NUL makes a text file binary; it comes in the JSON Lines file below
]
# Raw characters a terminal acts on; none may leave rased unescaped.
DANGEROUS = ["\x1b", "\x07", "\x9b", "\x9d", "\x9c", "\u202e", "\u2066", "\x00", "\x08", "\x7f"]


def _article(topic: str) -> str:
    return "\n".join(
        f"وقال المتحدث باسم الوزارة أحمد الخطيب في المؤتمر الصحفي {p} إن {topic} مستمرة بين الطرفين منذ أسابيع."
        for p in PAYLOADS
    )


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    arts = root / "articles"
    arts.mkdir()
    (arts / "hostile.txt").write_text(
        "عنوان الخبر \x1b]2;TITLEPWN\x07 عن المفاوضات\n" + _article("المفاوضات") + "\n", encoding="utf-8"
    )
    item = {
        "text": _article("المحادثات") + "\nوأضاف أن\x00 الوفد غادر.",
        "title": "خبر\x1b[2J[bold]x",
        "source": "موقع\x1b]2;SRCPWN\x07\u202eمزيف",
    }
    (arts / "h.jsonl").write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")
    db = root / "hostile.db"
    r = subprocess.run([*RASED, "import", str(arts), "--db", str(db), "-q"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return db


def _assert_inert(output: str) -> None:
    for ch in DANGEROUS:
        assert ch not in output, f"U+{ord(ch):04X} reached the output"


def test_the_store_keeps_the_original_text(hostile_db: Path) -> None:
    conn = sqlite3.connect(hostile_db)
    texts = [row[0] for row in conn.execute("SELECT text FROM documents")]
    source = conn.execute("SELECT source FROM documents WHERE source IS NOT NULL").fetchone()[0]
    conn.close()
    assert len(texts) == 2
    for text in texts:
        for payload in PAYLOADS[:-1]:
            assert payload in text, ascii(payload)
    assert "\x1b]2;SRCPWN\x07\u202e" in source


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*RASED, *args], capture_output=True, text=True, timeout=60)


def test_search_plain_output_shows_controls_as_symbols(hostile_db: Path) -> None:
    r = _run("search", "المتحدث", "--db", str(hostile_db), "--limit", "5")
    assert r.returncode == 0, r.stderr
    _assert_inert(r.stdout + r.stderr)
    assert "\u241b[2J" in r.stdout  # ESC shown as ␛
    assert "SRCPWN" in r.stdout and "\u27e8RLO\u27e9" in r.stdout


def test_search_shows_rich_markup_literally(hostile_db: Path) -> None:
    r = _run("search", "اخرج", "--db", str(hostile_db), "--limit", "5")
    assert r.returncode == 0, r.stderr
    assert "[@click=app.quit]" in r.stdout
    r = _run("search", "غامق", "--db", str(hostile_db))
    assert "[bold]" in r.stdout and "[/bold]" in r.stdout
    r = _run("search", "وصلة", "--db", str(hostile_db))
    assert "[link=https://x]" in r.stdout


def test_stats_shows_sources_safely(hostile_db: Path) -> None:
    r = _run("stats", "--db", str(hostile_db))
    assert r.returncode == 0, r.stderr
    _assert_inert(r.stdout)
    assert "SRCPWN" in r.stdout


@pytest.mark.parametrize("command", [["search", "المتحدث", "--json"], ["stats", "--json"]])
def test_json_output_escapes_controls_and_keeps_the_data(hostile_db: Path, command: list[str]) -> None:
    r = _run(*command, "--db", str(hostile_db))
    assert r.returncode == 0, r.stderr
    _assert_inert(r.stdout)
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    # Decoded, the strings are the stored originals.
    strings = " ".join(_strings(rows))
    assert "\u202e" in strings and "\x1b]2;SRCPWN\x07" in strings


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(k) + _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def test_extract_json_escapes_controls(hostile_db: Path) -> None:
    article = hostile_db.parent / "articles" / "hostile.txt"
    r = _run("extract", str(article))
    assert r.returncode == 0, r.stderr
    _assert_inert(r.stdout + r.stderr)
    (obj,) = [json.loads(line) for line in r.stdout.splitlines()]
    assert "\x1b]52;c;" in obj["text"] and "\u009d2;PWNEDC1" in obj["text"]


# -- a real terminal -------------------------------------------------------------------

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Tmux:
    """One private tmux server (its own socket), so tests never touch a user's sessions."""

    def __init__(self, width: int = 140, height: int = 40) -> None:
        self.socket = f"rased-test-{uuid.uuid4().hex[:8]}"
        self.run("new-session", "-d", "-s", "t", "-x", str(width), "-y", str(height))
        # The known title is set the way an attack would set one, by an OSC 2 sequence:
        # this proves the terminal honours the sequence, so an unchanged title later means
        # rased sent none (select-pane -T would lock the title and prove nothing).
        self.send("printf '\\033]2;KNOWN-TITLE\\033\\\\'")
        deadline = time.monotonic() + 10
        while self.title() != "KNOWN-TITLE" and time.monotonic() < deadline:
            time.sleep(0.1)
        assert self.title() == "KNOWN-TITLE", "this terminal ignores OSC 2: the title check would prove nothing"

    def run(self, *args: str) -> str:
        r = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=30)
        return r.stdout

    def send(self, text: str, enter: bool = True) -> None:
        self.run("send-keys", "-t", "t", "-l", text)
        if enter:
            self.run("send-keys", "-t", "t", "Enter")

    def screen(self) -> str:
        return self.run("capture-pane", "-t", "t", "-p")

    def title(self) -> str:
        return self.run("display", "-p", "-t", "t", "#{pane_title}").strip()

    def wait_for(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.2)
        raise AssertionError(f"{text!r} never showed; the screen:\n{screen}")

    def close(self) -> None:
        self.run("kill-server")


@pytest.fixture
def tmux() -> object:
    t = Tmux()
    yield t
    t.close()


def _shell_line(*args: str) -> str:
    import shlex

    env = f"RASED_DB={shlex.quote(os.environ.get('RASED_DB', ''))}"
    return f"{env} {shlex.join([*RASED, *args])}"


@needs_tmux
@pytest.mark.tmux
def test_search_in_a_real_terminal(hostile_db: Path, tmux: Tmux) -> None:
    assert tmux.title() == "KNOWN-TITLE"
    tmux.send('clear; echo MARKER-"ABOVE"')  # quoted: the typed line itself does not match
    tmux.wait_for("MARKER-ABOVE")
    tmux.send(_shell_line("search", "المتحدث", "--db", str(hostile_db)) + '; echo SEARCH-"DONE"')
    screen = tmux.wait_for("SEARCH-DONE")
    assert "MARKER-ABOVE" in screen  # the screen was not cleared
    assert "\u241b" in screen  # escapes shown as ␛
    assert tmux.title() == "KNOWN-TITLE"  # no OSC title change reached the terminal


@needs_tmux
@pytest.mark.tmux
@pytest.mark.slow
def test_explorer_in_a_real_terminal(hostile_db: Path, tmux: Tmux) -> None:
    pytest.importorskip("rased.tui.app")
    tmux.send(_shell_line("--db", str(hostile_db), "--read-only"))
    screen = tmux.wait_for("TITLEPWN")
    assert "\u241b" in screen and "\u2407" in screen  # ␛ and ␇ visible
    assert tmux.title() == "KNOWN-TITLE"
    tmux.send("j", enter=False)
    tmux.send("k", enter=False)
    time.sleep(1.0)
    screen = tmux.screen()
    assert "rased" in screen.splitlines()[0]  # the header row is still there
    assert "click=app.quit" in screen or "TITLEPWN" in screen
    assert tmux.title() == "KNOWN-TITLE"
    tmux.send("q", enter=False)
