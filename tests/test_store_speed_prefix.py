"""Prefix searches of one or two letters are refused with a clear message; longer ones work."""

from __future__ import annotations

import pytest

from rased.extract.normalize import normalize
from rased.store.search import MIN_PREFIX, QueryError, check_prefixes, parse_query
from rased.store.store import Store


@pytest.mark.parametrize(
    "query", ["قا*", "ا*", "ق*", "الأ*", "الي*", "وال*", "بالع*", "لل*", "حماس قا*", "حماس OR غز*"]
)
def test_a_prefix_of_one_or_two_letters_is_refused(sample_store: Store, query: str) -> None:
    with pytest.raises(QueryError) as err:
        sample_store.search(query)
    message = str(err.value)
    assert f"at least {MIN_PREFIX} letters" in message and "*" in message
    # The message names the word as normalised (letters only): nothing a terminal or a
    # markup renderer could read as an instruction.
    assert "[" not in message and "\x1b" not in message
    if "ال" in query or "لل" in query:
        assert "after ال" in message


@pytest.mark.parametrize(
    ("query", "word"),
    [("فصا*", "فصائل"), ("المقا*", "المقاومة"), ("مقاو*", "المقاومة"), ("غرف*", "غرفة")],
)
def test_a_prefix_of_three_letters_finds_its_words(sample_store: Store, query: str, word: str) -> None:
    hits = sample_store.search(query)
    assert hits
    assert any(normalize(word) in normalize(h.snippet) for h in hits)


def test_whole_short_words_and_highlighting_are_not_affected(sample_store: Store) -> None:
    sample_store.search("في")  # a whole word of two letters is an ordinary search
    doc = sample_store.get_document(sample_store.list_documents(limit=1)[0].id)
    assert doc is not None
    # Highlighting a short prefix in a text the user already opened still works.
    assert sample_store.match_spans(doc.text, "ال*")


def test_check_prefixes_looks_at_prefix_words_only() -> None:
    check_prefixes(parse_query("قا في ال"))
    check_prefixes(parse_query("قال*"))
    with pytest.raises(QueryError):
        check_prefixes(parse_query("غرفة-عم*"))
