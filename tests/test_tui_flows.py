"""The explorer's flows driven by Pilot on a store built from the sample articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from rased.tui.app import make_app
from rased.tui.screens.main import MainScreen
from tests.tui_fixtures import _tui_config, settle, sync, tui_db  # noqa: F401 - fixtures

SIZE = (120, 40)


def main_of(app) -> MainScreen:  # type: ignore[no-untyped-def]
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen


def detail_kind(app) -> str | None:  # type: ignore[no-untyped-def]
    d = main_of(app).detail
    return d.target.kind if d else None


def store_of(tmp_path: Path, name: str, text: str) -> Path:
    """A store of one article file holding ``text``, imported as a user would."""
    from rased.store.importer import import_paths
    from rased.store.store import Store

    art = tmp_path / f"{name}.txt"
    art.write_text(text, encoding="utf-8")
    db = tmp_path / f"{name}.db"
    with Store.open(db) as st:
        import_paths(st, [art], workers=1)
    return db


async def start(pilot) -> MainScreen:  # type: ignore[no-untyped-def]
    await settle(pilot, lambda: "documents" in main_of(pilot.app).loaded and main_of(pilot.app).detail is not None)
    return main_of(pilot.app)


async def tab_to(pilot, main: MainScreen, kind: str, name: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Press tab in the detail pane until the link cursor is on a ``kind`` link (to ``name``)."""
    for _ in range(200):
        await pilot.press("tab")
        link = main.view.current_link
        if link and link.target.kind == kind and (name is None or link.label == name):
            return
    raise AssertionError(f"no {kind} link {name or ''}")


@sync
async def test_document_mention_entity_quote_speaker_back_forward(tui_db: Path) -> None:  # noqa: F811
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        main = await start(pilot)
        # The document that names قاآني.
        await pilot.press("slash")
        await pilot.press(*"حرية")
        await pilot.press("enter")
        await settle(pilot, lambda: main.table().ranked and len(main.table().rows_data) >= 1)
        await pilot.press("enter")
        await settle(pilot, lambda: main.focused is main.view and detail_kind(app) == "document")
        doc_id = main.detail.target.id
        await tab_to(pilot, main, "entity", "إسماعيل قاآني")
        await pilot.press("enter")
        await settle(pilot, lambda: detail_kind(app) == "entity")
        assert main.detail.title == "إسماعيل قاآني"
        text = "\n".join(b.text for b in main.detail.blocks)
        assert "قآاني" in text and "قاآني" in text  # both spellings on the card
        assert "Documents (2)" in text
        # Entity -> one of its documents, opened at the mention.
        await tab_to(pilot, main, "document")
        await pilot.press("enter")
        await settle(pilot, lambda: detail_kind(app) == "document" and main.view.current_link is not None)
        assert main.view.current_link.target.kind == "entity"
        assert main.view.current_link.label in ("قاآني", "قآاني", "إسماعيل قاآني", "إسماعيل قآاني")
        # Document -> another person named there -> one of his quotations -> its speaker.
        await tab_to(pilot, main, "entity", "حسين الموسوي")
        await pilot.press("enter")
        await settle(pilot, lambda: detail_kind(app) == "entity")
        assert main.detail.title == "حسين الموسوي"
        await tab_to(pilot, main, "quote")
        await pilot.press("enter")
        await settle(pilot, lambda: detail_kind(app) == "quote")
        quote_id = main.detail.target.id
        await tab_to(pilot, main, "entity")
        await pilot.press("enter")
        await settle(pilot, lambda: detail_kind(app) == "entity")
        assert main.detail.title == "حسين الموسوي"  # the quotation's speaker
        # Back twice, forward once.
        await pilot.press("backspace")
        await settle(pilot, lambda: detail_kind(app) == "quote")
        assert main.detail.target.id == quote_id
        await pilot.press("alt+left")
        await settle(pilot, lambda: detail_kind(app) == "entity")
        assert main.detail.title == "حسين الموسوي"
        await pilot.press("alt+right")
        await settle(pilot, lambda: detail_kind(app) == "quote")
        assert main.detail.target.id == quote_id
        # Quote -> its place in the document: the reader opens with the quotation selected.
        await tab_to(pilot, main, "document")
        await pilot.press("enter")
        await settle(pilot, lambda: detail_kind(app) == "document" and main.view.current_link is not None)
        assert main.view.current_link.target.kind == "quote"
        assert main.view.current_link.target.id == quote_id
        # Back to the very first document keeps working.
        for _ in range(8):
            await pilot.press("backspace")
            await settle(pilot)
        assert main.detail.target.kind == "document" and main.detail.target.id == doc_id


