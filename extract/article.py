"""Reading article files: bytes -> decoded text -> :class:`Article` records.

Interface used by the store and the CLI (kept stable):

- :data:`SUPPORTED_SUFFIXES`: the file kinds import looks at.
- :func:`read_file` (path) -> :class:`FileRead` (articles plus per-part problems), raising
  :class:`ArticleError` with a one-line reason when the whole file is unusable. It raises
  nothing else but :class:`OSError` from reading the file.
- :func:`parse_text` (text) -> :class:`Article` for plain text, :func:`parse_html` for an HTML
  page, :func:`decode` for bytes of unknown encoding.

The file's kind comes from its suffix (``.txt``/``.md`` text, ``.html``/``.htm`` HTML,
``.jsonl``/``.ndjson`` JSON Lines, ``.json`` a JSON array, object or JSON Lines); any other
suffix is sniffed (binary formats refused, HTML recognised by its tags, JSON by its
brackets, else plain text). Every article goes through the same steps: furniture removed
(:mod:`.boilerplate`), then metadata read from its lines (:mod:`.header`) where the file's
own fields (HTML meta tags, JSON fields) do not already give it.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from . import decode as _decode
from .boilerplate import clean_lines, split_lines
from .dates import parse_date
from .header import read_header
from .html import html_fragment_lines, looks_like_html, parse_page
from .records import Article

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ArticleError",
    "FileRead",
    "read_file",
    "parse_text",
    "parse_html",
    "decode",
]

SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".jsonl", ".json", ".ndjson"})

_TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})

# Field names scrapers use, in order of preference.
_TEXT_FIELDS = ("text", "content", "body", "article", "article_text", "articleBody", "full_text", "maintext")
_TITLE_FIELDS = ("title", "headline")
_URL_FIELDS = ("url", "link", "href", "permalink", "source_url")
_DATE_FIELDS = (
    "date",
    "published",
    "published_at",
    "publishedAt",
    "published_time",
    "pubDate",
    "date_published",
    "datePublished",
    "publish_date",
    "time",
    "timestamp",
    "created_at",
)
_SOURCE_FIELDS = ("source", "site", "site_name", "publisher", "outlet", "newspaper", "media")
_LIST_KEYS = ("articles", "items", "data", "results", "posts", "entries", "documents", "news")

_HARD_WRAP_MIN = 45
_HARD_WRAP_MAX = 100
_MD_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_IMAGE_RE = re.compile(r"!\[[^\]\n]{0,300}\]\([^)\n]{0,500}\)")
_MD_LINK_RE = re.compile(r"\[([^\]\n]{1,300})\]\([^)\n]{0,500}\)")
_MD_EMPH_RE = re.compile(r"\*\*|__")
_MD_LINE_RE = re.compile(r"^\s{0,3}(?:>\s?|[-*+]\s+(?=\S))")


class ArticleError(Exception):
    """A file that cannot give any article; the message is a one-line reason."""


@dataclass(frozen=True, slots=True)
class FileRead:
    """What one file gave: its articles and the problems of parts that were skipped."""

    articles: list[Article]
    problems: list[str] = field(default_factory=list)


def decode(data: bytes) -> str:
    """The text of ``data`` in whatever encoding it is; :class:`ArticleError` when none fits."""
    try:
        return _decode.decode(data)
    except _decode.DecodeError as exc:
        raise ArticleError(str(exc)) from None


def _prepare(text: str) -> str:
    """One form for all text: NFC, ``\\n`` line ends, no byte-order marks."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)


def _unwrap(text: str) -> list[str]:
    """Paragraphs of plain text; lines of a hard-wrapped file joined back into paragraphs.

    A file is taken as hard-wrapped when it has blank lines between blocks and nearly all
    of its lines that continue into a next line of the same block are of similar, medium
    length (an editor's fixed width), so a file with one paragraph per line is left alone.
    """
    blocks = [b for b in text.split("\n\n") if b.strip()]
    multi = [b for b in blocks if b.strip().count("\n") >= 1]
    if len(blocks) >= 2 and multi:
        inner = [len(line.strip()) for b in multi for line in b.strip().split("\n")[:-1]]
        wrapped = sum(1 for n in inner if _HARD_WRAP_MIN <= n <= _HARD_WRAP_MAX)
        if inner and wrapped >= 0.8 * len(inner) and len(inner) >= 3:
            return [" ".join(b.split()) for b in blocks]
    return split_lines(text)


