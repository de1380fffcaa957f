"""Fixtures for the explorer's tests: stores built from the sample articles.

``tui_db`` imports sample_data/ with the real import pipeline but a small gazetteer
extractor defined here, so the explorer's flows (mentions, entity cards, quotations,
"also reported by") can be tested whatever the state of the real extraction. The
gazetteer is test data: names and a quotation rule, applied the same way to any text.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from rased.extract.records import Entity, Extraction, Mention, Quote

REPO = Path(__file__).resolve().parent.parent
SAMPLE_DIR = REPO / "sample_data"

# canonical -> (type, spellings)
GAZETTEER: dict[str, tuple[str, tuple[str, ...]]] = {
    "إسماعيل قاآني": ("person", ("إسماعيل قاآني", "قاآني", "قآاني")),
    "حسين الموسوي": ("person", ("حسين الموسوي", "الموسوي")),
    "طهران": ("location", ("طهران",)),
    "غزة": ("location", ("غزة",)),
    "العراق": ("location", ("العراق",)),
    "حماس": ("organization", ("حماس",)),
    "حركة النجباء": ("organization", ("حركة النجباء", "النجباء")),
}
_QUOTE_RE = re.compile(r"[“\"«]([^”\"»\n]{15,600})[”\"»]")


def gazetteer_extract(text: str) -> Extraction:
    """Entities: longest gazetteer spelling at each place; quotations: text in quotes,
    attributed to the nearest person mentioned in the 300 characters before."""
    taken: list[tuple[int, int]] = []
    per_entity: dict[str, list[Mention]] = {}
    spellings = sorted(
        ((s, canon) for canon, (_t, ss) in GAZETTEER.items() for s in ss), key=lambda x: -len(x[0])
    )
    for surface, canon in spellings:
        for m in re.finditer(re.escape(surface), text):
            a, b = m.span()
            if any(a < e and b > s for s, e in taken):
                continue
            taken.append((a, b))
            per_entity.setdefault(canon, []).append(Mention(surface, a, b, "gazetteer"))
    entities = tuple(
        Entity(canon, GAZETTEER[canon][0], tuple(sorted(ms, key=lambda m: m.start)))  # type: ignore[arg-type]
        for canon, ms in per_entity.items()
    )
    people = sorted(
        (m.start, e.canonical, m.surface) for e in entities if e.type == "person" for m in e.mentions
    )
    quotes = []
    for m in _QUOTE_RE.finditer(text):
        before = [p for p in people if m.start() - 300 <= p[0] < m.start()]
        speaker = before[-1] if before else None
        quotes.append(
            Quote(
                m.group(1), m.start(1), m.end(1),
                speaker=speaker[1] if speaker else None,
                speaker_surface=speaker[2] if speaker else None,
                verb="قال" if speaker else None,
                speaker_is_entity=speaker is not None,
            )
        )
    return Extraction(entities, tuple(quotes))


@pytest.fixture(scope="session")
def tui_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the sample articles with gazetteer entities and quotations (read-only use)."""
    import rased.store.importer as importer
    from rased.store.store import Store

    path = tmp_path_factory.mktemp("tui_store") / "tui.db"
    saved = importer.extract
    importer.extract = gazetteer_extract  # type: ignore[assignment]
    try:
        with Store.open(path) as store:
            importer.import_paths(store, [SAMPLE_DIR], workers=1)
    finally:
        importer.extract = saved  # type: ignore[assignment]
    return path


@pytest.fixture(autouse=True)
def _tui_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The explorer's settings file lives in the test's folder, bidi from the test only."""
    monkeypatch.setenv("RASED_CONFIG_FILE", str(tmp_path / "config.json"))
    monkeypatch.delenv("RASED_BIDI", raising=False)


async def settle(pilot, cond: Callable[[], bool] | None = None, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    """Wait for workers and messages; with ``cond``, until it holds (fails after ``timeout``)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while True:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.02)
        idle = getattr(pilot.app.screen, "idle", True)
        if cond is None:
            if idle:
                await pilot.pause()
                return
        elif idle and cond():
            return
        if loop.time() > end:
            raise AssertionError("condition not reached in time")


def sync(fn):  # type: ignore[no-untyped-def]
    """Run an async test body with asyncio.run (no async pytest plugin needed)."""
    import functools

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        return asyncio.run(fn(*args, **kwargs))

    return wrapper
