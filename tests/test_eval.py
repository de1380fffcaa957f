"""``rased eval``: the measure of extraction, and the floors it must hold on the sample gold."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from rased.cli import app
from rased.extract.evaluate import evaluate
from rased.extract.records import Article, Entity, Extraction, Mention, Quote

from .conftest import GOLD_PATH, SAMPLE_DIR

GOLD_DOC = {
    "documents": {
        "a.txt": {
            "quotes": [{"speaker": "سمير العطار", "starts": "لن نتراجع عن موقفنا"}],
            "optional_quotes": [],
            "entities": {"person": ["سمير العطار"], "location": ["حلب"]},
        }
    },
    "aliases": [["سمير العطار", "العطار"]],
    "distinct": [["سمير العطار", "نادر العطار"]],
}
TEXT = "قال سمير العطار في حلب: «لن نتراجع عن موقفنا». وأضاف نادر العطار أن الوضع صعب."


def _result(speaker: str, merge: bool = False) -> dict[str, tuple[Article, Extraction]]:
    q0 = TEXT.index("لن")
    q1 = TEXT.index("»")
    s = TEXT.index("سمير العطار")
    n = TEXT.index("نادر العطار")
    mentions = [Mention("سمير العطار", s, s + 11)]
    if merge:
        mentions.append(Mention("نادر العطار", n, n + 11))
    ents = (Entity("سمير العطار", "person", tuple(mentions)), Entity("حلب", "location", (Mention("حلب", 19, 22),)))
    quote = Quote(TEXT[q0:q1], q0, q1, speaker=speaker, speaker_surface=speaker, verb="قال")
    return {"a.txt": (Article(TEXT), Extraction(ents, (quote,)))}


def test_evaluate_scores_a_right_extraction_fully() -> None:
    ev = evaluate(GOLD_DOC, _result("سمير العطار"))
    assert ev.quote_f1 == 1.0 and ev.speaker_accuracy == 1.0 and ev.entity_recall == 1.0
    assert ev.wrong_merges == 0 and ev.bad_offsets == 0 and not ev.misses


def test_evaluate_counts_alias_as_right_but_vaguer_speaker_as_wrong() -> None:
    assert evaluate(GOLD_DOC, _result("العطار")).speaker_accuracy == 1.0
    wrong = evaluate(GOLD_DOC, _result("سمير"))
    assert wrong.speaker_accuracy == 0.0
    assert any("wrong speaker" in m for m in wrong.misses)


def test_evaluate_reports_wrong_merges() -> None:
    ev = evaluate(GOLD_DOC, _result("سمير العطار", merge=True))
    assert ev.wrong_merges == 1


def test_eval_command_holds_the_floors_on_the_sample_gold() -> None:
    r = CliRunner().invoke(app, ["eval", str(GOLD_PATH), str(SAMPLE_DIR), "--json"])
    assert r.exit_code == 0, r.output
    fig = json.loads(r.stdout)
    assert fig["quote_f1"] >= 0.95, fig["misses"]
    assert fig["speaker_accuracy"] >= 0.95, fig["misses"]
    assert fig["entity_recall"] >= 0.90, fig["misses"]
    assert fig["alias_groups_merged"] == fig["alias_groups"], fig["misses"]
    assert fig["distinct_pairs_merged"] == 0, fig["misses"]
    assert fig["bad_offsets"] == 0


def test_eval_command_text_output_lists_the_figures() -> None:
    r = CliRunner().invoke(app, ["eval", str(GOLD_PATH), str(SAMPLE_DIR)])
    assert r.exit_code == 0
    assert "quotations: P" in r.stdout and "entities: recall" in r.stdout


def test_eval_rejects_a_file_that_is_not_gold(tmp_path: Path) -> None:
    bad = tmp_path / "g.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    r = CliRunner().invoke(app, ["eval", str(bad), str(SAMPLE_DIR)])
    assert r.exit_code == 2 and "not a gold annotations file" in r.output
