"""What an article's own lines say about it: outlet, publication date, dateline, title.

Arabic news text announces its metadata in a handful of conventions, read here as general
rules:

- a short header line with the outlet and a date: ``حرية – (26/5/2024)``, or a lone date line
  (``الأحد 26 أيار 2024``), or a short first line naming a site (``البابور الموقع العربي``);
- a dateline opening the first paragraph: ``بغداد | ...`` (a bar always marks a place) or
  ``بيروت - ...`` (a dash after a known place);
- the outlet's name opening the first paragraph: ``الوقت- ...``;
- a credit line at the end: ``الحقيقة/ متابعات``, ``X / وكالات``;
- an outlet that is the addressee of statements (``في حديث إلى «الأخبار»``, ``قال لـ«الأخبار»``)
  names the publisher, provided only one outlet is ever addressed that way.

Lines that carry only metadata (the header line, the credit line) are removed from the
paragraphs; a paragraph opened by a dateline or an outlet keeps its text whole, since the
place or outlet named there is part of what the reader sees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .boilerplate import is_headline_like, word_count
from .dates import DATE_RE, find_date
from .normalize import normalize

__all__ = ["Header", "read_header", "OUTLET_WORDS"]

_HEADER_SCAN = 4
_HEADER_MAX_WORDS = 12
_SITE_MAX_WORDS = 5
_TITLE_MAX_WORDS = 30
_LONG_PARAGRAPH = 25

# Words that make a short line the name of an outlet (normalised forms).
OUTLET_WORDS = frozenset(
    normalize(w)
    for w in """موقع الموقع شبكة صحيفة جريدة وكالة قناة بوابة نيوز برس الإخبارية الإخباري اونلاين أونلاين
    مجلة راديو إذاعة تلفزيون تلفزيونية news press online tv net times post""".split()
)
# Labels that stand where an outlet or place could, but are neither.
_TAGS = frozenset(
    normalize(w)
    for w in """خاص حصري متابعات متابعة عاجل تقرير تقارير فيديو صور بالفيديو بالصور محليات دولي عربي مقال
    رأي ترجمة رصد تحليل شاهد أخبار خبر تحرير مصادر وكالات مواقع اقتصاد رياضة ثقافة سياسة منوعات حوار مقابلة
    لقاء""".split()
)
# Words around a date on a header line that are not an outlet's name.
_DATE_WORDS = frozenset(
    normalize(w)
    for w in """الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت يوم في نشر نشرت بتاريخ تاريخ النشر
    آخر اخر تحديث تم التحديث الساعة ساعة ص م am pm gmt utc غرينتش منذ""".split()
)
_TIME_RE = re.compile(
    r"(?:بتوقيت\s+\S+(?:\s+(?:المكرمة|المحتلة|غرينتش))?)|"
    r"(?<![0-9])[0-9٠-٩]{1,2}[:：][0-9٠-٩]{2}(?:[:：][0-9٠-٩]{2})?(?![0-9])"
)
_EDGE_PUNCT = " \t-–—|:،,()[]{}«»\"“”'/\\*•·"
_NAME_DATE_SEPS = ("–", "—", "-", "|", ":", "(", ")", "[", "]", "/", "،", ",")
_DOMAIN_RE = re.compile(r"^(?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z]{2,10}){1,2}$", re.IGNORECASE)

# "بغداد | ..." or "الوقت- ...": up to three words, then a bar or a dash.
_OPENING_RE = re.compile(
    r"^(?P<x>[^\s|\-–—:،,.«»\"“”()]{2,25}(?: [^\s|\-–—:،,.«»\"“”()]{1,25}){0,2})"
    r"(?:\s?\([^()\n]{2,25}\))?\s?(?P<sep>[|\-–—])\s?\S"
)
# "قرقنة – «الصباح نيوز»:" or "القاهرة – (أ ش أ)": a dateline, a dash, then the outlet in marks.
_PLACE_OUTLET_RE = re.compile(
    r"^(?P<place>[^\s|\-–—:،,.«»\"“”()]{2,25}(?: [^\s|\-–—:،,.«»\"“”()]{1,25}){0,2})\s?[\-–—]\s?"
    r"(?:[«\"“](?P<marked>[^»\"”\n]{2,30})[»\"”]|\((?P<bracketed>[^()\n]{2,25})\))\s?:?\s"
)
# A credit line at the end: "الحقيقة/ متابعات", "المنار - وكالات".
_CREDIT_RE = re.compile(
    r"^(?P<x>[^/|\-–—]{2,40}?)\s*[/|\-–—]\s*"
    r"(?P<tag>متابعات|متابعة|وكالات|خاص|مواقع|رصد|ترجمة|تحرير|مصادر|اخبار|أخبار)\s*$"
)
_VERBS = (
    "قال|قالت|يقول|تقول|أكد|أكدت|يؤكد|تؤكد|أضاف|أضافت|يضيف|تضيف|أوضح|أوضحت|يوضح|توضح|كشف|كشفت|يكشف|تكشف|"
    "أفاد|أفادت|يفيد|تفيد|صرح|صرحت|يصرح|تصرح|أشار|أشارت|يشير|تشير|تابع|تابعت|يتابع|تتابع|اعتبر|اعتبرت|يعتبر|"
    "رأى|رأت|يرى|ترى|لفت|لفتت|يلفت|أعلن|أعلنت|يعلن|نفى|نفت|ينفي|حذر|حذرت|يحذر|أفصح|ذكر|ذكرت|يذكر|أبلغ|"
    "أبلغت|يبلغ|أوضحا|قالا|أكدا"
)
_QUOTED_OUTLET = r"\s*[«\"“](?P<x>[^»\"”\n]{2,30})[»\"”]"
_ADDRESSEE_RE = re.compile(
    r"(?:في\s(?:حديث|حديثه|حديثها|تصريح|تصريحات|تصريحه|مقابلة|مقابلته|لقاء|اتصال)"
    r"(?:\s(?:خاص|خاصة|هاتفي|صحفي|صحافي|مع))?\s(?:إلى|الى|الي|لـ|ل|مع)"
    rf"|(?<![\w])[وف]?(?:{_VERBS})(?:\s[^\s«»\"“”.،,]{{1,20}}){{0,3}}?\s?[،,]?\sلـ?){_QUOTED_OUTLET}"
)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    text = resources.files("rased.extract").joinpath("data/places_ar.txt").read_text("utf-8")
    return frozenset(normalize(x) for x in text.splitlines() if x.strip() and not x.lstrip().startswith("#"))


@dataclass(slots=True)
class Header:
    """Metadata read from an article's lines, and the lines left once header lines are gone."""

    paragraphs: list[str]
    source: str | None = None
    date: str | None = None
    dateline: str | None = None
    title: str | None = None


