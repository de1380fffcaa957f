"""What the explorer shows, built from the store off the UI thread.

:class:`StorePool` lends each worker thread a read connection of its own (SQLite
connections are per thread; opening one per query would cost a migration check each time).
The ``build_*`` functions turn store rows into :class:`~rased.tui.widgets.textview.Block`
lists for the detail pane: the reader, the entity card and the quote card. They touch no
widget, so workers call them and post the result.
"""

from __future__ import annotations

import queue
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from rich.style import Style

from rased.extract.display import safe_line
from rased.store.models import QuoteRow
from rased.store.store import Store
from rased.tui.arabic import StyleSpan, ltr
from rased.tui.widgets.textview import Block, Link, Target

__all__ = [
    "StorePool",
    "Detail",
    "TYPE_STYLES",
    "build_document",
    "build_entity",
    "build_quote",
    "citation",
    "display_spellings",
]

TYPE_STYLES: dict[str, Style] = {
    "person": Style(color="bright_cyan", bold=True),
    "organization": Style(color="bright_yellow", bold=True),
    "location": Style(color="bright_green", bold=True),
    "event": Style(color="bright_magenta", bold=True),
    "media": Style(color="bright_blue", bold=True),
}
TYPE_LABELS = {
    "person": "person",
    "organization": "organisation",
    "location": "place",
    "event": "event",
    "media": "media",
}
QUOTE_STYLE = Style(italic=True, color="#ffaf5f")
META_STYLE = Style(color="grey62")
HEADING_STYLE = Style(bold=True, underline=True)
LINK_STYLE = Style(underline=True)
TITLE_STYLE = Style(bold=True)
CARD_ITEMS = 60
"""Documents and quotations an entity card lists (the newest; the lists and filters reach the rest)."""


def type_style(kind: str) -> Style:
    return TYPE_STYLES.get(kind, Style(bold=True))


class StorePool:
    """Read-only store connections lent to one thread at a time."""

    def __init__(self, path: Path, size: int = 3) -> None:
        self.path = path
        self._free: queue.LifoQueue[Store] = queue.LifoQueue()
        self._all: list[Store] = []
        self._lock = threading.Lock()
        self._size = size

    @contextmanager
    def store(self) -> Iterator[Store]:
        try:
            st = self._free.get_nowait()
        except queue.Empty:
            with self._lock:
                grow = len(self._all) < self._size
            if grow:
                st = Store.open(self.path, read_only=True, create=False)
                with self._lock:
                    self._all.append(st)
            else:
                st = self._free.get()
        try:
            yield st
        finally:
            self._free.put(st)

    def close(self) -> None:
        with self._lock:
            for st in self._all:
                try:
                    st.close()
                except Exception:  # noqa: BLE001 - closing at exit must not fail the exit
                    pass
            self._all.clear()


@dataclass
class Detail:
    """A detail page ready to show: a title line, blocks, and search hits (reader)."""

    target: Target
    title: str
    blocks: list[Block]
    hits: list[tuple[int, int]] = field(default_factory=list)
    focus_offset: int | None = None
    quote: QuoteRow | None = None
    missing: bool = False


def _meta(*parts: str | None) -> str:
    return " · ".join(ltr(safe_line(p)) if _is_ltr_value(p) else safe_line(p) for p in parts if p)


def _is_ltr_value(p: str) -> bool:
    # Dates, paths and numbers: no Arabic letter in them, so they read left to right.
    return not any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u08ff" for ch in p)


def display_path(path: str) -> str:
    """A stored file path, shorter when it lies under the current folder or the home folder."""
    p = Path(path)
    for base, prefix in ((Path.cwd(), ""), (Path.home(), "~/")):
        try:
            return prefix + str(p.relative_to(base))
        except ValueError:
            continue
    return path


def _doc_label(source: str | None, date: str | None, title: str | None, first_line: str = "") -> str:
    head = _meta(source or "unknown source", date or "no date")
    return f"{head} · {safe_line(title or first_line)[:120]}"


def _heading(text: str, gap: int = 1) -> Block:
    return Block(text, style=HEADING_STYLE, gap_before=gap)


