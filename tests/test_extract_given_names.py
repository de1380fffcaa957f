"""The lexicon of given names (extract/data/given_names.txt): its format, sections and sizes,
its spellings, and that no entry is a word the extractor treats as ordinary."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from rased.extract.lexicon import data_lines, lexicon
from rased.extract.normalize import name_key, normalize

FILE = "given_names.txt"
SECTION_RE = re.compile(r"#\s*section:\s*(\S+)\s*$")
# Letters of the Arabic alphabet (hamza forms, ta marbuta, alef maqsura included); words
# separated by one space. Harakat, tatweel, digits and Latin are not a newspaper spelling.
ENTRY_RE = re.compile(r"[\u0621-\u063a\u0641-\u064a]+(?: [\u0621-\u063a\u0641-\u064a]+)*")
MINIMUM = {"arabic-male": 500, "arabic-female": 250, "foreign": 400, "ambiguous": 100}
ORDER = ["arabic-male", "arabic-female", "foreign", "ambiguous"]
# The first word of a kunya or of a patronymic: a name that starts so is not a given name.
KUNYA_WORDS = {normalize(w) for w in ("أبو", "أبي", "أم", "ابن", "بن", "بنت")}


def parse(text: str) -> dict[str, list[str]]:
    """Entries by section, in file order; a non-comment line outside a section is an error."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = SECTION_RE.fullmatch(line.strip())
        if m:
            if m.group(1) in sections:
                raise ValueError(f"line {number}: section {m.group(1)} opened twice")
            current = sections[m.group(1)] = []
            continue
        if line.lstrip().startswith("#"):
            continue
        if current is None:
            raise ValueError(f"line {number}: entry before any section: {line!r}")
        current.append(line)
    return sections


def problems(sections: dict[str, list[str]]) -> list[str]:
    """Everything wrong with a parsed lexicon, as readable lines (empty when all is well)."""
    out: list[str] = []
    if list(sections) != ORDER:
        out.append(f"sections {list(sections)}, expected {ORDER}")
    for name, least in MINIMUM.items():
        if len(sections.get(name, [])) < least:
            out.append(f"section {name}: {len(sections.get(name, []))} entries, at least {least} expected")
    seen: dict[str, tuple[str, str]] = {}
    keys: dict[str, str] = {}
    for section, entries in sections.items():
        for entry in entries:
            if not ENTRY_RE.fullmatch(entry):
                out.append(f"{section}: {entry!r} is not Arabic letters and single spaces")
            key = normalize(entry)
            if key in seen:
                out.append(f"{section}: {entry} repeats {seen[key][1]} ({seen[key][0]}) after normalisation")
            else:
                seen[key] = (section, entry)
            # Under name_key (article and spaces dropped) only a name and its joined spelling
            # (عبد الله، عبدالله) or its spelling with the article (حبيب، الحبيب) may meet;
            # anything else is one name listed twice.
            other = keys.setdefault(name_key(entry), entry)
            a, b = normalize(other).replace(" ", ""), key.replace(" ", "")
            if a != b and "ال" + a != b and "ال" + b != a:
                out.append(f"{section}: {entry} and {other} have one name_key")
            words = key.split()
            if words and words[0] in KUNYA_WORDS:
                out.append(f"{section}: {entry} is a kunya or patronymic, not a given name")
            if len(words) > 2:
                out.append(f"{section}: {entry} has more than two words")
    return out


def ordinary_words() -> dict[str, set[str]]:
    """Normalised words that must never be given names, by the file that lists them."""
    return {
        name: {normalize(x) for x in data_lines(name)}
        for name in ("stopwords.txt", "generic_words.txt", "titles.txt", "places_ar.txt")
    }


@pytest.fixture(scope="module")
def sections() -> dict[str, list[str]]:
    text = resources.files("rased.extract").joinpath("data", FILE).read_text(encoding="utf-8")
    return parse(text)


def test_file_parses_into_its_sections_with_enough_names(sections: dict[str, list[str]]) -> None:
    assert problems(sections) == []


def test_data_lines_reads_only_entries(sections: dict[str, list[str]]) -> None:
    # The shared reader skips comments and blank lines: what it returns is exactly the entries.
    assert data_lines(FILE) == [e for entries in sections.values() for e in entries]