def _tidy(s: str) -> str:
    return " ".join(s.strip(_EDGE_PUNCT).split())


def _date_line(line: str) -> tuple[str, str | None, str] | None:
    """``(date, name, kind)`` for a short line that is a date and maybe a name.

    ``kind`` says what the name is: "source" (``حرية – (26/5/2024)``) or "dateline" (a known
    place, ``بيروت، 26 أيار 2024``). The name must be set off from the date by punctuation,
    so a short sentence that starts with a date (``في 26 أيار 2024 أعلنت الحكومة``) is not a
    header.
    """
    if word_count(line) > _HEADER_MAX_WORDS or line.rstrip().endswith("."):
        return None
    found = find_date(line)
    if not found:
        return None
    iso, start, end = found
    rest = _TIME_RE.sub(" ", line[:start] + " " + line[end:])
    # A second date (an "updated" stamp) on the same line is not a name either.
    rest = DATE_RE.sub(" ", rest)
    words = [w for w in normalize(rest).split() if w not in _DATE_WORDS and not w.isdigit()]
    if not words:
        return iso, None, "source"
    if len(words) > 4 or all(w in _TAGS for w in words):
        return None
    raw_before, raw_after = line[:start].rstrip(), line[end:].lstrip()
    before, after = _tidy(_TIME_RE.sub(" ", raw_before)), _tidy(_TIME_RE.sub(" ", raw_after))
    # The name as written: the longer side of the line once the date words are gone.
    use_before = len(normalize(before)) >= len(normalize(after))
    if use_before and not raw_before.endswith(_NAME_DATE_SEPS):
        # Weekday words may stand between the name and the date: "بيروت، الأحد 26 أيار 2024".
        head = [w for w in raw_before.split() if normalize(w) not in _DATE_WORDS]
        if not " ".join(head).endswith(_NAME_DATE_SEPS):
            return None
    if not use_before and not raw_after.startswith(_NAME_DATE_SEPS):
        return None
    name = before if use_before else after
    name = _tidy(" ".join(w for w in name.split() if normalize(w) not in _DATE_WORDS))
    if not name:
        return iso, None, "source"
    return iso, name, ("dateline" if normalize(name) in _places() else "source")


def _site_line(line: str) -> str | None:
    """The outlet named by a short site header (``البابور الموقع العربي``, ``example.com``)."""
    if word_count(line) > _SITE_MAX_WORDS or any(c in line for c in ".؟?!:،") and not _DOMAIN_RE.match(line):
        return None
    if _DOMAIN_RE.match(line.strip()):
        return line.strip()
    words = normalize(line).split()
    if any(w in OUTLET_WORDS for w in words) and not all(w in _TAGS | OUTLET_WORDS for w in words):
        return _tidy(line)
    return None


