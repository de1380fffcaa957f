"""The explorer's behaviour that matters on large stores, checked on the sample store with
small pages: windows of a list (end loads the last page, moving up loads the page before,
home goes back), the indexed filters (spelling-tolerant, prefix while typing, speakers and
outlets, rebuilt when the store changes), and store errors reported instead of swallowed.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rased.store.browse import filter_documents, filter_quotes, match_expression
from rased.store.store import Store
from rased.tui.app import make_app
from rased.tui.screens.main import MainScreen
from tests.tui_fixtures import _tui_config, settle, sync, tui_db  # noqa: F401 - fixtures

SIZE = (120, 40)


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    import rased.tui.screens.main as main_mod
    import rased.tui.widgets.table as table_mod

    monkeypatch.setattr(main_mod, "PAGE", 10)
    monkeypatch.setattr(table_mod, "PREFETCH", 3)


def expected_entities(db: Path, offset: int, limit: int) -> list[int]:
    with Store.open(db, read_only=True, create=False) as st:
        return [e.id for e in st.list_entities(offset=offset, limit=limit)]


@sync
async def test_end_loads_the_last_page_and_up_home_walk_back(tui_db: Path, small_pages: None) -> None:  # noqa: F811
    with Store.open(tui_db, read_only=True, create=False) as st:
        total = st.count_entities()
    assert total > 30  # several pages of 10
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.detail is not None)
        main = app.screen
        assert isinstance(main, MainScreen)
        await pilot.press("2")
        await settle(pilot, lambda: "entities" in main.loaded and main.tab == "entities")
        table = main.table()
        assert table.base == 0 and len(table.rows_data) == 10 and table.has_more
        await pilot.press("end")
        await settle(pilot, lambda: table.base > 0)
        assert table.position == total - 1
        assert [r.id for r in table.rows_data] == expected_entities(tui_db, table.base, len(table.rows_data))
        assert table.base + len(table.rows_data) == total
        await settle(pilot, lambda: main.detail is not None and main.detail.target.id == table.current.id)
        # Up past the top of the window: the page before it comes in, the cursor keeps its row.
        base = table.base
        for _ in range(len(table.rows_data)):
            await pilot.press("up")
        await settle(pilot, lambda: table.base < base)
        assert [r.id for r in table.rows_data] == expected_entities(tui_db, table.base, len(table.rows_data))
        pos = table.position
        assert table.current.id == expected_entities(tui_db, pos, 1)[0]
        await pilot.press("home")
        await settle(pilot, lambda: table.base == 0)
        assert table.cursor_row == 0
        assert [r.id for r in table.rows_data] == expected_entities(tui_db, 0, len(table.rows_data))
        # Status line: the position in the whole list.
        status = str(main.query_one("#list-status").render())
        assert f"1 of {total}" in status


def test_match_expression_quotes_words_and_uses_prefixes() -> None:
    expr = match_expression('حماس" OR x*')
    assert '"حماس"*' in expr and "OR x" not in expr
    assert match_expression("في") == '"في"'  # too short for a prefix
    assert match_expression("  ،، ") == ""
    assert " OR " in match_expression("غزة لبنان", any_word=True)


def test_filters_are_spelling_tolerant_and_follow_typing(tui_db: Path) -> None:  # noqa: F811
    with Store.open(tui_db, read_only=True, create=False) as st:
        # Hamza and ta marbuta variants, and a word still being typed.
        full = [q.id for q, _ in filter_quotes(st, "المقاومة")]
        assert full
        assert [q.id for q, _ in filter_quotes(st, "المقاومه")] == full
        assert set(full) <= {q.id for q, _ in filter_quotes(st, "المقاو", limit=500)}
        # A speaker written as a phrase, not an entity.
        quotes = filter_quotes(st, "حماس")
        assert quotes and all("حماس" in (q.speaker or "") + q.text for q, _ in quotes)
        # Documents by outlet and by heading words.
        docs = filter_documents(st, "حريه")
        assert docs and docs[0][0].source == "حرية"
        assert filter_documents(st, "zzzzqqq") == []


def test_document_filter_index_follows_the_store(tui_db: Path, tmp_path: Path) -> None:  # noqa: F811
    db = tmp_path / "copy.db"
    shutil.copy(tui_db, db)
    with Store.open(db, read_only=True, create=False) as st:
        assert filter_documents(st, "كلمةنادرةجدا") == []
    folder = tmp_path / "new"
    folder.mkdir()
    text = "عنوان: خبر عن كلمةنادرةجدا\n\nنص الخبر عن كلمةنادرةجدا في المدينة.\n"
    (folder / "a.txt").write_text(text, encoding="utf-8")
    from rased.store.importer import import_paths

    with Store.open(db) as st:
        import_paths(st, [folder], workers=1)
    with Store.open(db, read_only=True, create=False) as st:
        hits = filter_documents(st, "كلمةنادرةجدا")
        assert len(hits) == 1


@sync
async def test_a_store_error_is_reported(tui_db: Path, tmp_path: Path) -> None:  # noqa: F811
    db = tmp_path / "gone.db"
    shutil.copy(tui_db, db)
    app = make_app(db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.detail is not None)
        main = app.screen
        assert isinstance(main, MainScreen)
        main.pool.close()
        db.unlink()
        Path(f"{db}-wal").unlink(missing_ok=True)
        Path(f"{db}-shm").unlink(missing_ok=True)
        await pilot.press("2")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.2)
        assert any("store" in (n.title or "").lower() for n in app._notifications)


def test_filter_indexes_are_saved_for_the_next_run(
    tui_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch  # noqa: F811
) -> None:
    import rased.store.browse as browse

    cache = tmp_path / "cache-here"
    monkeypatch.setenv("RASED_CACHE_DIR", str(cache))
    monkeypatch.setattr(browse, "_indexes", {})
    with Store.open(tui_db, read_only=True, create=False) as st:
        first = [d.id for d, _ in filter_documents(st, "حرية")]
        assert first
        assert sorted(p.name.split("-")[1] for p in cache.glob("*.db")) == ["documents"]
        # A new process: nothing in memory, and reading the store's rows would fail.
        monkeypatch.setattr(browse, "_indexes", {})

        def no_rows(store: Store) -> None:
            raise AssertionError("the saved index was not used")

        monkeypatch.setitem(browse._ROWS, "documents", no_rows)
        assert [d.id for d, _ in filter_documents(st, "حرية")] == first


def test_indexes_built_in_a_child_process(tui_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    import rased.store.browse as browse

    cache = tmp_path / "child-cache"
    monkeypatch.setenv("RASED_CACHE_DIR", str(cache))
    monkeypatch.setattr(browse, "_indexes", {})

    def no_rows(store: Store) -> None:
        raise AssertionError("built in this process")

    with Store.open(tui_db, read_only=True, create=False) as st:
        monkeypatch.setitem(browse._ROWS, "documents", no_rows)
        monkeypatch.setitem(browse._ROWS, "entities", no_rows)
        browse.warm_document_index(st, elsewhere=True)
        assert sorted(p.name.split("-")[1] for p in cache.glob("*.db")) == ["documents", "entities"]
        assert filter_documents(st, "حرية")
        assert browse.filter_entities(st, "حماس")


@sync
async def test_back_and_forward_restore_a_row_on_a_page_no_longer_loaded(
    tui_db: Path, small_pages: None  # noqa: F811
) -> None:
    with Store.open(tui_db, read_only=True, create=False) as st:
        total = st.count_entities()
    app = make_app(tui_db, bidi="app")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.detail is not None)
        main = app.screen
        assert isinstance(main, MainScreen)
        await pilot.press("2")
        await settle(pilot, lambda: "entities" in main.loaded and main.tab == "entities")
        table = main.table()
        for _ in range(25):  # pages of 10: the third page comes in on the way
            await pilot.press("down")
        await settle(pilot, lambda: table.position == 25 and main.detail.target.id == table.current.id)
        chosen = table.current.id
        line = table.cursor_row - int(table.scroll_y)
        await pilot.press("enter")
        await settle(pilot, lambda: main.focused is main.view)
        # Back in the list, the last page replaces the loaded ones; open its last row.
        await pilot.press("escape")
        await pilot.press("end")
        await settle(pilot, lambda: table.base > 0 and main.detail.target.id == table.current.id)
        last = table.current.id
        await pilot.press("enter")
        await settle(pilot, lambda: main.focused is main.view)
        await pilot.press("1")  # another tab in between
        await settle(pilot, lambda: main.tab == "documents")
        await pilot.press("backspace")  # the step before opening the last row
        await settle(pilot, lambda: main.tab == "entities" and main.detail.target.id == last)
        await pilot.press("backspace")  # the step before opening row 25: its page loads again
        await settle(pilot, lambda: main.detail.target.id == chosen and table.current is not None
                     and table.current.id == chosen)
        assert table.position == 25
        assert expected_entities(tui_db, 25, 1) == [chosen]
        await settle(pilot, lambda: table.cursor_row - int(table.scroll_y) == line)
        assert main.focused is table
        await pilot.press("alt+right")
        await settle(pilot, lambda: table.current is not None and table.current.id == last
                     and main.detail.target.id == last)
        assert table.position == total - 1
