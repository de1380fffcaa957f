"""Property-based tests: the steps an import runs never raise on any input.

Hypothesis generates text that mixes Arabic, Latin, digits, punctuation, quotation marks,
controls and bidi characters, plus FTS5 syntax for queries; raw bytes for files. Each
property is what the importer and the CLI rely on: normalisation is idempotent and total;
reading a file raises only :class:`ArticleError` (or ``OSError``); ``prepare_file`` never
raises and every offset it stores points at its surface; any query gives hits or a
:class:`QueryError`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rased.extract.article import ArticleError, read_file
from rased.extract.normalize import clitic_forms, name_key, normalize, search_text, tokens
from rased.store.importer import prepare_file
from rased.store.search import QueryError, parse_query
from rased.store.store import Store

from .test_reliability_corpus import sample_paragraphs

PARAS = sample_paragraphs()
LETTERS = (
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640"  # diacritics, tatweel
    "abcXYZ0123456789٠١٢٣٤٥٦٧٨٩"
    " \n\t.,:;!?؟،«»“”\"'()[]{}<>-–—*^&|/\\#@"
    "\x00\x1b\x07\x9b\x9d\u200c\u200d\u200e\u200f\u202a\u202b\u202e\u2066\u2069\ufeff\ufdf2\ufe8e"
)
text_strategy = st.one_of(
    st.text(alphabet=LETTERS, max_size=300),
    st.text(max_size=100),
    st.lists(st.sampled_from(PARAS), min_size=1, max_size=3).map("\n".join),
    # A real article with noise spliced in: extraction runs on its full path.
    st.tuples(st.sampled_from(PARAS), st.text(alphabet=LETTERS, max_size=40), st.integers(0, 400)).map(
        lambda t: t[0][: t[2]] + t[1] + t[0][t[2] :]
    ),
)
FTS_BITS = [
    '"',
    "'",
    "(",
    ")",
    "NEAR(",
    "NEAR/2",
    "AND",
    "OR",
    "NOT",
    "*",
    "^",
    ":",
    "title:",
    "search:",
    "-",
    "+",
    "{",
    "}",
    "حماس",
    "غزة",
    "المقاومة",
    "\x00",
    "\u202e",
    "«",
    "»",
    ",",
    "''",
    "\\",
]
query_strategy = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(FTS_BITS), max_size=10).map(" ".join),
    st.lists(st.sampled_from(FTS_BITS), max_size=10).map("".join),
)

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(text_strategy)
def test_normalisation_is_total_and_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    name_key(text)
    search_text(text)
    for tok in tokens(text):
        assert 0 <= tok.start <= tok.end <= len(text)
        clitic_forms(tok.norm)


SUFFIXES = [".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson", "", ".xml", ".csv"]


def _bytes_strategy() -> st.SearchStrategy[bytes]:
    encoded = text_strategy.flatmap(
        lambda t: st.sampled_from(["utf-8", "utf-16", "cp1256", "utf-8-sig"]).map(
            lambda enc: t.encode(enc, errors="ignore")
        )
    )
    structured = st.sampled_from(
        [
            b"<html><body><p>%s</p></body></html>",
            b'{"text": "%s", "title": 5}',
            b'[{"text": "%s"}, 3, null]',
            b'{"articles": [{"body": "%s"}]}',
            b"<html><script>%s</script><iframe></iframe>",
            b"%s\n{broken\n",
        ]
    ).flatmap(lambda tpl: text_strategy.map(lambda t: tpl.replace(b"%s", t.encode("utf-8", "ignore"))))
    return st.one_of(st.binary(max_size=2000), encoded, structured)


@FAST
@given(_bytes_strategy(), st.sampled_from(SUFFIXES))
def test_read_file_raises_only_article_error(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        try:
            read = read_file(path)
        except ArticleError as exc:
            assert str(exc) and "\n" not in str(exc)
            return
        for art in read.articles:
            assert art.text.strip()


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_bytes_strategy(), st.sampled_from(SUFFIXES))
def test_prepare_file_never_raises_and_offsets_hold(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"article{suffix}"
        path.write_bytes(data)
        res = prepare_file(str(path))
    assert (res.error is None) == bool(res.documents)
    if res.error is not None:
        assert not res.error.startswith("cannot read:"), f"an unexpected exception escaped a reader: {res.error}"
    for doc in res.documents:
        text = doc.article.text
        assert len(doc.entity_keys) == len(doc.extraction.entities)
        assert len(doc.quote_search) == len(doc.extraction.quotes)
        for ent in doc.extraction.entities:
            for m in ent.mentions:
                assert 0 <= m.start < m.end <= len(text) and text[m.start : m.end] == m.surface
        for q in doc.extraction.quotes:
            assert 0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text


@FAST
@given(query_strategy)
def test_parse_query_gives_a_query_or_a_clear_error(query: str) -> None:
    try:
        parsed = parse_query(query)
    except QueryError as exc:
        assert str(exc)
        return
    assert parsed.fts()


@pytest.fixture(scope="module")
def query_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from rased.store.importer import import_paths

    from .conftest import SAMPLE_DIR

    db = tmp_path_factory.mktemp("props") / "s.db"
    with Store.open(db) as store:
        import_paths(store, [SAMPLE_DIR], workers=1)
    return db


def test_store_search_never_raises_sqlite_errors(query_store: Path) -> None:
    store = Store.open(query_store, read_only=True, create=False)

    @settings(max_examples=200, deadline=None)
    @given(query_strategy)
    def check(query: str) -> None:
        try:
            hits = store.search(query, limit=5)
        except QueryError as exc:
            assert str(exc)
            return
        for h in hits:
            for s, e in h.snippet_spans:
                assert 0 <= s <= e <= len(h.snippet)

    try:
        check()
    finally:
        store.close()
