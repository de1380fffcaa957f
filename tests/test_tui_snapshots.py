"""SVG snapshots of the explorer at 100×30: the three lists, the reader, both cards, help.

Regenerate with ``pytest tests/test_tui_snapshots.py --snapshot-update`` after looking at
the new pictures (``pytest --snapshot-report``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rased.tui.app import make_app
from tests.tui_fixtures import REPO, _tui_config, settle, tui_db  # noqa: F401 - fixtures

SIZE = (100, 30)


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    # Document paths are shown relative to the current folder: the same on every machine.
    monkeypatch.chdir(REPO)


def keys(*presses: str, cond=None):  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await settle(pilot, lambda: pilot.app.screen.detail is not None)
        for p in presses:
            await pilot.press(p)
            await settle(pilot)
        await settle(pilot, cond and (lambda: cond(pilot.app)))
        await pilot.pause(0.1)

    return run_before


def test_documents_tab(snap_compare, tui_db: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert snap_compare(make_app(tui_db, bidi="app"), terminal_size=SIZE, run_before=keys())


def test_entities_tab(snap_compare, tui_db: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert snap_compare(make_app(tui_db, bidi="app"), terminal_size=SIZE, run_before=keys("2"))


def test_quotes_tab(snap_compare, tui_db: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert snap_compare(make_app(tui_db, bidi="app"), terminal_size=SIZE, run_before=keys("3"))


def test_reader(snap_compare, tui_db: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert snap_compare(make_app(tui_db, bidi="app"), terminal_size=SIZE, run_before=keys("enter", "tab", "tab"))


def test_entity_card(snap_compare, tui_db: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    run = keys("2", "slash", *"قآاني", "enter", "enter",
               cond=lambda app: app.screen.detail.target.kind == "entity")
    assert snap_compare(make_app(tui_db, bidi="app"), terminal_size=SIZE, run_before=run)


def test_quote_card(snap_compare, tui_db: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    run = keys("3", "slash", *"غرفة عمليات مشتركة", "enter", "enter",
               cond=lambda app: app.screen.detail.target.kind == "quote")
    assert snap_compare(make_app(tui_db, bidi="app"), terminal_size=SIZE, run_before=run)


def test_help_screen(snap_compare, tui_db: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    assert snap_compare(make_app(tui_db, bidi="app"), terminal_size=SIZE, run_before=keys("question_mark"))
