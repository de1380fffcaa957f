"""Measures the explorer headless (Textual Pilot) on a store; prints one JSON object.

Run in its own process by the benchmark (``python -m rased.bench.tui_probe DB``) so that
its peak RSS is the explorer's alone. Timings:

- ``first_paint_s``: from before importing the explorer until the documents list shows
  rows and the detail pane shows the first row (what a user waits for after typing
  ``rased``);
- ``switch_ms``: a tab key (2, 3, 1) until that list shows rows and the detail pane shows
  its highlighted row; the first visit of a tab loads its list, later ones do not;
- ``open_ms``: down + enter on the documents list until the document is in the reader;
- ``jump_ms``: from an open document, following an entity link until the entity card is
  shown (null when the store has no entities).

The timed keys are sent the way the terminal driver sends them (one key event into the
app's queue) and the result is polled every millisecond, then painted once: the figures are
the explorer's latency. ``pilot.press`` would add its own idle waits (a key that does nothing
takes ``pilot_press_floor_ms`` through it, about 65 ms), which are the harness's, not the
explorer's.

Flows the explorer does not have (yet) are reported as null with a note.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any

T_START = time.perf_counter()


async def _wait(pilot: Any, cond: Any, timeout: float = 30.0) -> bool:
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        try:
            if cond():
                return True
        except Exception:  # noqa: BLE001 - widgets may not exist yet while mounting
            pass
        await pilot.pause(0.002)
    return False


def _send_key(app: Any, key: str) -> None:
    """One key event into the app, as the terminal driver delivers it (no idle waits)."""
    from textual import events

    char = key if len(key) == 1 else {"enter": "\r", "space": " "}.get(key)
    event = events.Key(key, char)
    event.set_sender(app)
    app._driver.send_message(event)


async def _timed(app: Any, key: str | None, cond: Any, timeout: float = 30.0, start: Any = None) -> float | None:
    """Milliseconds from sending ``key`` (or calling ``start``) until ``cond`` holds and the
    screen is painted."""
    t = time.perf_counter()
    if key is not None:
        _send_key(app, key)
    else:
        start()
    deadline = t + timeout
    while time.perf_counter() < deadline:
        try:
            done = cond()
        except Exception:  # noqa: BLE001 - widgets may not exist yet while mounting
            done = False
        if done:
            app.screen._on_timer_update()  # the paint the user waits for
            return (time.perf_counter() - t) * 1000
        await asyncio.sleep(0.001)
    return None


def _shown(screen: Any, name: str) -> bool:
    t = screen.table(name)
    if name not in screen.loaded or not t.rows_data:
        return False
    d = screen.detail
    return d is not None and d.target == t.spec.target(t.current)


async def probe(db: Path, rounds: int) -> dict[str, Any]:
    t0 = time.perf_counter()
    from rased.tui.app import make_app

    t_import = time.perf_counter() - t0
    out: dict[str, Any] = {"import_s": t_import, "notes": []}
    app = make_app(db, read_only=True)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = app.screen
        ok = await _wait(pilot, lambda: _shown(screen, "documents"))
        out["first_paint_s"] = (time.perf_counter() - t0) if ok else None
        if not ok:
            out["notes"].append("the documents list never showed rows")
            return out
        floor: list[float] = []
        for _ in range(5):
            t = time.perf_counter()
            await pilot.press("f24")  # bound to nothing
            floor.append((time.perf_counter() - t) * 1000)
        out["pilot_press_floor_ms"] = sorted(floor)[len(floor) // 2]
        switch: list[float] = []
        switch_cold: list[float] = []
        empty: set[str] = set()
        for _ in range(rounds):
            for key, name in (("2", "entities"), ("3", "quotes"), ("1", "documents")):
                cold = name not in screen.loaded
                ms = await _timed(app, key, lambda n=name: screen.tab == n and n in screen.loaded and (
                    not screen.table(n).rows_data or _shown(screen, n)))
                if ms is None:
                    out["notes"].append(f"the {name} list did not load")
                    continue
                if not screen.table(name).rows_data:
                    empty.add(name)
                    continue
                (switch_cold if cold else switch).append(ms)
                await pilot.pause()
        out["notes"].extend(f"the {name} list is empty" for name in sorted(empty))
        out["switch_ms"] = switch
        out["switch_cold_ms"] = switch_cold
        opened: list[float] = []
        jumps: list[float] = []
        for r in range(rounds):
            await pilot.press("1")
            await _wait(pilot, lambda: screen.tab == "documents" and _shown(screen, "documents"), timeout=2)
            table = screen.table("documents")
            table.focus()
            await pilot.press("down")
            await _wait(pilot, lambda: _shown(screen, "documents"), timeout=5)
            # Open another document than the one previewed, so the open is not a no-op: the
            # cursor moves and enter follows at once, before the preview's debounce fires.
            row = table.cursor_row
            _send_key(app, "down")
            while table.cursor_row == row:
                await asyncio.sleep(0.001)
            target = table.spec.target(table.rows_data[table.cursor_row])
            if screen.detail is not None and screen.detail.target == target:
                out["notes"].append("the next document was shown before enter")
            ms = await _timed(app, "enter", lambda tg=target: screen.detail is not None and screen.detail.target == tg)
            if ms is not None:
                opened.append(ms)
            await pilot.pause()
            links = [ln for ln in screen.view.links if getattr(ln.target, "kind", "") == "entity"]
            if links:
                link = links[r % len(links)]
                ms = await _timed(
                    app,
                    None,
                    lambda tg=link.target: (
                        screen.detail is not None
                        and screen.detail.target.kind == "entity"
                        and screen.detail.target.id == tg.id
                    ),
                    start=lambda tg=link.target: screen.navigate(tg),
                )
                if ms is not None:
                    jumps.append(ms)
                await pilot.pause()
        if not jumps:
            out["notes"].append("no entity link in the opened documents")
        out["open_ms"] = opened
        out["jump_ms"] = jumps
    return out


def main() -> None:
    db = Path(sys.argv[1])
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    loop = asyncio.new_event_loop()
    try:
        out = loop.run_until_complete(probe(db, rounds))
    except ImportError as exc:
        out = {"notes": [f"the explorer cannot be imported: {exc}"]}
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["process_s"] = time.perf_counter() - T_START
    print(json.dumps(out), flush=True)
    # The explorer may leave worker threads running (an index it builds in the
    # background); the figures are out, so do not wait for them to finish.
    os._exit(0)


if __name__ == "__main__":
    main()
