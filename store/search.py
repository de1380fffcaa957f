"""Full-text queries: the user's words to a safe FTS5 expression, and hits back to text.

A query is words (all must occur), "quoted phrases", and ``prefix*`` words; ``OR``
between two parts makes either enough. Every word goes through the one normalisation,
so احمديان finds أحمديان; the index also holds each word without its proclitics, so
حماس finds لحماس. User text never reaches FTS5 as syntax: each word is quoted, so
``NEAR(``, unbalanced quotes or stray operators give results or a clear message, never
an SQL error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rased.extract.normalize import clitic_forms, normalize, tokens

__all__ = ["QueryError", "ParsedQuery", "parse_query", "match_spans", "snippet"]


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


def _word_matches(norm: str, word: str, prefix: bool) -> bool:
    if prefix:
        return norm.startswith(word) or any(f.startswith(word) for f in clitic_forms(norm))
    return norm == word or word in clitic_forms(norm)


def match_spans(text: str, query: ParsedQuery | str) -> list[tuple[int, int]]:
    """Offsets in ``text`` of every word or phrase of ``query`` (for highlighting)."""
    if isinstance(query, str):
        try:
            query = parse_query(query)
        except QueryError:
            return []
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
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


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
