"""Arabic on a terminal: sanitising, shaping, bidi reordering, wrapping and truncation.

Two display modes:

``app`` (default)
    The explorer shapes each line itself (arabic-reshaper: harakat deleted, no ALLAH
    ligature) and reorders it to visual order (python-bidi's Python engine, whose stages
    are run by hand so each character keeps its logical index and brackets are mirrored).
    Right for terminals without bidi (xterm, tmux, most SSH setups).
``terminal``
    Logical, unshaped text, for terminals that do their own bidi.

In both modes article text is sanitised first (controls become visible symbols, ZWJ is
removed) through :func:`rased.extract.display.sanitize`, and it is never parsed as markup:
everything here builds :class:`rich.text.Text` objects from plain strings.

Wrapping and truncation happen on the logical (shaped) text, and only then is each line
reordered, so lines read top to bottom and an ellipsis lands where the text was cut.
Styles (entity colours, search hits) are given as logical spans of the *original* text and
are carried through the offset maps of every stage, cell by cell.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from arabic_reshaper import ArabicReshaper
from arabic_reshaper.arabic_reshaper import HARAKAT_RE
from bidi import algorithm as _uba
from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from rased.extract.display import sanitize

__all__ = [
    "Mode",
    "MODES",
    "StyleSpan",
    "Line",
    "display_map",
    "shape_with_map",
    "visual_order",
    "base_level",
    "layout_paragraph",
    "cell_text",
    "one_line",
    "preview",
    "ltr",
]

Mode = Literal["app", "terminal"]
MODES: tuple[Mode, ...] = ("app", "terminal")

_RESHAPER = ArabicReshaper(
    configuration={
        "delete_harakat": True,
        "ARABIC LIGATURE ALLAH": False,
        "support_ligatures": True,
    }
)
_STRONG_RTL = {"R", "AL"}
_RTL_TYPES = {"R", "AL", "AN"}
ELLIPSIS = "…"
# Directional marks steer the reordering (rased puts LRM around dates) but are never printed.
_MARKS_OUT = {"\u200e", "\u200f"}
LRM = "\u200e"


def ltr(text: str) -> str:
    """``text`` kept left-to-right inside Arabic (a date: 2024-05-26, not 26-05-2024)."""
    return f"{LRM}{text}{LRM}" if text else text


@dataclass(frozen=True, slots=True)
class StyleSpan:
    """A style over ``[start, end)`` of the original (logical, unsanitised) text."""

    start: int
    end: int
    style: Style | str


# ---------------------------------------------------------------------------
# Stage 1: sanitising, with a map from the original offsets
# ---------------------------------------------------------------------------


def display_map(text: str) -> tuple[str, list[int]]:
    """``sanitize(text)`` (newlines kept) and, for each original offset, its offset there.

    The map has ``len(text) + 1`` entries (the last one is the end). A replaced control
    maps to the start of its visible symbol; a removed ZWJ maps to the next character.
    """
    clean = sanitize(text)
    if clean == text:
        return text, list(range(len(text) + 1))
    out: list[str] = []
    o2d: list[int] = []
    pos = 0
    for ch in text:
        o2d.append(pos)
        rep = sanitize(ch) if (ord(ch) < 0x20 or 0x7F <= ord(ch) <= 0x9F or ord(ch) > 0x2000) else ch
        out.append(rep)
        pos += len(rep)
    o2d.append(pos)
    return "".join(out), o2d


# ---------------------------------------------------------------------------
# Stage 2: shaping, with a map from logical offsets to shaped offsets
# ---------------------------------------------------------------------------


def shape_with_map(text: str) -> tuple[str, list[int]]:
    """Reshape ``text`` and map each of its offsets (``len + 1`` entries) into the result.

    An output char equal to the next input char is 1:1; a ligature (Lam-Alef) consumes as
    many input letters as its NFKC decomposition has; deleted harakat map to the char
    before them. ``text`` must contain no ZWJ (sanitise first).
    """
    if not text:
        return "", [0]
    shaped = _RESHAPER.reshape(text)
    n = len(text)
    l2s = [0] * (n + 1)
    i = j = 0
    m = len(shaped)
    while i < n:
        ch = text[i]
        if j < m and shaped[j] == ch:
            l2s[i] = j
            i += 1
            j += 1
            continue
        if HARAKAT_RE.match(ch):
            l2s[i] = max(j - 1, 0)
            i += 1
            continue
        if j >= m:
            l2s[i] = m
            i += 1
            continue
        # A presentation form stands for NFKC(c): 1 letter, or 2 for a Lam-Alef ligature.
        want = len(unicodedata.normalize("NFKC", shaped[j]))
        while want > 0 and i < n:
            if not HARAKAT_RE.match(text[i]):
                want -= 1
            l2s[i] = j
            i += 1
        j += 1
    l2s[n] = m
    return shaped, l2s


# ---------------------------------------------------------------------------
# Stage 3: bidi reordering of one line, with the logical index of each visual char
# ---------------------------------------------------------------------------


def base_level(text: str) -> int:
    """0 (LTR) or 1 (RTL): the direction of the first strong character; RTL if none."""
    for ch in text:
        t = unicodedata.bidirectional(ch)
        if t in _STRONG_RTL:
            return 1
        if t == "L":
            return 0
    return 1


@lru_cache(maxsize=20000)
def visual_order(line: str, level: int) -> tuple[str, list[int]]:
    """The visual string of one logical ``line`` and ``order[v]`` = logical index at ``v``.

    Runs the stages of python-bidi's Python engine by hand, tagging each character with
    its index, because neither engine exposes the reordering. Brackets are mirrored
    (rule L4). Characters removed by rule X9 (BN) do not appear.
    """
    if not line:
        return "", []
    if level == 0 and not any(unicodedata.bidirectional(c) in _RTL_TYPES for c in line):
        return line, list(range(len(line)))
    storage = _uba.get_empty_storage()
    storage["base_level"] = level
    storage["base_dir"] = ("L", "R")[level]
    _uba.get_embedding_levels(line, storage)
    for i, ch in enumerate(storage["chars"]):
        ch["i"] = i
    _uba.explicit_embed_and_overrides(storage)
    _uba.resolve_weak_types(storage)
    _uba.resolve_neutral_types(storage, False)
    _uba.resolve_implicit_levels(storage, False)
    _uba.reorder_resolved_levels(storage, False)
    _uba.apply_mirroring(storage, False)
    chars = storage["chars"]
    return "".join(c["ch"] for c in chars), [c["i"] for c in chars]


# ---------------------------------------------------------------------------
# Putting it together
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Line:
    """One screen line of a laid-out paragraph.

    ``text`` is ready to print (visual order in app mode); ``start``/``end`` are offsets
    of the original text it covers; ``cells[k]`` is the original offset shown at visual
    character ``k`` of ``text`` (for mouse clicks); ``rtl`` says which side it aligns to.
    """

    text: Text
    start: int
    end: int
    cells: tuple[int, ...]
    rtl: bool


@dataclass(slots=True)
class _Prepared:
    shown: str  # the string that is wrapped (sanitised, shaped in app mode)
    o2s: list[int]  # original offset -> offset in shown
    s2o: list[int]  # offset in shown -> original offset


@lru_cache(maxsize=4096)
def _prepare(text: str, mode: Mode) -> _Prepared:
    clean, o2d = display_map(text)
    if mode == "app":
        shown, d2s = shape_with_map(clean)
        o2s = [d2s[d] for d in o2d]
    else:
        shown, o2s = clean, o2d
    s2o = [-1] * (len(shown) + 1)
    for o in range(len(o2s) - 1, -1, -1):
        s2o[o2s[o]] = o
    last = len(text)
    for k in range(len(s2o) - 1, -1, -1):
        if s2o[k] < 0:
            s2o[k] = last
        else:
            last = s2o[k]
    return _Prepared(shown, o2s, s2o)


@lru_cache(maxsize=8192)
def _wrap_ranges(s: str, width: int) -> tuple[tuple[int, int], ...]:
    """Greedy word wrap of one paragraph by cells, in logical order: ``[(a, b)]`` ranges."""
    width = max(width, 1)
    ranges: list[tuple[int, int]] = []
    start = 0
    used = 0
    last_break = -1  # index after the last space in the current line
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        w = cell_len(ch)
        if ch == " ":
            used += w
            last_break = i + 1
            i += 1
            continue
        if used + w > width and used > 0:
            if last_break > start:
                ranges.append((start, last_break))
                start = last_break
            else:
                ranges.append((start, i))
                start = i
            last_break = -1
            used = cell_len(s[start:i])
            continue
        used += w
        i += 1
    ranges.append((start, n))
    return tuple(ranges)


def _styled_line(
    shown: str, a: int, b: int, styles: Sequence[Style | str | None], prep: _Prepared, mode: Mode, level: int
) -> Line:
    # Trailing spaces never show (and would push a right-aligned line off its edge).
    while b > a and shown[b - 1] == " ":
        b -= 1
    seg = shown[a:b]
    if mode == "app":
        visual, order = visual_order(seg, level)
        if _MARKS_OUT & set(visual):
            keep = [k for k, ch in enumerate(visual) if ch not in _MARKS_OUT]
            visual = "".join(visual[k] for k in keep)
            order = [order[k] for k in keep]
    else:
        visual, order = seg, list(range(len(seg)))
    out = Text(no_wrap=True, overflow="ignore", end="")
    k, n = 0, len(order)
    while k < n:
        st = styles[a + order[k]]
        e = k + 1
        while e < n and styles[a + order[e]] is st:
            e += 1
        out.append(visual[k:e], style=st or "")
        k = e
    cells = tuple(prep.s2o[a + k] for k in order)
    return Line(out, prep.s2o[a], prep.s2o[b] if b < len(prep.s2o) else prep.s2o[-1], cells, level == 1)


def _style_array(n_shown: int, spans: Iterable[StyleSpan], prep: _Prepared, base: Style | str | None) -> list:
    styles: list[Style | str | None] = [base] * (n_shown + 1)
    # Later spans win over earlier ones (search hits are given after entity colours); a
    # shared Style object per span keeps runs long.
    for sp in spans:
        a = prep.o2s[min(max(sp.start, 0), len(prep.o2s) - 1)]
        b = prep.o2s[min(max(sp.end, 0), len(prep.o2s) - 1)]
        if b <= a and sp.end > sp.start:
            b = a + 1
        for k in range(a, min(b, n_shown)):
            cur = styles[k]
            styles[k] = sp.style if cur is None or cur is base else _combine(cur, sp.style)
    return styles


@lru_cache(maxsize=256)
def _combine(a: Style | str, b: Style | str) -> Style:
    sa = Style.parse(a) if isinstance(a, str) else a
    sb = Style.parse(b) if isinstance(b, str) else b
    return sa + sb


def layout_paragraph(
    text: str,
    width: int,
    mode: Mode,
    spans: Iterable[StyleSpan] = (),
    base: Style | str | None = None,
    offset: int = 0,
) -> list[Line]:
    """Lay out one paragraph (no newline inside) into lines of at most ``width`` cells.

    ``spans`` are offsets into ``text``; the returned :class:`Line` offsets have ``offset``
    added (the paragraph's place in its document), so callers can find the line of any
    document offset.
    """
    prep = _prepare(text, mode)
    shown = prep.shown
    level = base_level(shown)
    styles = _style_array(len(shown), spans, prep, base)
    lines: list[Line] = []
    for a, b in _wrap_ranges(shown, width):
        line = _styled_line(shown, a, b, styles, prep, mode, level)
        if offset:
            line = Line(
                line.text, line.start + offset, line.end + offset, tuple(c + offset for c in line.cells), line.rtl
            )
        lines.append(line)
    if not lines:
        lines.append(Line(Text(""), offset, offset, (), level == 1))
    return lines


def warm(texts: Iterable[str], width: int, mode: Mode) -> None:
    """Shape, wrap and reorder ``texts`` into the caches (call it in a worker thread, so
    the UI thread's layout of the same texts at the same width is mostly cache hits)."""
    for text in texts:
        prep = _prepare(text, mode)
        if mode == "app":
            level = base_level(prep.shown)
            for a, b in _wrap_ranges(prep.shown, max(width, 1)):
                while b > a and prep.shown[b - 1] == " ":
                    b -= 1
                visual_order(prep.shown[a:b], level)


def _truncate_logical(s: str, width: int) -> str:
    if cell_len(s) <= width:
        return s
    if width <= 1:
        return ELLIPSIS[:width]
    used = 0
    for i, ch in enumerate(s):
        w = cell_len(ch)
        if used + w > width - 1:
            return s[:i].rstrip() + ELLIPSIS
        used += w
    return s


@lru_cache(maxsize=20000)
def _one_line_cached(text: str, width: int, mode: Mode) -> tuple[str, int]:
    clean = " ".join(sanitize(text).split())
    if mode == "app":
        clean = _RESHAPER.reshape(clean)
    level = base_level(clean)
    if width > 0:
        clean = _truncate_logical(clean, width)
    if mode == "app":
        clean = visual_order(clean, level)[0]
    clean = "".join(ch for ch in clean if ch not in _MARKS_OUT)
    return clean, level


def one_line(text: str | None, width: int = 0, mode: Mode = "app", style: Style | str = "") -> Text:
    """One line of untrusted text for a table cell or a header: sanitised, whitespace
    collapsed, truncated in logical order to ``width`` cells (0 = no limit), then shaped and
    reordered in app mode. RTL text is right-justified inside the cell."""
    if not text:
        return Text("", style=style)
    visual, level = _one_line_cached(text, width, mode)
    if width > 0 and level == 1 and mode == "app":
        # Right-aligned by padding: DataTable cells do not justify every renderable.
        visual = " " * max(width - cell_len(visual), 0) + visual
    return Text(visual, style=style, no_wrap=True, overflow="ignore", end="")


def cell_text(text: str | None, width: int, mode: Mode, style: Style | str = "") -> Text:
    """A table cell: :func:`one_line` truncated to ``width``."""
    return one_line(text, width, mode, style)


def preview(text: str, mode: Mode) -> Text:
    """What the user typed, readable: shaped and reordered in app mode (logical in terminal mode)."""
    return one_line(text, 0, mode)


def mode_from_env(default: Mode = "app") -> Mode:
    """The display mode from ``RASED_BIDI`` (``app`` or ``terminal``), else ``default``."""
    v = os.environ.get("RASED_BIDI", "").strip().lower()
    return v if v in MODES else default  # type: ignore[return-value]
