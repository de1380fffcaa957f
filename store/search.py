"""Full-text queries: the user's words to a safe FTS5 expression, and hits back to text.

Also the signatures that find near-duplicate quotations (:func:`quote_signature`).

A query is words (all must occur), "quoted phrases", and ``prefix*`` words; ``OR``
between two parts makes either enough. Every word goes through the one normalisation,
so احمديان finds أحمديان; the index also holds each word without its proclitics, so
حماس finds لحماس. User text never reaches FTS5 as syntax: each word is quoted, so
``NEAR(``, unbalanced quotes or stray operators give results or a clear message, never
an SQL error.
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass
from functools import lru_cache

from rased.extract.normalize import MARKS, clitic_forms, normalize, tokens

__all__ = [
    "QueryError",
    "ParsedQuery",
    "parse_query",
    "match_spans",
    "first_spans",
    "snippet",
    "quote_signature",
    "SIGNATURE_BANDS",
    "check_prefixes",
    "MIN_PREFIX",
]


class QueryError(ValueError):
    """A query with nothing to search for; the message says why."""


@dataclass(frozen=True, slots=True)
class Term:
    """One word or phrase of a query, normalised."""

    words: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        body = " ".join(self.words)
        return f'"{body}"' + ("*" if self.prefix else "")


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A query as groups of terms: every group must match; within a group, any term."""

    groups: tuple[tuple[Term, ...], ...]

    def fts(self) -> str:
        parts = []
        for group in self.groups:
            if len(group) == 1:
                parts.append(group[0].fts())
            else:
                parts.append("(" + " OR ".join(t.fts() for t in group) + ")")
        return " AND ".join(parts)

    @property
    def terms(self) -> list[Term]:
        return [t for g in self.groups for t in g]


_PIECE_RE = re.compile(r'"([^"]*)"?|(\S+)')
MAX_TERMS = 32


def parse_query(query: str) -> ParsedQuery:
    """Parse a user's query; raise :class:`QueryError` when nothing searchable is left."""
    groups: list[list[Term]] = []
    join_next = False
    for m in _PIECE_RE.finditer(query.replace("“", '"').replace("”", '"').replace("«", '"').replace("»", '"')):
        phrase, word = m.group(1), m.group(2)
        if word is not None and word == "OR":
            join_next = bool(groups)
            continue
        if phrase is not None:
            words = tuple(normalize(phrase).split())
            term = Term(words) if words else None
        else:
            assert word is not None
            prefix = word.endswith("*")
            words = tuple(normalize(word).split())
            # "w1-w2" or "w1,w2" typed as one piece: a phrase of its words.
            term = Term(words, prefix=prefix) if words else None
        if term is None:
            continue
        if join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
        if sum(len(g) for g in groups) > MAX_TERMS:
            raise QueryError(f"too many words in the query (at most {MAX_TERMS})")
    if not groups:
        raise QueryError("nothing to search for: the query has no letters or digits")
    return ParsedQuery(tuple(tuple(g) for g in groups))


MIN_PREFIX = 3
"""Letters a ``prefix*`` word needs, a leading article not counted (see :func:`check_prefixes`)."""
_ARTICLE_RE = re.compile("^(?:[وفبك]?ال|لل)")


def check_prefixes(query: ParsedQuery) -> None:
    """Refuse prefix words too short to be worth their cost, with a message saying why.

    FTS5 answers ``w*`` by merging the entries of every indexed word starting with
    ``w``: thousands of words for one or two letters (``قا*`` at 100,000 articles costs
    a tenth of a second, ``ا*`` five seconds) for a result that is most of the store. A
    leading ال (or وال، بال، لل …) does not count: the index holds every word also
    without it, so ``الأ*`` costs what ``ا*`` does.
    """
    for term in query.terms:
        if term.prefix:
            word = term.words[-1]
            core = _ARTICLE_RE.sub("", word, count=1)
            if len(core) < MIN_PREFIX:
                article = " after ال" if core != word else ""
                raise QueryError(
                    f"{word}* is too short to search by its beginning: type at least {MIN_PREFIX} letters{article}"
                    " before *, or search the whole word"
                )


def _word_matches(norm: str, word: str, prefix: bool) -> bool:
    if prefix:
        return norm.startswith(word) or any(f.startswith(word) for f in clitic_forms(norm))
    return norm == word or word in clitic_forms(norm)


