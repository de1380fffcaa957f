"""The word lists of extraction, read once from ``extract/data/`` and kept normalised.

Owns: reporting verbs (with derived feminine, plural and dual forms), attribution words,
titles, role nouns, unnamed-source heads, entity head words, nisba adjectives, stop words,
generic words, subject verbs, clitic-initial first names and given names. Every form is stored after
:func:`rased.extract.normalize.normalize`, so lookups compare normalised tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .normalize import normalize

__all__ = ["Lexicon", "VerbInfo", "HeadInfo", "lexicon", "data_lines", "strip_article"]


@dataclass(frozen=True, slots=True)
class VerbInfo:
    """What a reporting word tells: the gender of its subject and how it attributes."""

    gender: str
    """m (masculine singular), f (feminine singular or non-human plural), p (plural), n (none)."""
    kind: str
    """say, transmit (نقل ... عن), participle (مشيراً), according (بحسب)."""


@dataclass(frozen=True, slots=True)
class HeadInfo:
    """A word that opens the name of an entity (حركة، وكالة، مدينة)."""

    type: str
    droppable: bool
    complement: bool = False
    """The name may go on with a لـ complement after its adjective (الهيئة الوطنية لمكافحة الفساد)."""
    keep: bool = False
    """A droppable place head still shown with the name (محافظة الوسطى, not الوسطى)."""
    directorate: bool = False
    """The body «head العامة لـX» is X itself (المديرية العامة للحماية المدنية = الحماية المدنية)."""
    known_only: bool = False
    """The head names a place only with a known place or a name in marks after it (محطة عطبرة,
    not محطة معالجة): the word is too common to open a name of unknown words."""
    members: bool = False
    """A body of members named by where they are: في and that place belong to its name (جمعية
    مربي الماشية في قضاء القائم، نقابة المهندسين في طرابلس)."""
    where: bool = False
    """An event named by the place where it happened: the name after the head is that place
    (أحداث كانصادو، مجزرة التليل)."""
    named_after: bool = False
    """A place inside the name is what it is named after, not where it is (شارع بغداد)."""
    of_place: bool = False
    """A facility, meeting or administration of the known place named right after the head
    (ميناء جدة، مؤتمر برلين، بلدية ظفار)."""


def data_lines(name: str, *, keep_comments: bool = False) -> list[str]:
    """The non-empty, non-comment lines of a packaged data file (comment lines too, when
    ``keep_comments``: they mark sections)."""
    text = resources.files("rased.extract").joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.rstrip("\n")
        if not line.strip() or (line.lstrip().startswith("#") and not keep_comments):
            continue
        out.append(line)
    return out


def strip_article(form: str) -> str:
    """A normalised word without its leading ال (kept when too little would remain)."""
    if form.startswith("ال") and len(form) > 3:
        return form[2:]
    return form


def _derive_verbs(line: str) -> dict[str, VerbInfo]:
    parts = line.split()
    words = [p for p in parts if "=" not in p]
    opts = dict(p.split("=", 1) for p in parts if "=" in p)
    kind = opts.get("kind", "say")
    out: dict[str, VerbInfo] = {}
    if len(words) < 2:
        return out
    # A past form written "-" is left out: its spelling is also a common word (أبرز "most
    # prominent"), so only the present and the participle (مبرزاً) are cues.
    past = normalize(words[0]) if words[0] != "-" else ""
    pres = normalize(words[1]) if words[1] != "-" else ""
    part = normalize(words[2]) if len(words) > 2 else ""
    if past:
        out[past] = VerbInfo("m", kind)
    if pres:
        out[pres] = VerbInfo("m", kind)
    if "f" in opts:
        for w in opts["f"].split(","):
            out[normalize(w)] = VerbInfo("f", kind)
    else:
        if past:
            out[past + "ت"] = VerbInfo("f", kind)
        if pres.startswith("ي"):
            out["ت" + pres[1:]] = VerbInfo("f", kind)
    if "pl" in opts:
        for w in opts["pl"].split(","):
            out[normalize(w)] = VerbInfo("p", kind)
    else:
        if past:
            out[past + "وا"] = VerbInfo("p", kind)
            out[past + "ا"] = VerbInfo("p", kind)
            out[past + "تا"] = VerbInfo("p", kind)
        if pres:
            out[pres + "ون"] = VerbInfo("p", kind)
            out[pres + "ان"] = VerbInfo("p", kind)
    if part:
        stem = part[:-1] if part.endswith("ا") else part
        out.setdefault(stem + "ا", VerbInfo("m", "participle"))
        out.setdefault(stem, VerbInfo("m", "participle"))
        out.setdefault(stem + "ه", VerbInfo("f", "participle"))
        out.setdefault(stem + "ين", VerbInfo("p", "participle"))
    return out


def _nisba_forms(stem: str) -> list[str]:
    base = [stem, stem + "ه", stem + "ون", stem + "ين", stem + "ان"]
    if stem.endswith("ي"):
        base.append(stem[:-1] + "يه")
    return base + ["ال" + f for f in base]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All word lists, normalised; built once per process by :func:`lexicon`."""

    verbs: dict[str, VerbInfo]
    titles: dict[str, tuple[tuple[str, ...], ...]]
    """First word -> the titles starting with it (as word tuples), longest first."""
    roles: frozenset[str]
    sources: frozenset[str]
    source_phrases: dict[str, tuple[tuple[str, ...], ...]]
    heads: dict[tuple[str, ...], HeadInfo]
    nisba: dict[str, str]
    stop: frozenset[str]
    generic: frozenset[str]
    subject_verbs: frozenset[str]
    clitic_names: frozenset[str]
    compound_tails: frozenset[str]
    given: frozenset[str]
    """Given names that are rarely anything else (أحمد، كلير): one word, or two for عبد الله."""
    given_ambiguous: frozenset[str]
    """Given names that are also common words (حسن، سعيد، أمل): a name only with more evidence."""
    group_nouns: frozenset[str]
    """Groups of people named by their tie (أسر، أهالي، أولياء): no name word, a description's head."""
    place_lists: frozenset[str]
    """Plural and dual place words that introduce a list of places (مديريات، قرى، معتمديتي)."""
    given_female: frozenset[str]
    """Arabic given names of women (the gender of a verb can then choose between two people)."""
    given_openers: frozenset[str]
    """First words of the given names of two words (عبد الله، سيدي محمد)."""
    date_events: frozenset[str]
    dated_events: frozenset[str]
    """Of ``date_events``, those whose name keeps the year after a day and a month."""
    """Words that name an event when a date follows them (ثورة 25 يناير، زلزال 6 شباط)."""

    def is_role(self, form: str) -> bool:
        return strip_article(form) in self.roles or form in self.roles

    def is_source(self, form: str) -> bool:
        # مصدراً: the accusative alif of an indefinite source (أن مصدراً ... قال)
        if strip_article(form) in self.sources or form in self.sources:
            return True
        # مصدراً، مسؤولَين، مسؤولون: the accusative alif, the dual and the plural of a source
        for end in ("ا", "ين", "ون", "ان"):
            if form.endswith(end) and len(form) - len(end) > 2 and strip_article(form[: -len(end)]) in self.sources:
                return True
        return False

    def head(self, form: str) -> HeadInfo | None:
        info = self.heads.get((form,))
        if info is None and form.startswith("ال"):
            info = self.heads.get((form[2:],))
        return info

    def is_nisba(self, form: str) -> bool:
        return form in self.nisba


