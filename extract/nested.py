"""Places named inside the name of another entity.

A body, an event or a facility is often named after the place it belongs to: ميناء بنغازي
البحري، المجمع الكيميائي التونسي بقابس، وزارة الزراعة بولاية القضارف، أحداث كانصادو. The
detector keeps the longest name, so the place itself has no mention there, and a researcher
who opens بنغازي expects the article about its port. This step runs after quotations are
attributed (speakers are read from the outer names only) and adds each such place: as one
more mention of the article's entity for it when there is one, else as a new location.

A place is read inside a name when it is a known place (the gazetteer), when an
administrative place head follows a preposition inside the name (بولاية القضارف، في محافظة
ظفار), or when the name is an event's named by where it happened (heads flagged ``w``).
Names of streets and squares (heads flagged ``a``) only borrow a place's name; names the
gazetteer knows whole (قوات سوريا الديمقراطية) are proper names, not references to a place.
"""

from __future__ import annotations

import bisect

from .dates import month_words
from .gazetteer import Gazetteer
from .lexicon import Lexicon
from .normalize import normalize
from .records import Entity, Mention
from .resolve import entity_key
from .textview import Tok, View

__all__ = ["add_nested_places"]

RULE = "nested"

# Words after which a known place's name belongs to a person's (مستشفى الملك فهد، جامعة
# الأمير سلطان، مدرسة عمر بن الخطاب): the place is not meant.
_PERSON_BEFORE = frozenset({"عبد", "ابو", "ابن", "بن", "بنت", "ام", "الملك", "الامير", "الشيخ", "الامام", "السلطان"})
# Longest administrative place named after a head inside another name (ولاية شمال كردفان).
_MAX_PLACE_WORDS = 3
_MONTHS = month_words()
_CLITIC_PREPOSITIONS = frozenset({"ب", "ل", "وب", "ول"})


def _gazetteer_place(toks: list[Tok], p: int, end: int, gaz: Gazetteer) -> tuple[int, int, str] | None:
    """(start offset, end token, canonical) of the longest known place at token ``p`` that
    ends by token ``end``."""
    best: tuple[int, int, str] | None = None
    for form, off in toks[p].readings:
        if off != toks[p].start and len(form) < 3:
            continue
        for words, entries in gaz.index.get(form, ()):
            size = len(words)
            if p + size > end or (best is not None and p + size <= best[1]):
                continue
            if not all(toks[p + k].norm == words[k] and toks[p + k].plain_before for k in range(1, size)):
                continue
            places = [e for e in entries if e.type == "location" and not e.quoted_only]
            if places:
                best = (off, p + size, places[0].canonical)
    return best


