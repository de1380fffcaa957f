"""extract() never raises and every offset it gives is valid, whatever the text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rased.extract.pipeline import extract_strict
from rased.extract.records import Extraction

ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
MARKS = st.sampled_from(list("«»“”„\"'()،,.:؛-–|\n ") + ["\n\n", " و", "ـ", "\u064b", "\u200d", "لـ"])
WORDS = st.sampled_from(
    ["قال", "وأضاف", "إن", "أن", "حركة", "حماس", "الشيخ", "المتحدث", "باسم", "مصادر", "عن", "نقلت",
     "علي", "الحميداوي", "وكالة", "أنباء", "“", "”", "«", "»", "،", ":", "بحسب", "زياد", "النخالة",
     "اللواء", "حسين", "سلامي", "طهران", "لـ«حزب", "الله»", "مسؤول", "حوثي", "أبو", "عبد"]
)
MIXED = st.lists(st.one_of(WORDS, MARKS, st.text(ARABIC, max_size=6)), max_size=80).map(" ".join)


def check(text: str, ex: Extraction) -> None:
    for e in ex.entities:
        assert e.mentions
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(text)
            assert text[m.start : m.end] == m.surface
    for q in ex.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert text[q.start : q.end] == q.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode(text: str) -> None:
    check(text, extract_strict(text))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MIXED)
def test_arabic_with_random_marks(text: str) -> None:
    check(text, extract_strict(text))


def test_huge_paragraph_and_unbalanced_marks() -> None:
    text = ("وقال الشيخ زياد النخالة إن “الأمر « لم ” ينته » بعد، " * 3000) + "“"
    check(text, extract_strict(text))