def build_document(store: Store, target: Target, query: str | None = None) -> Detail:
    """The reader: header, then each paragraph with mentions coloured and quotations marked."""
    doc = store.get_document(target.id)
    if doc is None:
        return Detail(target, "Document not found", [Block("This document is no longer in the store.")], missing=True)
    mentions = store.document_mentions(doc.id)
    quotes = store.document_quotes(doc.id)
    blocks: list[Block] = []
    blocks.append(Block(_meta(doc.source or "unknown source", doc.date or "no date", doc.dateline), style=TITLE_STYLE))
    where = safe_line(display_path(doc.path)) + (f" · {safe_line(doc.url)}" if doc.url else "")
    blocks.append(Block(where, style=META_STYLE))
    blocks.append(
        Block(f"{doc.n_entities} entities · {doc.n_quotes} quotations · {doc.n_chars} characters", style=META_STYLE)
    )
    text = doc.text
    if doc.title and not text.lstrip().startswith(doc.title.strip()):
        blocks.append(Block(doc.title, style=TITLE_STYLE, gap_before=1))
    pos = 0
    first_body = True
    while pos <= len(text):
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        para = text[pos:end]
        if para.strip():
            spans: list[StyleSpan] = []
            links: list[Link] = []
            for q in quotes:
                if q.end > pos and q.start < end:
                    a, b = max(q.start, pos) - pos, min(q.end, end) - pos
                    spans.append(StyleSpan(a, b, QUOTE_STYLE))
                    links.append(Link(a, b, Target("quote", q.id), "quotation"))
            for m in mentions:
                if m.end > pos and m.start < end:
                    a, b = max(m.start, pos) - pos, min(m.end, end) - pos
                    spans.append(StyleSpan(a, b, type_style(m.entity_type)))
                    links.append(Link(a, b, Target("entity", m.entity_id), m.entity_name))
            links.sort(key=lambda ln: (ln.start, -(ln.end - ln.start)))
            blocks.append(Block(para, spans, links, base=pos, gap_before=1 if first_body else 0))
            first_body = False
        pos = end + 1
    hits: list[tuple[int, int]] = []
    if query:
        try:
            hits = list(store.match_spans(text, query))
        except Exception:  # noqa: BLE001 - a bad query only loses the highlights
            hits = []
    title = safe_line(doc.title or doc.first_line)
    return Detail(target, title, blocks, hits, focus_offset=target.offset)


QUOTE_MARKS = "\"«»‹›“”„‟❝❞〝〞＂「」『』"
SINGLE_MARKS = "'‘’‚‛＇"
# Double marks go wherever they are; single ones only at the edge of a word, so that an
# apostrophe inside a name (O'Neill) stays.
_QUOTE_MARKS_RE = re.compile(
    f"[{re.escape(QUOTE_MARKS)}]|(?:(?<=\\s)|^)[{re.escape(SINGLE_MARKS)}]+|[{re.escape(SINGLE_MARKS)}]+(?=\\s|$)"
)


def display_spellings(aliases: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """Spellings to list on an entity card: without the quotation marks an article put
    around or inside a name (حركة “حماس”, حركة «حماس»), those differing only by such marks
    merged with their counts added, most frequent first. The store keeps the surfaces."""
    merged: dict[str, int] = {}
    for alias, count in aliases:
        shown = " ".join(_QUOTE_MARKS_RE.sub(" ", alias).split()) or alias.strip()
        merged[shown] = merged.get(shown, 0) + count
    return sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))


def build_entity(store: Store, target: Target) -> Detail:
    """The entity card: type, aliases, documents, quotations, co-occurring entities."""
    ent = store.get_entity(target.id)
    if ent is None:
        return Detail(target, "Entity not found", [Block("This entity is no longer in the store.")], missing=True)
    st = type_style(ent.type)
    blocks: list[Block] = [
        Block(ent.name, [StyleSpan(0, len(ent.name), st)]),
        Block(
            f"{TYPE_LABELS.get(ent.type, ent.type)} · {ent.n_documents:,} documents · {ent.n_mentions:,} mentions"
            f" · {ent.n_quotes:,} quotations",
            style=META_STYLE,
        ),
    ]
    aliases = store.entity_aliases(ent.id)
    spellings = display_spellings((al.alias, al.count) for al in aliases)
    if spellings:
        blocks.append(_heading(f"Spellings ({len(spellings)})"))
        for spelling, count in spellings:
            blocks.append(Block(f"{spelling}  {ltr(f'×{count:,}')}", [StyleSpan(0, len(spelling), st)]))
    docs = store.entity_documents(ent.id, limit=CARD_ITEMS)
    shown = f", the {len(docs)} newest" if len(docs) < ent.n_documents else ""
    blocks.append(_heading(f"Documents ({ent.n_documents:,}{shown})"))
    for ed in docs:
        d = ed.document
        label = _doc_label(d.source, d.date, d.title, d.first_line)
        tgt = Target("document", d.id, ed.first_start, ed.first_end)
        blocks.append(
            Block(label, [StyleSpan(0, len(label), LINK_STYLE)], [Link(0, len(label), tgt, label)], gap_before=1)
        )
        sentence = ed.sentence
        spans = []
        # Colour the entity where the sentence names it (any of its spellings).
        for al in [ent.name, *(a.alias for a in aliases)]:
            k = sentence.find(al)
            if k >= 0:
                spans.append(StyleSpan(k, k + len(al), st))
                break
        blocks.append(Block(sentence, spans, style=META_STYLE if not spans else None))
    quotes = store.entity_quotes(ent.id, limit=CARD_ITEMS)
    if quotes:
        shown = f", the {len(quotes)} newest" if len(quotes) < ent.n_quotes else ""
        blocks.append(_heading(f"Quotations ({max(ent.n_quotes, len(quotes)):,}{shown})"))
        for q in quotes:
            blocks.extend(_quote_item(q))
    co = store.cooccurring(ent.id, limit=20)
    if co:
        blocks.append(_heading("Named together with"))
        for other, n in co:
            # The Latin part is marked left-to-right: its brackets would otherwise take the
            # Arabic name's direction and come out turned around.
            line = f"{other.name} {ltr(f'({TYPE_LABELS.get(other.type, other.type)}) ×{n:,}')}"
            blocks.append(
                Block(
                    line,
                    [StyleSpan(0, len(other.name), type_style(other.type))],
                    [Link(0, len(other.name), Target("entity", other.id), other.name)],
                )
            )
    return Detail(target, safe_line(ent.name), blocks)


