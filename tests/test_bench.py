"""The benchmark harness end to end on a small corpus: every figure present and sane.

No timing is asserted (speed is the benchmark's business, not the unit tests'); this
checks that the harness runs the real import, search, cross-reference and explorer paths
and reports what it measured.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rased.bench.__main__ import main
from rased.bench.corpus import build_model, build_queries, generate_corpus, kind_of_index
from rased.bench.run import KEYS, percentile

N = 400


def test_percentile_nearest_rank() -> None:
    assert percentile([], 95) is None
    assert percentile([5.0], 50) == 5.0
    values = [float(v) for v in range(1, 101)]
    assert percentile(values, 50) == 50.0
    assert percentile(values, 95) == 95.0
    assert percentile(values, 100) == 100.0


def test_corpus_is_deterministic_and_mixed(tmp_path: Path) -> None:
    a = generate_corpus(tmp_path / "a", 120, seed=3, workers=1)
    b = generate_corpus(tmp_path / "b", 120, seed=3, workers=2)
    files_a = sorted(p.relative_to(a.root) for p in a.root.rglob("*") if p.is_file())
    files_b = sorted(p.relative_to(b.root) for p in b.root.rglob("*") if p.is_file())
    assert files_a == files_b and a.bytes == b.bytes
    for rel in files_a:
        assert (a.root / rel).read_bytes() == (b.root / rel).read_bytes()
    suffixes = {p.suffix for p in files_a}
    assert suffixes == {".txt", ".html", ".jsonl"}
    feed = (a.root / "feed.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(feed) == sum(1 for i in range(120) if kind_of_index(i) == "jsonl")
    assert all(json.loads(line)["text"] for line in feed)
    sizes = [(a.root / p).stat().st_size for p in files_a if p.suffix == ".txt"]
    assert 1500 < min(sizes) and max(sizes) < 25_000


def test_queries_are_fixed_and_varied() -> None:
    model = build_model(1)
    q1, q2 = build_queries(model), build_queries(model)
    assert q1 == q2 and len(q1) == 200 and len(set(q1)) == 200
    kinds = {k for k, _ in q1}
    assert {"common", "name", "phrase", "variant", "clitic", "prefix", "or", "rare"} <= kinds


@pytest.mark.slow
def test_bench_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bench.json"
    assert main(["--n", str(N), "--json", str(out), "--workdir", str(tmp_path / "work"), "--tui-rounds", "2"]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(KEYS) <= set(data)
    assert data["n"] == N and data["documents"] == N
    assert data["files"] == sum(1 for i in range(N) if kind_of_index(i) != "jsonl") + 1
    for key in (
        "import_docs_per_s",
        "import_peak_rss_mb",
        "store_bytes_per_doc",
        "search_p50_ms",
        "search_p95_ms",
        "fts_raw_p95_ms",
        "grep_s",
        "list_p95_ms",
        "tui_first_paint_s",
        "tui_open_p95_ms",
        "tui_peak_rss_mb",
    ):
        assert isinstance(data[key], (int, float)) and data[key] > 0, key
    assert data["search_p50_ms"] <= data["search_p95_ms"] <= data["search_max_ms"]
    assert data["search_queries"] == 200 and data["search_queries_with_hits"] > 100
    stages = data["import_stage_ms_per_doc"]
    assert set(stages) == {"read_parse", "extract", "search_text", "write"}
    # The figures that need entities or quotations are numbers when the store has them.
    if data["entities"]:
        assert isinstance(data["fuzzy_p95_ms"], float) and isinstance(data["entity_documents_p95_ms"], float)
    if data["quotes"]:
        assert isinstance(data["similar_quotes_p95_ms"], float)
    printed = capsys.readouterr().out
    assert "search_p95_ms" in printed and "import_docs_per_s" in printed
    # Nothing is left behind without --keep.
    assert not any((tmp_path / "work").iterdir())


def test_fast_highlighting_equals_the_reference_scan(tmp_path: Path) -> None:
    """The regex-proposed, word-checked matches are exactly those of normalising every word."""
    from rased.extract.article import read_file
    from rased.store import search as S

    root = Path(__file__).resolve().parent.parent
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "sample_data").glob("*.txt"))]
    info = generate_corpus(tmp_path / "c", 40, seed=5, workers=1)
    texts += [a.text for p in sorted(info.root.rglob("*.txt"))[:25] for a in read_file(p).articles]
    texts.append("قَالَ إسماعـــيل هنيّة لِلحَرْبِ وبالحرب ﻻ ﺣﻤﺎﺱ لحماس HAMAS Hamas ٢٠٢٤ أحمد\u200cيان")
    queries = [q for _, q in build_queries(build_model(1))][::6]
    queries += ["حماس", "الحرب", "حرب*", "هنية", "hamas", "2024", '"اسماعيل هنيه"', "لا", "احمديان"]
    for q in queries:
        parsed = S.parse_query(q)
        for text in texts:
            reference = S._merge(S._match_spans_scan(text, parsed))
            assert S.match_spans(text, parsed) == reference, q
            assert S.snippet(text, S.first_spans(text, parsed)) == S.snippet(text, reference), q
