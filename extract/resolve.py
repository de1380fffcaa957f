"""Tying mentions to entities within one article, and the key that ties them across articles.

Rules, in order (the rule name is kept in ``Mention.rule`` and explained in the notes):

- ``gazetteer``: a known entry (all its aliases are one entity: حماس = حركة حماس);
- ``exact``: the same name key (rased's ``name_key``: hamza, ال, spacing folded), which also
  joins زياد نخالة / زياد النخالة and قاآني / قآاني;
- ``spacing``: a two-word name written as one word of a fuller name (أحمد يان → أحمديان);
- ``variant:NN``: rapidfuzz ratio ≥ 90 between name keys of two people with the same first
  name (only compared when their lengths are close, so the loop stays cheap);
- ``surname``: one word that is the family name of a person named in full in the article,
  tied to the nearest full mention before it (after it when none is before);
- ``short-form``: the name of an organisation without its droppable head (النجباء → حركة النجباء).

Different first names are never merged, and a longer organisation name is never merged
into a shorter one (كتائب حزب الله ≠ حزب الله).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from .entities import CONNECTORS, Raw
from .gazetteer import GazEntry, Gazetteer, gazetteer
from .lexicon import Lexicon, lexicon, strip_article
from .normalize import name_key, normalize
from .records import Entity, EntityType, Mention
from .textview import View

__all__ = ["Group", "Resolved", "resolve", "entity_key"]


@dataclass(slots=True)
class Group:
    """One entity of the article while it is being built."""

    type: str
    gaz: GazEntry | None
    key: str
    first_word: str = ""
    members: list[tuple[Raw, str]] = field(default_factory=list)

    @property
    def real_words(self) -> tuple[str, ...]:
        best = max((r for r, _ in self.members), key=lambda r: len(r.name), default=None)
        if best is None:
            return ()
        return tuple(w for w in best.name if w not in CONNECTORS)


@dataclass(slots=True)
class Resolved:
    """The article's entities and, for each mention, the group it belongs to."""

    groups: list[Group]
    mentions: list[tuple[Raw, int, str]]
    """(mention, group index, rule), in text order."""
    entities: list[Entity]
    canonical: list[str]
    notes: list[str]


# What follows a person's name to give the name they are known by: "(" or "، المعروف بـ«".
# An age or a place in brackets may stand between the name and how it is known (محمود صالح
# حمدان (62 عاماً)، المعروف بـ«أبو خالد»).
_ASIDE = r"(?:\s*\([^()«»\"“]{1,24}\))?"
_KNOWN_AS = re.compile(
    _ASIDE
    + r"\s*(?:\(\s*|[،,]?\s*و?(?:ال)?(?:معروف|ملقب|مكنى|مكني|شهير)(?:ة)?"
    r"\s+(?:بـ|ب(?=[«\"“]|أبو|ابو|أم\s|ام\s|ال))\s*[«\"“]?\s*"
    # المعروف بين زملائه بأبو سليمان، والمعروفة بين زميلاتها بـ«أم البراء»
    r"|[،,]?\s*و?(?:ال)?(?:معروف|ملقب|مكنى|مكني|شهير)(?:ة)?(?:\s+[^\s«\"“،,.]+){1,6}?"
    r"\s+(?:(?:بـ|ب)?\s*[«\"“]\s*|ب(?=أبو|ابو|أم\s|ام\s))"
    # صالح النجار «أبو همام»: a kunya in marks right after the name
    r"|\s*[«\"“]\s*(?=(?:أبو|ابو|أم|ام)\s)"
    r"|(?:\s+[^\s«\"“،,.]+){0,4}?\s+(?:بكنيته|بكنيتها|بلقبه|بلقبها)\s*[«\"“]\s*"
    # خديجة المسالمة، التي لجأت من ريف درعا ويناديها جيرانها «أم عمار»، عبد الجليل الحكيمي، صاحب
    # وايت يعرفه سكان الحي باسم "أبو وضاح": a verb of calling a few words on, then the name
    r"|[،,](?:\s+[^\s«\"“،,.]+){0,9}?\s+و?(?:ينادي|يناد|تنادي|يلقب|يسمي|يسم|يعرف|تعرف|يكني)\w*"
    r"(?:\s+[^\s«\"“،,.]+){0,4}?"
    r"\s+(?:(?:بـ|ب)?\s*[«\"“]|باسم\s+(?:[«\"“]\s*)?(?=أبو|ابو|أم\s|ام\s)|ب(?=أبو|ابو|أم\s|ام\s)"
    r"|(?=(?:أبو|ابو|أم|ام)\s))\s*)"  # (الذي يناديه الجيران أبو رامي)
)


# هيا العازمي، «أم سعود»، and رشيد، أبو علي،: a kunya set after the name between commas.
_KUNYA_APPOSED = re.compile(_ASIDE + r"[،,]\s*[«\"“]?(?=(?:أبو|أم|ابو|ام)\s)")
# أبو مشعل، كما يناديه جيرانه، أم أيمن كما يعرفها جيرانها: a kunya for the person named before.
_CALLED_SO = re.compile(r"(?:\s*[«\"“»”]?\s*[،,]\s*|\s+)كما\s+"
                        r"(?:يناديه|يناديها|يلقبه|يلقبها|يسميه|يسميها|يعرفه|يعرفها)")


