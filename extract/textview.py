"""The token view of one article that every extraction step reads.

Owns: the words of the text with their offsets, normalised forms and clitic readings
(``وحماس`` → حماس, ``لحركة`` → حركة, ``للجبهة`` → الجبهة), the punctuation between words,
and paragraph/sentence boundaries. Offsets always index the original text, so any span
built from tokens satisfies ``text[start:end] == surface``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import lexicon
from .normalize import MARKS, normalize

__all__ = ["Tok", "View", "build_view", "QUOTE_CHARS", "OPEN_MARKS", "CLOSE_MARKS", "SENT_END", "norm_word"]

_WORD_RE = re.compile(f"[\\w{MARKS}\u200c\u200d]+")
QUOTE_CHARS = '«»“”„‟"″'
OPEN_MARKS = "«“„‟"
CLOSE_MARKS = "»”"
SENT_END = frozenset(".!?؟\n")
"""Characters that end a sentence (a line break ends a paragraph)."""
_COMMA = frozenset("،,؛;–—-")

# Every white-space character but the line break, deleted from the gaps between words.
_DROP_SPACE = dict.fromkeys(
    map(ord, "\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
        "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
)

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")


@lru_cache(maxsize=200_000)
def norm_word(word: str) -> str:
    """The normalised form of one word (cached: news vocabulary repeats a lot)."""
    return normalize(word).replace(" ", "")


@lru_cache(maxsize=4096)
def _letters(ch: str) -> int:
    return len(norm_word(ch))


@dataclass(slots=True)
class Tok:
    """One word of the text."""

    i: int
    start: int
    end: int
    norm: str
    sep: str
    """The non-space characters between the previous word and this one ("\\n" for a line break)."""
    readings: tuple[tuple[str, int], ...] = ()
    """(form, start offset) for the word itself and each reading without proclitics."""
    quote: int = -1
    """Index of the accepted quotation that contains this word, or -1."""
    qspan: int = -1
    """Index of the quotation-mark span (accepted or not) that contains this word, or -1."""

    @property
    def sentence_start(self) -> bool:
        return any(c in SENT_END for c in self.sep)

    @property
    def comma_before(self) -> bool:
        return any(c in _COMMA for c in self.sep)

    @property
    def colon_before(self) -> bool:
        return ":" in self.sep

    @property
    def plain_before(self) -> bool:
        """Only white space separates this word from the previous one."""
        return not self.sep


@dataclass(slots=True)
class View:
    """The text and its tokens."""

    text: str
    toks: list[Tok] = field(default_factory=list)

    def surface(self, start: int, end: int) -> str:
        return self.text[start:end]


def _advance(text: str, start: int, end: int, n: int) -> int:
    """The offset after the first ``n`` letters of ``text[start:end]`` (marks skipped)."""
    pos = start
    seen = 0
    while pos < end and seen < n:
        seen += _letters(text[pos])
        pos += 1
    # Marks that belong to the last skipped letter stay with it.
    while pos < end and _letters(text[pos]) == 0:
        pos += 1
    return pos


@lru_cache(maxsize=200_000)
def _word_forms(word: str) -> tuple[str, tuple[tuple[str, int], ...]]:
    """The normalised form of one written word and its readings, offsets relative to its
    start (cached per word: news vocabulary repeats a lot)."""
    norm = norm_word(word)
    return norm, (_readings(word, 0, len(word), norm) if norm else ())


def _readings(text: str, start: int, end: int, norm: str) -> tuple[tuple[str, int], ...]:
    out: list[tuple[str, int]] = [(norm, start)]
    lex = lexicon()
    if norm in lex.clitic_names or len(norm) < 3:
        return tuple(out)
    seen = {norm}
    for conj in _CONJ:
        if conj and not norm.startswith(conj):
            continue
        rest = norm[len(conj) :]
        for prep in _PREP:
            if prep and not rest.startswith(prep):
                continue
            n = len(conj) + len(prep)
            if n == 0:
                continue
            stem = rest[len(prep) :]
            if prep == "ل" and stem.startswith("ل") and len(stem) >= 3:
                # لِـ before الـ drops the alef (للجبهة): the whole word stays the surface.
                form = "ا" + stem
                if form not in seen:
                    seen.add(form)
                    out.append((form, start))
            if len(stem) >= 2 and stem not in seen:
                seen.add(stem)
                out.append((stem, _advance(text, start, end, n)))
    return tuple(out)


# One-letter abbreviations of titles written with a point (د. doctor, م. engineer, أ. professor).
_ABBREVIATED_TITLES = frozenset({"د", "م", "ا"})


def build_view(text: str) -> View:
    """Tokenise ``text`` once for all extraction steps."""
    view = View(text)
    toks = view.toks
    append = toks.append
    forms = _word_forms
    drop = _DROP_SPACE
    prev_end = 0
    for m in _WORD_RE.finditer(text):
        norm, rel = forms(m.group())
        if not norm:
            continue
        start, end = m.span()
        if start == prev_end + 1 and text[prev_end] == " ":
            sep = ""
        else:
            sep = text[prev_end:start].translate(drop)
        if (sep[:1] == "." and toks and text[prev_end] == "." and toks[-1].norm in _ABBREVIATED_TITLES
                and toks[-1].end - toks[-1].start == 1 and (len(toks) < 2 or not toks[-2].norm.isdigit())):
            sep = sep[1:]  # م. بدر الرشيدان، د. سعاد: the point of an abbreviated title ends no sentence
        readings = ((norm, start),) if len(rel) == 1 else tuple((f, start + o) for f, o in rel)
        append(Tok(len(toks), start, end, norm, sep, readings))
        prev_end = end
    return view
