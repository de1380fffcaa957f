"""The gazetteer: known names of the region's actors, places, outlets and events.

Owns: reading the packaged ``data/gazetteer.tsv`` and any user files of the same format,
the token index used to find names in a text, and the key index used to tie a name found
from context (زياد النخالة) to a known entry (زياد نخالة).

File format, one entry a line: ``type<TAB>canonical<TAB>alias|alias...<TAB>flags``; lines
starting with # are comments. Flag ``q``: the name is also a common word, so it is taken
only inside quotation marks, after a head word (صحيفة، قناة) or as the outlet that opens a
paragraph. User files: :func:`register_gazetteer` (process-wide) or :func:`load_gazetteer`.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .lexicon import data_lines
from .normalize import name_key, normalize
from .records import ENTITY_TYPES

__all__ = ["GazEntry", "Gazetteer", "load_gazetteer", "register_gazetteer", "gazetteer", "GazetteerError"]


class GazetteerError(Exception):
    """A user gazetteer file that cannot be read; the message is a one-line reason."""


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One known entity."""

    id: int
    canonical: str
    type: str
    aliases: tuple[str, ...]
    quoted_only: bool = False


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Entries with their indexes."""

    entries: tuple[GazEntry, ...]
    index: dict[str, tuple[tuple[tuple[str, ...], tuple[GazEntry, ...]], ...]]
    """First normalised word -> (alias words, entries), longest alias first."""
    by_key: dict[str, tuple[GazEntry, ...]]
    """name_key of every name -> entries."""

    def lookup(self, name: str) -> tuple[GazEntry, ...]:
        return self.by_key.get(name_key(name), ())


def _parse_lines(lines: Iterable[str], where: str) -> list[tuple[str, str, list[str], bool]]:
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) < 2 or cols[0].strip() not in ENTITY_TYPES or not cols[1].strip():
            raise GazetteerError(f"{where}:{n}: want type<TAB>name[<TAB>aliases[<TAB>flags]]")
        aliases = [a.strip() for a in cols[2].split("|")] if len(cols) > 2 else []
        flags = cols[3].strip() if len(cols) > 3 else ""
        out.append((cols[0].strip(), cols[1].strip(), [a for a in aliases if a], "q" in flags))
    return out


def _build(rows: list[tuple[str, str, list[str], bool]]) -> Gazetteer:
    merged: dict[tuple[str, str], tuple[str, list[str], bool]] = {}
    for etype, canonical, aliases, q in rows:
        key = (etype, name_key(canonical))
        if key in merged:
            can, old, oq = merged[key]
            merged[key] = (can, old + aliases, oq and q)
        else:
            merged[key] = (canonical, aliases, q)
    entries = []
    for n, ((etype, _), (canonical, aliases, q)) in enumerate(merged.items()):
        names = tuple(dict.fromkeys([canonical, *aliases]))
        entries.append(GazEntry(n, canonical, etype, names, q))
    index: dict[str, dict[tuple[str, ...], list[GazEntry]]] = {}
    by_key: dict[str, list[GazEntry]] = {}
    for e in entries:
        for name in e.aliases:
            words = tuple(w.replace(" ", "") for w in normalize(name).split())
            if not words:
                continue
            index.setdefault(words[0], {}).setdefault(words, []).append(e)
            by_key.setdefault(name_key(name), []).append(e)
    frozen_index = {
        k: tuple(sorted(((w, tuple(es)) for w, es in v.items()), key=lambda x: len(x[0]), reverse=True))
        for k, v in index.items()
    }
    return Gazetteer(tuple(entries), frozen_index, {k: tuple(v) for k, v in by_key.items()})


_extra_paths: list[Path] = []
_cache: dict[tuple[Path, ...], Gazetteer] = {}


def load_gazetteer(extra_paths: Iterable[str | Path] = ()) -> Gazetteer:
    """The packaged gazetteer plus user files (same format); raises GazetteerError."""
    rows = _parse_lines(data_lines("gazetteer.tsv"), "gazetteer.tsv")
    for p in extra_paths:
        path = Path(p)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise GazetteerError(f"{path}: cannot read ({exc.__class__.__name__})") from exc
        rows.extend(_parse_lines(text.splitlines(), str(path)))
    return _build(rows)


def register_gazetteer(*paths: str | Path) -> None:
    """Add user gazetteer files for every later extraction in this process.

    Checks the files at once (GazetteerError) so the CLI can report a bad file before work
    starts; worker processes must call it too (or inherit it through fork).
    """
    new = [Path(p) for p in paths]
    load_gazetteer([*_extra_paths, *new])
    _extra_paths.extend(new)
    _cache.clear()


ENV_VAR = "RASED_GAZETTEER"
"""User gazetteer files named in the environment (separated like PATH), for every process."""


def _env_paths() -> list[Path]:
    return [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]


def gazetteer() -> Gazetteer:
    """The gazetteer in use: packaged entries plus user files from ``$RASED_GAZETTEER`` and
    :func:`register_gazetteer` (cached)."""
    key = tuple(dict.fromkeys([*_env_paths(), *_extra_paths]))
    g = _cache.get(key)
    if g is None:
        g = load_gazetteer(key)
        _cache[key] = g
    return g