def _match_spans_scan(text: str, query: ParsedQuery) -> list[tuple[int, int]]:
    """Every match, found by normalising every word of ``text`` (the reference method)."""
    toks = list(tokens(text))
    spans: list[tuple[int, int]] = []
    for term in query.terms:
        n = len(term.words)
        for i in range(len(toks) - n + 1):
            ok = True
            for j, w in enumerate(term.words):
                last = j == n - 1
                if not _word_matches(toks[i + j].norm, w, term.prefix and last):
                    ok = False
                    break
            if ok:
                spans.append((toks[i].start, toks[i + n - 1].end))
    return spans


# Finding matches without normalising every word: each query word becomes a regular
# expression over the ORIGINAL text that accepts every spelling folding to it (hamza
# seats, ta marbuta, diacritics and tatweel between letters...), built from the one
# normalisation applied to single characters. The regex only proposes candidates; each is
# checked word by word exactly as the reference method does, so the results are the same,
# while a 5 KB article costs a C-speed scan instead of a thousand normalisations.
_WORD_RE = re.compile(f"[\\w{MARKS}\u200c\u200d]+")  # the word pattern of normalize.tokens
_WORD_CHAR_RE = re.compile(f"[\\w{MARKS}\u200c\u200d]")
_CHAR_RANGES = ((0x20, 0x250), (0x600, 0x800), (0x8A0, 0x900), (0xFB50, 0xFE00), (0xFE70, 0xFF00), (0xFF10, 0xFF5B))
_classes: tuple[dict[str, str], str] | None = None


def _char_classes() -> tuple[dict[str, str], str]:
    """Per normalised letter, every character that normalises to it; and the ignorable ones."""
    global _classes
    if _classes is None:
        by_letter: dict[str, list[str]] = {}
        ignorable: list[str] = []
        for lo, hi in _CHAR_RANGES:
            for code in range(lo, hi):
                ch = chr(code)
                norm = normalize(ch)
                if norm == "" and _WORD_CHAR_RE.match(ch):
                    ignorable.append(ch)
                elif len(norm) == 1:
                    by_letter.setdefault(norm, []).append(ch)
        for extra in "\u200b\u200c\u200d\u200e\u200f\u00ad\ufeff\u061c":
            ignorable.append(extra)
        _classes = (
            {k: "[" + "".join(re.escape(c) for c in v) + "]" for k, v in by_letter.items()},
            "[" + "".join(re.escape(c) for c in ignorable) + "]*",
        )
    return _classes


@lru_cache(maxsize=4096)
def _candidate_re(word: str) -> re.Pattern[str]:
    classes, ignorable = _char_classes()
    # للحرب is ل + الحرب: a word with the article is looked for without its alef.
    core = word[1:] if word.startswith("ال") and len(word) > 2 else word
    return re.compile(ignorable.join(classes.get(c, re.escape(c)) for c in core), re.IGNORECASE)


@lru_cache(maxsize=65536)
def _norm_word(raw: str) -> str:
    norm: str = normalize(raw)
    return norm.replace(" ", "")


def _token_at(text: str, pos: int) -> int:
    """Where the word holding ``text[pos]`` starts."""
    while pos > 0 and _WORD_CHAR_RE.match(text, pos - 1):
        pos -= 1
    return pos


def _check(text: str, start: int, term: Term) -> tuple[int, int] | None:
    """The span of ``term`` when it matches the words from ``start`` on, else None."""
    n = len(term.words)
    j = 0
    first = end = -1
    for m in _WORD_RE.finditer(text, start):
        norm = _norm_word(m.group())
        if not norm:
            continue  # tokens() skips words that normalise to nothing
        if not _word_matches(norm, term.words[j], term.prefix and j == n - 1):
            return None
        if j == 0:
            first = m.start()
        end = m.end()
        j += 1
        if j == n:
            return (first, end)
    return None


