"""TextView: a scrollable, line-API view of Arabic blocks with keyboard-navigable links.

The reader, the entity card and the quote card are all lists of :class:`Block` shown by
this one widget. Each block is laid out with :func:`rased.tui.arabic.layout_paragraph`
(wrapped in logical order, then shaped and reordered per line in app mode), so only the
visible lines are turned into strips, and a long article costs one layout per width.

Links (entity mentions, quotations, documents...) carry a :class:`Target`; tab and
shift+tab move between them, enter or a mouse click activates one (the widget posts
:class:`TextView.LinkActivated`). The focused link is highlighted at render time, so
moving between links never lays the text out again.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from rased.tui.arabic import Line, Mode, StyleSpan, layout_paragraph

__all__ = ["Target", "Link", "Block", "TextView"]


LAYOUTS_KEPT = 12
# Blocks laid out per refresh once the first screens are shown.
LAYOUT_CHUNK = 40


@dataclass(slots=True)
class _Layout:
    source: object
    lines: list[Line]
    line_block: list[int]
    line_starts: list[int]
    strips: dict[tuple[int, int, Style, int, int], Strip]


@dataclass(frozen=True, slots=True)
class Target:
    """Something the explorer can open: ``kind`` is document, entity or quote.

    ``offset`` is a place in a document (a mention or quotation to scroll to) and
    ``end`` the end of that place, when known.
    """

    kind: str
    id: int
    offset: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class Link:
    """A range of a block (block-relative offsets) that opens ``target``."""

    start: int
    end: int
    target: Target
    label: str = ""


@dataclass(slots=True)
class Block:
    """A paragraph of the view.

    ``base`` is the offset of the block's first character in its document (reader
    paragraphs) so document offsets can be scrolled to; cards leave it at -1.
    ``style`` is the style of the whole block; ``spans`` and ``links`` are block-relative.
    """

    text: str
    spans: list[StyleSpan] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    style: Style | str | None = None
    base: int = -1
    gap_before: int = 0


@dataclass(frozen=True, slots=True)
class _LaidLink:
    block: int
    start: int  # global offsets (block key space)
    end: int
    target: Target
    label: str


class TextView(ScrollView, can_focus=True):
    """A scrollable column of Arabic blocks with links."""

    DEFAULT_CSS = """
    TextView {
        height: 1fr;
        overflow-x: hidden;
        overflow-y: scroll;
        scrollbar-gutter: stable;
        padding: 0 1;
    }
    """

    BINDINGS = [
        Binding("tab", "next_link", "Next link", tooltip="Move to the next mention or quotation"),
        Binding("shift+tab", "previous_link", "Previous link", show=False,
                tooltip="Move to the previous mention or quotation"),
        Binding("enter", "open_link", "Open", tooltip="Open the selected mention, quotation or document"),
    ]
    """Keys of the detail pane: links are mentions, quotations and documents."""

    FOCUS_STYLE = Style(reverse=True, bold=True)
    HIT_STYLE = Style(bgcolor="yellow", color="black")
    CURRENT_HIT_STYLE = Style(bgcolor="dark_orange", color="black", bold=True)

    link_index: reactive[int] = reactive(-1, always_update=True, layout=False, repaint=False)

    @dataclass
    class LinkActivated(Message):
        """A link was opened (enter or click)."""

        view: TextView
        target: Target

    @dataclass
    class LinkSelected(Message):
        """The link cursor moved (tab/shift+tab)."""

        view: TextView
        target: Target | None

    def __init__(
        self, mode: Mode = "app", *, name: str | None = None, id: str | None = None, classes: str | None = None  # noqa: A002
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.mode: Mode = mode
        self._blocks: list[Block] = []
        self._keys: list[int] = []  # global offset of each block's first char
        self._lines: list[Line] = []
        self._line_block: list[int] = []
        self._line_starts: list[int] = []
        self._links: list[_LaidLink] = []
        self._hits: list[tuple[int, int]] = []  # global ranges
        self._hit_index = -1
        self._width = -1
        self._shift = -1
        self._strip_cache: dict[tuple[int, int, Style, int, int], Strip] = {}
        self._source: object = None
        self._laid = 0
        """Blocks laid out so far for the current width."""
        self._more_pending = False
        self._layout_key: tuple[int, int, str] = (0, 0, "")
        self._layouts: OrderedDict[tuple[int, int, str], _Layout] = OrderedDict()
        """Pages laid out lately (a tab switch or back shows one again): lines and strips."""

    # -- content ---------------------------------------------------------------

    def set_blocks(self, blocks: Sequence[Block], hits: Sequence[tuple[int, int]] = ()) -> None:
        """Show ``blocks``; ``hits`` are document ranges (reader) to highlight with n/N."""
        self._source = blocks
        self._blocks = list(blocks)
        self._keys = []
        links: list[_LaidLink] = []
        key = 0
        self._shift = -1
        for bi, b in enumerate(self._blocks):
            if b.base >= 0:
                # Document paragraphs keep their document offsets, moved past the header blocks.
                if self._shift < 0:
                    self._shift = key
                k = self._shift + b.base
            else:
                k = key
            self._keys.append(k)
            for ln in b.links:
                links.append(_LaidLink(bi, k + ln.start, k + ln.end, ln.target, ln.label))
            key = max(key, k + len(b.text) + 1)
        self._links = links
        shift = max(self._shift, 0)
        self._hits = sorted((a + shift, b + shift) for a, b in hits)
        self._hit_index = -1
        self.set_reactive(TextView.link_index, -1)
        self._width = -1
        self._relayout()
        self.scroll_to(0, 0, animate=False, immediate=True)

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self._width = -1
        self._relayout()

    @property
    def links(self) -> list[_LaidLink]:
        return self._links

    @property
    def current_link(self) -> _LaidLink | None:
        if 0 <= self.link_index < len(self._links):
            return self._links[self.link_index]
        return None

    @property
    def lines(self) -> list[Line]:
        self._lay_all()
        return self._lines

    def plain_lines(self) -> list[str]:
        """The laid-out lines as plain strings (what the screen shows, for tests)."""
        return [ln.text.plain for ln in self.lines]

    # -- layout ----------------------------------------------------------------

    def _content_width(self) -> int:
        w = self.scrollable_content_region.width
        return max(w - 1, 10) if w else 78

    def _relayout(self) -> None:
        """Lay the blocks out for the current width: the first screens at once, the rest in
        chunks after the next refreshes (a card of 300 blocks takes 50-110 ms to shape and
        reorder; the first screen, a few ms)."""
        width = self._content_width()
        if width == self._width and self._lines:
            return
        self._width = width
        key = (id(self._source), width, self.mode)
        laid = self._layouts.get(key)
        if laid is not None and laid.source is self._source:
            self._layouts.move_to_end(key)
            self._lines, self._line_block, self._line_starts = laid.lines, laid.line_block, laid.line_starts
            self._strip_cache = laid.strips
            self._laid = len(self._blocks)
            self.virtual_size = Size(width, len(self._lines))
            self.refresh()
            return
        self._lines = []
        self._line_block = []
        self._line_starts = []
        self._strip_cache = {}
        self._laid = 0
        self._layout_key = key
        self._lay_more(lines=max(self.size.height, 30) * 2 + 20)

    @property
    def empty(self) -> bool:
        """Nothing is laid out (no blocks, or none shown yet)."""
        return not self._lines

    @property
    def laid_out(self) -> bool:
        """Every block is laid out (the rest comes in chunks after the first screens)."""
        return self._laid >= len(self._blocks)

    def _lay_more(self, *, lines: int = 0, key: int = -1, blocks: int = 0) -> None:
        """Lay out further blocks: until there are ``lines`` lines, until the block holding
        global offset ``key`` is laid, or ``blocks`` more blocks."""
        width = self._width
        stop = self._laid + blocks
        while self._laid < len(self._blocks) and (
            len(self._lines) < lines or self._keys[self._laid] <= key or self._laid < stop
        ):
            bi = self._laid
            b = self._blocks[bi]
            k = self._keys[bi]
            for _ in range(b.gap_before):
                self._lines.append(Line(Text(""), k, k, (), False))
                self._line_block.append(bi)
                self._line_starts.append(k)
            for laid in layout_paragraph(b.text, width, self.mode, list(b.spans), b.style, offset=k):
                self._lines.append(laid)
                self._line_block.append(bi)
                self._line_starts.append(laid.start)
            self._laid += 1
        rest = 0
        if self._laid < len(self._blocks):
            # An estimate of the lines still to come keeps the scrollbar steady meanwhile.
            rest = sum(b.gap_before + 1 + len(b.text) // max(width, 1) for b in self._blocks[self._laid :])
            if not self._more_pending:
                self._more_pending = True
                self.call_after_refresh(self._lay_chunk)
        else:
            # The source object is kept in the entry, so its id cannot be reused while cached.
            self._layouts[self._layout_key] = _Layout(
                self._source, self._lines, self._line_block, self._line_starts, self._strip_cache
            )
            while len(self._layouts) > LAYOUTS_KEPT:
                self._layouts.popitem(last=False)
        self.virtual_size = Size(width, len(self._lines) + rest)
        self.refresh()

    def _lay_chunk(self) -> None:
        # Whatever page is shown now: a chunk scheduled for a page replaced since goes on with
        # its successor (else the new page, finding a chunk pending, would never get one).
        self._more_pending = False
        if not self.laid_out:
            self._lay_more(blocks=LAYOUT_CHUNK)

    def _lay_all(self) -> None:
        if not self.laid_out:
            self._lay_more(blocks=len(self._blocks))

    def on_resize(self, event: events.Resize) -> None:
        top = self._line_starts[int(self.scroll_y)] if self._lines and int(self.scroll_y) < len(self._lines) else None
        self._relayout()
        if top is not None:
            self.call_after_refresh(self.scroll_to_offset, top, 0)

    # -- rendering ---------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self._content_width() != self._width:
            # The region changed without a resize event (a scrollbar came or went).
            self._relayout()
        if index >= len(self._lines) and not self.laid_out:
            self._lay_more(lines=index + self.size.height + 1)
        if index >= len(self._lines):
            return Strip.blank(width, base)
        # The base style is in the key (it changes with focus: the pane's background), and
        # so are the selected link and hit, which the strip shows.
        key = (index, width, base, self.link_index, self._hit_index)
        strip = self._strip_cache.get(key)
        if strip is None:
            strip = self._render(index, width, base)
            if len(self._strip_cache) > 500:
                self._strip_cache.clear()
            self._strip_cache[key] = strip
        return strip

    def _render(self, index: int, width: int, base: Style) -> Strip:
        line = self._lines[index]
        text = line.text
        overlays: list[tuple[int, int, Style]] = []
        link = self.current_link
        if link is not None and link.start < line.end + 1 and link.end > line.start:
            overlays.append((link.start, link.end, self.FOCUS_STYLE))
        for hi, (a, b) in enumerate(self._hits):
            if a < line.end + 1 and b > line.start:
                overlays.append((a, b, self.CURRENT_HIT_STYLE if hi == self._hit_index else self.HIT_STYLE))
        if overlays:
            text = text.copy()
            for k, off in enumerate(line.cells):
                for a, b, st in overlays:
                    if a <= off < b:
                        text.stylize(st, k, k + 1)
        segments = list(text.render(self.app.console))
        strip = Strip(segments, text.cell_len).apply_style(base)
        content = max(width - 1, 1)
        if line.rtl and self.mode == "app":
            strip = strip.text_align(content, "right")
        strip = strip.extend_cell_length(width, base).crop(0, width)
        return strip.apply_style(base)

    # -- navigation ------------------------------------------------------------

    def line_of_offset(self, offset: int) -> int:
        """The index of the line showing global ``offset``."""
        if not self.laid_out:
            self._lay_more(key=offset)
        if not self._lines:
            return 0
        i = bisect_right(self._line_starts, offset) - 1
        return max(i, 0)

    def scroll_to_offset(self, offset: int, context: int | None = None) -> None:
        """Scroll so that the line with ``offset`` shows, a third of the way down."""
        line = self.line_of_offset(offset)
        ctx = self.size.height // 3 if context is None else context
        self.scroll_to(y=max(line - ctx, 0), animate=False, immediate=True)

    def watch_link_index(self, old: int, new: int) -> None:
        self.refresh()
        link = self.current_link
        if link is not None:
            line = self.line_of_offset(link.start)
            if not (self.scroll_y <= line < self.scroll_y + self.size.height):
                self.scroll_to_offset(link.start)
        self.post_message(self.LinkSelected(self, link.target if link else None))

    def select_target(self, target: Target) -> bool:
        """Put the link cursor on the first link to ``target`` (matching its offset if given)."""
        for i, ln in enumerate(self._links):
            if ln.target.kind == target.kind and ln.target.id == target.id:
                self.link_index = i
                return True
        return False

    def doc_key(self, offset: int) -> int:
        """Where document ``offset`` lives in the view (past the header blocks)."""
        return max(self._shift, 0) + offset

    def scroll_to_document_offset(self, offset: int) -> None:
        self.scroll_to_offset(self.doc_key(offset))

    def select_offset(self, offset: int) -> bool:
        """Put the link cursor on the link covering document ``offset`` (or the next one)."""
        key = self.doc_key(offset)
        for i, ln in enumerate(self._links):
            if ln.end > key:
                self.link_index = i
                return True
        return False

    def _first_visible_link(self, forward: bool) -> int:
        top = int(self.scroll_y)
        bottom = top + self.size.height
        idx = [i for i, ln in enumerate(self._links)
               if (self.laid_out or ln.block < self._laid) and top <= self.line_of_offset(ln.start) < bottom]
        if not idx:
            return 0 if forward else len(self._links) - 1
        return idx[0] if forward else idx[-1]

    def action_next_link(self) -> None:
        """Move to the next mention, quotation or document link."""
        if not self._links:
            return
        if self.link_index < 0:
            self.link_index = self._first_visible_link(True)
        else:
            self.link_index = (self.link_index + 1) % len(self._links)

    def action_previous_link(self) -> None:
        """Move to the previous mention, quotation or document link."""
        if not self._links:
            return
        if self.link_index < 0:
            self.link_index = self._first_visible_link(False)
        else:
            self.link_index = (self.link_index - 1) % len(self._links)

    def action_open_link(self) -> None:
        """Open what the selected link points to."""
        link = self.current_link
        if link is not None:
            self.post_message(self.LinkActivated(self, link.target))

    def action_next_hit(self) -> None:
        """Go to the next search hit in the text."""
        self._goto_hit(1)

    def action_previous_hit(self) -> None:
        """Go to the previous search hit in the text."""
        self._goto_hit(-1)

    @property
    def hit_count(self) -> int:
        return len(self._hits)

    @property
    def hit_index(self) -> int:
        return self._hit_index

    def _goto_hit(self, step: int) -> None:
        if not self._hits:
            self.app.bell()
            return
        self._hit_index = (self._hit_index + step) % len(self._hits)
        self.scroll_to_offset(self._hits[self._hit_index][0])
        self.refresh()

    # -- mouse -----------------------------------------------------------------

    def offset_at(self, x: int, y: int) -> int | None:
        """The document offset shown at widget cell (x, y), if any."""
        index = int(self.scroll_y) + y
        if not (0 <= index < len(self._lines)):
            return None
        line = self._lines[index]
        x -= self.styles.padding.left
        if line.rtl and self.mode == "app":
            content = max(self.scrollable_content_region.width - 1, 1)
            x -= content - line.text.cell_len
        col = 0
        for k, ch in enumerate(line.text.plain):
            w = cell_len(ch)
            if col <= x < col + max(w, 1):
                return line.cells[k] if k < len(line.cells) else None
            col += w
        return None

    def on_click(self, event: events.Click) -> None:
        off = self.offset_at(event.x, event.y)
        if off is None:
            return
        for i, ln in enumerate(self._links):
            if ln.start <= off < ln.end:
                self.link_index = i
                self.post_message(self.LinkActivated(self, ln.target))
                event.stop()
                return

