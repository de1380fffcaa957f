"""Details of what the explorer shows: spellings without quotation marks, dates kept in
reading order inside Arabic lines, palette hits that complete to logical text, a help
text with no unshaped Arabic."""

from __future__ import annotations

import asyncio
import re
from importlib import resources
from pathlib import Path

import pytest

from rased.store.store import Store
from rased.tui.app import make_app
from rased.tui.arabic import layout_paragraph
from rased.tui.commands import RasedCommands
from rased.tui.data import build_quote, display_spellings
from rased.tui.widgets.textview import Target
from tests.tui_fixtures import _tui_config, settle, sync, tui_db  # noqa: F401 - fixtures

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def test_spellings_lose_quotation_marks_and_merge() -> None:
    shown = display_spellings(
        [("حركة “حماس”", 3), ("حركة «حماس»", 2), ("حركة حماس", 5), ("‘حماس’", 1), ("حماس", 2), ("O'Neill", 1)]
    )
    assert shown == [("حركة حماس", 10), ("حماس", 3), ("O'Neill", 1)]


def test_quote_card_dates_stay_in_reading_order(tui_db: Path) -> None:  # noqa: F811
    with Store.open(tui_db, read_only=True, create=False) as st:
        dated = [q for q in st.list_quotes(limit=100) if q.date and q.source]
        assert dated
        detail = build_quote(st, Target("quote", dated[0].id))
    line = next(b.text for b in detail.blocks if b.text.startswith("Outlet: "))
    # Shaped and ordered for the screen, the date reads as written, right after the label.
    shown = layout_paragraph(line, 80, "app", [])[0].text.plain
    assert DATE.search(shown) and DATE.search(shown).group() == dated[0].date
    assert shown.index(dated[0].date) < min(m.start() for m in ARABIC.finditer(shown))


def test_help_text_has_no_arabic_to_shape() -> None:
    # The help is Markdown drawn by Textual, which neither shapes nor orders Arabic.
    text = resources.files("rased.tui").joinpath("help.md").read_text(encoding="utf-8")
    assert not ARABIC.search(text)


@sync
async def test_palette_hits_complete_to_logical_text(tui_db: Path) -> None:  # noqa: F811
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, lambda: app.screen.detail is not None)
        provider = RasedCommands(app.screen, None)  # type: ignore[arg-type]
        hits = [h async for h in provider.search("حماس")]
        arabic = [h for h in hits if h.text and ARABIC.search(h.text)]
        assert arabic
        for h in arabic:
            # Letters, not presentation forms: the input gets what the user could type.
            assert not re.search("[\ufb50-\ufdff\ufe70-\ufeff]", h.text)
        await asyncio.sleep(0)


@pytest.mark.parametrize("mode", ["app", "terminal"])
@sync
async def test_palette_input_is_previewed_readably_in_app_mode_only(tui_db: Path, mode: str) -> None:  # noqa: F811
    from rased.tui.arabic import one_line
    from rased.tui.commands import RasedPalette
    from rased.tui.widgets.preview import TypedPreview

    app = make_app(tui_db, bidi=mode)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, lambda: app.screen.detail is not None)
        await pilot.press("ctrl+p")
        await settle(pilot, lambda: isinstance(app.screen, RasedPalette))
        await pilot.press(*"قآاني 2024")
        await pilot.pause(0.2)
        shown = app.screen.query_one("#palette-preview", TypedPreview)
        if mode == "app":
            assert shown.display
            text = str(shown.render())
            # Shaped (presentation forms) and in visual order: the number, then the name reversed.
            assert text.strip() == one_line("قآاني 2024", 0, "app").plain
            assert re.search("[\ufe70-\ufeff]", text) and text.strip().startswith("2024")
            assert shown.has_class("-rtl")
        else:
            assert not shown.display  # the terminal orders what it shows
        await pilot.press("escape")
        await settle(pilot)