def _keys(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(name_key(w) for w in words)


def _real(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in CONNECTORS)


def _without_adjectives(words: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """The name without trailing definite nisba-shaped adjectives (مجلس الوزراء المصري →
    مجلس الوزراء, المصري), keeping at least two words; ((), "") when there is nothing to drop."""
    base = list(words)
    dropped: list[str] = []
    while len(base) > 2 and base[-1].startswith("ال") and len(base[-1]) > 5 and base[-1].endswith(("ي", "يه", "ية")):
        dropped.insert(0, base.pop())
    if len(words) == 2 or not dropped:
        return tuple(words), ""
    return tuple(base), " ".join(dropped)


_TANWEEN = "\u064b"
# Words after which a given name is a complement (مع غياث، إلى نصيرة), not a subject.
_NOT_BEFORE_SUBJECT = frozenset(
    {"مع", "الي", "علي", "عن", "من", "في", "ل", "ب", "لدي", "عند", "بين", "ابن", "بن", "بنت", "ابو", "ام"}
)

def _same_words(words: tuple[str, ...], said: tuple[str, ...], exact: bool) -> bool:
    if exact:
        return words == said
    return len(words) == len(said) and all(
        strip_article(w) == strip_article(s) for w, s in zip(words, said, strict=True))


class _Resolver:
    def __init__(self, view: View, raws: list[Raw], gaz: Gazetteer, lex: Lexicon) -> None:
        self.v = view
        self.starts = [t.start for t in view.toks]
        self.raws = raws
        self.gaz = gaz
        self.lex = lex
        self.groups: list[Group] = []
        self.by_gaz: dict[int, int] = {}
        self.by_key: dict[tuple[str, str], int] = {}
        self.assigned: list[tuple[Raw, int, str]] = []
        self.notes: list[str] = []
        # Organisation names without their trailing nisba adjectives -> the group, and the
        # adjectives that group was written with ("" when none).
        self.by_base: dict[tuple[str, str], int] = {}
        self.adjs: dict[int, str] = {}

    def group_for_gaz(self, e: GazEntry) -> int:
        g = self.by_gaz.get(e.id)
        if g is None:
            g = len(self.groups)
            self.groups.append(Group(e.type, e, name_key(e.canonical)))
            self.by_gaz[e.id] = g
        return g

    def only_group(self, etype: str, test: Callable[[tuple[str, ...]], bool]) -> int | None:
        """The one group of type ``etype`` with a member whose name passes ``test``, else None."""
        found = {gi for gi, grp in enumerate(self.groups)
                 if grp.type == etype and any(test(m.name) for m, _ in grp.members)}
        return found.pop() if len(found) == 1 else None

    def new_group(self, etype: str, key: str, first: str = "") -> int:
        g = len(self.groups)
        self.groups.append(Group(etype, None, key, first))
        self.by_key[(etype, key)] = g
        return g

    def assign(self, raw: Raw, g: int, rule: str) -> None:
        self.groups[g].members.append((raw, rule))
        self.assigned.append((raw, g, rule))
        if rule not in ("exact", "gazetteer", "head", "title", "role", "subject", "given-name", "source-line"):
            self.notes.append(f"«{raw.display}» → {self.groups[g].key} ({rule})")

    def person_entry(self, name: str) -> GazEntry | None:
        return next((e for e in self.gaz.lookup(name) if e.type == "person"), None)

    # -- full names ------------------------------------------------------------------

    def place_person(self, raw: Raw) -> None:
        real = _real(raw.name)
        full = " ".join(raw.name)
        key = name_key(full)
        entry = self.person_entry(full)
        if entry is not None:
            self.assign(raw, self.group_for_gaz(entry), "gazetteer")
            return
        g = self.by_key.get(("person", key))
        if g is not None:
            self.assign(raw, g, "exact")
            return
        for gi, grp in enumerate(self.groups):
            if grp.type != "person":
                continue
            for member, _ in grp.members:
                gwords = _real(member.name)
                # One word of a fuller name written in two (أحمد يان / أحمديان).
                if len(real) == 2 and len(gwords) > 2 and key == name_key(gwords[-1]):
                    self.assign(raw, gi, "spacing")
                    return
                if len(gwords) == 2 and len(real) > 2 and name_key(real[-1]) == name_key(" ".join(gwords)):
                    self.assign(raw, gi, "spacing")
                    return
        partial = self.partial_of(real)
        if partial is not None:
            self.assign(raw, partial, "partial")
            return
        first = name_key(real[0]) if real else ""
        for gi, grp in enumerate(self.groups):
            if grp.type != "person" or abs(len(grp.key) - len(key)) > 3 or not grp.first_word:
                continue
            if grp.first_word != first:
                continue
            score = fuzz.ratio(grp.key, key, score_cutoff=90)
            if score:
                self.assign(raw, gi, f"variant:{int(score)}")
                return
        self.assign(raw, self.new_group("person", key, first), "exact")

    def partial_of(self, real: tuple[str, ...]) -> int | None:
        """The one person of the article whose fuller name this shorter one abbreviates: the
        same first and last word with middle names left out (ناصر الكبسي / ناصر أحمد الكبسي),
        or its last words when they do not open with a given name (فان دام / بيتر فان دام، ولد
        سيدي عالي / أحمدو ولد سيدي عالي). A part after أبو/بن is another person's name."""
        if len(real) < 2:
            return None
        keys = [name_key(w) for w in real]
        lex = self.lex
        found: set[int] = set()
        for gi, grp in enumerate(self.groups):
            if grp.type != "person":
                continue
            for member, _ in grp.members:
                words = member.name
                gkeys = [name_key(w) for w in _real(words)]
                if len(gkeys) <= len(keys):
                    continue
                if gkeys[0] == keys[0] and gkeys[-1] == keys[-1] and len(gkeys) - len(keys) <= 2 and all(
                        k in gkeys for k in keys):
                    found.add(gi)
                elif len(keys) == 2 and real[0] == "ام" and gkeys[:2] == keys:
                    found.add(gi)  # أم خالد / أم خالد الأيوبي: a mother's kunya alone
                elif gkeys[-len(keys):] == keys:
                    at = len(words) - len(real)
                    before = words[at - 1] if at > 0 else ""
                    compound = len(keys) == 2 and real[-1] in lex.compound_tails  # طوني رزق الله / رزق الله
                    if (before not in CONNECTORS and real[0] not in CONNECTORS and (compound or (
                            real[0] not in lex.given and real[0] not in lex.given_ambiguous))):
                        found.add(gi)
        return found.pop() if len(found) == 1 else None

    def place_named(self, raw: Raw) -> None:
        if raw.gaz is not None:
            self.assign(raw, self.group_for_gaz(raw.gaz), "gazetteer")
            return
        entries = [e for e in self.gaz.lookup(raw.display) if e.type == raw.type]
        if not entries:
            entries = [e for e in self.gaz.lookup(" ".join(raw.core)) if e.type == raw.type]
        if entries:
            self.assign(raw, self.group_for_gaz(entries[0]), "gazetteer")
            return
        key = name_key(" ".join(raw.core))
        g = self.by_key.get((raw.type, key))
        if g is not None:
            self.assign(raw, g, "exact")
            return
        base, adj = _without_adjectives(raw.core)
        if base and raw.type in ("organization", "location"):
            # مجلس الوزراء المصري / مجلس الوزراء: the same body with and without its nisba, unless
            # the name with no adjective already stands for a body with another one
            # (وزارة الخارجية الأمريكية ≠ وزارة الخارجية الإيرانية).
            bkey = (raw.type, name_key(" ".join(base)))
            g = self.by_base.get(bkey)
            old = self.adjs.get(g, "") if g is not None else ""
            if g is not None and g >= 0 and (not adj or old in (adj, "") or adj.startswith(old + " ")
                                             or old.startswith(adj + " ")):
                # لجنة الانتخابات المركزية / … المركزية الفلسطينية: one more adjective, one body
                if adj and len(adj) > len(old):
                    self.adjs[g] = adj
                self.assign(raw, g, "short-form")
                return
            g = self.new_group(raw.type, key)
            if bkey not in self.by_base:
                self.by_base[bkey] = g
                self.adjs[g] = adj
            else:
                self.by_base[bkey] = -1  # two bodies share the base: no merge by base any more
            self.assign(raw, g, "exact")
            return
        self.assign(raw, self.new_group(raw.type, key), "exact")

    def _directorate_tail(self, raw: Raw) -> tuple[str, ...]:
        """X of «head العامة لـX» or «head X» for a directorate head (المديرية العامة للحماية المدنية
        → الحماية المدنية، قيادة الدرك الوطني → الدرك الوطني), else (); the body joins X only
        where the article names X too."""
        name = raw.name
        if raw.type != "organization" or len(name) < 2:
            return ()
        info = self.lex.head(name[0])
        if info is None or not info.directorate:
            return ()
        rest = list(name[1:])
        if rest and rest[0] in ("العامه", "العام"):
            rest = rest[1:]
        if rest and rest[0].startswith("ال") and not rest[0].startswith("لل") and len(rest[0]) > 3:
            return tuple(rest)  # قيادة الدرك الوطني → الدرك الوطني: the command speaks for the body
        if not rest or not rest[0].startswith("لل") or len(rest[0]) < 4:
            return ()
        return ("ال" + rest[0][2:], *rest[1:])

    def directorate_of(self, raw: Raw) -> int | None:
        """The body of the article a directorate's name is made of, when the article names it."""
        tail = " ".join(self._directorate_tail(raw))
        g = self.by_key.get(("organization", name_key(tail)))
        if g is None:
            for e in self.gaz.lookup(tail):
                if e.type == "organization" and e.id in self.by_gaz:
                    g = self.by_gaz[e.id]
        return g if g is not None and self.groups[g].members else None

    def _place_kind_name(self, raw: Raw) -> bool:
        """A body's head and a definite kind of place (حكومة الإقليم، برلمان الولاية)."""
        name = raw.name
        if raw.type != "organization" or raw.gaz is not None or len(name) != 2 or not name[1].startswith("ال"):
            return False
        kind = self.lex.head(name[1])
        return kind is not None and kind.type == "location"

    def place_anaphor_of(self, raw: Raw) -> int | None:
        """The one body of the article whose name this one gives with its place's kind alone
        (حكومة الإقليم, named before as حكومة إقليم كردستان; برلمان الولاية)."""
        prefix = _keys(raw.name[:2])
        return self.only_group("organization", lambda n: len(n) > 2 and _keys(n[:2]) == prefix)

    # -- one-word names ----------------------------------------------------------------

    def surname_index(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for gi, grp in enumerate(self.groups):
            if grp.type != "person":
                continue
            names = [r.name for r, _ in grp.members] + ([()] if grp.gaz is None else [])
            if grp.gaz is not None:
                names += [tuple(normalize(a).split()) for a in grp.gaz.aliases]
            for words in names:
                if len(_real(words)) < 2:
                    continue
                last = words[-1]
                tail_pair = last in self.lex.compound_tails or words[-2] == "حسب"  # حسب الكريم، حسب الرسول
                if len(words) >= 3 and tail_pair and words[-2] not in CONNECTORS:
                    pair = name_key(words[-2] + last)  # طوني رزق الله … رزق الله: a family name of two words
                    if len(pair) >= 5 and gi not in out.setdefault(pair, []):
                        out[pair].append(gi)
                if len(words) > 1 and (words[-2] in CONNECTORS or words[-2] == "ام") or last in self.lex.compound_tails:
                    continue  # أم سمعان: the kunya names the child, not a family
                k = name_key(last)
                if len(k) >= 4 and gi not in out.setdefault(k, []):
                    out[k].append(gi)
        return out

    def nearest(self, candidates: list[int], pos: int) -> int:
        """The candidate named last before ``pos``; a reporting verb right before the mention
        first rules out the candidates of the other gender (قال العزاوي is not نجلاء العزاوي)."""
        if len(candidates) > 1:
            gender = self._verb_gender_before(pos)
            if gender:
                agreeing = [gi for gi in candidates if self._gender_of(gi) in ("", gender)]
                candidates = agreeing or candidates
        best, best_d = candidates[0], None
        for gi in candidates:
            starts = [r.start for r, _ in self.groups[gi].members]
            before = [pos - s for s in starts if s < pos]
            d = min(before) if before else 10**9 + min(abs(s - pos) for s in starts)
            if best_d is None or d < best_d:
                best, best_d = gi, d
        return best

    def _verb_gender_before(self, pos: int) -> str:
        """m or f when the word before offset ``pos`` is a reporting verb of that gender."""
        toks = self.v.toks
        i = bisect.bisect_left(self.starts, pos)
        if i == 0 or i > len(toks) or (i < len(toks) and not toks[i].plain_before):
            return ""
        for form, _ in toks[i - 1].readings[:2]:
            info = self.lex.verbs.get(form)
            if info is not None and info.gender in ("m", "f"):
                return info.gender
        return ""

    def _gender_of(self, gi: int) -> str:
        """f or m from the given name of a person group, "" when unknown."""
        for raw, _ in self.groups[gi].members:
            real = _real(raw.name)
            if len(real) >= 2:
                if real[0] in self.lex.given_female:
                    return "f"
                if real[0] in self.lex.given:
                    return "m"
        return ""

    def place_single(self, raw: Raw, index: dict[str, list[int]]) -> None:
        honorific = self.v.toks[raw.ti - 1].norm if raw.ti > 0 else ""
        tails = []
        if len(raw.name) == 2 and raw.name[0] in ("بن", "ابن", "ابو", "ام"):
            # وكتبت بن عمار after ريم بن عمار, وقال أبو شمالة after عمرو أبو شمالة: a family name
            # with بن or أبو
            tails.append(_keys(raw.name))
        if honorific in ("الحاج", "الشيخ") and raw.name:
            # وقال الحاج علي, after يوسف الحاج علي: the honorific belongs to the family name
            tails.append(_keys((honorific, raw.name[-1])))
        for tail in tails:
            def ends_so(n: tuple[str, ...], tail: tuple[str, ...] = tail) -> bool:
                return len(n) >= 3 and _keys(n[-2:]) == tail

            gi = self.only_group("person", ends_so)
            if gi is not None:
                self.assign(raw, gi, "surname")
                return
        for form in raw.alts or raw.name:
            cands = index.get(name_key(form))
            if cands:
                tok = self.v.toks[raw.ti]
                if form == tok.norm and raw.start != tok.start:
                    raw.start = tok.start
                    raw.display = self.v.text[raw.start : raw.end]
                self.assign(raw, self.nearest(cands, raw.start), "surname")
                return
        for form in raw.alts or raw.name:
            entry = self.person_entry(form)
            if entry is not None:
                self.assign(raw, self.group_for_gaz(entry), "gazetteer")
                return
        if len(raw.name) == 1 and self.after_verb(raw.ti):
            family = self._family_before(name_key(raw.name[0]), raw.start)
            if family:
                # وشدد حسن after صالح عمر حسن (and حسن شيخ محمود): a name alone as a verb's
                # subject is a family name first, as newspapers name people again
                self.assign(raw, self.nearest(family, raw.start), "surname")
                return
        given = self.given_name_of(raw)
        if given is not None:
            self.assign(raw, given, "given-name")  # تقول فاطمة → فاطمة أوحمو, named in full before
            return
        if raw.rule == "described" and raw.name:
            opened = self._person_given(name_key(raw.name[0]))
            if opened is not None:
                self.assign(raw, opened, "given-name")  # ويضيف موحى، وهو يشير after موحى أوحدو
                return
        alone = self.by_key.get(("person", name_key(" ".join(raw.name))))
        if alone is not None:
            self.assign(raw, alone, "exact")  # يقول ياسر after يقف ياسر، وهو عامل: the same man
            return
        # تقول فاطمة: someone named by the first name only, when nobody of the article bears it
        lone_subject = (raw.rule == "subject" and len(raw.name) == 1 and raw.name[0] in self.lex.given
                        and raw.name[0] not in self.lex.given_ambiguous
                        and raw.tj < len(self.v.toks) and (not self.v.toks[raw.tj].plain_before
                                                           or self.v.toks[raw.tj].norm in ("ان", "انه", "انها"))
                        and name_key(raw.name[0]) not in self._person_given_keys())
        if raw.rule in ("title", "described") or lone_subject or (len(raw.name) == 2 and raw.name[0] in ("ابو", "ام")):
            self.place_person(raw)  # a kunya that names no fuller name here is the person's name

    def given_name_of(self, raw: Raw) -> int | None:
        """The one person of the article whose full name opens with this given name alone."""
        word = raw.name[0] if raw.name else ""
        if len(raw.name) == 2 and word in ("عبد", "ابو"):
            # عبد الأمير / عبد الأمير الشويلي, أبو مهدي / أبو مهدي الشويلي: a compound given
            # name or a kunya alone
            pair = _keys(raw.name)
            return self.only_group("person", lambda n: len(n) > 2 and _keys(n[:2]) == pair)
        if word not in self.lex.given and word not in self.lex.given_ambiguous:
            return None
        return self._person_given(name_key(word))

    def scan_surnames(self, taken: list[bool]) -> None:
        index = self.surname_index()
        if not index:
            return
        toks = self.v.toks
        lex = self.lex
        # A surname written in two words (أحمد يان) opens with one of these keys' beginnings.
        openings = {k[:n] for k in index for n in range(min(len(k), 7))}
        given_keys = self._person_given_keys()
        for i, t in enumerate(toks):
            if taken[i]:
                continue
            if (i + 1 < len(toks) and not taken[i + 1] and toks[i + 1].plain_before and len(t.norm) < 7
                    and (t.norm[2:] if t.norm.startswith("ال") else t.norm) in openings):
                pair = name_key(t.norm + toks[i + 1].norm)
                if pair in index and self.name_like(t.norm) and self.name_like(toks[i + 1].norm):
                    self._add_scanned(i, i + 2, t.start, index[pair], "spacing", taken)
                    continue
            for form, off in t.readings:
                if form in lex.stop or form in lex.generic or (form in lex.nisba and not self.after_verb(i)):
                    # A nisba is a family name only where a subject stands (قالت المصري),
                    # not after a noun (المسؤول الحوثي).
                    break
                whole = name_key(t.norm) if off != t.start else ""
                if whole in given_keys and self._person_given(whole) is not None:
                    break  # وتابع بابكر: the first name of someone named, not ب and another's family name
                k = name_key(form)
                if k in index:
                    self._add_scanned(i, i + 1, off, index[k], "surname", taken)
                    break

    def places_that_are_surnames(self, index: dict[str, list[int]]) -> None:
        """A known place written alone as a verb's subject, that is the family name of one person
        of the article, is that person (وأضاف بلحاف after سالم عوض بلحاف): people speak, places
        seldom do."""
        for n, (raw, gi, _) in enumerate(self.assigned):
            grp = self.groups[gi]
            if (grp.type != "location" or raw.gaz is None or len(raw.name) != 1 or not self.after_verb(raw.ti)
                    or raw.start != self.v.toks[raw.ti].start):
                continue
            owners = index.get(name_key(raw.name[0]), [])
            if len(owners) != 1:
                continue
            grp.members = [(r, why) for r, why in grp.members if r is not raw]
            self.groups[owners[0]].members.append((raw, "surname"))
            self.assigned[n] = (raw, owners[0], "surname")
            self.notes.append(f"«{raw.display}» → {self.groups[owners[0]].key} (surname, not the place)")

    def scan_given_names(self, taken: list[bool]) -> None:
        """A given name alone as a verb's subject (بدأ غياث قطاف الصناديق) is the one person of
        the article whose full name opens with it."""
        toks = self.v.toks
        text = self.v.text
        given_keys = self._person_given_keys()
        for i, t in enumerate(toks):
            if taken[i] or text[t.start : t.end].endswith(("على", "علی")):
                continue  # the preposition على is written علي after normalisation
            if t.norm not in self.lex.given and not (
                    name_key(t.norm) in given_keys and self.after_verb(i) and self.name_like(t.norm)):
                continue  # وتابع بابكر: a first name no list holds, as a verb's subject
            if not self.after_verb(i):
                if len(t.norm) < 4:
                    continue  # عمر is also "age", زيد "more"
                if i > 0 and t.plain_before and toks[i - 1].norm in _NOT_BEFORE_SUBJECT:
                    continue  # مع غياث: a complement, not the subject who then speaks
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if (nxt is not None and nxt.plain_before and self.name_like(nxt.norm)
                        and _TANWEEN not in text[nxt.start : nxt.end]):
                    continue  # غياث الحلبي may be another person: only a name alone is resolved
            g = self._person_given(name_key(t.norm))
            if g is not None and self.groups[g].members[0][0].start < t.start:
                family = [gi for gi in self._family_before(name_key(t.norm), t.start) if gi != g]
                if family and self.after_verb(i):
                    # وشدد حسن after صالح عمر حسن and حسن شيخ محمود: a name alone as a subject is
                    # a family name first, as newspapers name people again
                    self._add_scanned(i, i + 1, t.start, family, "surname", taken)
                    continue
                self._add_scanned(i, i + 1, t.start, [g], "given-name", taken)

    def _family_before(self, key: str, pos: int) -> list[int]:
        """The people named before offset ``pos`` whose full name ends with the family name of
        this key."""
        return [gi for gi, grp in enumerate(self.groups) if grp.type == "person" and grp.members
                and grp.members[0][0].start < pos and any(
                    len(_real(m.name)) >= 2 and name_key(m.name[-1]) == key for m, _ in grp.members)]

    def _person_given_keys(self) -> set[str]:
        """The keys of the given names that open a person's full name in the article (a cheap
        first test before :meth:`_person_given`)."""
        return {name_key(_real(m.name)[0]) for grp in self.groups if grp.type == "person"
                for m, _ in grp.members if len(_real(m.name)) >= 2}

    def _person_given(self, key: str) -> int | None:
        """The one person whose full name opens with the given name of this key."""
        return self.only_group("person", lambda n: len(_real(n)) >= 2 and name_key(_real(n)[0]) == key)

    def after_verb(self, i: int) -> bool:
        toks = self.v.toks
        if i == 0 or not toks[i].plain_before:
            return False
        return any(f in self.lex.verbs or f in self.lex.subject_verbs for f, _ in toks[i - 1].readings[:2])

    def name_like(self, form: str) -> bool:
        lex = self.lex
        return form.isalpha() and not (
            form in lex.stop or form in lex.verbs or form in lex.generic or form in lex.nisba
            or lex.is_role(form) or form in lex.titles
        )

    def _add_scanned(self, ti: int, tj: int, start: int, cands: list[int], rule: str, taken: list[bool]) -> None:
        end = self.v.toks[tj - 1].end
        words = tuple(self.v.toks[k].norm for k in range(ti, tj))
        raw = Raw(start, end, ti, tj, "person", rule, words, words, self.v.text[start:end])
        self.assign(raw, self.nearest(cands, start), rule)
        for k in range(ti, tj):
            taken[k] = True

    def scan_short_forms(self, taken: list[bool]) -> None:
        cores: dict[tuple[str, ...], int] = {}
        prefixes: dict[tuple[str, ...], set[int]] = {}
        for gi, grp in enumerate(self.groups):
            if grp.type == "person":
                continue
            for r, _ in grp.members:
                if (grp.gaz is None and r.core != r.name and r.core
                        and not all(w in self.lex.generic for w in r.core)):
                    if len("".join(r.core)) >= 4:
                        cores.setdefault(r.core, gi)
                name = r.name
                if (grp.type == "organization" and len(name) >= 3 and name[0].startswith("ال")
                        and name[1].startswith("ال") and name[2][:1] == "ل" and not name[2].startswith("ال")):
                    # الاتحاد الدولي for الاتحاد الدولي لكرة القدم named before in the article
                    prefixes.setdefault(name[:2], set()).add(gi)
        for prefix, owners in prefixes.items():
            if len(owners) == 1:
                cores.setdefault(prefix, next(iter(owners)))
        if not cores:
            return
        by_first: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for core, gi in cores.items():
            by_first.setdefault(core[0], []).append((core, gi))
        toks = self.v.toks
        for i, t in enumerate(toks):
            if taken[i]:
                continue
            for form, off in t.readings:
                for core, gi in by_first.get(form, ()):
                    size = len(core)
                    if i + size > len(toks):
                        continue
                    if all(toks[i + k].norm == core[k] and toks[i + k].plain_before and not taken[i + k]
                           for k in range(1, size)):
                        end = toks[i + size - 1].end
                        raw = Raw(off, end, i, i + size, self.groups[gi].type, "short-form", core, core,
                                  self.v.text[off:end])
                        self.assign(raw, gi, "short-form")
                        for k in range(i, i + size):
                            taken[k] = True
                        break
                if taken[i]:
                    break

    # -- all -------------------------------------------------------------------------------

    def run(self) -> Resolved:
        singles = []
        kinds = []
        for raw in self.raws:
            if raw.type == "person" and raw.gaz is None:
                if raw.single:
                    singles.append(raw)
                else:
                    self.place_person(raw)
            elif self._place_kind_name(raw) or self._directorate_tail(raw):
                kinds.append(raw)  # after the full names, wherever they stand
            else:
                self.place_named(raw)
        for raw in kinds:
            place = self.place_anaphor_of(raw) if self._place_kind_name(raw) else self.directorate_of(raw)
            if place is not None:
                # حكومة الإقليم → حكومة إقليم كردستان; المديرية العامة للحماية المدنية → الحماية المدنية
                self.assign(raw, place, "short-form")
            else:
                self.place_named(raw)
        index = self.surname_index()
        for raw in singles:
            self.place_single(raw, index)
        taken = [False] * len(self.v.toks)
        for raw, _, _ in self.assigned:
            for k in range(raw.ti, raw.tj):
                taken[k] = True
        self.places_that_are_surnames(index)
        self.scan_surnames(taken)
        self.scan_given_names(taken)
        self.scan_short_forms(taken)
        self.merge_known_as()
        self.merge_field_prefixes()
        self.merge_quoted_tails()
        self.merge_short_bodies()
        self.assigned.sort(key=lambda x: x[0].start)
        return self.build()

    def merge_field_prefixes(self) -> None:
        """A body named once in full and then without its field or seat (كتيبة درع الغرب
        للإسناد والتدخل … كتيبة درع الغرب) is one body, when exactly one full name goes on so."""
        orgs = [gi for gi, g in enumerate(self.groups) if g.type == "organization" and g.members and g.gaz is None]
        names = {gi: [r.name for r, _ in self.groups[gi].members] for gi in orgs}
        for a in orgs:
            longest = max(names[a], key=len)
            if not longest:
                continue
            short = _keys(longest)
            hosts = [b for b in orgs if b != a and self.groups[b].members and any(
                len(n) > len(short) and _keys(n[: len(short)]) == short and n[len(short)][:1] in ("ل", "ب")
                and not n[len(short)].startswith("ال") for n in names[b])] if len(short) >= 2 else []
            same = not hosts and len(short) >= 2
            if same:
                hosts = [b for b in orgs if b != a and self.groups[b].members and any(
                    self._same_body(longest, n) for n in names[b])]
            bare = not hosts and len(longest) == 1 and self.lex.head(longest[0]) is None
            if bare:
                # «وصلني» and شركة وصلني للتنقل الذكي: a proper name alone, and the body that
                # carries it after its head word, before its field
                hosts = [b for b in orgs if b != a and self.groups[b].members and any(
                    len(n) > 2 and self.lex.head(n[0]) is not None and _keys(n[1:2]) == short
                    and n[2][:1] in ("ل", "ب") and not n[2].startswith("ال") for n in names[b])]
            if len(hosts) != 1:
                continue
            host = hosts[0]
            if not bare and not same and (min(r.start for r, _ in self.groups[host].members)
                             > min(r.start for r, _ in self.groups[a].members)):
                continue  # the full name comes first, then the shorter one refers back to it
            names[host].extend(names[a])
            self._fold(a, host, "short-form")

    def _fold(self, src: int, dst: int, rule: str) -> None:
        """Every mention of group ``src`` joins group ``dst`` under ``rule``, explained in the notes."""
        moved = self.groups[src].members
        self.groups[src].members = []
        self.groups[dst].members.extend((m, rule) for m, _ in moved)
        self.assigned = [(r, dst if g == src else g, rule if g == src else why) for r, g, why in self.assigned]
        self.notes.append(f"«{moved[0][0].display}» → {self.groups[dst].key} ({rule})")

    def merge_quoted_tails(self) -> None:
        """A body's short name in marks (one or two words) that ends one body's full name, or
        follows its head, is that body: «السكنية» for المؤسسة العامة للرعاية السكنية, as the Gulf
        press writes; «معادن» for شركة معادن موريتانيا; «نداء السهول» for منظمة نداء السهول للتنمية."""
        for gi, grp in enumerate(self.groups):
            if (grp.type != "organization" or not grp.members
                    or not all(r.rule == "quoted-name" and len(r.name) <= 2 for r, _ in grp.members)):
                continue
            said = grp.members[0][0].name
            size = len(said)
            for exact in (True, False):
                # the word as written first: «معادن» is شركة معادن موريتانيا, not وزارة المعادن
                owners = {gj for gj, other in enumerate(self.groups)
                          if gj != gi and other.type in ("organization", "media") and any(
                              len(r.name) > size and (_same_words(r.name[-size:], said, exact) or (
                                  self.lex.head(r.name[0]) is not None
                                  and _same_words(r.name[1 : 1 + size], said, exact)))
                              for r, _ in other.members)}
                if owners:
                    break
            if len(owners) == 1:
                self._fold(gi, owners.pop(), "short-form")

    def merge_short_bodies(self) -> None:
        """A body named by its head and one word is the one body of the article whose full name
        has that head and that word as its field or first noun (هيئة الأبنية → الهيئة العامة
        للأبنية التعليمية، اتحاد الشغل → الاتحاد العام التونسي للشغل، وزارة الهجرة → وزارة الهجرة
        والمهجرين): the field after لل, or the first of nouns joined by و."""
        for gi, grp in enumerate(self.groups):
            if grp.type != "organization" or grp.gaz is not None or not grp.members:
                continue
            names = {r.name for r, _ in grp.members}
            if len(names) != 1:
                continue
            short = next(iter(names))
            if len(short) != 2 or not short[1].startswith("ال") or self.lex.head(short[0]) is None:
                continue
            head, word = strip_article(short[0]), short[1]
            owners = {gj for gj, other in enumerate(self.groups) if gj != gi and other.type == "organization"
                      and other.members and any(self._fields_of(r.name, head, word) for r, _ in other.members)}
            if len(owners) == 1:
                self._fold(gi, owners.pop(), "short-form")

    def _fields_of(self, name: tuple[str, ...], head: str, word: str) -> bool:
        """``name`` opens with ``head`` and names ``word`` as its field (لل + the word, after
        adjectives only) or as the first of nouns joined by و."""
        if len(name) < 3 or strip_article(name[0]) != head:
            return False
        if name[1] == word and name[2].startswith("و"):
            return True
        field = "لل" + word[2:]
        for w in name[1:]:
            if w == field:
                return True
            if not (w in self.lex.nisba or w in ("العام", "العامه", "الوطني", "الوطنيه", "الاعلي", "العليا")):
                return False
        return False

    def _same_body(self, short: tuple[str, ...], full: tuple[str, ...]) -> bool:
        """``short`` names the body ``full`` names: without its head word (بورصة الكويت / شركة
        بورصة الكويت), or with the head made definite and the place dropped (المصرف المركزي /
        مصرف ليبيا المركزي)."""
        if len(full) == len(short) + 1 and _keys(full[1:]) == _keys(short):
            info = self.lex.head(full[0])
            return info is not None and info.type == "organization"
        if (len(full) > len(short) and short[0].startswith("ال") and short[0][2:] == full[0]
                and _keys(full[len(full) - len(short) + 1 :]) == _keys(short[1:])):
            middle = " ".join(full[1 : len(full) - len(short) + 1])
            return any(e.type == "location" for e in self.gaz.lookup(middle))
        return False

    def merge_known_as(self) -> None:
        """A name given right after a person's name as what they are known by is that person:
        الحاج إسماعيل العمور (أبو وليد)، عبد الرؤوف الكيلاني، المعروف بـ«أبو عبيدة»."""
        starts = {raw.start: gi for raw, gi, _ in self.assigned if self.groups[gi].type == "person"}
        text = self.v.text
        for raw, gi, _ in list(self.assigned):
            if self.groups[gi].type != "person" or raw.single:
                continue
            m = _KNOWN_AS.match(text, raw.end) or _KUNYA_APPOSED.match(text, raw.end)
            if m is None:
                continue
            other = starts.get(m.end())
            if m.re is _KUNYA_APPOSED and other is not None and not any(
                    r.start == m.end() and r.name[:1] in (("ابو",), ("ام",))
                    and text[r.end : r.end + 2].lstrip("»”\"")[:1] in ("،", ",")
                    for r, _ in self.groups[other].members):
                continue  # سهام الصيفي، أم مؤمن، تجلس: only a kunya set between commas
            if other is None:
                # «أبو جريس» in marks is no mention of its own: the person named so elsewhere
                ends = "،,»”\"):"  # الشهيرة بأم هاني، : the name runs to a comma, a colon or a closing mark
                close = min((text.find(c, m.end()) for c in ends if text.find(c, m.end()) > 0), default=-1)
                key = name_key(text[m.end() : close]) if 0 < close - m.end() < 40 else ""
                other = next((g for r, g, _ in self.assigned if key and self.groups[g].type == "person"
                              and name_key(r.display) == key), None)
            if other is None or other == gi or not self.groups[other].members:
                continue
            self._fold(other, gi, "known-as")
            starts = {k: (gi if v == other else v) for k, v in starts.items()}
        for raw, gi, _ in list(self.assigned):
            if (self.groups[gi].type != "person" or raw.name[:1] not in (("ابو",), ("ام",))
                    or not _CALLED_SO.match(text, raw.end)
                    or any(r.name[:1] not in (("ابو",), ("ام",)) for r, _ in self.groups[gi].members)):
                continue  # (ستار الجبوري، أو «أبو مصطفى» كما يناديه: joined to its person already)
            before = [(r.start, g) for r, g, _ in self.assigned if r.start < raw.start and g != gi
                      and self.groups[g].type == "person" and not r.single and r.name[:1] not in (("ابو",), ("ام",))]
            if before:
                owner = max(before)[1]  # the person named last before the kunya
                if self.groups[gi].members:
                    self._fold(gi, owner, "known-as")

    def _head_plus(self, raw: Raw, gkey: str) -> bool:
        """The mention is a head word plus the known name (معركة “ثأر الأحرار”)."""
        for size in (1, 2):
            head = raw.name[:size]
            if len(raw.name) > size and (head in self.lex.heads or (size == 1 and self.lex.head(head[0]))):
                if name_key(" ".join(raw.name[size:])) == gkey:
                    return True
        return False

    def build(self) -> Resolved:
        canonical: list[str] = []
        entities: list[Entity] = []
        for grp in self.groups:
            if not grp.members:
                canonical.append("")
                continue
            ordered = sorted(grp.members, key=lambda m: m[0].start)
            chosen = None
            if grp.gaz is not None:
                # The known name, in the article's own spelling when the article uses it
                # alone, else as the gazetteer writes it when the article wraps it in a head
                # word (معركة “ثأر الأحرار”).
                gkey = name_key(grp.gaz.canonical)
                chosen = next((r.display for r, _ in ordered if name_key(r.display) == gkey), None)
                if chosen is None and any(self._head_plus(r, gkey) for r, _ in ordered):
                    chosen = grp.gaz.canonical
            if chosen is None:
                chosen = max(ordered, key=lambda m: (len(name_key(m[0].display)), -m[0].start))[0].display
            canonical.append(chosen)
        order = sorted(
            (gi for gi, grp in enumerate(self.groups) if grp.members),
            key=lambda gi: min(r.start for r, _ in self.groups[gi].members),
        )
        for gi in order:
            grp = self.groups[gi]
            mentions = tuple(
                Mention(self.v.text[r.start : r.end], r.start, r.end, r.rule if rule == "exact" else rule)
                for r, rule in sorted(grp.members, key=lambda m: m[0].start)
            )
            etype: EntityType = grp.type  # type: ignore[assignment]
            entities.append(Entity(canonical[gi], etype, mentions))
        return Resolved(self.groups, self.assigned, entities, canonical, self.notes)


def resolve(view: View, raws: list[Raw], gaz: Gazetteer, lex: Lexicon) -> Resolved:
    """Group the raw mentions of one article into entities."""
    return _Resolver(view, raws, gaz, lex).run()


@lru_cache(maxsize=65536)
def entity_key(canonical: str, type: str) -> str:  # noqa: A002 - the record's field name
    """A key under which one entity of several articles coincides, for the store.

    ``type:`` plus the name key of the gazetteer entry the name belongs to, else of the
    name without a droppable head word (حركة، وكالة، قناة...) when something specific
    remains. So حماس and حركة “حماس” give one key, كتائب حزب الله and حزب الله two.
    """
    gaz = gazetteer()
    lex = lexicon()
    entries = [e for e in gaz.lookup(canonical) if e.type == type]
    if entries:
        return f"{type}:{name_key(entries[0].canonical)}"
    words = normalize(canonical).split()
    for size in (2, 1):
        head = tuple(words[:size])
        info = lex.heads.get(head) or (lex.heads.get((head[0][2:],)) if size == 1 and head else None)
        if info is not None and info.droppable and len(words) > size:
            rest = words[size:]
            if not all(w in lex.generic for w in rest):
                entries = [e for e in gaz.lookup(" ".join(rest)) if e.type == type]
                if entries:
                    return f"{type}:{name_key(entries[0].canonical)}"
                return f"{type}:{name_key(' '.join(rest))}"
            break
    return f"{type}:{name_key(canonical)}"
