"""The packaged gazetteer's places: the file reads cleanly, no name belongs to two entries,
bare place names are found as locations, and names that are also common words are not."""

from __future__ import annotations

from collections import defaultdict

import pytest

from rased.extract.gazetteer import load_gazetteer
from rased.extract.lexicon import data_lines
from rased.extract.normalize import name_key, normalize
from rased.extract.pipeline import extract_strict
from rased.extract.records import ENTITY_TYPES

PLACES_HEADER = "# Places by bare name"
"""The comment line that opens the section of places named without a head word."""


def _rows(lines: list[str]) -> list[tuple[str, str, list[str], bool]]:
    rows = []
    for line in lines:
        if line.lstrip().startswith("#"):
            continue
        cols = line.split("\t")
        aliases = [a for a in cols[2].split("|") if a] if len(cols) > 2 else []
        rows.append((cols[0], cols[1], aliases, len(cols) > 3 and "q" in cols[3]))
    return rows


def _place_rows() -> list[tuple[str, str, list[str], bool]]:
    lines = data_lines("gazetteer.tsv", keep_comments=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(PLACES_HEADER))
    return _rows(lines[start + 1 :])


def _sample(names: list[str], size: int) -> list[str]:
    """``size`` names spread evenly over the whole list, the same ones on every run."""
    step = max(1, len(names) // size)
    return names[::step][:size]


def test_every_line_has_a_known_type_and_two_to_four_fields() -> None:
    for line in data_lines("gazetteer.tsv"):
        cols = line.split("\t")
        assert 2 <= len(cols) <= 4, line
        assert cols[0] in ENTITY_TYPES, line
        assert cols[1].strip() == cols[1] and cols[1], line
        if len(cols) > 2 and cols[2]:
            assert all(a and a.strip() == a for a in cols[2].split("|")), line
        assert len(cols) < 4 or cols[3] in ("", "q"), line


def test_no_name_belongs_to_two_entries() -> None:
    # Lines with the same type and canonical name are one entry (the loader merges them);
    # beyond that a name may stand for one entry of each type, and for only one that is
    # taken bare: الشرق الأوسط the region, «الشرق الأوسط» the newspaper.
    owners: dict[str, set[tuple[str, str, bool]]] = defaultdict(set)
    for e in load_gazetteer().entries:
        for name in e.aliases:
            owners[normalize(name)].add((e.type, name_key(e.canonical), e.quoted_only))
    for name, entries in owners.items():
        types = [t for t, _, _ in entries]
        assert len(types) == len(set(types)), (name, entries)
        assert sum(1 for _, _, q in entries if not q) <= 1, (name, entries)


def test_places_section_is_large_and_has_no_repeats() -> None:
    rows = _place_rows()
    assert len(rows) >= 800
    assert all(t == "location" for t, _, _, _ in rows)
    before = _rows(data_lines("gazetteer.tsv", keep_comments=True)[: -len(rows)])
    seen: dict[str, str] = {}
    seen_keys: dict[str, str] = {}
    for _, can, aliases, _ in before:
        for name in [can, *aliases]:
            seen.setdefault(normalize(name), can)
            seen_keys.setdefault(name_key(name), can)
    for _, can, aliases, _ in rows:
        for name in [can, *aliases]:
            assert seen.setdefault(normalize(name), can) == can, (name, seen[normalize(name)])
            # The same key in two entries would merge them (الجبيل and جبيل are two towns).
            assert seen_keys.setdefault(name_key(name), can) == can, (name, seen_keys[name_key(name)])


PLAIN = [can for _, can, _, q in _place_rows() if not q]
QUOTED_ONLY = [can for _, can, _, q in _place_rows() if q]


@pytest.mark.parametrize("name", _sample(PLAIN, 30))
def test_bare_place_name_is_a_location(name: str) -> None:
    ex = extract_strict(f"وصل الوفد إلى {name} أمس.")
    places = {normalize(e.canonical) for e in ex.entities if e.type == "location"}
    assert normalize(name) in places


def test_sample_covers_the_section() -> None:
    sample = _sample(PLAIN, 30)
    assert len(sample) == 30 and sample[0] == PLAIN[0]
    assert PLAIN.index(sample[-1]) > len(PLAIN) * 0.9


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("وحصلت الشركة على دعم مالي من المستثمرين.", "مالي"),
        ("ودان المتحدث باسم الخارجية الهجوم على القافلة.", "ودان"),
        ("وأضاف الشاهد: لا أدري متى تنتهي الأزمة.", "أدري"),
        ("واتهمه بأنه حرض على العنف في خطابه.", "حرض"),
        ("وجرفت سيول غزيرة عشرات المنازل في القرية.", "سيول"),
        ("وقال إن الرئيس سار على نهج سلفه.", "سار"),
        ("وسرت أنباء عن استقالة الوزير.", "سرت"),
    ],
)
def test_common_word_is_not_a_place(sentence: str, word: str) -> None:
    assert word in QUOTED_ONLY
    ex = extract_strict(sentence)
    assert [e.canonical for e in ex.entities if e.type == "location"] == []


def test_common_word_place_after_a_head_word_is_a_location() -> None:
    ex = extract_strict("وقصفت الطائرات أطراف مدينة سرت أمس.")
    places = [e for e in ex.entities if e.type == "location"]
    assert [normalize(e.canonical).split()[-1] for e in places] == [normalize("سرت")]
