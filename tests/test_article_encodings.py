"""Encodings are detected, not assumed: the same clean text comes back from every encoding."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rased.extract.article import ArticleError, decode, read_file

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "sample_data").glob("*.txt"))

ENCODINGS = {
    "utf-8-bom": lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
    "utf-16-le-bom": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    "utf-16-be-bom": lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    "utf-16-le-no-bom": lambda s: s.encode("utf-16-le"),
    "windows-1256": lambda s: s.encode("cp1256"),
    "windows-1256-crlf": lambda s: s.replace("\n", "\r\n").encode("cp1256"),
}


def _encodable(text: str, name: str) -> bool:
    try:
        ENCODINGS[name](text)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize("name", sorted(ENCODINGS))
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_same_article_from_every_encoding(tmp_path: Path, sample: Path, name: str) -> None:
    text = sample.read_text("utf-8")
    if not _encodable(text, name):
        # Windows-1256 lacks a few Persian letters some pages use (ی); the rest must encode.
        assert name.startswith("windows-1256") and sample.name.startswith("003")
        return
    want = read_file(sample).articles[0]
    path = tmp_path / f"article-{name}.txt"
    path.write_bytes(ENCODINGS[name](text))
    got = read_file(path).articles[0]
    assert got == want


def test_short_windows_1256_text_is_not_mistaken_for_another_code_page() -> None:
    for text in ("قال الرئيس إن الوضع خطير", "غزة", "بيروت – (3/4/2024)\nانفجار في المرفأ."):
        assert decode(text.encode("cp1256")) == text


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    body = "<p>وأضاف المتحدث أن الاجتماع عقد في طهران بحضور قادة الفصائل كلها.</p>"
    html = f'<html><head><meta charset="windows-1256"><title>خبر</title></head><body>{body}</body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(html.encode("cp1256"))
    art = read_file(path).articles[0]
    assert "الاجتماع عقد في طهران" in art.text


def test_file_mixing_utf8_and_windows_1256_lines(tmp_path: Path) -> None:
    one = "وقال المتحدث إن الاجتماع عقد في طهران بحضور قادة الفصائل."
    two = "وأضاف أن التنسيق مستمر منذ بداية الحرب على قطاع غزة."
    path = tmp_path / "mixed.txt"
    path.write_bytes(one.encode("utf-8") + b"\n" + two.encode("cp1256") + b"\n")
    art = read_file(path).articles[0]
    assert art.text == f"{one}\n\n{two}"


def test_truncated_utf8_keeps_the_text(tmp_path: Path) -> None:
    text = "وقال المتحدث إن الاجتماع عقد في طهران بحضور قادة الفصائل."
    data = text.encode("utf-8")[:-1]  # the last character's second byte is lost
    path = tmp_path / "cut.txt"
    path.write_bytes(data)
    art = read_file(path).articles[0]
    assert art.text.startswith(text[:-2])


def test_latin_text_in_an_old_code_page_still_reads() -> None:
    # Which Latin code page a short text is in cannot be told for sure; its ASCII letters can.
    text = "Le président a déclaré à la presse que la réunion était terminée."
    out = decode(text.encode("cp1252"))
    assert out.startswith("Le pr") and out.endswith("termin\u00e9e.")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_decode_random_bytes_gives_text_or_article_error(data: bytes) -> None:
    try:
        out = decode(data)
    except ArticleError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert isinstance(out, str)


@settings(max_examples=200, deadline=None)
@given(st.text(st.characters(exclude_characters="\x00\ufeff", exclude_categories=["Cs"]), max_size=500))
def test_utf8_round_trips(text: str) -> None:
    # (A leading U+FEFF is the byte-order mark and is dropped; NUL bytes mean binary data.)
    assert decode(text.encode("utf-8")) == text