def _term_spans(text: str, term: Term, stop: int | None = None, first: bool = False) -> list[tuple[int, int]]:
    """Spans of ``term`` (candidates starting after ``stop`` are not checked; ``first``: one)."""
    out: list[tuple[int, int]] = []
    checked: set[int] = set()
    for m in _candidate_re(term.words[0]).finditer(text):
        if stop is not None and m.start() > stop:
            break
        start = _token_at(text, m.start())
        if start in checked:
            continue
        checked.add(start)
        span = _check(text, start, term)
        if span is not None:
            out.append(span)
            if first:
                break
    return out


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def match_spans(text: str, query: ParsedQuery | str) -> list[tuple[int, int]]:
    """Offsets in ``text`` of every word or phrase of ``query`` (for highlighting)."""
    if isinstance(query, str):
        try:
            query = parse_query(query)
        except QueryError:
            return []
    spans = [span for term in query.terms for span in _term_spans(text, term)]
    if not spans:
        # A spelling the candidate expressions cannot see (a ligature that normalises to
        # two letters): fall back to normalising every word.
        spans = _match_spans_scan(text, query)
    return _merge(spans)


def first_spans(text: str, query: ParsedQuery, width: int = 160) -> list[tuple[int, int]]:
    """The matches a :func:`snippet` of ``width`` needs: the first one and those just after it.

    Cheaper than :func:`match_spans` on long texts: nothing past the snippet is checked.
    """
    firsts = [s for term in query.terms for s in _term_spans(text, term, first=True)]
    if not firsts:
        return match_spans(text, query)
    anchor = min(s for s, _ in firsts)
    stop = anchor + width + 40
    return _merge([span for term in query.terms for span in _term_spans(text, term, stop=stop)])


def snippet(text: str, spans: list[tuple[int, int]], width: int = 160) -> tuple[str, list[tuple[int, int]]]:
    """About ``width`` characters of ``text`` around the first hit, and the hits within it."""
    if not text:
        return "", []
    anchor = spans[0][0] if spans else 0
    start = max(0, anchor - width // 3)
    # Start and end on word boundaries so no word is cut in half.
    if start > 0:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space >= 0 and start - space < 20 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.find(" ", end)
        end = space if 0 <= space < end + 20 else end
    piece = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = [(s + shift, e + shift) for s, e in spans if s >= start and e <= end]
    return prefix + piece.replace("\n", " ") + suffix, inside


# -- near-duplicate signatures -------------------------------------------------------------------

SIGNATURE_BANDS = 16
"""Bands of a quotation's signature: its MinHash value under each of sixteen hash functions
(the sixteen 32-bit words of one BLAKE2b digest of each word)."""
_SIG_WORDS: dict[str, tuple[int, ...]] = {}
_SIG_WORDS_MAX = 20_000


def _word_hashes(word: str) -> tuple[int, ...]:
    # Sixteen independent 32-bit hashes of a word from one digest; words recur across
    # quotations, so they are cached, bounded (about 0.75 KB a word, and an import's
    # workers live long): the most frequent words come back at once after a reset.
    h = _SIG_WORDS.get(word)
    if h is None:
        if len(_SIG_WORDS) >= _SIG_WORDS_MAX:
            _SIG_WORDS.clear()
        h = _SIG_WORDS[word] = struct.unpack("<16I", hashlib.blake2b(word.encode("utf-8"), digest_size=64).digest())
    return h


def quote_signature(norm: str) -> str:
    """The MinHash bands of a normalised quotation, as space-separated index tokens.

    Band k holds the smallest k-th hash over the quotation's words. Two quotations share
    a band with a chance equal to the Jaccard similarity J of their word sets, so a
    statement and a reworded or cut copy of it (J of 0.3, as when an outlet quotes half
    of it in other words, and more) share at least one of the sixteen bands almost
    always (1 - 0.7^16 > 99.6%), and usually several. Bands chosen by a common word are
    crowded; the lookup takes the newest quotations of each band, and the statement's
    own rarer words carry the rest. Words of one or two letters are left out unless
    there is nothing else.

    The tokens are a pure function of the text and stable across processes and versions
    of Python (BLAKE2b, not ``hash``): the store deletes a quotation's tokens by computing
    them again, so a change here needs a migration that rebuilds ``quote_sigs``.
    """
    words = {w for w in norm.split() if len(w) >= 3} or set(norm.split())
    if not words:
        return ""
    return " ".join(f"s{k:x}{m:08x}" for k, m in enumerate(map(min, zip(*map(_word_hashes, words), strict=True))))