def _quote_item(q: QuoteRow) -> list[Block]:
    meta = _meta(q.source or "unknown source", q.date or "no date")
    text = f"«{q.text}»"
    return [
        Block(meta, style=META_STYLE, gap_before=1),
        Block(text, [StyleSpan(0, len(text), QUOTE_STYLE)], [Link(0, len(text), Target("quote", q.id), "quotation")]),
    ]


def build_quote(store: Store, target: Target) -> Detail:
    """The quote card: quotation, speaker, outlet, context, and the same statement elsewhere."""
    q = store.get_quote(target.id)
    if q is None:
        return Detail(target, "Quotation not found", [Block("This quotation is no longer in the store.")], missing=True)
    text = f"«{q.text}»"
    blocks: list[Block] = [Block(text, [StyleSpan(0, len(text), QUOTE_STYLE)])]
    speaker = q.speaker or q.speaker_surface
    if speaker:
        prefix = "Speaker: "
        links = []
        spans = [StyleSpan(len(prefix), len(prefix) + len(speaker), type_style("person"))]
        if q.speaker_entity_id is not None:
            links.append(Link(len(prefix), len(prefix) + len(speaker), Target("entity", q.speaker_entity_id), speaker))
        blocks.append(Block(prefix + speaker, spans, links, gap_before=1))
        if q.verb:
            blocks.append(Block("Reporting verb: " + q.verb, style=META_STYLE))
    else:
        blocks.append(Block("Speaker: unknown", style=META_STYLE, gap_before=1))
    # The date before the outlet: after Latin "Outlet:" and before Arabic it stays in
    # reading order even for a viewer that reorders the line again (2024-05-26, never
    # 26-05-2024), and it reads like the reader's header, date then outlet.
    blocks.append(Block("Outlet: " + _meta(q.date or "no date", q.source or "unknown source")))
    where = f"In the document: {safe_line(display_path(q.path))}"
    blocks.append(
        Block(where, [StyleSpan(0, len(where), LINK_STYLE)],
              [Link(0, len(where), Target("document", q.doc_id, q.start, q.end), where)])
    )
    context = store.quote_context(q.id)
    if context:
        blocks.append(_heading("Context"))
        k = context.find(q.text)
        spans = [StyleSpan(k, k + len(q.text), QUOTE_STYLE)] if k >= 0 else []
        blocks.append(Block(context, spans))
    similar = store.similar_quotes(q.id, limit=20)
    blocks.append(_heading(f"Also reported by ({len(similar)})"))
    if not similar:
        blocks.append(Block("No other outlet in the store reports this statement.", style=META_STYLE))
    for other, score in similar:
        meta = _meta(other.source or "unknown source", other.date or "no date", other.speaker, f"{score:.0f}%")
        otext = f"«{other.text}»"
        blocks.append(Block(meta, style=META_STYLE, gap_before=1))
        blocks.append(
            Block(otext, [StyleSpan(0, len(otext), QUOTE_STYLE)],
                  [Link(0, len(otext), Target("quote", other.id), "quotation")])
        )
    title = safe_line(speaker) if speaker else "unknown speaker"
    return Detail(target, title, blocks, quote=q)


def citation(q: QuoteRow) -> str:
    """A quotation with its citation, for the clipboard (plain text, sanitised)."""
    who = q.speaker or q.speaker_surface or "unknown speaker"
    parts = [who, q.source or "unknown source", q.date or "no date", q.path]
    return f"«{safe_line(q.text)}» — " + ", ".join(safe_line(p) for p in parts)
