"""Smoke test in a real terminal: tmux runs ``rased --db …``, keys are sent, the screen is read."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from tests.tui_fixtures import _tui_config, tui_db  # noqa: F401 - fixtures

pytestmark = [pytest.mark.tmux, pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")]


def _capture(session: str) -> str:
    return subprocess.run(["tmux", "capture-pane", "-t", session, "-p"], capture_output=True, text=True).stdout


def _wait_for(session: str, needle: str, timeout: float = 15.0) -> str:
    end = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < end:
        screen = _capture(session)
        if needle in screen:
            return screen
        time.sleep(0.2)
    raise AssertionError(f"{needle!r} never showed:\n{screen}")


def test_explorer_in_tmux_shows_tabs_and_shaped_arabic(tui_db: Path, tmp_path: Path) -> None:  # noqa: F811
    rased = Path(sys.executable).with_name("rased")
    session = f"rased-test-{uuid.uuid4().hex[:8]}"
    env_cmd = f"RASED_CONFIG_FILE={tmp_path / 'c.json'} RASED_BIDI=app {rased} --db {tui_db}"
    subprocess.run(
        ["tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", env_cmd],
        check=True, env={**os.environ, "TERM": "xterm-256color"},
    )
    try:
        screen = _wait_for(session, "Documents")
        assert "Entities" in screen and "Quotes" in screen
        subprocess.run(["tmux", "send-keys", "-t", session, "2"], check=True)
        _wait_for(session, "Type")
        time.sleep(1.0)  # the entity list settles (it takes focus when loaded)
        subprocess.run(["tmux", "send-keys", "-t", session, "/"], check=True)
        time.sleep(0.3)
        subprocess.run(["tmux", "send-keys", "-t", session, "-l", "موسوي"], check=True)
        # حسين الموسوي shaped and in visual order: ﻱﻮﺳﻮﻤﻟﺍ ﻦﻴﺴﺣ
        screen = _wait_for(session, "ﻦﻴﺴﺣ")
        assert "ﻱﻮﺳﻮﻤﻟﺍ ﻦﻴﺴﺣ" in screen
        # Leave the filter box (where q would be typed), then quit.
        subprocess.run(["tmux", "send-keys", "-t", session, "Escape"], check=True)
        time.sleep(0.5)
        subprocess.run(["tmux", "send-keys", "-t", session, "q"], check=True)
        end = time.monotonic() + 10
        while time.monotonic() < end:
            alive = subprocess.run(["tmux", "has-session", "-t", session], capture_output=True).returncode == 0
            if not alive:
                break
            time.sleep(0.2)
        assert not alive, "q did not quit the explorer"
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