@sync
async def test_filter_ignores_spelling_variants(tui_db: Path) -> None:  # noqa: F811
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        main = await start(pilot)
        await pilot.press("2")
        await settle(pilot, lambda: "entities" in main.loaded)
        for query, expected in (("قآاني", "إسماعيل قاآني"), ("قاانى", "إسماعيل قاآني"),
                                ("موسوي", "حسين الموسوي"), ("اسماعيل قآاني", "إسماعيل قاآني")):
            box = main.query_one("#filter")
            box.value = ""  # type: ignore[attr-defined]
            await pilot.press("slash")
            await pilot.press(*query)
            await settle(pilot, lambda: main.table().ranked and bool(main.table().rows_data))
            names = [r.name for r in main.table().rows_data]
            assert names[0] == expected, (query, names)
        # The typed filter is previewed shaped and in visual order.
        preview = main.query_one("#filter-preview").render()
        assert "ﻲﻧ" in str(preview)


@sync
async def test_palette_jumps_to_an_entity(tui_db: Path) -> None:  # noqa: F811
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        main = await start(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"قآاني")
        await pilot.pause(0.6)
        await settle(pilot)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot, lambda: detail_kind(app) == "entity")
        assert main.detail.title == "إسماعيل قاآني"


@sync
async def test_full_text_search_highlights_hits_n_and_N(tui_db: Path) -> None:  # noqa: F811
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        main = await start(pilot)
        await pilot.press("4")
        await settle(pilot)
        await pilot.press(*"غرفة عمليات مشتركة")
        await pilot.press("enter")
        await settle(pilot, lambda: main.tab == "search" and len(main.table().rows_data) == 2)
        await pilot.press("enter")
        await settle(pilot, lambda: detail_kind(app) == "document" and main.view.hit_count > 0)
        view = main.view
        assert view.hit_index == 0  # the first hit is selected on opening
        hits = view.hit_count
        await pilot.press("n")
        assert view.hit_index == (1 % hits)
        await pilot.press("N")
        assert view.hit_index == 0
        # The hit is painted on screen.
        line = view.line_of_offset(view._hits[0][0]) - int(view.scroll_y)
        strip = view.render_line(line)
        assert any(seg.style and seg.style.bgcolor and seg.style.bgcolor.name in ("dark_orange", "yellow")
                   for seg in strip)


@sync
async def test_copy_quotation_with_citation(tui_db: Path) -> None:  # noqa: F811
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        main = await start(pilot)
        await pilot.press("3")
        await settle(pilot, lambda: "quotes" in main.loaded)
        await pilot.press("s")  # sort by speaker ascending
        await settle(pilot, lambda: main.table().sort == "speaker")
        row = main.table().current
        await pilot.press("y")
        await settle(pilot, lambda: bool(app.clipboard))
        assert row.text in app.clipboard
        assert row.path in app.clipboard
        assert (row.source or "unknown source") in app.clipboard


@sync
async def test_new_documents_filter_and_show_all(tui_db: Path) -> None:  # noqa: F811
    app = make_app(tui_db, bidi="app", doc_ids=[2])
    async with app.run_test(size=SIZE) as pilot:
        main = await start(pilot)
        assert [r.id for r in main.table().rows_data] == [2]
        assert main.detail.target.id == 2
        await pilot.press("x")
        await settle(pilot, lambda: len(main.table().rows_data) == 5)


@sync
async def test_terminal_mode_is_logical_and_ctrl_b_switches(tui_db: Path) -> None:  # noqa: F811
    app = make_app(tui_db, bidi="terminal")
    async with app.run_test(size=SIZE) as pilot:
        main = await start(pilot)
        lines = main.view.plain_lines()
        body = [ln for ln in lines if any("\u0621" <= c <= "\u064a" for c in ln)]
        assert body, lines[:5]
        assert not any("\ufe70" <= c <= "\ufefc" for ln in lines for c in ln)
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert main.mode == "app"
        lines = main.view.plain_lines()
        assert any("\ufe70" <= c <= "\ufefc" for ln in lines for c in ln)
        from rased.tui.settings import load_settings

        assert load_settings()["bidi"] == "app"


@sync
async def test_untrusted_article_text_is_inert(tmp_path: Path) -> None:
    db = store_of(tmp_path, "evil", (
        "وكالة الأنباء – 2024-05-01\n"
        "قال [bold]المتحدث[/bold] إن [link=http://x]الخبر[/link] صحيح \x1b[2J\x1b]2;PWNED\x07 "
        "\x1b]52;c;QUJD\x1b\\ \x9d و\u202eexe.txt نهاية\n"))
    for mode in ("app", "terminal"):
        app = make_app(db, bidi=mode)
        async with app.run_test(size=SIZE) as pilot:
            main = await start(pilot)
            text = "\n".join(main.view.plain_lines())
            assert "[bold]" in text and "[link=http://x]" in text
            for bad in ("\x1b", "\x07", "\x9d", "\u202e"):
                assert bad not in text
            # The override shows as a marker and overrides nothing (exe.txt is not turned around).
            assert "RLO" in text and "exe.txt" in text
            if mode == "terminal":
                assert "⟨RLO⟩" in text
            # What reaches the terminal for the visible lines has no ESC from the article.
            for y in range(main.view.size.height):
                for seg in main.view.render_line(y):
                    assert "\x1b" not in seg.text and "\x9d" not in seg.text