def test_no_entry_is_a_stop_word_generic_word_title_or_place(sections: dict[str, list[str]]) -> None:
    # A stop word may be a name only in "ambiguous", where it needs more evidence (خلف "behind").
    ordinary = ordinary_words()
    clashes = [
        f"{entry} ({section}) is in {source}"
        for section, entries in sections.items()
        for entry in entries
        for source, words in ordinary.items()
        if normalize(entry) in words and not (section == "ambiguous" and source == "stopwords.txt")
    ]
    assert clashes == []


def test_unambiguous_names_are_no_cue_of_the_extractor(sections: dict[str, list[str]]) -> None:
    # A name outside "ambiguous" is taken on its own; it must not also be a role noun,
    # reporting verb, source word, subject verb, nisba or head word (أمين is the role in
    # أمين عام, so it belongs in ambiguous).
    lx = lexicon()
    cues = {
        "role": set(lx.roles),
        "reporting verb": set(lx.verbs),
        "source word": set(lx.sources),
        "subject verb": set(lx.subject_verbs),
        "nisba": set(lx.nisba),
        "head word": {" ".join(k) for k in lx.heads},
    }
    clashes = [
        f"{entry} ({section}) is a {kind}"
        for section, entries in sections.items()
        if section != "ambiguous"
        for entry in entries
        for kind, words in cues.items()
        if normalize(entry) in words
    ]
    assert clashes == []


@pytest.mark.parametrize(
    ("section", "names"),
    [
        ("arabic-male", "محمد أحمد محمود مصطفى إبراهيم أسامة حسين مجتبى عادل عبدالله"),
        ("arabic-male", "عبد_الله عبد_الرحمن عبد_العزيز صلاح_الدين"),
        ("arabic-female", "فاطمة زينب مريم جنان هيفاء"),
        ("foreign", "جون ماري توم كلير فيليب إيمانويل أنتوني سيرغي سيرجي فلاديمير يوآف بنيامين هاكان يوفراج"),
        ("ambiguous", "أمل نور سلام أمين كريم جميل سعيد باسم"),
    ],
)
def test_names_stand_in_their_section_as_newspapers_spell_them(
    sections: dict[str, list[str]], section: str, names: str
) -> None:
    # Exact strings: the hamza of أحمد، إبراهيم، أسامة is written as newspapers write it.
    missing = [n.replace("_", " ") for n in names.split() if n.replace("_", " ") not in sections[section]]
    assert missing == []


def test_places_titles_and_kunyas_are_left_out(sections: dict[str, list[str]]) -> None:
    keys = {normalize(e) for entries in sections.values() for e in entries}
    for word in ("عمان", "مصر", "دمشق", "الشيخ", "أبو", "أم", "بن", "ماكرون"):
        assert normalize(word) not in keys, word


def test_checks_catch_a_bad_file() -> None:
    # The same checks on a small faulty file: each fault is reported.
    bad = parse(
        "# section: arabic-male\nأسامة\nاسامه\nأبو علي\nمحمد2\nعبد  الله\nعبد الرحمن\nعبدالرحمن\nعبد رحمن\n"
        "# section: foreign\nجون\n# section: arabic-female\nفاطمة\n"
    )
    found = "\n".join(problems(bad))
    assert "sections ['arabic-male', 'foreign', 'arabic-female']" in found
    assert "section ambiguous: 0 entries" in found
    assert "اسامه repeats أسامة" in found
    assert "أبو علي is a kunya" in found
    assert "'محمد2' is not Arabic letters" in found
    assert "'عبد  الله' is not Arabic letters" in found
    assert "عبد رحمن and عبد الرحمن have one name_key" in found
    assert "عبدالرحمن" not in found  # the joined spelling of a listed name is welcome


def test_parse_rejects_entries_outside_a_section() -> None:
    with pytest.raises(ValueError, match="before any section"):
        parse("# header\nمحمد\n# section: arabic-male\n")
    with pytest.raises(ValueError, match="opened twice"):
        parse("# section: foreign\nجون\n# section: foreign\n")
