"""Quality floors of extraction on the hand-made gold (sample articles and made-up ones).

Measured by rased.extract.evaluate (the matching rules of the project's measure, also behind
``rased eval``) on the articles as import reads them: read_file, then extract_article.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rased.extract.article import read_file
from rased.extract.evaluate import Evaluation, evaluate
from rased.extract.pipeline import extract_article

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).parent.parent / "sample_data"


class Scorer:
    """The gold of one set, and the extraction of its articles as import reads them."""

    def __init__(self, gold: dict[str, Any]) -> None:
        self.gold = gold
        self.results: dict[str, Any] = {}
        self.ev: Evaluation | None = None

    def read(self, name: str, path: Path) -> None:
        art = read_file(path).articles[0]
        self.results[name] = (art, extract_article(art))

    @property
    def misses(self) -> list[str]:
        return self.evaluation().misses

    def evaluation(self) -> Evaluation:
        if self.ev is None:
            self.ev = evaluate(self.gold, self.results)
        return self.ev

    def figures(self) -> dict[str, float]:
        ev = self.evaluation()
        return {
            "quote_f1": ev.quote_f1,
            "speaker": ev.speaker_accuracy,
            "entity_r": ev.entity_recall,
            "splits": ev.alias_groups_split,
            "merges": ev.wrong_merges,
            "bad_offsets": ev.bad_offsets,
        }


def _check_floors(fig: dict[str, float], misses: list[str]) -> None:
    detail = "\n".join(misses)
    assert fig["quote_f1"] >= 0.95, detail
    assert fig["speaker"] >= 0.95, detail
    assert fig["entity_r"] >= 0.90, detail
    assert fig["splits"] == 0, detail
    assert fig["merges"] == 0, detail
    assert fig["bad_offsets"] == 0, detail


def test_floors_on_sample_gold() -> None:
    gold = json.loads((DATA / "sample_gold.json").read_text(encoding="utf-8"))
    sc = Scorer(gold)
    for name, g in gold["documents"].items():
        if "quotes" in g:
            sc.read(name, SAMPLES / name)
    _check_floors(sc.figures(), sc.misses)


def test_floors_on_made_up_articles() -> None:
    """Outlets, names and marks the gazetteer and the sample do not hold."""
    gold = json.loads((DATA / "extract_cases" / "gold.json").read_text(encoding="utf-8"))
    sc = Scorer(gold)
    for name in gold["documents"]:
        sc.read(name, DATA / "extract_cases" / name)
    fig = sc.figures()
    _check_floors(fig, sc.misses)
    assert fig["quote_f1"] == pytest.approx(1.0), "\n".join(sc.misses)


@pytest.mark.parametrize("gold_file", ["gold_outlets.json", "gold_heldout.json"])
def test_floors_on_other_outlets(gold_file: str) -> None:
    """Articles in the manner of other outlets, read as import reads them: HTML pages with
    their menus, share bars and comment forms, Windows-1256 and UTF-16 files, invented
    speakers, speakers after the quotation, أما ... فقال, بحسب ... عن, definite references."""
    gold = json.loads((DATA / "extract_cases" / gold_file).read_text(encoding="utf-8"))
    sc = Scorer(gold)
    for name in gold["documents"]:
        sc.read(name, DATA / "extract_cases" / name)
    fig = sc.figures()
    _check_floors(fig, sc.misses)
    assert fig["speaker"] >= 0.97, "\n".join(sc.misses)
    assert fig["entity_r"] >= 0.95, "\n".join(sc.misses)


def test_other_outlets_are_stored_encoded() -> None:
    """The outlet cases include files that are not UTF-8, so decoding is part of the check."""
    raw = {p.name: p.read_bytes() for p in (DATA / "extract_cases").iterdir() if p.is_file()}
    assert raw["rt_moscow.txt"][:2] in (b"\xff\xfe", b"\xfe\xff")
    assert raw["sharq_doha.txt"][:2] != b"\xff\xfe" and b"\x00" in raw["sharq_doha.txt"]  # UTF-16 without BOM
    for name in ("quds_shujaiya.txt", "enab_idlib.html", "quds_jenin.txt", "youm7_court.html"):
        with pytest.raises(UnicodeDecodeError):
            raw[name].decode("utf-8")


@pytest.mark.parametrize(
    ("round_dir", "min_speaker", "min_entity_r", "max_splits", "max_merges"),
    [("round1", 0.98, 0.98, 0, 0), ("round2", 0.98, 0.92, 0, 0), ("round3", 0.98, 0.89, 0, 0),
     ("round4", 0.89, 0.92, 0, 0), ("round5", 0.93, 0.88, 0, 0), ("round6", 0.95, 0.82, 1, 0),
     ("round7", 0.93, 0.85, 1, 0), ("round8", 0.95, 0.87, 1, 0), ("round9", 0.98, 0.82, 0, 0),
     ("round10", 0.93, 0.89, 0, 0), ("round11", 0.95, 0.83, 0, 0), ("round12", 0.98, 0.86, 0, 0),
     ("round13", 0.93, 0.78, 0, 0), ("round14", 0.97, 0.82, 0, 1), ("round15", 0.95, 0.86, 0, 1),
     ("round16", 0.94, 0.75, 0, 0), ("round17", 0.92, 0.77, 1, 1), ("round18", 0.89, 0.75, 1, 0),
     ("round19", 0.91, 0.71, 1, 0), ("round20", 0.94, 0.83, 1, 0), ("round21", 0.94, 0.80, 1, 0),
     ("round22", 0.91, 0.80, 1, 0), ("round23", 0.95, 0.76, 2, 1), ("round24", 0.94, 0.75, 3, 0),
     ("round25", 0.96, 0.70, 0, 0), ("round26", 0.97, 0.75, 0, 0), ("round27", 0.90, 0.79, 2, 1),
     ("round28", 0.90, 0.80, 1, 1), ("round29", 0.89, 0.70, 2, 0), ("round30", 0.92, 0.73, 0, 0),
     ("round31", 0.90, 0.84, 2, 0), ("round32", 0.94, 0.78, 2, 0), ("round33", 0.95, 0.82, 4, 0),
     ("round34", 0.92, 0.81, 3, 0), ("round35", 0.95, 0.80, 3, 0), ("round36", 0.86, 0.73, 6, 0),
     ("round37", 0.88, 0.83, 5, 0), ("round38", 0.91, 0.74, 2, 0), ("round39", 0.88, 0.80, 2, 2),
     ("round40", 0.91, 0.82, 3, 0), ("round41", 0.91, 0.77, 4, 0), ("round42", 0.92, 0.74, 3, 0),
     ("round43", 0.89, 0.82, 2, 0), ("round44", 0.94, 0.71, 1, 0), ("round45", 0.90, 0.82, 1, 0)],
)
def test_floors_on_held_out_rounds(
    round_dir: str, min_speaker: float, min_entity_r: float, max_splits: int, max_merges: int
) -> None:
    """Blind rounds: articles annotated before the rules were run on them (first-run figures
    are in docs/extraction.md). After the fixes of the rounds, these floors must hold.

    Rounds 14 and 15 annotate a governorate and its capital as two places (محافظة دمشق ≠
    دمشق, ولاية بجاية ≠ بجاية) where earlier sets make them one (جنين / محافظة جنين); rased
    follows the earlier sets, which counts as a wrong merge there (``max_merges``); round 17
    does the same with a governorate and its sea (محافظة البحر الأحمر ≠ البحر الأحمر), round 23
    with a commune and its village (جماعة إيجوكاك ≠ إيجوكاك), rounds 27 and 28 with a governorate
    or a state and its capital (محافظة حمص ≠ حمص، ولاية القضارف ≠ القضارف). Round 39 has that
    one too, and a bare body named first that the gold keeps apart from the same body of
    another country named later (وزارة الخارجية ≠ وزارة الخارجية الإيرانية): keeping them apart
    split three pairs that other golds join, so rased joins them."""
    folder = DATA / "extract_cases" / round_dir
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    sc = Scorer(gold)
    for name in gold["documents"]:
        sc.read(name, folder / name)
    fig = sc.figures()
    detail = "\n".join(sc.misses)
    assert fig["quote_f1"] >= 0.95, detail
    assert fig["speaker"] >= min_speaker, detail
    assert fig["entity_r"] >= min_entity_r, detail
    assert fig["merges"] <= max_merges and fig["splits"] <= max_splits and fig["bad_offsets"] == 0, detail
