"""Import-level facts of the sample articles, read through ``read_file`` as import reads them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rased.extract.article import read_file
from rased.extract.normalize import normalize
from rased.extract.records import Article

REPO = Path(__file__).resolve().parent.parent
SAMPLES = sorted((REPO / "sample_data").glob("*.txt"))
GOLD = json.loads((Path(__file__).resolve().parent / "data" / "sample_gold.json").read_text("utf-8"))["documents"]


def _read(name_prefix: str) -> Article:
    path = next(p for p in SAMPLES if p.name.startswith(name_prefix))
    got = read_file(path)
    assert len(got.articles) == 1 and not got.problems
    return got.articles[0]


def test_000_header_line_gives_source_and_date() -> None:
    art = _read("000_")
    assert art.source == "حرية"
    assert art.date == "2024-05-26"
    # The header line is metadata, not a paragraph.
    assert not art.text.startswith("حرية")


def test_001_dateline_and_addressee_outlet() -> None:
    art = _read("001_")
    assert art.dateline == "بغداد"
    assert art.source == "الأخبار"
    # The opening paragraph is kept whole: بغداد is a place mentioned in the text.
    assert art.text.startswith("بغداد | تؤكّد")


def test_002_trailing_credit_line_gives_source() -> None:
    art = _read("002_")
    assert art.source == "الحقيقة"
    assert "متابعات" not in art.text.split("\n\n")[-1]


def test_003_outlet_opening_the_text_and_related_blocks() -> None:
    art = _read("003_")
    assert art.source == "الوقت"
    assert art.title == "اتصال يجمع بين أطراف محور المقاومة.. ما الذي دار فيه؟"
    assert art.text.count("اتصال يجمع بين أطراف محور المقاومة.. ما الذي دار فيه؟") == 1


def test_004_site_header_and_comment_form() -> None:
    art = _read("004_")
    assert art.source == "البابور الموقع العربي"
    assert art.title == "اتفاق إيران وحماس على دعم المقاومة كخيار استراتيجي"
    assert "294" not in art.text.split("\n\n")


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_gold_metadata_and_boilerplate(path: Path) -> None:
    gold = GOLD[path.name]
    art = read_file(path).articles[0]
    for fld in ("source", "date", "dateline"):
        if fld in gold:
            assert getattr(art, fld) == gold[fld], fld
    paragraphs = {normalize(p) for p in art.text.split("\n\n")}
    for line in gold.get("boilerplate", []):
        assert normalize(line) not in paragraphs, line
        # Not merely moved inside another paragraph either.
        assert normalize(line) not in normalize(art.text) or len(normalize(line)) < 6, line


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_every_body_paragraph_is_kept_whole(path: Path) -> None:
    boiler = {normalize(b) for b in GOLD[path.name].get("boilerplate", [])}
    art = read_file(path).articles[0]
    paragraphs = set(art.text.split("\n\n"))
    body = [
        line.strip()
        for line in path.read_text("utf-8").splitlines()
        if len(line.split()) >= 8 and not any(b in normalize(line) for b in boiler)
    ]
    assert body
    for line in body:
        assert line in paragraphs, line[:60]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name[:3])
def test_clean_text_shape(path: Path) -> None:
    text = read_file(path).articles[0].text
    assert text == text.strip()
    assert "\n\n\n" not in text
    for para in text.split("\n\n"):
        assert para and para == para.strip() and "\n" not in para