def _headed_place(text: str, toks: list[Tok], p: int, end: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """An administrative place head after a preposition and the rest of the name after it:
    بولاية القضارف، في محافظة ظفار (shown as the detector shows such places)."""
    for form, off in toks[p].readings:
        if not _after_preposition(text, toks, p, off):
            continue
        info = lex.head(form)
        if info is None or info.type != "location" or not info.droppable:
            continue
        rest = [toks[k].norm for k in range(p + 1, end)]
        if not rest or len(rest) > _MAX_PLACE_WORDS or any(not toks[k].plain_before for k in range(p + 1, end)):
            return None
        if any(w in lex.generic for w in rest):
            return None
        shown = text[off if info.keep else toks[p + 1].start : toks[end - 1].end]
        return off, end, shown
    return None


def _event_place(text: str, toks: list[Tok], ti: int, tj: int, lex: Lexicon) -> tuple[int, int, str] | None:
    """The place an event is named by (أحداث كانصادو → كانصادو): one to three words after a
    ``w`` head, none of them a number, a month or a generic word."""
    second = lex.head(toks[ti + 1].norm) if tj > ti + 1 else None
    if not 1 <= tj - ti - 1 <= _MAX_PLACE_WORDS or (second is not None and second.type == "event"):
        return None  # كارثة سيول جدة: a second event's head, not a place
    words = [toks[k].norm for k in range(ti + 1, tj)]
    if any(any(c.isdigit() for c in w) or w in lex.generic or w in _MONTHS for w in words):
        return None
    if any(not toks[k].plain_before for k in range(ti + 1, tj)):
        return None
    return toks[ti + 1].start, tj, text[toks[ti + 1].start : toks[tj - 1].end]


def _after_preposition(text: str, toks: list[Tok], p: int, off: int) -> bool:
    """The name at token ``p`` (from offset ``off``) follows ب or ل written on it, or في."""
    t = toks[p]
    if off != t.start:
        return normalize(text[t.start : off]) in _CLITIC_PREPOSITIONS
    return p > 0 and toks[p - 1].norm == "في" and t.plain_before


def _adjective_of(toks: list[Tok], p: int, ti: int) -> bool:
    """Token ``p`` agrees as an adjective with the definite word before it (وزارة الخارجية
    السعودية): a nisba, not the place."""
    return p > ti and toks[p].norm.startswith("ال") and toks[p - 1].norm.startswith("ال") and toks[p].plain_before


def _places_in(text: str, toks: list[Tok], ti: int, tj: int, etype: str, gaz: Gazetteer,
               lex: Lexicon) -> list[tuple[int, int, int, str]]:
    """(start offset, first token, end token, canonical) of the places inside the name that
    spans tokens ``ti`` to ``tj``: after a preposition, a known place or an administrative
    place head and its name (وزارة الزراعة بولاية القضارف); right after a ``f`` head, a known
    place (ميناء جدة); after a ``w`` head, the rest of an event's name (أحداث كانصادو)."""
    head = lex.head(toks[ti].norm)
    if head is not None and head.named_after:
        return []
    if etype == "event" and head is not None and head.where:
        where = _event_place(text, toks, ti, tj, lex)
        return [] if where is None else [(where[0], ti + 1, where[1], where[2])]
    out: list[tuple[int, int, int, str]] = []
    p = ti + 1
    while p < tj:
        if toks[p - 1].norm in _PERSON_BEFORE or toks[p].norm in _MONTHS:
            p += 1
            continue
        known = _gazetteer_place(toks, p, tj, gaz)
        hit: tuple[int, int, str] | None = None
        if known is not None and not _adjective_of(toks, p, ti) and (
                _after_preposition(text, toks, p, known[0])
                or (p == ti + 1 and known[0] == toks[p].start and head is not None and head.of_place)):
            hit = known
        elif known is None:
            hit = _headed_place(text, toks, p, tj, lex)
        if hit is None:
            p += 1
            continue
        out.append((hit[0], p, hit[1], hit[2]))
        p = hit[1]
    return out


def add_nested_places(view: View, entities: tuple[Entity, ...], gaz: Gazetteer,
                      lex: Lexicon) -> tuple[Entity, ...]:
    """``entities`` with the places named inside other names added (see the module's doc)."""
    toks = view.toks
    if not toks or not entities:
        return entities
    starts = [t.start for t in toks]
    text = view.text
    place_of: dict[str, int] = {}
    for n, e in enumerate(entities):
        if e.type == "location":
            place_of.setdefault(entity_key(e.canonical, "location"), n)
    taken = {(m.start, m.end) for e in entities for m in e.mentions}
    added: dict[int, list[Mention]] = {}
    new: list[tuple[str, list[Mention]]] = []
    new_of: dict[str, int] = {}
    for e in entities:
        if e.type not in ("organization", "event", "location") or gaz.lookup(e.canonical):
            continue
        own = entity_key(e.canonical, "location")
        for m in e.mentions:
            ti = bisect.bisect_left(starts, m.start)
            tj = bisect.bisect_left(starts, m.end)
            if tj - ti < 2 or ti >= len(toks) or toks[ti].start != m.start:
                continue
            for start, _, end_tok, canonical in _places_in(text, toks, ti, tj, e.type, gaz, lex):
                end = toks[end_tok - 1].end
                key = entity_key(canonical, "location")
                if key == own or (start, end) in taken or not normalize(canonical):
                    continue
                taken.add((start, end))
                mention = Mention(text[start:end], start, end, RULE)
                if key in place_of:
                    added.setdefault(place_of[key], []).append(mention)
                elif key in new_of:
                    new[new_of[key]][1].append(mention)
                else:
                    new_of[key] = len(new)
                    new.append((canonical, [mention]))
    if not added and not new:
        return entities
    out = [
        Entity(e.canonical, e.type, tuple(sorted((*e.mentions, *added[n]), key=lambda x: x.start)))
        if n in added else e
        for n, e in enumerate(entities)
    ]
    out.extend(Entity(canonical, "location", tuple(ms)) for canonical, ms in new)
    return tuple(out)