def _markdown_lines(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        line = _MD_HEADING_RE.sub("", line)
        line = _MD_IMAGE_RE.sub("", line)
        line = _MD_LINK_RE.sub(r"\1", line)
        line = _MD_EMPH_RE.sub("", line)
        line = _MD_LINE_RE.sub("", line).strip()
        if line and line.strip("-*_=#> ") != "":
            out.append(line)
    return out


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host[4:] if host.startswith("www.") else host


def _build(
    lines: list[str],
    *,
    title: str | None = None,
    source: str | None = None,
    date: str | None = None,
    url: str | None = None,
    part: int | None = None,
    byline: str | None = None,
) -> Article | None:
    """The article of ``lines``: furniture removed, missing metadata read from its lines."""
    cleaned = clean_lines(lines)
    head = read_header(cleaned.paragraphs, title_hint=title or cleaned.title_hint, byline=byline, source=source)
    if not head.paragraphs:
        return None
    return Article(
        text="\n\n".join(head.paragraphs),
        source=source or head.source or _host(url),
        date=date or head.date,
        dateline=head.dateline,
        title=title or head.title,
        url=url,
        part=part,
    )


def _text_article(text: str, *, markdown: bool = False) -> Article | None:
    lines = _unwrap(_prepare(text))
    if markdown:
        lines = _markdown_lines(lines)
    return _build(lines)


def parse_text(text: str) -> Article:
    """A plain-text article: furniture removed, paragraphs one blank line apart, header read."""
    art = _text_article(text)
    if art is None:
        raise ArticleError("no article text")
    return art


def parse_html(html: str) -> Article:
    """An HTML page: the article's main text, title, date and outlet."""
    page = parse_page(_prepare(html))
    art = _build(page.lines, title=page.title, source=page.source, date=page.date, url=page.url, byline=page.byline)
    if art is None:
        raise ArticleError("HTML page with no article text")
    return art


# ---------------------------------------------------------------------------- JSON


class _ItemProblem(Exception):
    """One item of a multi-article file is unusable; the message says why."""


def _field(obj: dict[str, object], names: tuple[str, ...], problems: list[str], where: str) -> str | None:
    """The first present field of ``names`` as a string; a wrong type is noted and skipped."""
    for name in names:
        if name not in obj or obj[name] is None:
            continue
        value = obj[name]
        if isinstance(value, dict) and isinstance(value.get("name"), str):
            value = value["name"]  # {"source": {"id": ..., "name": "..."}}
        if isinstance(value, (int, float)) and not isinstance(value, bool) and name in _DATE_FIELDS:
            # A timestamp; JSON also allows Infinity and NaN, which are no date.
            value = str(int(value)) if math.isfinite(value) else ""
        if not isinstance(value, str):
            problems.append(f"{where}: field '{name}' is not a string (ignored)")
            continue
        if value.strip():
            return value.strip()
    return None


def _item_article(obj: object, where: str, part: int | None, problems: list[str]) -> Article:
    if not isinstance(obj, dict):
        raise _ItemProblem(f"{where}: not a JSON object")
    present = [n for n in _TEXT_FIELDS if obj.get(n) is not None]
    if not present:
        raise _ItemProblem(f"{where}: no text field")
    value = obj[present[0]]
    if not isinstance(value, str):
        raise _ItemProblem(f"{where}: field '{present[0]}' is not a string")
    if not value.strip():
        raise _ItemProblem(f"{where}: empty text")
    notes: list[str] = []
    title = _field(obj, _TITLE_FIELDS, notes, where)
    url = _field(obj, _URL_FIELDS, notes, where)
    date_raw = _field(obj, _DATE_FIELDS, notes, where)
    source = _field(obj, _SOURCE_FIELDS, notes, where)
    problems.extend(notes)
    text = _prepare(value)
    lines = html_fragment_lines(text)
    if lines is None:
        lines = _unwrap(text)
    art = _build(
        lines,
        title=" ".join(_prepare(title).split()) if title else None,
        source=source,
        date=parse_date(date_raw) if date_raw else None,
        url=url,
        part=part,
    )
    if art is None:
        raise _ItemProblem(f"{where}: no article text once page furniture is removed")
    return art


def _finish(articles: list[Article], problems: list[str]) -> FileRead:
    if not articles:
        if problems:
            more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
            raise ArticleError(f"no usable article: {problems[0]}{more}")
        raise ArticleError("no articles in the file")
    return FileRead(articles, problems)


def _json_lines(text: str) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line


def read_json_lines(text: str) -> FileRead:
    """One article per line; a broken line is a problem with its number, the others are read."""
    articles: list[Article] = []
    problems: list[str] = []
    for part, (number, line) in enumerate(_json_lines(text), start=1):
        where = f"line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where}: not valid JSON ({exc.msg})")
            continue
        except RecursionError:
            problems.append(f"{where}: JSON nested too deeply")
            continue
        try:
            articles.append(_item_article(obj, where, part, problems))
        except _ItemProblem as exc:
            problems.append(str(exc))
    return _finish(articles, problems)


