"""Measuring extraction against hand-made gold annotations (``rased eval``).

The gold format is the one in ``tests/data/sample_gold.json``: per document, the direct
quotations (speaker and opening words), optional ones, quoted strings that are not
quotations, the entities that must be found by type; across documents, alias groups that
must resolve to one entity and pairs that must never merge.

Matching follows the project's measure: a quotation is found when the predicted text starts
with the gold opening words after normalisation (else contains them); a speaker or an
entity is right when it is the gold name or one of its aliases after normalisation, or
differs only by a small spelling difference or by generic head words (حركة، وكالة، الشيخ،
nisba adjectives). A vaguer phrase (مصادر for مصادر خاصة) is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from .normalize import normalize
from .records import Article, Extraction

__all__ = ["Evaluation", "evaluate"]

_GENERIC = frozenset(
    normalize(w)
    for w in (
        "حركة حزب وكالة أنباء قناة تلفزيون صحيفة موقع جريدة الشيخ السيد الجنرال اللواء العميد"
        " الدكتور الرئيس الأمير الملك القائد الحاج أبو"
    ).split()
)
_NISBA_RE = re.compile(r"ال\w+يه?")


def _unclitic(n: str) -> str:
    if n.startswith("لل") and len(n) > 4:
        return "ال" + n[2:]
    if n[:3] in ("وال", "فال", "بال", "كال") and len(n) > 5:
        return n[1:]
    if n[:1] in ("و", "ف", "ب", "ل") and len(n) > 3:
        return n[1:]
    return n


def _generic_extra(a: str, b: str) -> bool:
    ta, tb = a.split(), b.split()
    if len(ta) > len(tb):
        ta, tb = tb, ta
    if not ta or len(ta) == len(tb):
        return False
    for i in range(len(tb) - len(ta) + 1):
        if tb[i : i + len(ta)] == ta:
            extra = tb[:i] + tb[i + len(ta) :]
            return all(w in _GENERIC or _NISBA_RE.fullmatch(w) for w in extra)
    return False


class _Names:
    def __init__(self, aliases: list[list[str]]) -> None:
        self.alias: dict[str, str] = {}
        for group in aliases:
            key = normalize(group[0])
            for g in group:
                self.alias[normalize(g)] = key

    def canon(self, s: str) -> str:
        n = normalize(s)
        return self.alias.get(n, self.alias.get(_unclitic(n), n))

    def same(self, x: str, y: str) -> bool:
        if not x or not y:
            return False
        cx, cy = self.canon(x), self.canon(y)
        return (
            cx == cy or fuzz.ratio(cx, cy) >= 90 or _generic_extra(cx, cy) or _generic_extra(normalize(x), normalize(y))
        )


@dataclass(slots=True)
class Evaluation:
    """The figures of one evaluation and every miss, for a person to read."""

    quotes_found: int = 0
    quotes_extra: int = 0
    quotes_missed: int = 0
    speakers_right: int = 0
    entity_found: dict[str, int] = field(default_factory=dict)
    entity_total: dict[str, int] = field(default_factory=dict)
    extra_names: int = 0
    alias_groups: int = 0
    alias_groups_split: int = 0
    distinct_pairs: int = 0
    wrong_merges: int = 0
    bad_offsets: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def quote_precision(self) -> float:
        n = self.quotes_found + self.quotes_extra
        return self.quotes_found / n if n else 0.0

    @property
    def quote_recall(self) -> float:
        n = self.quotes_found + self.quotes_missed
        return self.quotes_found / n if n else 0.0

    @property
    def quote_f1(self) -> float:
        p, r = self.quote_precision, self.quote_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.quotes_found if self.quotes_found else 0.0

    @property
    def entity_recall(self) -> float:
        total = sum(self.entity_total.values())
        return sum(self.entity_found.values()) / total if total else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "quote_precision": round(self.quote_precision, 4),
            "quote_recall": round(self.quote_recall, 4),
            "quote_f1": round(self.quote_f1, 4),
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "quotes_scored": self.quotes_found,
            "entity_recall": round(self.entity_recall, 4),
            "entity_recall_by_type": {
                t: round(self.entity_found.get(t, 0) / n, 4) for t, n in self.entity_total.items() if n
            },
            "extra_names": self.extra_names,
            "alias_groups_merged": self.alias_groups - self.alias_groups_split,
            "alias_groups": self.alias_groups,
            "distinct_pairs_merged": self.wrong_merges,
            "bad_offsets": self.bad_offsets,
            "misses": self.misses,
        }


def _offsets_ok(text: str, start: object, end: object, surface: str) -> bool:
    return (
        isinstance(start, int)
        and isinstance(end, int)
        and 0 <= start <= end <= len(text)
        and (text[start:end] == surface)
    )


def evaluate(gold: Mapping[str, Any], results: Mapping[str, tuple[Article, Extraction]]) -> Evaluation:
    """Compare ``results`` (file name -> article and extraction) with ``gold``."""
    names = _Names(gold.get("aliases", []))
    ev = Evaluation()
    canon_of: dict[tuple[str, str], str] = {}
    merged: set[tuple[str, str]] = set()
    for name, g in gold.get("documents", {}).items():
        if "quotes" not in g:
            continue
        got = results.get(name)
        if got is None:
            ev.misses.append(f"{name}: no output")
            ev.quotes_missed += len(g["quotes"])
            continue
        art, ex = got
        text = art.text
        # quotations
        used: set[int] = set()
        optional = [normalize(q["starts"]) for q in g.get("optional_quotes", [])]
        for q in g["quotes"]:
            k = normalize(q["starts"])
            norm_texts = [normalize(x.text) for x in ex.quotes]
            hit = next((i for i, t in enumerate(norm_texts) if i not in used and k and k in t[: len(k) + 40]), None)
            if hit is None:
                hit = next((i for i, t in enumerate(norm_texts) if i not in used and k and k in t), None)
            if hit is None:
                ev.quotes_missed += 1
                ev.misses.append(f"{name}: missed quote «{q['starts']}» ({q['speaker']})")
                continue
            used.add(hit)
            ev.quotes_found += 1
            said = ex.quotes[hit].speaker or ""
            if any(names.same(said, s) for s in q["speaker"].split("|")):
                ev.speakers_right += 1
            else:
                ev.misses.append(f"{name}: wrong speaker «{said}» for «{q['starts']}» (gold {q['speaker']})")
        for i, x in enumerate(ex.quotes):
            if not _offsets_ok(text, x.start, x.end, x.text):
                ev.bad_offsets += 1
            if i in used or any(o and o in normalize(x.text) for o in optional):
                continue
            ev.quotes_extra += 1
            ev.misses.append(f"{name}: extra quote «{x.text[:50]}»")
        # entities, by type
        predicted = {names.canon(e.canonical) for e in ex.entities}
        gold_all: set[str] = set()
        for etype, wanted in g.get("entities", {}).items():
            for ge in wanted:
                c = names.canon(ge)
                gold_all.add(c)
                ev.entity_total[etype] = ev.entity_total.get(etype, 0) + 1
                if any(names.same(c, pe) for pe in predicted):
                    ev.entity_found[etype] = ev.entity_found.get(etype, 0) + 1
                else:
                    ev.misses.append(f"{name}: missed {etype} {ge}")
        ev.extra_names += sum(1 for pe in predicted if not any(names.same(ge, pe) for ge in gold_all))
        # merges and splits
        sets = []
        for e in ex.entities:
            forms = {normalize(e.canonical)}
            for m in e.mentions:
                if not _offsets_ok(text, m.start, m.end, m.surface):
                    ev.bad_offsets += 1
                forms.add(normalize(m.surface))
                forms.add(_unclitic(normalize(m.surface)))
            sets.append((normalize(e.canonical), forms))
        for x, y in gold.get("distinct", []):
            nx, ny = normalize(x), normalize(y)
            for c, forms in sets:
                if nx in forms and ny in forms and (x, y) not in merged:
                    merged.add((x, y))
                    ev.misses.append(f"{name}: {x} and {y} merged into «{c}»")
                if nx in forms:
                    canon_of.setdefault((name, nx), c)
                if ny in forms:
                    canon_of.setdefault((name, ny), c)
        for group in gold.get("aliases", []):
            ng = {normalize(m) for m in group}
            holders = {c for c, forms in sets if forms & ng}
            if holders:
                ev.alias_groups += 1
            if len(holders) > 1:
                ev.alias_groups_split += 1
                ev.misses.append(f"{name}: alias group {group[0]} split over {sorted(holders)}")
    for x, y in gold.get("distinct", []):
        ev.distinct_pairs += 1
        cx = {c for (_d, n), c in canon_of.items() if n == normalize(x)}
        cy = {c for (_d, n), c in canon_of.items() if n == normalize(y)}
        if cx & cy and (x, y) not in merged:
            merged.add((x, y))
            ev.misses.append(f"{x} and {y} given one name across documents: «{sorted(cx & cy)[0]}»")
    ev.wrong_merges = len(merged)
    return ev