@sync
async def test_footer_is_rebuilt_only_when_its_keys_change(tui_db: Path) -> None:  # noqa: F811
    from textual.widgets._footer import FooterKey

    from rased.tui.widgets.footer import KeyFooter

    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=(120, 40)) as pilot:
        main = app.screen
        footer = main.query_one(KeyFooter)
        await settle(pilot, lambda: main.detail is not None
                     and "Sort" in [k.description for k in footer.query(FooterKey)])
        keys = list(footer.query(FooterKey))
        await pilot.press("2")  # another list: the same keys, the same widgets
        await settle(pilot, lambda: "entities" in main.loaded)
        await pilot.press("1")
        await settle(pilot, lambda: main.tab == "documents")
        assert list(footer.query(FooterKey)) == keys
        copy = next(k for k in keys if k.description == "Copy quote")
        assert copy.has_class("-disabled")  # no quotation selected in the documents list
        await pilot.press("3")  # a quotation is selected: copying it applies now, same widgets
        await settle(pilot, lambda: "quotes" in main.loaded and not copy.has_class("-disabled"))
        assert list(footer.query(FooterKey)) == keys
        await pilot.press("enter")  # the reader: its own keys, and back is possible now
        await settle(pilot, lambda: main.focused is main.view
                     and "Next link" in [k.description for k in footer.query(FooterKey)])
        shown = {k.description: k for k in footer.query(FooterKey)}
        assert "Next link" in shown and "Sort" not in shown
        await settle(pilot, lambda: not next(k for k in footer.query(FooterKey)
                                             if k.description == "Back").has_class("-disabled"))


def test_entity_card_type_in_brackets_reads_right_in_arabic_lines(tui_db: Path) -> None:  # noqa: F811
    from rased.tui.data import TYPE_LABELS, build_entity

    with Store.open(tui_db, read_only=True, create=False) as st:
        ent = max(st.list_entities(limit=100), key=lambda e: e.n_documents)
        detail = build_entity(st, Target("entity", ent.id))
    labels = "|".join(TYPE_LABELS.values())
    lines = [b.text for b in detail.blocks if re.search(rf"\((?:{labels})\)", b.text)]
    assert lines
    for text in lines:
        shown = layout_paragraph(text, 100, "app", [])[0].text.plain
        # "(person) ×2", never ")person( ×2" or "person) ×2)".
        assert re.search(rf"\((?:{labels})\) ×\d", shown), shown


@sync
async def test_escape_in_a_filtered_list_clears_the_filter(tui_db: Path) -> None:  # noqa: F811
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=(120, 40)) as pilot:
        main = app.screen
        await settle(pilot, lambda: main.detail is not None)
        await pilot.press("2")
        await settle(pilot, lambda: "entities" in main.loaded)
        total = main.table().total
        await pilot.press("slash", *"موسوي", "enter")
        await settle(pilot, lambda: main.table().ranked)
        assert main.focused is main.table()
        await pilot.press("escape")
        await settle(pilot, lambda: not main.table().ranked)
        assert main.query_one("#filter").value == "" and main.table().total == total


@sync
async def test_palette_help_lines_are_shaped_with_dates_in_reading_order(tui_db: Path) -> None:  # noqa: F811
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot, lambda: app.screen.detail is not None)
        provider = RasedCommands(app.screen, None)  # type: ignore[arg-type]
        hits = [h async for h in provider.search("الموسوي")]
        dated = [h.help for h in hits if h.help and DATE.search(h.help)]
        assert dated
        for help_text in dated:
            assert not re.search("[\u0621-\u064a]", help_text)  # shaped: presentation forms only
            assert not re.search(r"\d{2}-\d{2}-\d{4}", help_text)  # never 26-05-2024
        await asyncio.sleep(0)


@sync
async def test_long_pages_are_laid_out_in_the_background_even_when_replaced_at_once() -> None:
    from textual.app import App, ComposeResult

    from rased.tui.widgets.textview import Block, TextView

    class One(App[None]):
        def compose(self) -> ComposeResult:
            yield TextView(id="view")

    app = One()
    async with app.run_test(size=(80, 24)) as pilot:
        view = app.query_one(TextView)
        first = [Block(f"الفقرة رقم {i} من الصفحة الأولى") for i in range(400)]
        second = [Block(f"الفقرة رقم {i} من الصفحة الثانية") for i in range(400)]
        view.set_blocks(first)
        assert not view.laid_out  # the first screens only
        view.set_blocks(second)  # before the first page's next chunk ran
        for _ in range(200):
            if view.laid_out:
                break
            await pilot.pause(0.01)
        assert view.laid_out and view.virtual_size.height == len(view._lines)
        assert view._blocks[-1].text.endswith("الثانية") and view._line_block[-1] == len(second) - 1