def read_json(text: str) -> FileRead:
    """A JSON array of articles, one article object, an object holding a list, or JSON Lines."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        lines = [x for x in text.split("\n") if x.strip()]
        if exc.msg == "Extra data" or (len(lines) > 1 and lines[0].lstrip().startswith("{")):
            return read_json_lines(text)
        raise ArticleError(f"not valid JSON (line {exc.lineno}: {exc.msg})") from None
    except RecursionError:
        raise ArticleError("JSON nested too deeply") from None
    articles: list[Article] = []
    problems: list[str] = []
    if isinstance(data, dict):
        if any(data.get(n) is not None for n in _TEXT_FIELDS):
            try:
                return FileRead([_item_article(data, "object", None, problems)], problems)
            except _ItemProblem as exc:
                raise ArticleError(str(exc)) from None
        inner = next((data[k] for k in _LIST_KEYS if isinstance(data.get(k), list)), None)
        if inner is None:
            raise ArticleError("JSON object with no article text field")
        data = inner
    if not isinstance(data, list):
        raise ArticleError("JSON that is neither an article object nor a list of articles")
    for part, obj in enumerate(data, start=1):
        try:
            articles.append(_item_article(obj, f"item {part}", part, problems))
        except _ItemProblem as exc:
            problems.append(str(exc))
    return _finish(articles, problems)


# ---------------------------------------------------------------------------- files


def _looks_like_json(text: str) -> bool:
    head = text.lstrip()[:1]
    return head in ("{", "[")


def read_text(text: str, suffix: str) -> FileRead:
    """Articles of decoded ``text`` of a file with ``suffix`` (lower case, with the dot)."""
    if not text.strip():
        raise ArticleError("empty file")
    if suffix in _JSONL_SUFFIXES:
        return read_json_lines(text)
    if suffix == ".json":
        return read_json(text)
    if suffix in _HTML_SUFFIXES:
        return FileRead([parse_html(text)])
    if suffix in _TEXT_SUFFIXES:
        # A page saved under a text name is still a page.
        if text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
            return FileRead([parse_html(text)])
        art = _text_article(text, markdown=suffix in (".md", ".markdown"))
        if art is None:
            raise ArticleError("no article text once page furniture is removed")
        return FileRead([art])
    # Unknown suffix: sniff.
    if looks_like_html(text):
        return FileRead([parse_html(text)])
    if _looks_like_json(text):
        try:
            return read_json(text)
        except ArticleError:
            pass
    art = _text_article(text)
    if art is None:
        raise ArticleError("no article text once page furniture is removed")
    return FileRead([art])


def read_file(path: Path) -> FileRead:
    """Read one file of any kind; :class:`ArticleError` (or :class:`OSError`) if unusable."""
    data = path.read_bytes()
    if not data.strip():
        raise ArticleError("empty file")
    kind = _decode.binary_kind(data)
    if kind is not None:
        raise ArticleError(f"binary file ({kind}), not an article")
    text = decode(data)
    return read_text(text, path.suffix.lower())
