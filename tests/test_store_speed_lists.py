"""Quotation list pages come from an index in every sort: no sort of the whole table.

Checked on the query plan (what SQLite will do at any size), not on timings.
"""

from __future__ import annotations

import pytest

from rased.store.store import _QUOTE_SORTS, Store


@pytest.mark.parametrize("descending", [True, False], ids=["desc", "asc"])
@pytest.mark.parametrize("sort", sorted(_QUOTE_SORTS))
def test_every_quotation_sort_reads_an_index(sample_store: Store, sort: str, descending: bool) -> None:
    sql = sample_store._list_quotes_sql(sort, descending)
    plan = list(sample_store.conn.execute(f"EXPLAIN QUERY PLAN {sql}", [200, 0]))
    (subquery,) = [r[0] for r in plan if r[3].startswith("LIST SUBQUERY")]
    page = " | ".join(r[3] for r in plan if r[1] == subquery)
    full_rows = " | ".join(r[3] for r in plan if r[1] == 0)
    # The page's ids: a sort of the whole table shows as "USE TEMP B-TREE FOR ORDER BY";
    # sorting each document's few quotations (the right part of a date or outlet order)
    # is fine.
    assert "TEMP B-TREE FOR ORDER BY" not in page.replace("RIGHT PART OF ORDER BY", ""), page
    assert "USING INDEX" in page or "USING COVERING INDEX" in page, page
    # Only the page's own rows are read in full (and then sorted: at most a page of them).
    assert "USING INTEGER PRIMARY KEY" in full_rows and "SCAN" not in full_rows, full_rows


@pytest.mark.parametrize("descending", [True, False], ids=["desc", "asc"])
def test_text_order_is_the_first_characters_then_storage_order(sample_store: Store, descending: bool) -> None:
    rows = sample_store.list_quotes(limit=10_000, sort="text", descending=descending)
    assert len(rows) == sample_store.count_quotes() > 10
    keys = [(q.text[:24], q.id) for q in rows]
    assert keys == sorted(keys, reverse=descending)
    # Paging gives the same rows as one long page.
    paged = [q.id for off in range(0, len(rows), 7) for q in sample_store.list_quotes(off, 7, "text", descending)]
    assert paged == [q.id for q in rows]
