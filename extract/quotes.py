"""Direct quotations: the spans inside quotation marks, which of them are quotations, and who said them.

Spans: “…”, «…», "…" and ”…” (an opening ” glued to the next word, as in و”نادر”); a mark
never closed ends at the end of its paragraph; a stray closing mark is ignored; «» nest.

A span is a quotation unless it is a name (one entity mention covers it) or a short phrase
(three words or fewer) with no reporting cue right before it (a reporting verb, إن/أن, or a
colon): “النصر”، «الأخبار»، “فصائل المقاومة” are not quotations.

The speaker, by the first rule that gives one:

1. the nearest reporting cue before the quotation in its sentence (outside other quotations)
   that has an explicit subject: the entity right after the verb (وقال حسين الموسوي)
   or after its role phrase (وقال المتحدث باسم حركة النجباء، حسين الموسوي), the speaker
   after the last عن of a transmitting verb (نقلت الوكالة عن مسؤول حوثي), an unnamed
   source (مصادر خاصة; المصادر/المسؤول refer back to the last source with that head), or
   the entity just before a verb without و (ماهر الطاهر، قال); news verbs (هنأ ولايتي)
   count as cues for their subject;
2. a reporting verb or بحسب right after the closing mark ("…"، قال فلان);
3. elision (وأضاف:، وتابعت أن، مشيراً إلى أن): the person just introduced in the sentence,
   else the body its sentence opened with, if its head has the verb's gender (وتشرف منظمة …
   وقد حذرت), else the last explicit subject in the article whose verb had the same gender
   (a speaker after عن counts with their own gender, not the transmitting verb's).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .entities import CALLED_VERBS, CONNECTORS, PEOPLE_PLURALS, PLACE_DESCRIPTORS, Raw, adjective_shape
from .lexicon import Lexicon, VerbInfo, strip_article
from .normalize import normalize
from .records import Quote
from .resolve import Resolved
from .textview import QUOTE_CHARS, SENT_END, View

__all__ = ["QSpan", "find_spans", "extract_quotes"]

_MARK_RE = re.compile("[«»“”„‟\"\n]")
_THAT = frozenset(
    {"ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "لان", "قايلا", "قايله", "فان", "فانه", "فانها"}
)
# Nouns of a statement: a news verb right after one is a relative clause (بيان وصل نسخة منه).
_STATEMENT_NOUNS = frozenset({"بيان", "تصريح", "رساله", "تقرير", "كلمه", "خطاب", "منشور", "تغريده"})
# Where a statement was posted (قالت الجمعية على صفحتها، في حسابها).
_STATEMENT_PLACES = frozenset({"حسابه", "حسابها", "صفحته", "صفحتها", "موقعه", "موقعها", "منصه", "منصتها"})
_OTHERS = frozenset({"اخرون", "اخرين", "اخري", "اخر"})  # مستثمرون آخرون: an adjective of a description
_SAYING = frozenset({"قوله", "قولها", "قولهم", "قولهما"})
# Verbs of going on speaking: their subject named by a family name alone is the one who spoke
# last, not a namesake named in between (وتابع الجدعاني after the sheikh, not his nephew).
_GOING_ON = frozenset(f"{c}{v}" for c in ("", "و", "ف") for v in (
    "اضاف", "اضافت", "تابع", "تابعت", "استطرد", "استطردت", "واصل", "واصلت", "ختم", "ختمت", "استدرك", "استدركت"))
# Broken plurals of people who speak as a group right after the verb (قال سكان لـ«المدى» إن).
# A body's statement named again as the verb's subject (وأضاف البيان، ولفت التقرير).
_STATEMENT_ANAPHORS = frozenset({"البيان", "التقرير", "البلاغ", "النشره", "المذكره", "الرساله"})
# Nouns that describe a person already named (يضيف الرجل السبعيني، تقول السيدة الخمسينية).
_PERSON_NOUNS = frozenset({"الرجل", "المراه", "السيده", "الشاب", "الشابه", "الفتاه", "الفتي", "العجوز", "المسن",
                           "المسنه", "الطفل", "الطفله", "الام", "الاب", "الجد", "الجده"})
_SOURCE_LINKS = frozenset({"من", "في", "داخل", "مقربه", "مقرب", "رفيعه", "رفيع", "مطلعه", "مطلع"})
_TIME = frozenset(
    {"اليوم", "امس", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "مساء", "صباح",
     "فجر", "الماضي", "مويخرا", "ايضا", "بدوره", "بدورها", "من", "جهته", "جهتها", "جانبه", "جانبها", "قد"}
)
_SIDE = frozenset({"جهته", "جهتها", "جانبه", "جانبها"})  # من جهته، من جانبها: "for his part"
_MAX_WINDOW = 80
_AFTER_QUOTE_FILLERS = frozenset({"هكذا", "بهذا", "بهذه", "كذا"})
# أحد أولياء الأمور، إحدى الناجيات: an unnamed speaker described by the group it belongs to.
_ONE_OF = frozenset({"احد", "احدي"})
# "Learned": an outlet learned something from its source (وعلمت «الراي» من مصادر أن).
_LEARNED = frozenset({"علمت"})
# Relative pronouns and the gender of a verb whose subject they are (التي قال إنها: not hers).
_RELATIVES = {"الذي": "m", "التي": "f", "الذين": "p"}
# Object pronouns a reporting verb may carry before its subject (وصفتها اللجنة بأنها).
_OBJECT_PRONOUNS = ("ها", "هم", "ه")
_RULING = frozenset({"الحكم", "حكم", "حيثيات", "منطوق"})
# Prepositions that end a subject phrase but are not stop words (على reads as the name علي).
_PREPOSITIONS = frozenset({"في", "من", "الي", "علي", "عن", "مع", "لدي", "حول", "ضد", "عبر", "بين", "منذ"})
# A pronoun opening a circumstantial clause ends a description (ويضيف الفلاح الستيني | وهو يشير).
_PRONOUN_STOPS = frozenset({"وهو", "وهي", "وهم", "هو", "هي"})
_PHRASE_STOPS = frozenset({"علي", "الي", "مع", "حول", "بشان", "امام", "عبر", "ضد", "بعد", "قبل", "بين", "منذ", "عقب"}
                          ) | _PRONOUN_STOPS
_PRONOUN_ENDS = ("ه", "ها", "هم", "هما", "كم")
_NOUN_AFTER = frozenset({"في", "علي", "عن", "الي", "خلال", "عبر"})
# How far back a subject written before its verb is looked for, and the words it may cross.
_BACK_WORDS = 8
_BACK_FILLERS = frozenset({"حين", "حينما", "عندما", "لما", "قد", "كان", "كانت", "نفسه", "نفسها", "ذاته", "ذاتها"})


@dataclass(frozen=True, slots=True)
class QSpan:
    """Text between quotation marks: inner offsets, and whether a closing mark was found."""

    start: int
    end: int
    close: int
    """Offset of the closing mark, or of the paragraph end when none."""
    closed: bool


def _plural_present(form: str) -> bool:
    """يرافقون، تتابعون: a verb in the present, plural (ي/ت … ون)."""
    return len(form) >= 6 and form[:1] in ("ي", "ت") and form.endswith("ون") and form.isalpha()


def _plural_past(form: str) -> bool:
    """A verb in the past tense plural (شاركوا، تجمعوا، طلبوا): no noun of a description ends so."""
    return len(form) >= 5 and form.endswith("وا") and form.isalpha()


def _inner(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b) if a < b else None


def find_spans(text: str) -> list[QSpan]:
    """Every span inside quotation marks, in text order."""
    spans: list[QSpan] = []
    cur: tuple[str, int] | None = None
    depth = 0

    def finish(end: int, closed: bool) -> None:
        assert cur is not None
        span = _inner(text, cur[1] + 1, end)
        if span is not None:
            spans.append(QSpan(span[0], span[1], end, closed))

    for m in _MARK_RE.finditer(text):
        c, p = m.group(), m.start()
        if c == "\n":
            if cur is not None:
                finish(p, False)
                cur = None
            continue
        if cur is None:
            nxt = text[p + 1 : p + 2]
            if c in "«“„‟\"" or (c == "”" and nxt.isalnum()):
                cur, depth = (c, p), 0
            continue
        oc = cur[0]
        if oc == "«":
            if c == "«":
                depth += 1
            elif c == "»":
                if depth:
                    depth -= 1
                else:
                    finish(p, True)
                    cur = None
        elif oc == '"':
            if c == '"':
                finish(p, True)
                cur = None
        elif c == "”":
            finish(p, True)
            cur = None
        elif c in "“„":
            prev = text[p - 1 : p]
            nxt = text[p + 1 : p + 2]
            if prev and not prev.isspace() and (not nxt or not nxt.isalnum()):
                finish(p, True)  # “…“: an opening mark used to close
                cur = None
            else:
                finish(p, False)
                cur = (c, p)
    if cur is not None:
        finish(len(text), False)
    return spans


@dataclass(slots=True)
class _Speaker:
    name: str
    surface: str
    is_entity: bool


class _Quoter:
    def __init__(self, view: View, res: Resolved, lex: Lexicon) -> None:
        self.v = view
        self.text = view.text
        self.toks = view.toks
        self.n = len(view.toks)
        self.res = res
        self.lex = lex
        self.starts = [t.start for t in self.toks]
        self.cover: dict[int, tuple[Raw, int]] = {}
        self.begin: dict[int, tuple[Raw, int]] = {}
        for raw, gi, _ in res.mentions:
            self.begin.setdefault(raw.ti, (raw, gi))
            for k in range(raw.ti, raw.tj):
                self.cover[k] = (raw, gi)
        # First words of the outlets the article names: لـ and one of them after a source is the
        # outlet it spoke to, even where the mention itself was not found (لشفق نيوز).
        self.outlet_words = frozenset(normalize(c).split()[0] for c, g in zip(res.canonical, res.groups, strict=True)
                                      if g.type == "media" and normalize(c))
        self.sources: list[tuple[int, str, str]] = []
        self.subject: dict[int, _Speaker | None] = {}
        self.anna: dict[int, _Speaker | None] = {}
        """The subject after أن/لكن of each cue asked about (:meth:`_anna_subject`)."""
        self.timeline: list[tuple[int, _Speaker, str]] = []
        # Speakers found for verbs with no written subject (دافع فلان عن القرار، وقال في تصريح):
        # a later وتابع goes on with them just as with an explicit subject.
        self.narrated: list[tuple[int, _Speaker, str]] = []

    # -- tokens ----------------------------------------------------------------------------

    def tok_range(self, start: int, end: int) -> tuple[int, int]:
        return bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)

    def cue(self, k: int) -> tuple[str, VerbInfo | None, int] | None:
        """(form, reporting info or None for a news verb, start offset) of a cue at token k."""
        t = self.toks[k]
        if k > 0 and t.plain_before and self.toks[k - 1].norm == "عدم":
            return None  # طلب عدم ذكر اسمه: a verbal noun after عدم reports nothing
        if k > 0 and t.plain_before and self.toks[k - 1].norm in _NOUN_AFTER and t.norm[:1] not in "وف":
            return None  # في رد مكتوب: after a preposition the verb's letters are a noun
        for form, off in t.readings[:3]:
            if off != t.start and not (form and self.text[t.start] in "وف"):
                continue
            info = self.lex.verbs.get(form)
            if info is not None:
                if form == "جاء" and self._document_at(k) < 0:
                    return None  # جاء alone is "came"; only جاء (ذلك) في attributes
                if (info.kind == "participle" and not form.endswith("ا") and k + 1 < self.n
                        and self.toks[k + 1].plain_before and (self.toks[k + 1].norm.startswith("ال") or (
                            not form.endswith("ه") and self.toks[k + 1].norm not in self.lex.stop))):
                    continue  # وسائل الإعلام، وسائل إعلام: a noun in construct, not the participle سائلاً
                if (info.kind == "transmit" and form[:1] in ("ي", "ت") and k + 1 < self.n
                        and self.toks[k + 1].plain_before and self.toks[k + 1].norm.startswith("ال")
                        and k + 1 not in self.cover
                        and not any(self.toks[x].norm == "عن" for x in range(k + 1, min(self.n, k + 9)))):
                    return None  # سائق شاحنة ينقل الخضار: carrying goods, not relaying words
                return form, info, off
            if form in self.lex.subject_verbs:
                if k > 0 and t.plain_before and self.toks[k - 1].norm in _STATEMENT_NOUNS:
                    return None  # في بيان وصل نسخة منه: the statement's relative clause, no cue
                return form, None, off
        if self.text[t.end - 1] not in "هام" or not t.norm.endswith(_OBJECT_PRONOUNS):
            return None  # most words: no pronoun (a ta marbuta is written ة)
        for form, off in t.readings[:2]:
            for pronoun in _OBJECT_PRONOUNS:
                if not form.endswith(pronoun) or len(form) - len(pronoun) < 3:
                    continue
                info = self.lex.verbs.get(form[: -len(pronoun)])
                if (info is not None and info.kind == "say" and info.gender in ("m", "f") and k + 1 < self.n
                        and self.toks[k + 1].plain_before and self.toks[k + 1].norm not in self.lex.stop
                        and self._that_follows(k, span=10) and not self._verb_before(k)):
                    return form[: -len(pronoun)], info, off  # في خطوة وصفتها اللجنة بأنها «…»
        return None

    def clause_end(self, k: int) -> bool:
        t = self.toks[k]
        return t.sentence_start or t.colon_before or t.quote >= 0 or t.norm in _THAT

    # -- speakers ---------------------------------------------------------------------------

    def entity_speaker(self, k: int) -> _Speaker | None:
        hit = self.cover.get(k)
        if hit is None:
            return None
        raw, gi = hit
        if self.res.groups[gi].type == "event":
            return None
        return _Speaker(self.res.canonical[gi], self.text[raw.start : raw.end], True)

    def description_anaphor(self, ci: int, k: int, info: VerbInfo | None) -> _Speaker | None:
        """A person described again with no name, as the verb's subject (يضيف الرجل السبعيني أن،
        وأضافت المستشارة الجماعية:): the person the sentence before introduced, else the last
        speaker of the verb's gender. Only a bare description (a noun and at most one adjective
        right before what is said); a role with its body (المتحدث باسم الجيش) names someone new."""
        t = self.toks[k]
        if k in self.cover or not t.norm.startswith("ال"):
            return None
        role = any(f.startswith("ال") and self.lex.is_role(f) for f, _ in t.readings[:2])
        if t.norm not in _PERSON_NOUNS and not role:
            return None
        m = k + 1
        if m < self.n and self.toks[m].plain_before and self.toks[m].norm.startswith("ال") and m not in self.cover:
            m += 1
        if m < self.n and not (self.toks[m].colon_before or self.toks[m].norm in _THAT or self.toks[m].sentence_start):
            return None
        form = self.toks[ci].norm
        gender = info.gender if info is not None else ("f" if form.endswith("ت") else "m")
        if gender not in ("m", "f"):
            return None
        sp = self.narrative_person(ci, gender)
        if sp is None:
            sp = self.from_timeline(self.toks[ci].start, gender)
        return sp if sp is not None and sp.is_entity else None

    def described_person(self, k: int) -> _Speaker | None:
        """A person named right after a definite word or two that describe them, none of them
        a name (وقالت الناجية ليلى خدر رشو، تقول الطفلة اليتيمة ريم): that person."""
        m = k
        while m < self.n and m - k < 2 and m not in self.cover and self.toks[m].norm.startswith("ال") and (
                m == k or self.toks[m].plain_before) and self.toks[m].norm.isalpha():
            m += 1
        if m == k or m >= self.n or not self.toks[m].plain_before:
            return None
        hit = self.cover.get(m)
        if hit is None or hit[0].start != self.toks[m].start or self.res.groups[hit[1]].type != "person":
            return None
        return self.entity_speaker(m)

    def source_phrase(self, k: int, people: bool = False) -> _Speaker | None:
        """An unnamed source as a description (مصادر أمنية، مسؤول في الوزارة); with ``people``,
        also a plural of people right after the verb (قال مزارعون في مركز نقادة)."""
        t = self.toks[k]
        form, off = next(((f, o) for f, o in t.readings if self.lex.is_source(f) or f in _ONE_OF), ("", -1))
        if off < 0 and people and (self._people_plural(t.norm) or t.norm in PEOPLE_PLURALS
                                   or t.norm in self.lex.group_nouns):
            form, off = t.norm, t.start
        if off < 0:
            return None
        m = k + 1
        while m < self.n and m - k < 8:
            u = self.toks[m]
            if u.comma_before or u.sentence_start or u.colon_before or u.quote >= 0:
                break
            if (u.norm in _THAT or u.norm in _SAYING or u.norm in self.lex.verbs or u.norm in self.lex.subject_verbs
                    or ((_plural_past(u.norm) or _plural_present(u.norm)) and m not in self.cover)):
                break  # مصدر عسكري تحدث للجزيرة، مستثمرون آخرون تجمعوا، مرشدون يرافقون: the source ends at its verb
            named = self.begin.get(m)
            if (u.norm in self.lex.stop and u.norm not in _SOURCE_LINKS and u.norm not in _OTHERS
                    and not (named is not None and named[0].start == u.start)  # مصدر في مكتب النائب العام
                    and not (self.lex.head(u.norm) is not None and m + 1 in self.begin)  # في مكتب وزارة الزراعة
                    and not (u.norm == "عام" and self.toks[m - 1].norm not in self.lex.stop)):
                break  # ديوان عام محافظة الفيوم: عام after a noun is "general", not "year"
            if u.norm in PLACE_DESCRIPTORS and m - 1 in self.cover:
                break  # صيادون في قرية الصفيلة | المجاورة: where the place lies is not who they are
            if (m > k + 1 and u.norm.startswith("ال") and m not in self.cover and m - 1 not in self.cover
                    and self.toks[m - 1].norm.startswith("ال") and not adjective_shape(u.norm)
                    and u.norm not in self.lex.nisba and not self.toks[m - 1].norm.startswith("لل")
                    and (self.lex.head(u.norm) is not None or not self._adjective_like(u.norm))):
                # ناشطون في مجال الإسكان | الحكومة الجديدة بـ"…"، مصدر في إدارة الشركة | التأخير: two
                # definite nouns side by side are no construct; the second is the verb's object
                break
            if (self.text[u.start : u.end].endswith(("تهم", "تها", "ته", "ناهم", "ناها", "ناه")) and m not in self.cover
                    and self.toks[m - 1].norm not in self.lex.stop):
                break  # صيادون | التقتهم «الوسط»: a verb with its object pronoun, not the description
            if u.norm in ("في", "عبر") and m + 1 < self.n and self.toks[m + 1].norm in _STATEMENT_NOUNS:
                break  # القائمون على الحملة | في منشور: how they spoke, not who they are
            # مصادر في روما، أولياء أمور في إربد: where a source sits is part of its description
            if u.norm == "ل" or (u.norm[:1] == "ل" and (
                    (m in self.begin and (self.begin[m][0].start != u.start
                                          or self.res.groups[self.begin[m][1]].type == "media"))
                    or u.norm[1:] in self.outlet_words or self._media_head(u.norm[1:]))):
                break  # مصادر مطلعة لـ«شبكة سهيل»، للسومرية نيوز، لموقع …: the outlet it spoke to is not the source
            if (m > k + 1 and u.norm[:1] == "ل" and not u.norm.startswith(("ال", "لل")) and len(u.norm) > 3
                    and m not in self.cover and u.norm[1:] not in self.lex.stop and m + 1 < self.n
                    and u.norm not in self.lex.nisba and not u.norm.endswith(("ي", "يه", "يون", "يين"))
                    and (self.toks[m + 1].norm in _THAT or self.toks[m + 1].comma_before
                         or self.toks[m + 1].colon_before)):
                break  # مصدر في وزارة المالية الاتحادية | لرووداو، إن: one ل word before what it said
            body = self.begin.get(m)
            if body is not None and self.res.groups[body[1]].type == "organization" and body[0].tj > m + 1:
                m = body[0].tj  # مصدر بالمجلس الأعلى للجامعات: the body's whole name, stop words and all
                continue
            m += 1
        if m < self.n and self.toks[m].comma_before and not self.toks[m].sentence_start:
            p = m
            while (p < m + 2 and p + 1 < self.n and p not in self.cover and self.toks[p + 1].plain_before
                   and (self.toks[p].norm.startswith("ال") or any(
                       f in self.lex.titles or self.lex.is_role(f) for f, _ in self.toks[p].readings[:2]))):
                p += 1  # أحد المتضررين، المستثمر سامر خليل النابلسي، إن: what the person is, then the name
            if (p + 1 < self.n and p not in self.cover and self.toks[p].norm[:1] == "و"
                    and self.toks[p].norm[1:] in CALLED_VERBS):
                p += 1  # أحد السكان، ويعرف بأبي سجاد، إن: the one known by the kunya
            hit = self.cover.get(p)
            if hit is not None and self.res.groups[hit[1]].type == "person" and hit[0].ti == p:
                return self.entity_speaker(p)  # أحد شيوخ العشائر في بيدوا، محمد آدم غوليد، إن: the named one
        while m - 1 > k and self.toks[m - 1].norm in ("من", "في", "داخل"):
            m -= 1  # أحد شيوخ العشائر | في …: a preposition never ends a description
        end = self.toks[m - 1].end
        surface = self.text[off:end]
        desc = surface
        for c in QUOTE_CHARS:
            desc = desc.replace(c, " ")
        desc = " ".join(desc.split())
        stem = strip_article(form)
        if form.startswith("ال"):
            for _, s, d in reversed(self.sources):
                if s == stem:
                    return _Speaker(d, surface, False)
            if self.lex.is_role(form):
                # وأورد المسؤول الحكومي: with no unnamed source before, the official is the
                # last named person who spoke.
                for _, sp, _ in reversed(self.timeline):
                    if sp.is_entity:
                        return sp
            return _Speaker(desc, surface, False)
        self.sources.append((off, stem, desc))
        return _Speaker(desc, surface, False)

    @staticmethod
    def _adjective_like(form: str) -> bool:
        """A definite word that may be an adjective: nisba-shaped, فعيل (السريع، القديمة) or a
        participle (المطلع، المختصة)."""
        stem = form[2:]
        faeel = len(stem) in (4, 5) and stem[2] == "ي" and (len(stem) == 4 or stem[-1] == "ه")
        return adjective_shape(form) or faeel or (stem[:1] == "م" and len(stem) >= 4)

    def _through_voice(self, k: int) -> _Speaker | None:
        """The person named after «على لسان» in the clause of the cue at ``k``: a body spoke
        through them (اعتبرت النقابة، على لسان كاتبها العام عادل القربي، أن)."""
        for x in range(k + 1, min(self.n - 1, k + 14)):
            t = self.toks[x]
            if t.quote >= 0 or t.sentence_start:
                return None
            if t.norm == "علي" and self.toks[x + 1].norm == "لسان" and self.toks[x + 1].plain_before:
                for m in range(x + 2, min(self.n, x + 8)):
                    hit = self.cover.get(m)
                    if hit is not None and self.res.groups[hit[1]].type == "person":
                        return self.entity_speaker(m)
                    if self.toks[m].quote >= 0 or self.toks[m].sentence_start:
                        return None
                return None
        return None

    def _media_head(self, form: str) -> bool:
        """``form`` opens an outlet's name (موقع، صحيفة، قناة)."""
        info = self.lex.head(form)
        return info is not None and info.type == "media"

    def head_anaphor(self, k: int) -> _Speaker | None:
        """A definite head word alone (الوزارة، الحركة، الوكالة) names the last entity it heads."""
        t = self.toks[k]
        form = t.readings[0][0]
        if not form.startswith("ال") or k in self.cover:
            return None
        info = self.lex.head(form)
        if info is None or info.type not in ("organization", "media"):
            return None
        if k + 1 < self.n and self.toks[k + 1].plain_before and self.toks[k + 1].norm.startswith("ال"):
            return None  # الهيئة العليا...: a name of its own, not a reference back
        stem = strip_article(form)
        best: tuple[Raw, int] | None = None
        for raw, gi, _ in self.res.mentions:
            if raw.start >= t.start:
                break
            if raw.name and strip_article(raw.name[0]) == stem and self.res.groups[gi].type == info.type:
                best = (raw, gi)
        if best is None:
            # فيما ردت الحكومة ... (the lead), then قال المتحدث باسم الحكومة العراقية: the body
            # it heads named next, within a few paragraphs.
            for raw, gi, _ in self.res.mentions:
                if raw.start > t.start and raw.start - t.start < 1500 and raw.name and strip_article(
                        raw.name[0]) == stem and self.res.groups[gi].type == info.type:
                    best = (raw, gi)
                    break
        if best is None:
            return None
        return _Speaker(self.res.canonical[best[1]], self.text[t.start : t.end], True)

    def role_speaker(self, k: int) -> _Speaker | None:
        m = k
        while m < self.n and m - k < 16:
            if m > k and self.clause_end(m):
                break
            hit = self.cover.get(m)
            if hit is not None and self.res.groups[hit[1]].type == "person":
                return self.entity_speaker(m)
            m += 1
        return None

    def role_back(self, k: int) -> _Speaker | None:
        """A definite role with no name after it (وختمت الوزيرة، وأضاف المدرب) is the person
        named after the same role earlier in the article (وزيرة المالية رجاء الحمروني)."""
        form = next((f for f, _ in self.toks[k].readings[:2] if f.startswith("ال") and self.lex.is_role(f)), "")
        if not form and k + 1 < self.n and self.toks[k + 1].plain_before and (
                self.toks[k + 1].norm.startswith("ال") or k + 2 < self.n and self.toks[k + 2].norm.startswith("ال")):
            # عضو مجلس النقابة: a role made definite by its complement
            form = next((f for f, _ in self.toks[k].readings[:2] if self.lex.is_role(f)), "")
        if not form:
            return None
        stem = strip_article(form)
        # رئيس اللجنة الوزارية is not رئيس الجمهورية: a role in construct keeps its complement
        complement = (self.toks[k + 1].norm if not form.startswith("ال") and k + 1 < self.n
                      and self.toks[k + 1].plain_before else "")
        for m in range(k - 1, -1, -1):
            if complement and (m + 1 >= self.n or self.toks[m + 1].norm != complement):
                continue
            if any(strip_article(f) == stem for f, _ in self.toks[m].readings[:2]):
                sp = self.role_speaker(m) or self._named_before_role(m)
                if sp is not None:
                    return sp
        return None

    def _named_before_role(self, m: int) -> _Speaker | None:
        """The person a role is set after by a comma (شريف عبد الغفار، عضو مجلس نقابة الصيادلة)."""
        if m < 1 or not self.toks[m].comma_before or self.toks[m].sentence_start:
            return None
        hit = self.cover.get(m - 1)
        if hit is not None and self.res.groups[hit[1]].type == "person" and hit[0].tj == m:
            return self.entity_speaker(m - 1)
        return None

    def _document_at(self, ci: int) -> int:
        """Token after في of جاء (ذلك) في at ``ci``, or -1."""
        m = ci + 1
        if m < self.n and self.toks[m].norm == "ذلك" and self.toks[m].plain_before:
            m += 1
        if m + 1 < self.n and self.toks[m].norm == "في" and self.toks[m].plain_before:
            return m + 1
        return -1

    def document_speaker(self, ci: int) -> _Speaker | None:
        """وجاء في بيان الوزارة / حيثيات الحكم: the body named in the phrase, else the last
        organisation named before it (the court, the ministry that issued the statement)."""
        m = self._document_at(ci)
        if m < 0:
            return None
        k = m
        while k < self.n and k - m < 10 and (k == m or not self.clause_end(k)):
            hit = self.cover.get(k)
            if hit is not None and self.res.groups[hit[1]].type not in ("location", "event"):
                return self.entity_speaker(k)
            k += 1
        issuer = self._issuer_of(m, ci)
        if issuer is not None:
            return issuer
        start = self.toks[ci].start
        # حيثيات الحكم، منطوق الحكم: a ruling is the court's, whatever body was named last.
        ruling = any(self.toks[x].norm in _RULING for x in range(m, min(m + 3, self.n)))
        best: tuple[Raw, int] | None = None
        court: tuple[Raw, int] | None = None
        for raw, gi, _ in self.res.mentions:
            if raw.start >= start:
                break
            if self.res.groups[gi].type == "organization":
                best = (raw, gi)
                if raw.name and strip_article(raw.name[0]) == "محكمه":
                    court = (raw, gi)
        if ruling and court is not None:
            best = court
        if best is None:
            return None
        return _Speaker(self.res.canonical[best[1]], self.text[best[0].start : best[0].end], True)

    def _issuer_of(self, m: int, ci: int) -> _Speaker | None:
        """وجاء في القرار: the document was named before (وكان المجلس الدستوري قد رفض، في قرار
        صدر أمس، …): the body or person named before that mention, in its sentence."""
        form = self.toks[m].norm
        if not form.startswith("ال") or len(form) < 5:
            return None  # only a definite document refers back to one named before
        noun = form[2:]
        for p in range(ci - 1, max(-1, ci - 120), -1):
            if not any(f == noun or f == form for f, _ in self.toks[p].readings):
                continue
            for q in range(p - 1, max(-1, p - 20), -1):
                hit = self.cover.get(q)
                if hit is not None and self.res.groups[hit[1]].type in ("organization", "person"):
                    return self.entity_speaker(hit[0].ti)
                if self.toks[q].sentence_start:
                    break
            return None
        return None

    def embedded(self, ci: int) -> bool:
        """The cue at ``ci`` follows أن and a definite noun, its subject: the clause is what an
        earlier verb reports, and what follows the cue is its object (وأضاف أن اللجنة تطالب رئيس
        الوزراء جعفر حسان "…" is still what the man who added said)."""
        return (ci >= 2 and self.toks[ci].plain_before and self.toks[ci - 1].plain_before
                and self.toks[ci - 2].norm in _THAT and self.toks[ci - 1].norm.startswith("ال")
                and self._anna_subject(ci) is None)

    def _anna_subject(self, ci: int) -> _Speaker | None:
        """The subject written between أن (or لكن) and the verb at ``ci``, when it names someone:
        an entity or an unnamed source (غير أن الحسن طالب الحكومة بـ«…»، لكن مصدراً أمنياً في
        المنطقة قال): the noun after أن is the verb's subject, whatever follows the verb."""
        if ci not in self.anna:
            # Asked by every quotation's search back over the same cues: read once, since a
            # source phrase records the source it reads.
            self.anna[ci] = self._read_anna_subject(ci)
        return self.anna[ci]

    def _read_anna_subject(self, ci: int) -> _Speaker | None:
        m = ci - 1
        while m > 0 and ci - m < 9:
            t = self.toks[m + 1]
            if not t.plain_before or self.toks[m].quote >= 0:
                return None
            if self.toks[m].norm in ("ان", "بان", "لان", "لكن", "ولكن"):
                a = m + 1
                hit = self.cover.get(a)
                if hit is not None and hit[0].ti == a and self.res.groups[hit[1]].type in (
                        "person", "organization", "media"):
                    return self.entity_speaker(a) if hit[0].tj <= ci else None
                if any(self.lex.is_source(f) for f, _ in self.toks[a].readings[:2]):
                    return self.source_phrase(a)
                if a == ci - 1 and hit is None and self.toks[a].norm.startswith("ال"):
                    return self.full_form(a)  # غير أن الحسن طالب: the family name of one named before
                return None
            m -= 1
        return None

    def explicit_subject(self, ci: int, info: VerbInfo | None) -> _Speaker | None:
        anna = self._anna_subject(ci)
        if anna is not None:
            return anna
        if self._document_at(ci) >= 0 and any(f == "جاء" for f, _ in self.toks[ci].readings[:2]):
            return self.document_speaker(ci)
        k = ci + 1
        if k < self.n and self.toks[k].comma_before and not self.toks[k].sentence_start:
            m = k + 1
            while m < self.n and m - k < 8 and not self.toks[m].comma_before and not self.clause_end(m):
                m += 1
            if m < self.n and self.toks[m].comma_before and not self.toks[m].sentence_start:
                k = m
            else:
                return self.pre_verb(ci)
        while k < self.n and self.toks[k].norm in _TIME and k - ci < 5 and k not in self.cover:
            if self.toks[k].norm == "من" and (k + 1 >= self.n or self.toks[k + 1].norm not in _SIDE):
                break  # قدم من مدينة النعمة: "from" a place, not من جهته
            k += 1
        if info is not None and info.kind == "according" and k < self.n and (
            k in self.cover or any(self.lex.is_source(f) or self.lex.is_role(f) for f, _ in self.toks[k].readings[:2])
        ):
            pass  # بحسب مصدر عسكري تحدث ... عن: the source is right after بحسب
        elif info is not None and info.kind in ("transmit", "according"):
            last = -1
            to = -1
            m = k
            while m < self.n and m - k < 24:
                if m > k and self.clause_end(m):
                    break
                if self.toks[m].norm == "عن":
                    if last < 0 or self._names_speaker(m + 1) or not self._names_speaker(last + 1):
                        # The last عن that names a speaker (عن الوكالة عن مصادر), not one inside a
                        # description (عن مسؤول، فضّل عدم الكشف عن اسمه)
                        last = m
                elif self.toks[m].norm == "الي" and to < 0:
                    to = m  # ونُسب إلى مسؤول إسرائيلي قوله: the speaker after إلى
                elif (self.toks[m].norm == "من" and to < 0 and self.toks[ci].readings[-1][0] in _LEARNED
                      and self._names_speaker(m + 1)):
                    to = m  # وعلمت «الراي» من مصادر مطلعة أن: the source after من
                m += 1
            if last < 0 and info.kind == "transmit":
                last = to
            if last >= 0 and last + 1 < self.n:
                k = last + 1
            elif info.kind == "according":
                # بحسب تقرير لمنظمة أطباء بلا حدود، وفق بيان للوزارة: the body a few words on.
                m = k
                while m < self.n and m - k < 4 and (m == k or not self.clause_end(m)) and not self.toks[m].comma_before:
                    hit = self.cover.get(m)
                    if hit is not None and self.res.groups[hit[1]].type not in ("location", "event"):
                        k = m
                        break
                    if (m > k and hit is None and self.toks[m].norm.startswith("ال")
                            and self.head_anaphor(m) is not None):
                        k = m  # ووفق بيان نشرته المؤسسة على صفحتها: the body named again
                        break
                    m += 1
        if k >= self.n or self.toks[k].quote >= 0 or self.toks[k].sentence_start or self.toks[k].colon_before:
            return self.pre_verb(ci)
        t = self.toks[k]
        hit = self.cover.get(k)
        if (hit is not None and hit[0].start != t.start and t.norm[:1] == "ل"
                and self.res.groups[hit[1]].type == "media"):
            return self.pre_verb(ci)  # قالا لوكالة «رويترز»: the outlet spoken to is no subject
        if t.norm in _STATEMENT_ANAPHORS and k not in self.cover:
            body = self.last_body(ci, owner=True)
            if body is not None:
                return body  # وأضاف البيان: the statement of the body named last
        if (info is not None and info.gender == "m" and k == ci + 1 and t.plain_before and hit is not None
                and hit[0].start == t.start and self.res.groups[hit[1]].type == "organization"
                and self.text[t.end - 1 : t.end] == "ة"):
            return self.pre_verb(ci)  # وطالب اللجنة الوطنية بـ"…": a body named in the feminine is the object
        sp = self.entity_speaker(k)
        if sp is not None:
            return sp
        sp = self.described_person(k)
        if sp is not None:
            return sp
        sp = self.description_anaphor(ci, k, info)
        if sp is not None:
            return sp
        sp = self.head_anaphor(k)
        if sp is not None:
            return sp
        is_role = any(self.lex.is_role(f) or f in self.lex.titles for f, _ in t.readings[:2])
        if (is_role and info is not None and info.gender == "m" and k == ci + 1 and t.plain_before
                and self.text[t.end - 1 : t.end] == "ة" and any(
                    self.lex.is_role(f) and self.lex.is_role(f[:-1]) for f, _ in t.readings[:2])):
            return self.pre_verb(ci)  # وطالب وزيرة الشؤون بـ«…»: a woman after a masculine verb is its object
        if is_role:
            sp = self.role_speaker(k)
            if sp is None:
                sp = self.role_back(k)
            if sp is None and any(f.startswith("ال") and self.lex.is_role(f) for f, _ in t.readings[:2]):
                # يقف المزارع أعمر حموش … يقول الفلاح القبائلي: a definite description of the
                # person just introduced, who has not spoken yet.
                form = self.toks[ci].norm
                gender = info.gender if info is not None else ("f" if form.endswith("ت") else "m")
                sp = self.narrative_person(ci, gender) if gender in ("m", "f") else None
            if sp is not None:
                return sp
        sp = self.source_phrase(k, people=True)  # after its verb, a plural of people describes
        if sp is not None:
            return sp
        if is_role:
            return self.role_phrase(k)
        return self.pre_verb(ci) or self.phrase_after(ci, k)

    def _names_speaker(self, k: int) -> bool:
        """Token ``k`` opens a possible speaker: a named entity, a source or a role word."""
        if k >= self.n:
            return False
        if k in self.cover:
            return True
        return any(self.lex.is_source(f) or self.lex.is_role(f) for f, _ in self.toks[k].readings[:2])

    def role_phrase(self, k: int) -> _Speaker | None:
        m = k + 1
        while m < self.n and m - k < 6 and not self.clause_end(m) and not self.toks[m].comma_before:
            form = self.toks[m].norm
            if form in self.lex.verbs or form in _SAYING or _plural_present(form) or _plural_past(form):
                break  # مرشدون سياحيون | يرافقون مجموعات: the description ends at its verb
            if self._manner_adjunct(m) or form in _PRONOUN_STOPS:
                break  # وقالت المحافظة | في بيان: how it spoke is not part of who spoke
            m += 1
        start = next((o for f, o in self.toks[k].readings if self.lex.is_role(f) or f in self.lex.titles),
                     self.toks[k].start)
        surface = self.text[start : self.toks[m - 1].end]
        desc = surface
        for c in QUOTE_CHARS:
            desc = desc.replace(c, " ")
        return _Speaker(" ".join(desc.split()), surface, False)

    def topic(self, ci: int) -> _Speaker | None:
        """The topic of أما for a verb with ف (أما الخبيرة ليلى الحربي، فرأت أن...)."""
        k = ci - 1
        while k >= 0 and ci - k < 30:
            t = self.toks[k]
            if t.quote >= 0:
                return None
            if t.norm == "اما" and k + 1 < ci:
                m = k + 1
                sp = self.entity_speaker(m) or self.first_name_of(m)
                forms = [f for f, _ in self.toks[m].readings[:2]]
                if sp is None and any(self.lex.is_role(f) or f in self.lex.titles for f in forms):
                    sp = self.role_speaker(m)
                if sp is None:
                    sp = self.source_phrase(m)
                if sp is None:
                    sp = self._person_in_topic(m, ci)
                return sp
            if t.sentence_start:
                return None
            k -= 1
        return None

    def _person_in_topic(self, m: int, ci: int) -> _Speaker | None:
        """A person named a few words into the topic of أما, before its first comma (أما شقيقها
        محمود الجاسم، الذي قرر البقاء، فقال)."""
        x = m
        commas = 0
        while x < ci and x - m < 6:
            if x > m and self.toks[x].comma_before:
                commas += 1
                if commas > 1:
                    break  # أما والدته، سعاد المخلافي، فقالت: one comma may set the name off
            hit = self.cover.get(x)
            if hit is not None:
                return self.entity_speaker(x) if self.res.groups[hit[1]].type == "person" else None
            x += 1
        return None

    def last_body(self, ci: int, owner: bool = False) -> _Speaker | None:
        """The organisation named last before token ``ci`` (within about two paragraphs); with
        ``owner``, also one named after ل (تقرير لمكتب الأمم المتحدة: the report's owner)."""
        x = ci - 1
        while x >= 0 and ci - x < 120:
            hit = self.cover.get(x)
            if hit is not None and self.res.groups[hit[1]].type == "organization" and self.toks[x].quote < 0:
                raw = hit[0]
                first = self.toks[raw.ti]
                before = self.toks[raw.ti - 1].norm if raw.ti > 0 and first.plain_before else ""
                if (before not in _PREPOSITIONS and raw.start == first.start) or (
                        owner and self.text[first.start] == "ل" and raw.start == first.start + 1):
                    return self.entity_speaker(x)  # a subject, not the object of في/من/لـ
                x = raw.ti
            x -= 1
        return None

    def sentence_body(self, ci: int, gender: str) -> _Speaker | None:
        """The subject of the sentence of a cue with no subject of its own: a body whose name
        opens with a noun of the verb's gender, right after the sentence's verb (وتشرف منظمة
        استثمار نهر السنغال على الملاحة، وقد حذرت من أن؛ ودخل المجلس الاجتماعي …، إذ دعا)."""
        x = ci - 1
        while x >= 0 and ci - x < 40:
            t = self.toks[x]
            if t.quote >= 0:
                return None
            hit = self.cover.get(x)
            if hit is not None and self.res.groups[hit[1]].type == "organization":
                raw = hit[0]
                lead = raw.ti
                if (lead > 0 and self.toks[lead].plain_before and self.lex.head(self.toks[lead - 1].norm) is not None
                        and self.toks[lead - 1].norm.endswith("ه")):
                    lead -= 1  # منظمة أطباء بلا حدود: the head word before a known name
                first = self.toks[lead]
                before = self.toks[lead - 1] if lead > 0 else None
                verb_before = before is not None and first.plain_before and (
                    before.norm[:1] in ("ت", "و") or self.cue(lead - 1) is not None
                    or lead - 1 == 0 or before.sentence_start or any(c in "–—-:" for c in before.sep))
                # الكويت – رفضت اللجنة …، معتبرة أنها: the verb that opens the sentence
                if raw.start >= first.start and first.norm.endswith("ه") == (gender == "f") and verb_before and not any(
                        self.toks[y].sentence_start for y in range(raw.ti, ci + 1)):
                    return self.entity_speaker(x)
                x = raw.ti
            if t.sentence_start:
                return None
            x -= 1
        return None

    def narrative_person(self, ci: int, gender: str) -> _Speaker | None:
        """A person introduced in the sentence before an elided cue, as a subject (after a verb
        or a title, not after a preposition), later than the last explicit speaker, and whose
        given name does not contradict the verb's gender."""
        last_spoken = max((p for p, _, _ in self.timeline if p < self.toks[ci].start), default=-1)
        x = ci - 1
        sentences = 0
        while x >= 0 and ci - x < 60:
            t = self.toks[x]
            if t.start <= last_spoken or t.quote >= 0:
                return None
            hit = self.cover.get(x)
            if hit is not None and self.res.groups[hit[1]].type == "person":
                raw = hit[0]
                before = self.toks[raw.ti - 1].norm if raw.ti > 0 else ""
                first = raw.name[0] if raw.name else ""
                female = first in self.lex.given_female
                if (before in _PREPOSITIONS or raw.start != self.toks[raw.ti].start
                        or (gender == "f") != female and (female or first in self.lex.given)
                        or (gender == "f" and not female and first.startswith("ال"))):
                    return None  # قالت after الصادق محمد نور: a given name with the article is a man's
                return self.entity_speaker(x)
            if t.sentence_start:
                sentences += 1
                if sentences > 1:
                    return None
            x -= 1
        return None

    def source_before(self, ci: int) -> _Speaker | None:
        """An unnamed source earlier in the sentence of a plural verb with no subject after it."""
        x = ci - 1
        while x >= 0 and ci - x < 20:
            t = self.toks[x]
            if t.quote >= 0:
                return None
            if any(self.lex.is_source(f) for f, _ in t.readings[:2]):
                return self.source_phrase(x)
            if (t.norm in self.lex.group_nouns or t.norm in PEOPLE_PLURALS) and x + 1 < ci and (
                    x == 0 or t.sentence_start or t.comma_before or self.toks[x - 1].norm in _THAT):
                return self.source_phrase(x, people=True)  # غير أن أصحاب ورش في كفر البطيخ قالوا إن
            if t.sentence_start:
                return None
            x -= 1
        return None

    def statement_cue(self, ci: int) -> bool:
        """The verb at ``ci`` is followed by في/عبر بيان or ببيان: a body's statement."""
        k = ci + 1
        if k < self.n and self.toks[k].norm in ("في", "عبر") and k + 1 < self.n:
            k += 1
        return k < self.n and self.toks[k].norm in ("بيان", "ببيان") and self.toks[k].plain_before

    def pre_verb(self, ci: int) -> _Speaker | None:
        t = self.toks[ci]
        if t.norm[:1] == "ف" and t.norm not in self.lex.verbs and t.norm not in self.lex.subject_verbs:
            return self.topic(ci)
        if t.norm[:1] == "و" and t.norm not in self.lex.verbs and t.norm not in self.lex.subject_verbs:
            return None
        k = ci - 1
        if k > 0 and self.toks[k].norm == "قد" and t.plain_before:
            sp = self._kana_subject(k)
            if sp is not None:
                return sp
        if k >= 0 and self.toks[k].norm in ("قد", "كان", "كانت") and t.plain_before:
            k -= 1
        info = next((self.lex.verbs[f] for f, _ in t.readings[:2] if f in self.lex.verbs), None)
        if (k > 0 and _RELATIVES.get(self.toks[k].norm, "") == (info.gender if info is not None else "-")
                and t.plain_before and self.toks[k].comma_before
                and not self.toks[k].sentence_start and k - 1 in self.cover
                and self.res.groups[self.cover[k - 1][1]].type in ("person", "organization", "media")):
            return self.entity_speaker(k - 1)  # مركز أعماق الجنوب للغوص، الذي أعلن: the name before who
        if k < 0 or self.toks[k + 1].sentence_start:
            return None
        hit = self.cover.get(k)
        if hit is None or self.res.groups[hit[1]].type in ("location", "event") or t.comma_before:
            # X، مؤسسة جمعية «…» على فيسبوك، ترى: after an apposition, not what ends it
            return self.subject_before(ci)
        ti = hit[0].ti
        if ti >= 2 and self.toks[ti - 1].norm == "في" and any(
                self.lex.is_source(f) for f, _ in self.toks[ti - 2].readings[:2]):
            return self.source_phrase(ti - 2)  # مصدر في وزارة الصيد قال: the source, not the ministry
        return self.entity_speaker(k)

    def _kana_subject(self, qad: int) -> _Speaker | None:
        """The subject between كان/كانت and قد before a verb (وكانت مصادر في الحكومة المحلية لذي
        قار قد أكدت): a named entity or a source phrase right after كان."""
        x = qad - 1
        while x > 0 and qad - x < 12 and not self.toks[x].sentence_start:
            if self.toks[x].quote >= 0 or self.toks[x].colon_before:
                return None
            x -= 1
            if self.toks[x].norm in ("كان", "كانت", "وكان", "وكانت") and x + 1 < qad:
                k = x + 1
                if self.toks[k].sentence_start or self.toks[k].comma_before:
                    return None
                if any(self.lex.is_source(f) for f, _ in self.toks[k].readings[:2]):
                    return self.source_phrase(k)
                if k in self.cover and self.res.groups[self.cover[k][1]].type in ("person", "organization", "media"):
                    return self.entity_speaker(k)
                return None
        return None

    def subject_before(self, ci: int) -> _Speaker | None:
        """A subject written a few words before its verb in the same clause, with no comma in
        between: مسرور بارزاني كان واضحا حين قال، وزارة النفط نفسها أكدت، وكان الاتحاد قد انتقد.
        The nearest person or organisation wins; another cue, a quotation or إن/أن ends the search.
        A verb after a comma closes an apposition: a person named before it is the subject
        (منى الدسوقي، مؤسسة مجموعة «…» على فيسبوك، ترى أن), not a body named inside it."""
        if self.toks[ci].comma_before and not self.toks[ci].sentence_start:
            p = ci - 1
            while p > 0 and ci - p <= 20 and not self.toks[p].comma_before and not self.toks[p].sentence_start:
                if self.toks[p].quote >= 0 or self.toks[p].norm in _THAT or self.cue(p) is not None:
                    break
                p -= 1
            else:
                if p > 0 and self.toks[p].comma_before and not self.toks[p].sentence_start:
                    hit = self.cover.get(p - 1)
                    if hit is not None and self.res.groups[hit[1]].type == "person" and hit[0].tj == p:
                        return self.entity_speaker(p - 1)
                    # غير أن مسؤولاً في البنك، طلب عدم الكشف عن هويته، أقر: the source before it
                    # (the source's description may name a body: مسؤولاً في وزارة الاقتصاد والتجارة الخارجية)
                    for x in range(p - 1, max(-1, p - 12), -1):
                        if self.toks[x].quote >= 0 or self.cue(x) is not None:
                            break
                        if any(self.lex.is_source(f) for f, _ in self.toks[x].readings[:2]):
                            return self.source_phrase(x)
                        if self.toks[x].sentence_start or self.toks[x].comma_before:
                            break
            # وفي ندوة عقداها بمقر الاتحاد الجهوي، قال النقابيان: before a comma and its verb
            # only a person is the subject (وكان … ماهر الطاهر، قال), not a body named in passing.
            hit = self.cover.get(ci - 1)
            if hit is None or self.res.groups[hit[1]].type != "person":
                return None
        k = ci - 1
        while k >= 0 and ci - k <= _BACK_WORDS:
            t = self.toks[k]
            if t.quote >= 0 or t.norm in _THAT:
                return None
            hit = self.cover.get(k)
            if hit is not None:
                if self.res.groups[hit[1]].type in ("person", "organization", "media"):
                    return self.entity_speaker(k)
                return None
            if k < ci - 1 and self.cue(k) is not None:
                return None
            if t.sentence_start or t.colon_before or (t.comma_before and k < ci - 1):
                return None
            if t.norm in self.lex.stop and t.norm not in _BACK_FILLERS:
                return None
            k -= 1
        return None

    def phrase_after(self, ci: int, k: int) -> _Speaker | None:
        """The noun phrase between a reporting verb and its quotation when no pass named it:
        a person named before the complementiser (هيئة الدفاع، ممثلة في المحامية سعاد بوزيد، أن),
        a family name alone read as the fullest form of the article (علق باربوسا → روي باربوسا,
        ورد المتهم بلقاسمي), else the description itself (عن عامل إغاثة في إدلب قوله)."""
        if k >= self.n or (k - ci > 4 and self.toks[k - 1].norm not in ("عن", "الي")):
            return None  # far from its verb only after the عن of a transmitting verb
        t = self.toks[k]
        if t.norm in self.lex.stop or t.norm in _TIME or t.norm in _PHRASE_STOPS or not t.norm.isalpha():
            return None  # وأضاف في تصريح: no subject phrase here
        m = k
        while m < self.n and m - k < 14:
            if m > k and (self.clause_end(m) or self.toks[m].norm in _SAYING):
                break
            hit = self.cover.get(m)
            if hit is not None and self.res.groups[hit[1]].type == "person":
                if self.complement_follows(m):
                    return self.entity_speaker(m)  # عن منسقها الطبي، كلير نيكوليه، قولها
                break
            m += 1
        if self.cue(k) is not None:
            return None  # قال مشيرا إلى: a participle, no subject phrase
        if self.pronoun_end(k) or t.norm[:1] in ("ب", "ل") and (
                t.norm[1:] in self.lex.stop or t.norm[1:3] == "ال" or t.norm.startswith("لل")):
            return None  # وقال سعادته، اسمه، للصحفيين
        words: list[int] = []
        m = k
        while m < self.n and len(words) < 5:
            u = self.toks[m]
            if m > k and (u.comma_before or self.clause_end(m) or u.norm in _SAYING or not u.plain_before):
                break
            inside = self.res.groups[self.cover[m][1]].type if m > k and m in self.cover else ""
            if inside == "location" or (inside == "organization" and self.toks[m - 1].norm in _SOURCE_LINKS):
                raw = self.cover[m][0]
                # عامل إغاثة في إدلب، وجهاء من عشيرة البوعزام: a place or a body inside the description
                words.extend(range(m, raw.tj))
                m = raw.tj
                continue
            if m > k and self._manner_adjunct(m):
                break  # وقالت المحافظة | في بيان: how it spoke is not part of who spoke
            if m > k and ((u.norm in self.lex.stop and u.norm not in _SOURCE_LINKS and u.norm not in _OTHERS)
                          or u.norm in _PHRASE_STOPS
                          or self.cue(m) is not None or m in self.cover):
                break
            if (m > k and u.norm[:1] == "ل" and u.norm[1:3] != "ال" and len(u.norm) > 3
                    and u.norm[1:] not in self.lex.stop):
                break  # لعنب بلدي، لصحيفة: the outlet spoken to
            if not u.norm.isalpha() or (m > k and (_plural_past(u.norm) or _plural_present(u.norm))
                                        and m not in self.cover):
                break  # أسرى محررين | شاركوا في إضرابات سابقة: the description ends at its verb
            words.append(m)
            m += 1
        while words and self.toks[words[-1]].norm in _SOURCE_LINKS:
            words.pop()
        if not words:
            return None
        names = [x for x in words if not self.toks[x].norm.startswith("ال")] if len(words) > 1 else words
        if len(names) == 1 and names[0] == words[-1] and len(words) <= 2:
            full = self.full_form(names[0])
            if full is not None:
                return full
        if len(words) == 1 and self._plural_people(words[0]):
            return _Speaker(self.text[t.start : t.end], self.text[t.start : t.end], False)  # وقال مشجعون إن
        # A description is the subject only when it runs right up to the quotation's cue and
        # has a head and a modifier (عامل إغاثة في إدلب); a definite word alone is an anaphor.
        last = words[-1] + 1
        that = self._that_follows(last) if last < self.n and (
            _plural_past(self.toks[last].norm) or _plural_present(self.toks[last].norm)) else 0
        if that:
            last = that  # ووفق أسرى محررين شاركوا في إضرابات سابقة، فإن: people who did so
        elif len(words) >= 2 and self._manner_adjunct(last):
            # وقالت العتبة الحسينية عبر منصة إكس إن: how the body spoke stands before إن
            last = self._that_follows(last, span=8) or last
        if (len(words) < 2 or last >= self.n or not (self.toks[last].norm in _THAT or self.toks[last].norm in _SAYING
                                                      or self.toks[last].colon_before)
                or self.toks[last].sentence_start or any(self.pronoun_end(x) for x in words)):
            return None
        surface = self.text[self.toks[words[0]].start : self.toks[words[-1]].end]
        return _Speaker(" ".join(surface.split()), surface, False)

    def _verb_before(self, k: int) -> bool:
        """A reporting verb stands earlier in the sentence of token ``k`` (قال في مداخلة تابعها
        موقع: the later verb is a relative clause of the first one's statement)."""
        x = k - 1
        while x >= 0 and k - x < 25:
            t = self.toks[x]
            if any(self.lex.verbs.get(f) is not None for f, _ in t.readings[:2]):
                return True
            if t.sentence_start or t.quote >= 0:
                return False
            x -= 1
        return False

    def _manner_adjunct(self, k: int) -> bool:
        """Token ``k`` opens how or where a statement was made (عبر منصة، في بيان، خلال مؤتمر
        صحفي، على حسابها), a phrase that may stand between a subject and its إن."""
        if k >= self.n or self.toks[k].comma_before or self.toks[k].sentence_start:
            return False
        form = self.toks[k].norm
        if form in ("عبر", "خلال"):
            return True
        nxt = self.toks[k + 1].norm if k + 1 < self.n else ""
        return form in ("في", "علي") and (nxt in _STATEMENT_NOUNS or nxt in _STATEMENT_PLACES)

    def _that_follows(self, k: int, span: int = 12) -> int:
        """The token of إن/أن/قوله or a colon within ``span`` words after ``k`` in the same
        sentence, else 0."""
        for x in range(k + 1, min(self.n, k + span)):
            t = self.toks[x]
            if t.sentence_start or t.quote >= 0:
                return 0
            if t.norm in _THAT or t.norm in _SAYING or t.colon_before:
                return x
        return 0

    def unnamed_subject(self, ci: int) -> bool:
        """The verb at ``ci`` is followed by an indefinite noun opening its own subject (دعت بعثة
        الأمم المتحدة ... إلى، وقالت منظمة حقوقية): elision does not apply, and a speaker named
        earlier would be a wrong one. Definite words (وأضاف الوزير) are anaphors, left to elision."""
        k = ci + 1
        if k >= self.n or ci in self.cover:
            return False
        t = self.toks[k]
        if not t.plain_before or t.sentence_start or t.quote >= 0 or k in self.cover:
            return False
        form = t.norm
        if (not form.isalpha() or len(form) < 3 or form.startswith(("ال", "وال", "بال", "لل", "فال"))
                or form[:1] in ("ف", "و") or self._prepositional(form) or form in self.lex.stop or form in _TIME
                or form in _PHRASE_STOPS or form in _THAT or form in _SAYING or self.cue(k) is not None):
            return False
        if self.pronoun_end(k) or form in CONNECTORS or self.full_form(k) is not None:
            return False  # وأضاف سعادته، وأشارت عبد العظيم: a pronoun or a family name refers back
        lex = self.lex
        # Only a word that opens a subject: a body's head, a role, a title, a source. Any other
        # noun is more often the object of a verb whose subject is elided (وأكد ضرورة ...).
        return (lex.head(form) is not None or lex.is_role(form) or form in lex.titles or lex.is_source(form))

    def _prepositional(self, form: str) -> bool:
        """ب/ل/ك and a known word (لوكالة، بتصريح): a prepositional phrase, not a subject (بعثة is
        a word of its own)."""
        if form[:1] not in ("ب", "ل", "ك"):
            return False
        rest = form[1:]
        lex = self.lex
        return (rest in lex.stop or lex.head(rest) is not None or lex.is_role(rest) or lex.is_source(rest)
                or rest in lex.titles or rest in lex.generic or rest in _TIME or len(rest) < 3)

    def _people_plural(self, form: str, endings: tuple[str, ...] = ("ون",)) -> bool:
        """An indefinite masculine plural that is no verb, stop word or name (مزارعون، محللون);
        with ``endings`` ("ون", "ين") in either case."""
        lex = self.lex
        return (len(form) >= 5 and form.endswith(endings) and form.isalpha() and not form.startswith("ال")
                and form not in lex.verbs and form not in lex.subject_verbs and form not in lex.stop
                and form not in lex.given and form not in lex.given_ambiguous)

    def _plural_people(self, k: int) -> bool:
        """An indefinite plural of people right before إن/أن/قوله or a colon (مشجعون، ناخبين)."""
        nxt = self.toks[k + 1] if k + 1 < self.n else None
        return (self._people_plural(self.toks[k].norm, ("ون", "ين")) and nxt is not None and not nxt.sentence_start
                and (nxt.norm in _THAT or nxt.norm in _SAYING or nxt.colon_before))

    def pronoun_end(self, k: int) -> bool:
        """The word as written ends with an attached pronoun (سعادته، حديثه، اسمها), read on the
        original letters: ة normalises to ه, and هيئة is no pronoun."""
        t = self.toks[k]
        word = self.text[t.start : t.end].rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
        if self.toks[k].norm.startswith(("ال", "وال", "بال", "لل", "فال")):
            return False  # المتهم: a definite word takes no pronoun
        return len(word) > 3 and word.endswith(_PRONOUN_ENDS) and not word.endswith("الله")

    def complement_follows(self, m: int) -> bool:
        """The person at ``m`` is followed, within its clause, by إن/أن, a colon or a quotation."""
        x = m
        while x < self.n and x - m < 10:
            if x > m and (self.clause_end(x) or self.toks[x].norm in _SAYING):
                return not self.toks[x].sentence_start or self.toks[x].quote >= 0
            x += 1
        return False

    def first_name_of(self, k: int) -> _Speaker | None:
        """A word alone that opens the name of exactly one person of the article, set off by a
        comma (أما جريس، الذي تحدث … فيقول → جريس قمصية)."""
        nxt = self.toks[k + 1] if k + 1 < self.n else None
        if nxt is None or not (nxt.comma_before or (nxt.plain_before and nxt.norm[:1] == "ف" and len(nxt.norm) > 3)):
            return None  # أما جريس، الذي …، أما هالة فكانت: the topic ends at a comma or at its ف
        word = self.toks[k].norm
        names = {self.res.canonical[gi] for gi, g in enumerate(self.res.groups) if g.type == "person"
                 and len(self.res.canonical[gi].split()) >= 2 and normalize(self.res.canonical[gi].split()[0]) == word}
        if len(names) != 1:
            return None
        return _Speaker(names.pop(), self.text[self.toks[k].start : self.toks[k].end], True)

    def full_form(self, k: int) -> _Speaker | None:
        """A name word alone as the fullest person name of the article ending with it (the
        resolved entities first, then two name words before the same word elsewhere)."""
        word = self.toks[k].norm
        pos = self.toks[k].start
        best = ""
        best_key: tuple[int, int] = (-1, -1)
        for gi, g in enumerate(self.res.groups):
            if g.type != "person":
                continue
            name = self.res.canonical[gi]
            parts = name.split()
            if len(parts) >= 2 and normalize(parts[-1]) == word:
                # Two people of one family (الناجية ليلى خدر رشو … وأضافت رشو … دخيل قاسم رشو):
                # the one named last before the word, else the fullest name.
                last_before = max((r.start for r, _ in g.members if r.start < pos), default=-1)
                key = (last_before, len(name))
                if key > best_key:
                    best, best_key = name, key
        if not best and self.lex.head(word) is None:  # الحكومة is no family name
            for x in range(self.n):
                if x == k or self.toks[x].norm != word or x == 0 or not self.toks[x].plain_before:
                    continue
                if self.toks[x - 1].norm in ("باسم", "عن", "في", "لدي"):
                    continue  # المتحدث باسم الحكومة: the role's words, not a given name
                y = x - 1
                u = self.toks[y]
                if (u.norm.startswith("ال") or not u.norm.isalpha() or u.norm in self.lex.stop or y in self.cover
                        or u.quote >= 0 or any(self.lex.is_role(f) or f in self.lex.titles for f, _ in u.readings[:2])):
                    continue
                before = self.toks[y - 1] if y > 0 and u.plain_before else None
                if before is None or not any(
                    self.lex.is_role(f) or f in self.lex.titles or f in self.lex.nisba
                    or (f.startswith("ال") and f.endswith("ي") and len(f) > 5)  # a nisba shape: البرتغالي
                    for f, _ in before.readings[:2]
                ):
                    continue  # المدرب البرتغالي روي باربوسا: only where a title or nisba introduces it
                best = self.text[u.start : self.toks[x].end]
                break
        if not best:
            return None
        return _Speaker(best, self.text[self.toks[k].start : self.toks[k].end], True)

    # -- the article --------------------------------------------------------------------

    def prepare(self) -> None:
        """Explicit subjects of every cue, in text order (sources and the timeline need order)."""
        for k in range(self.n):
            if self.toks[k].quote >= 0:
                continue
            c = self.cue(k)
            if c is None:
                continue
            form, info, _ = c
            if info is not None and info.kind in ("participle",):
                self.subject[k] = None
                continue
            sp = self.explicit_subject(k, info)
            voice = self._through_voice(k)
            if voice is not None:
                sp = voice  # اعتبرت النقابة، على لسان كاتبها العام عادل القربي، أن: the one who spoke for it
            if sp is not None and sp.is_entity and self.timeline and form in _GOING_ON:
                last = self.timeline[-1][1]
                words = normalize(sp.surface).split()
                if (last.is_entity and last.name != sp.name and len(words) == 1
                        and normalize(last.name).split()[-1:] == words):
                    sp = last  # وتابع الجدعاني: going on, the family name is the one who was speaking
            self.subject[k] = sp
            if sp is not None:
                gender = info.gender if info is not None else ("f" if form.endswith("ت") else "m")
                if info is not None and info.kind == "transmit":
                    # ونقلت وسائل إعلام عن الحاكم عمر جالو: the verb agrees with the outlet, the
                    # speaker after عن has a gender of their own.
                    gender = self._own_gender(sp)
                self.timeline.append((self.toks[k].start, sp, gender))

    def _own_gender(self, sp: _Speaker) -> str:
        """A speaker's gender from the name (m or f for a person, n when it cannot be told)."""
        if not sp.is_entity or not any(
                c == sp.name and g.type == "person" for c, g in zip(self.res.canonical, self.res.groups, strict=True)):
            return "n"
        words = normalize(sp.name).split()
        return "f" if words and words[0] in self.lex.given_female else "m"

    def from_timeline(self, pos: int, gender: str) -> _Speaker | None:
        """The last explicit subject before ``pos`` whose verb had ``gender`` (n: any)."""
        for p, sp, g in sorted(self.timeline + self.narrated, key=lambda e: e[0], reverse=True):
            if p >= pos:
                continue
            if g == gender or (gender in ("f", "p") and g in ("f", "p")) or gender == "n":
                return sp
        return None

    def speaker_for(self, q: QSpan, a: int) -> tuple[_Speaker | None, str | None]:
        window: list[int] = []
        b = a - 1 if a < self.n and not self.toks[a].sentence_start else -1
        while b >= 0 and len(window) < _MAX_WINDOW:
            window.append(b)
            if self.toks[b].sentence_start and self.toks[b].quote < 0:
                break
            b -= 1
        verb: str | None = None
        gender = ""
        cue_at = -1
        reporting = [k for k in window if self.toks[k].quote < 0 and k not in self.cover
                     and (c := self.cue(k)) is not None and c[1] is not None and c[1].kind != "participle"]
        sayers = [k for k in reporting if (c := self.cue(k)) is not None and c[1] is not None
                  and c[1].kind != "according"]
        for k in window:
            if self.toks[k].quote >= 0 or k in self.cover:
                continue  # a word of a name is no verb (موقع "فرات بوست" is not ف + رأت)
            c = self.cue(k)
            if c is None or self.embedded(k):
                continue
            form, info, off = c
            if self._according_aside(k, a, sayers):
                continue  # وكشف حيدري مقدم، بحسب تسنيم، أن: an aside naming the outlet, not the speaker
            if info is None and reporting and reporting[-1] < k:
                continue  # ويقول فلان، وهو منقب قدم من روصو قبل عامين: "…" (a news verb in a clause)
            if info is not None and verb is None:
                verb = self.text[off : self.toks[k].end]
                gender = info.gender
                cue_at = k
            sp = self.subject.get(k)
            if sp is not None:
                return sp, verb or self.text[off : self.toks[k].end]
            if (info is not None and info.kind not in ("participle", "according") and info.gender in ("m", "f")
                    and self.unnamed_subject(k)):
                return None, verb  # دعت بعثة ... إلى: a subject is written, it is just not known
        if verb is None:
            after = self.after_quote(q)
            if after is not None:
                return after
            topic = next((k for k in window if self.toks[k].norm == "اما" and self.toks[k].quote < 0), -1)
            if topic >= 0 and a < self.n and self.toks[a].colon_before and topic + 1 in self.cover:
                sp = self.entity_speaker(topic + 1)
                if sp is not None:
                    return sp, None  # أما أبو خالد، فيحسم قراره وهو يغلق الخيمة: "…": the topic speaks
            label = self.label_speaker(a, window)
            if label is not None:
                return label, None
        if gender == "p" and cue_at >= 0:
            source = self.source_before(cue_at)
            if source is not None:
                return source, verb  # مسؤولين في إدارة الشركة، طلبوا عدم ذكر أسمائهم، قالوا إن
        if gender in ("f", "m") and cue_at >= 0 and self.statement_cue(cue_at):
            body = self.last_body(cue_at)
            if body is not None:
                return body, verb  # وقالت في بيان: a statement is a body's, not the last person's
        if cue_at >= 0 and gender in ("m", "f"):
            recent = self.narrative_person(cue_at, gender)
            if recent is None:
                recent = self.sentence_body(cue_at, gender)
            if recent is not None:
                self.narrated.append((self.toks[cue_at].start, recent, gender))
                return recent, verb  # يقف المزارع هشام الطراونة ... ويقول: the person just introduced
        sp = self.from_timeline(q.start, gender or "n")
        return sp, verb

    def _according_aside(self, k: int, a: int, sayers: list[int]) -> bool:
        """The cue at ``k`` stands in an aside that names who relayed the words, set between a
        comma and a comma or the colon before the quotation at ``a``, after another reporting
        verb of the sentence (``sayers``): وكشف حيدري مقدم، بحسب تسنيم، أن؛ وتابع، بحسب ما نقلت الوكالة:؛
        وأضاف، وفق ما أوردت وكالة تسنيم:. The speaker is that verb's, not the outlet."""
        c = self.cue(k)
        if c is None or c[1] is None:
            return False
        start = k
        if c[1].kind != "according":
            if not (k > 1 and self.toks[k - 1].norm == "ما" and self.toks[k - 1].plain_before
                    and (ac := self.cue(k - 2)) is not None and ac[1] is not None and ac[1].kind == "according"):
                return False
            start = k - 2
        if not self.toks[start].comma_before:
            return False
        if not any(r < start for r in sayers):
            return False
        return (any(self.toks[x].comma_before for x in range(k + 1, min(k + 6, a)))
                or (a < self.n and self.toks[a].colon_before and a - k <= 6))

    def label_speaker(self, a: int, window: list[int]) -> _Speaker | None:
        """A speaker written as a label before a colon, with no verb (a headline: وزير الموارد
        الطبيعية في إقليم كردستان: "…"): the entity right before the colon, else the person the
        article names after the same role (وزير الموارد ...، دلشاد عمر رسول)."""
        if a >= self.n or not self.toks[a].colon_before or not window:
            return None
        last = window[0]
        sp = self.entity_speaker(last)
        if sp is not None and self.res.groups[self.cover[last][1]].type != "location":
            return sp
        for k in reversed(window):
            form = next((f for f, _ in self.toks[k].readings[:2] if self.lex.is_role(f)), "")
            if form:
                return self.role_elsewhere(k, form, window)
        return None

    def role_elsewhere(self, k: int, form: str, label: list[int]) -> _Speaker | None:
        """The person named after the same role (and its next word) anywhere in the article."""
        stem = strip_article(form)
        nxt = self.toks[k + 1].norm if k + 1 < self.n and k + 1 in label else ""
        order = list(range(k + 1, self.n)) + list(range(k - 1, -1, -1))
        for m in order:
            if m in label or not any(strip_article(f) == stem for f, _ in self.toks[m].readings[:2]):
                continue
            if nxt and (m + 1 >= self.n or self.toks[m + 1].norm != nxt):
                continue
            sp = self.role_speaker(m)
            if sp is not None:
                return sp
        return None

    def after_quote(self, q: QSpan) -> tuple[_Speaker | None, str | None] | None:
        z = bisect.bisect_right(self.starts, q.close)
        # Only what follows the closing mark ends the sentence: «… إلى أين نذهب؟»، يسأل فلان.
        if z >= self.n or any(c in SENT_END for c in self.text[q.close + 1 : self.toks[z].start]):
            return None
        if self.toks[z].norm in _AFTER_QUOTE_FILLERS and z + 1 < self.n and self.toks[z + 1].plain_before:
            z += 1  # "…"، هكذا علق المدرب
        c = self.cue(z)
        if c is None or c[1] is None:
            return None
        info = c[1]
        sp = self.explicit_subject(z, info)
        if sp is None and info.gender in ("m", "f"):
            # بدأ غياث قطاف بضعة صناديق. "…"، قال ضاحكاً: the person the sentence before the
            # quotation introduced, when nobody has spoken since.
            sp = self.narrative_person(bisect.bisect_left(self.starts, q.start), info.gender)
        if sp is None and info.gender in ("m", "f") and info.kind not in ("participle", "according"):
            sp = self.from_timeline(q.start, info.gender)  # "…"، قالت: the last speaker of her gender
        if sp is None:
            return None
        return sp, self.text[c[2] : self.toks[z].end]

    def accept(self, q: QSpan, a: int, b: int) -> bool:
        if a >= b:
            return False
        inner = [k for k in range(a, b) if not any(f in self.lex.titles for f, _ in self.toks[k].readings[:2])]
        while len(inner) > 1 and inner[-1] not in self.cover and self.toks[inner[-1]].norm.isdigit():
            inner.pop()  # «منطقة إطلاق النار 918»: a name and its number
        hits = {id(self.cover[k][0]) if k in self.cover else None for k in inner}
        if inner and None not in hits and len(hits) == 1:
            return False  # a name in quotation marks: “الشيخ نعيم قاسم”، «حزب الله»
        first = self.toks[a]
        words = b - a
        if words >= 4:
            return True
        if words == 1:
            return False
        if ":" in first.sep:
            return True
        if a == 0:
            return False
        if self.toks[a - 1].norm in _THAT:
            # يؤكدون أن «الخليج المتحدة» لم تنفذ، مشيرة إلى أن «الدلتا الحديثة» ترحب: two or three
            # words in marks that the sentence goes on from, with no stop, are the clause's
            # subject (a name or a term), not speech
            nxt = self.toks[b] if b < self.n else None
            return not (words <= 3 and nxt is not None and nxt.sep and all(c in QUOTE_CHARS for c in nxt.sep)
                        and self.cue(b) is None)
        cue = self.cue(a - 1)
        return cue is not None and cue[1] is not None

    def run(self, spans: list[QSpan]) -> list[Quote]:
        accepted: list[tuple[QSpan, int, int]] = []
        for n, q in enumerate(spans):
            a, b = self.tok_range(q.start, q.end)
            for k in range(a, b):
                self.toks[k].qspan = n
            if self.accept(q, a, b):
                accepted.append((q, a, b))
                for k in range(a, b):
                    self.toks[k].quote = len(accepted) - 1
        self.prepare()
        out = []
        for q, a, _ in accepted:
            sp, verb = self.speaker_for(q, a)
            out.append(
                Quote(
                    text=self.text[q.start : q.end],
                    start=q.start,
                    end=q.end,
                    speaker=sp.name if sp else None,
                    speaker_surface=sp.surface if sp else None,
                    verb=verb,
                    speaker_is_entity=bool(sp and sp.is_entity),
                )
            )
        return out


def extract_quotes(view: View, res: Resolved, lex: Lexicon, spans: list[QSpan] | None = None) -> list[Quote]:
    """The article's quotations with speakers."""
    if spans is None:
        spans = find_spans(view.text)
    return _Quoter(view, res, lex).run(spans)