def _opening(paragraph: str, body: str = "") -> tuple[str, str] | None:
    """``("dateline", place)`` or ``("source", outlet)`` for a paragraph's opening words; a word
    no list knows is a place when ``body`` names it as one (مقر دائرة بوسعادة، في بوسعادة)."""
    m = _OPENING_RE.match(paragraph[:120])
    if not m or word_count(paragraph) < 8:
        return None
    x = m.group("x").strip()
    key = normalize(x)
    if not key or key in _TAGS or key.split()[0] in _TAGS or key.isdigit():
        return None
    if m.group("sep") == "|" or _is_place(x) or _named_as_place(key, body):
        return "dateline", x
    return "source", x


_PLACE_PREPOSITIONS = "|".join(normalize(w) for w in "في من إلى".split())
_PLACE_HEADS = "|".join(normalize(w) for w in """مدينة بلدية دائرة ولاية محافظة محافظ بلدة قرية منطقة إقليم
    قضاء مقاطعة معتمدية ناحية لواء ضواحي شوارع أحياء سكان أهالي""".split())


def _named_as_place(key: str, body: str) -> bool:
    """The body writes ``key`` as a place: after a place's head once (دائرة بوسعادة، محافظة
    المفرق), or after a preposition twice (في بوسعادة، ببوسعادة). A name with the article needs
    the head: في الوقت is no place."""
    if not key or " " in key or key in OUTLET_WORDS:
        return False
    text = normalize(body)
    word = re.escape(key)
    after = r"(?=\s|$|[.,،:؛])"
    if re.search(rf"(?:^|\s)(?:{_PLACE_HEADS})\s{word}{after}", text):
        return True
    if key.startswith("ال"):
        return False
    return len(re.findall(rf"(?:^|\s)(?:(?:{_PLACE_PREPOSITIONS})\s|ب){word}{after}", text)) >= 2


def _is_place(name: str) -> bool:
    """A place the word lists or the gazetteer know (تيزي وزو، درنة)."""
    if normalize(name) in _places():
        return True
    from .gazetteer import gazetteer  # the gazetteer is loaded once; headers rarely get here

    return any(e.type == "location" for e in gazetteer().lookup(name))


_BYLINE_RE = re.compile(
    r"^\s*(?P<a>[^\s|\-–—/:،,.«»\"“”()]{2,25}(?: [^\s|\-–—/:،,.«»\"“”()]{1,25}){0,2})\s?[|\-–—/]\s?"
    r"(?P<b>[^\s|\-–—/:،,.«»\"“”()]{2,25}(?: [^\s|\-–—/:،,.«»\"“”()]{1,25}){0,2})(?P<rest>\s?[|\-–—:]\s?\S.*)?$",
    re.DOTALL,
)


_PAREN_PLACE_RE = re.compile(r"\((?P<p>[^()\d\n]{2,25})\)\s*$")


def read_byline(line: str) -> tuple[str | None, str | None]:
    """``(place, outlet)`` of a byline written either way round: ``هسبريس - الرباط``,
    ``طرابلس - بوابة الوسط``, or a paragraph that opens with one (``هسبريس - الرباط - ...``).
    One side must be a known place; the other is the outlet unless it is a label (خاص، متابعات)."""
    bare = _tidy(line[:200])
    if bare and word_count(bare) <= 3 and _is_place(bare):
        return bare, None  # <span class="location">جيجل</span>: a place alone
    paren = _PAREN_PLACE_RE.search(line[:200])
    if paren is not None and _is_place(paren.group("p").strip()):
        return paren.group("p").strip(), None  # عبدالرحمن الحارثي (الطائف): the author and the place
    # طرابلس – «المدن»: the outlet may stand in marks.
    m = _BYLINE_RE.match(re.sub("[«»“”]", "", line[:200]))
    if not m:
        return None, None
    a, b = m.group("a").strip(), m.group("b").strip()
    if m.group("rest") is None and word_count(line) > 7:
        return None, None
    places = _places()
    for place, other in ((a, b), (b, a)):
        if normalize(place) in places or (_is_place(place) and not _is_place(other)):
            key = normalize(other)
            # أربيل – أجرى الحوار: ... is a label; طرابلس – «المدن»: names the outlet in marks.
            quoted = any(f"{o}{other}" in line[:200] for o in "«“")
            label = (m.group("rest") or "").lstrip()[:1] == ":" and not quoted
            outlet = None if (label or not key or key in _TAGS or key.split()[0] in _TAGS or key in places
                              or find_date(other)) else other
            return place, outlet
    return None, None