@pytest.mark.parametrize("width", [80, 160])
@sync
async def test_narrow_and_wide_layouts(tui_db: Path, width: int) -> None:  # noqa: F811
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=(width, 24)) as pilot:
        main = await start(pilot)
        if width < 100:
            assert main.pane_layout == "list"
            await pilot.press("enter")
            await settle(pilot, lambda: main.pane_layout == "detail" and main.focused is main.view)
            await pilot.press("escape")
            assert main.pane_layout == "list"
        else:
            assert main.pane_layout == "split"
        await pilot.press("l")
        assert main.pane_layout in ("list", "detail", "split")


@sync
async def test_help_lists_every_binding(tui_db: Path) -> None:  # noqa: F811
    from rased.tui.screens.help import HelpScreen, key_rows

    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        await start(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        rows = key_rows(app)
        described = {r[2] for r in rows}
        for b in MainScreen.BINDINGS:
            assert b.tooltip in described  # type: ignore[union-attr]
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


@sync
async def test_quote_card_shows_the_same_statement_in_another_outlet(tui_db: Path) -> None:  # noqa: F811
    """The issue's walk: حسين الموسوي's quotes, the joint operations room, reported by two outlets."""
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        main = await start(pilot)
        await pilot.press("2")
        await settle(pilot, lambda: "entities" in main.loaded)
        await pilot.press("slash")
        await pilot.press(*"الموسوي")
        await settle(pilot, lambda: main.table().ranked and bool(main.table().rows_data))
        assert main.table().rows_data[0].name == "حسين الموسوي"
        await pilot.press("enter")
        await pilot.press("enter")
        await settle(pilot, lambda: detail_kind(app) == "entity")
        found = False
        for _ in range(12):
            await tab_to(pilot, main, "quote")
            await pilot.press("enter")
            await settle(pilot, lambda: detail_kind(app) == "quote")
            text = "\n".join(b.text for b in main.detail.blocks)
            if "Also reported by (1)" in text:
                found = True
                break
            await pilot.press("backspace")
            await settle(pilot, lambda: detail_kind(app) == "entity")
        assert found, "no quotation of حسين الموسوي is reported by another outlet"
        assert "الأخبار" in text and "حرية" in text


@sync
async def test_the_detail_pane_follows_the_cursor_when_the_sort_changes(tui_db: Path) -> None:  # noqa: F811
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        main = await start(pilot)
        await pilot.press("3")
        await settle(pilot, lambda: "quotes" in main.loaded)
        await pilot.press("end")
        await settle(pilot, lambda: main.table().current is not None
                     and main.detail is not None and main.detail.target.id == main.table().current.id)
        await pilot.press("s")  # another sort: the cursor goes back to the first row
        await settle(pilot, lambda: main.table().sort != "date" and main.table().cursor_row == 0)
        await settle(pilot, lambda: main.detail.target.id == main.table().current.id)
        assert main.detail.target.id == main.table().current.id


@sync
async def test_a_thread_worker_sees_the_running_app(tui_db: Path) -> None:  # noqa: F811
    """Textual runs thread workers in executor threads without the app's context; code reached
    from there that looks the app up (building or posting what a worker found) must find it,
    or a list fails to load on a busy machine."""
    from textual._context import active_app

    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        main = await start(pilot)
        worker = main.run_worker(active_app.get, thread=True, exit_on_error=False)
        await worker.wait()
        assert worker.result is app


@sync
async def test_a_place_inside_a_facilitys_name_is_a_link_of_its_own(tmp_path: Path) -> None:
    db = store_of(tmp_path, "port", (
        "بوابة الوسط – 2025-11-03\n"
        "قال مدير ميناء طبرق البحري، سالم عمران بوخطوة، إن \"البواخر تنتظر منذ أسبوعين في عرض البحر\".\n"))
    app = make_app(db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        main = await start(pilot)
        await pilot.press("enter")
        await settle(pilot, lambda: main.focused is main.view and detail_kind(app) == "document")
        # The facility's name is one link, the place inside it the next one.
        await tab_to(pilot, main, "entity", "ميناء طبرق البحري")
        await pilot.press("tab")
        link = main.view.current_link
        assert link is not None and link.target.kind == "entity" and link.label == "طبرق"
        await pilot.press("enter")
        await settle(pilot, lambda: detail_kind(app) == "entity")
        assert main.detail.title == "طبرق"
        assert "Documents (1)" in "\n".join(b.text for b in main.detail.blocks)
