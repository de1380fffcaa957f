"""Publication dates as written in Arabic news: any common form to ISO ``YYYY-MM-DD``.

Handles numeric dates (``26/5/2024``, ``26-05-2024``, ``2024-05-26``, ISO datetimes),
Arabic month names in both the Egyptian/Gulf series (يناير…ديسمبر) and the Levantine one
(كانون الثاني…كانون الأول), the double form ``26 أيار/مايو 2024``, an optional weekday,
English month names, and Arabic-Indic digits. Day/month order follows Arabic usage
(day first) unless the numbers only make sense the other way round.

Every pattern is anchored on digits with bounded repeats, so the search is linear in the
length of the text.
"""

from __future__ import annotations

import datetime as _dt
import re

from .normalize import normalize

__all__ = ["parse_date", "find_date", "DATE_RE", "month_words"]

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# Month names, matched after light folding (hamza seats to bare alef, ta marbuta to ha).
_MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        ("يناير", "كانون الثاني", "جانفي", "january", "jan"),
        ("فبراير", "شباط", "فيفري", "february", "feb"),
        ("مارس", "اذار", "march", "mar"),
        ("ابريل", "نيسان", "افريل", "april", "apr"),
        ("مايو", "ايار", "ماي", "may"),
        ("يونيو", "حزيران", "جوان", "يونيه", "june", "jun"),
        ("يوليو", "تموز", "جويلية", "يوليه", "يوليوز", "july", "jul"),
        ("اغسطس", "اب", "اوت", "غشت", "august", "aug"),
        ("سبتمبر", "ايلول", "شتنبر", "september", "sep", "sept"),
        ("اكتوبر", "تشرين الاول", "october", "oct"),
        ("نوفمبر", "تشرين الثاني", "نونبر", "november", "nov"),
        ("ديسمبر", "كانون الاول", "دجنبر", "december", "dec"),
    ),
    start=1,
):
    for _n in _names:
        _MONTHS[_n] = _num

_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي"})


def _fold(s: str) -> str:
    return " ".join(s.translate(_FOLD).casefold().split())


# The month alternatives as a regex, longest first (كانون الثاني before any shorter name).
_MONTH_ALT = "|".join(
    sorted(
        {re.escape(n).replace("ا", "[اأإآ]").replace("ه", "[هة]").replace(r"\ ", r"\s+") for n in _MONTHS},
        key=len,
        reverse=True,
    )
)
_D = r"[0-9٠-٩۰-۹]"
# 26 أيار/مايو 2024 ; 26 أيار 2024 ; 26 من أيار 2024 ; May 26, 2024
_NAMED = (
    rf"(?<![0-9٠-٩۰-۹])(?P<nd>{_D}{{1,2}})\s{{0,3}}(?:من\s+)?(?:شهر\s+)?(?P<nm>{_MONTH_ALT})"
    rf"(?:\s{{0,3}}[/\\(-]\s{{0,3}}(?:{_MONTH_ALT})\)?)?\s{{0,3}},?\s{{0,3}}(?:عام\s+|سنة\s+)?"
    rf"(?P<ny>{_D}{{4}})(?![0-9٠-٩۰-۹])"
)
_NAMED_EN = (
    r"\b(?P<em>january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?\s{1,3}(?P<ed>[0-9]{1,2}),?\s{1,3}(?P<ey>[0-9]{4})\b"
)
_ISO = rf"(?<![0-9٠-٩۰-۹])(?P<iy>{_D}{{4}})[-/.](?P<im>{_D}{{1,2}})[-/.](?P<id>{_D}{{1,2}})(?![0-9٠-٩۰-۹])"
_DMY = rf"(?<![0-9٠-٩۰-۹])(?P<a>{_D}{{1,2}})\s?[-/.]\s?(?P<b>{_D}{{1,2}})\s?[-/.]\s?(?P<y>{_D}{{4}})(?![0-9٠-٩۰-۹])"

DATE_RE = re.compile(f"{_ISO}|{_DMY}|{_NAMED}|{_NAMED_EN}", re.IGNORECASE)

_MIN_YEAR = 1950
_MAX_YEAR = 2100


def _make(y: int, m: int, d: int) -> str | None:
    if not _MIN_YEAR <= y <= _MAX_YEAR:
        return None
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> str | None:
    g = {k: v.translate(_DIGITS) for k, v in m.groupdict().items() if v is not None}
    if "iy" in g:
        return _make(int(g["iy"]), int(g["im"]), int(g["id"]))
    if "y" in g:
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        # Arabic writes day first; a "month" above 12 means the writer put the month first.
        if b > 12 >= a:
            return _make(y, a, b)
        return _make(y, b, a)
    if "ny" in g:
        month = _MONTHS.get(_fold(g["nm"]))
        return _make(int(g["ny"]), month, int(g["nd"])) if month else None
    if "ey" in g:
        month = _MONTHS.get(g["em"].casefold())
        return _make(int(g["ey"]), month, int(g["ed"])) if month else None
    return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first valid date in ``text``: ``(iso, start, end)`` of its match, or None."""
    for m in DATE_RE.finditer(text):
        iso = _from_match(m)
        if iso:
            return iso, m.start(), m.end()
    return None


def parse_date(value: str) -> str | None:
    """A date field's value (ISO datetime, ``26/5/2024``, ``26 أيار 2024``...) as ISO, or None."""
    if not value:
        return None
    value = value.strip()[:200]
    # A Unix timestamp (seconds or milliseconds), as some scrapers store dates.
    if value.isdigit() and len(value) in (10, 13):
        try:
            stamp = int(value) / (1000 if len(value) == 13 else 1)
            day = _dt.datetime.fromtimestamp(stamp, tz=_dt.timezone.utc).date()
        except (OverflowError, OSError, ValueError):
            return None
        return day.isoformat() if _MIN_YEAR <= day.year <= _MAX_YEAR else None
    found = find_date(value)
    return found[0] if found else None


def month_words() -> frozenset[str]:
    """Every word of a month's name (شباط، تشرين، الثاني…), in rased's normalised form."""
    return frozenset(w for name in _MONTHS for w in normalize(name).split())
