"""Scraper output: JSON Lines and JSON arrays, with broken lines and wrong field types."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rased.extract.article import ArticleError, read_file

PAGES = Path(__file__).resolve().parent / "data" / "articles"


def test_json_lines_fixture() -> None:
    got = read_file(PAGES / "scraper.jsonl")
    arts = got.articles
    assert [a.part for a in arts] == [1, 2, 6]
    first, second, third = arts
    assert first.source == "المنار"
    assert first.date == "2024-05-26"
    assert first.title == "المقاومة تستهدف موقعا إسرائيليا في الجليل"
    assert first.url == "https://www.almanar.example/news/2024/05/26/1"
    assert first.text.count("\n\n") == 1
    # HTML in the text field is cleaned; no source field: the URL's host stands in.
    assert second.source == "example-news.net"
    assert second.date == "2024-05-26"
    assert second.title == "وزير الخارجية الإيراني يصل إلى بيروت"
    assert second.text.split("\n\n") == [
        "وصل وزير الخارجية الإيراني إلى بيروت في زيارة رسمية يلتقي خلالها كبار المسؤولين اللبنانيين.",
        "وقال في مطار بيروت إن بلاده تدعم لبنان في مواجهة التحديات.",
    ]
    # Arabic month names in the date field; the dateline read from the text.
    assert third.date == "2024-05-26"
    assert third.dateline == "دمشق"
    assert third.title is None
    problems = got.problems
    assert any(p.startswith("line 3: not valid JSON (Expecting ','") for p in problems), problems
    assert "line 4: no text field" in problems
    assert "line 5: field 'text' is not a string" in problems
    assert "line 6: field 'title' is not a string (ignored)" in problems
    assert len(problems) == 4


def test_json_array_and_items(tmp_path: Path) -> None:
    items = [
        {"text": "نص المقال الأول عن اجتماع الفصائل في طهران.", "source": {"id": "x", "name": "وكالة مهر"}},
        "not an object",
        {"content": ["a", "list"]},
        {"article": "قال المتحدث لـ«النهار» إن المفاوضات مستمرة في القاهرة منذ أسبوع كامل.", "date": 1716700000},
    ]
    path = tmp_path / "dump.json"
    path.write_text(json.dumps(items, ensure_ascii=False), "utf-8")
    got = read_file(path)
    assert [a.part for a in got.articles] == [1, 4]
    assert got.articles[0].source == "وكالة مهر"
    assert got.articles[1].date == "2024-05-26"
    assert got.articles[1].source == "النهار"
    assert got.problems == ["item 2: not a JSON object", "item 3: field 'content' is not a string"]


def test_single_object_and_wrapped_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"title": "عنوان", "text": "فقرة أولى.\n\nفقرة ثانية."}, ensure_ascii=False), "utf-8")
    art = read_file(one).articles[0]
    assert art.part is None and art.text == "فقرة أولى.\n\nفقرة ثانية."
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"status": "ok", "articles": [{"text": "نص."}, {"text": "نص آخر."}]}), "utf-8")
    assert [a.part for a in read_file(wrapped).articles] == [1, 2]


def test_json_lines_under_json_suffix(tmp_path: Path) -> None:
    path = tmp_path / "lines.json"
    path.write_text('{"text": "الأول."}\n{"text": "الثاني."}\n', "utf-8")
    assert [a.text for a in read_file(path).articles] == ["الأول.", "الثاني."]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("[]", "no articles in the file"),
        ('{"a": 1}', "JSON object with no article text field"),
        ("[1, 2", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"text": 5}\n{"text": null}', "no usable article: line 1: field 'text' is not a string"),
    ],
)
def test_unusable_json_files(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / ("bad.jsonl" if content.startswith('{"text"') else "bad.json")
    path.write_text(content, "utf-8")
    with pytest.raises(ArticleError, match=reason):
        read_file(path)