def addressee_outlet(text: str) -> str | None:
    """The one outlet that statements are addressed to (``في حديث إلى «الأخبار»``), if only one."""
    found: dict[str, str] = {}
    for m in _ADDRESSEE_RE.finditer(text):
        x = m.group("x").strip()
        if 1 <= word_count(x) <= 4:
            found.setdefault(normalize(x), x)
        if len(found) > 1:
            return None
    if len(found) == 1:
        return next(iter(found.values()))
    return None


def read_header(paragraphs: list[str], title_hint: str | None = None, byline: str | None = None,
                source: str | None = None) -> Header:
    """Read outlet, date, dateline and title from ``paragraphs`` (furniture already removed);
    ``byline`` is a page's author/byline line (``طرابلس - بوابة الوسط``) when it had one,
    ``source`` the outlet the file's own fields name (a page's meta tags, a feed's field)."""
    h = Header(list(paragraphs))
    paras = h.paragraphs
    byline_place: str | None = None
    if byline:
        # The byline's place stands in for a dateline the body does not give (شفق نيوز / نينوى
        # above «الموصل – …»: the body's own dateline is the more exact).
        byline_place, h.source = read_byline(byline)
    known_source = source
    header_place: str | None = None
    # 1. Header lines before the body: outlet + date, a lone date, a site name.
    i = 0
    scanned = 0
    while i < len(paras) and scanned < _HEADER_SCAN:
        line = paras[i]
        scanned += 1
        if word_count(line) > _LONG_PARAGRAPH:
            break
        dl = _date_line(line)
        if dl is not None and h.date is None:
            h.date, name, kind = dl
            if name and kind == "dateline":
                header_place = name  # the outlet, if the body opens with a dateline of its own
            elif name and h.source is None:
                h.source = name
            del paras[i]
            continue
        # A site's name stands above the title: a short line followed by another short line
        # (a title that merely starts with وكالة is followed by the body).
        if i == 0 and h.source is None and len(paras) > 2 and is_headline_like(paras[1]):
            site = _site_line(line)
            if site:
                h.source = site
                del paras[i]
                continue
        i += 1
    # 2. A credit or a date at the end.
    for _ in range(2):
        if len(paras) < 2:
            break
        last = paras[-1]
        if word_count(last) > 6:
            break
        m = _CREDIT_RE.match(last)
        if m and h.source is None:
            name = _tidy(m.group("x"))
            if name and normalize(name) not in _TAGS:
                h.source = name
                paras.pop()
                continue
        dl = _date_line(last)
        if dl is not None and h.date is None and dl[1] is None:
            h.date = dl[0]
            paras.pop()
            continue
        break
    # 3. The title: the breadcrumb's last part, else a headline-like first line before the body.
    if title_hint:
        key = normalize(title_hint)
        if any(normalize(p) == key for p in paras[:4] if word_count(p) <= _TITLE_MAX_WORDS):
            h.title = title_hint
    if h.title is None and len(paras) > 1:
        first = paras[0]
        if word_count(first) <= _TITLE_MAX_WORDS and is_headline_like(first) and not _OPENING_RE.match(first):
            h.title = first
    # 4. A dateline or the outlet opening one of the first paragraphs. A byline written either
    # way round (هسبريس - الرباط) gives both; the paragraph keeps it, since the reader sees it.
    body = "\n".join(paras[:12])
    for p in paras[:3]:
        if h.title is not None and p is paras[0] and p == h.title:
            continue
        m = _PLACE_OUTLET_RE.match(p[:120])
        if m is not None and word_count(p) >= 8 and normalize(m.group("place")).split()[0] not in _TAGS:
            h.dateline = h.dateline or _tidy(m.group("place"))
            h.source = h.source or _tidy(m.group("marked") or m.group("bracketed"))
            break
        place, outlet = read_byline(p)
        if place is not None:
            h.dateline = h.dateline or place
            h.source = h.source or outlet
            break
        op = _opening(p, body)
        if op is None:
            continue
        kind, x = op
        outlet = h.source or known_source
        if kind == "source" and outlet is not None and normalize(x) != normalize(outlet) and h.dateline is None:
            kind = "dateline"  # الخبر – (19/8/2025) then «الشامي – …»: the outlet is known, so a place
        if kind == "dateline" and h.dateline is None:
            h.dateline = x
        elif kind == "source" and h.source is None:
            h.source = x
        break
    if header_place is not None:
        if h.dateline is not None and h.source is None and normalize(h.dateline) != normalize(header_place):
            # عُمان – (18/11/2025) above «صلالة – …»: a header line names the outlet, even one
            # named after a place, when the body has a dateline of its own.
            h.source = header_place
        else:
            h.dateline = h.dateline or header_place
    h.dateline = h.dateline or byline_place
    # 5. The outlet statements are addressed to.
    if h.source is None:
        h.source = addressee_outlet("\n".join(paras))
    return h