def _multi(lines: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for line in lines:
        words = tuple(normalize(line).split())
        if words:
            table.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in table.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists of ``extract/data``, loaded on first use and kept for the process."""
    verbs: dict[str, VerbInfo] = {}
    for line in data_lines("reporting_verbs.txt"):
        for form, info in _derive_verbs(line).items():
            verbs.setdefault(form, info)
    for line in data_lines("attribution_words.txt"):
        verbs[normalize(line)] = VerbInfo("n", "according")
    heads: dict[tuple[str, ...], HeadInfo] = {}
    for line in data_lines("heads.tsv"):
        cols = line.split("\t")
        if len(cols) >= 2:
            words = tuple(normalize(cols[0]).split())
            flags = cols[3].strip() if len(cols) > 3 else ""
            heads[words] = HeadInfo(cols[1].strip(), len(cols) > 2 and cols[2].strip() == "y", "c" in flags,
                                    "k" in flags, "d" in flags, "p" in flags, "m" in flags,
                                    "w" in flags, "a" in flags, "f" in flags)
    nisba: dict[str, str] = {}
    for line in data_lines("nisba.tsv"):
        cols = line.split("\t")
        stem = normalize(cols[0])
        ref = cols[1].strip() if len(cols) > 1 else ""
        for form in _nisba_forms(stem):
            nisba.setdefault(form, ref)
    single_sources = [normalize(x) for x in data_lines("source_words.txt") if " " not in x.strip()]
    multi_sources = [x for x in data_lines("source_words.txt") if " " in x.strip()]
    names = _sections(data_lines("given_names.txt", keep_comments=True))
    given_ambiguous = names.get("ambiguous", frozenset())
    given = frozenset().union(*(v for k, v in names.items() if k != "ambiguous")) - given_ambiguous
    # عطا الله / عطالله: newspapers join a theophoric name as often as they split it.
    # The alef of عطا and of الله are written once when joined.
    given |= {form[:-5].removesuffix("ا") + "الله" for form in given if form.endswith(" الله")}
    return Lexicon(
        verbs=verbs,
        titles=_multi(data_lines("titles.txt")),
        roles=frozenset(normalize(x) for x in data_lines("roles.txt")),
        sources=frozenset(single_sources),
        source_phrases=_multi(multi_sources),
        heads=heads,
        nisba=nisba,
        stop=frozenset(normalize(x) for x in data_lines("stopwords.txt")),
        generic=frozenset(normalize(x) for x in data_lines("generic_words.txt")),
        subject_verbs=frozenset(normalize(x) for x in data_lines("subject_verbs.txt")),
        clitic_names=frozenset(normalize(x) for x in data_lines("clitic_names.txt")),
        compound_tails=frozenset(normalize(x) for x in data_lines("compound_tails.txt")),
        given=given,
        given_ambiguous=given_ambiguous,
        given_female=names.get("arabic-female", frozenset()),
        given_openers=frozenset(form.split()[0] for form in given if " " in form),
        place_lists=frozenset(normalize(x) for x in data_lines("place_lists.txt")),
        group_nouns=frozenset(normalize(x) for x in data_lines("group_nouns.txt")),
        date_events=frozenset(normalize(x.split("\t")[0]) for x in data_lines("date_events.txt")),
        dated_events=frozenset(normalize(x.split("\t")[0]) for x in data_lines("date_events.txt")
                               if x.rstrip().endswith("\ty")),
    )


def _sections(lines: list[str]) -> dict[str, frozenset[str]]:
    """The normalised entries of a data file by its ``# section: NAME`` lines."""
    out: dict[str, set[str]] = {}
    current = out.setdefault("", set())
    for line in lines:
        head = line.strip()
        if head.startswith("#"):
            label = head.lstrip("# ")
            if label.startswith("section:"):
                current = out.setdefault(label.split(":", 1)[1].strip(), set())
            continue
        form = normalize(line)
        if form:
            current.add(form)
    return {name: frozenset(forms) for name, forms in out.items()}
