"""HTML pages saved from news sites: the article's paragraphs and the page's metadata.

Parsing is selectolax's Lexbor parser (fast, tolerant of broken markup). The page's
furniture goes in three steps: elements that never hold article text (scripts, styles,
forms, iframes, nav, aside...) are removed; the main container is chosen (an
``articleBody``/``<article>``/known content class, else the element whose ``<p>`` children
hold the most text); inside it, elements whose class or id names furniture (share,
comments, related, breadcrumb, tags...) are removed. The text is then cut at block
elements into paragraphs, and the same line rules as for plain text run on them.

Metadata comes from the page's own declarations: Open Graph and article meta tags,
``<time datetime>``, JSON-LD (``NewsArticle``), ``<h1>`` and ``<title>``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .dates import parse_date
from .header import read_byline

__all__ = ["HtmlPage", "parse_page", "looks_like_html", "html_fragment_lines"]

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "template",
    "nav",
    "aside",
    "footer",
    "dialog",
    "video",
    "audio",
    "map",
    "head",
    "figure",
    "figcaption",
    "picture",
)
_BLOCK_TAGS = (
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "figure",
    "figcaption",
    "hr",
    "address",
)
# Class/id words of furniture. Matched against the words of a class or id attribute
# ("post-share-buttons" -> post, share, buttons), so "shares" or "header" match but
# "thread" or "loads" do not.
_FURNITURE_STEMS = (
    "share",
    "sharing",
    "social",
    "comment",
    "related",
    "breadcrumb",
    "menu",
    "navbar",
    "nav",
    "sidebar",
    "widget",
    "footer",
    "header",
    "masthead",
    "advert",
    "ads",
    "ad",
    "banner",
    "newsletter",
    "subscribe",
    "popular",
    "trending",
    "mostread",
    "latest",
    "cookie",
    "popup",
    "modal",
    "pagination",
    "pager",
    "tags",
    "tag",
    "keywords",
    "author",
    "byline",
    "meta",
    "print",
    "follow",
    "recommend",
    "recommended",
    "readmore",
    "more",
    "promo",
    "sponsor",
    "outbrain",
    "taboola",
    "disqus",
    "reply",
    "respond",
    "login",
    "search",
    "ticker",
    "breaking",
)
_FURNITURE = frozenset(_FURNITURE_STEMS) | frozenset(s + "s" for s in _FURNITURE_STEMS)
# Bounds that keep a hostile page (100,000 nested furniture divs) from taking quadratic time.
_MAX_DEPTH = 256
_MAX_FURNITURE = 500
_CLASS_WORD_RE = re.compile(r"[a-z]+")
_CONTENT_SELECTORS = (
    '[itemprop="articleBody"]',
    "[data-article-body]",
    ".article-body",
    ".article-content",
    ".article__body",
    ".article-text",
    ".entry-content",
    ".post-content",
    ".post-body",
    ".story-body",
    ".news-content",
    ".news-body",
    ".td-post-content",
    "#article-body",
    "#articleBody",
    "#content-body",
)
_SPACE_RE = re.compile(r"[ \t\r\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_TITLE_SEP_RE = re.compile(r"\s+(?:\||-|–|—|::|»|·)\s+")
_TAG_SNIFF_RE = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|script|style|span|a|table|br|h[1-6])[\s>/]",
    re.IGNORECASE,
)
_FRAGMENT_RE = re.compile(r"</?(?:p|div|br|span|a|b|i|strong|em|h[1-6]|ul|li|blockquote|article|section)[\s>/]", re.I)


@dataclass(slots=True)
class HtmlPage:
    """What a page gave: its paragraphs (furniture not yet removed by line rules) and metadata."""

    lines: list[str] = field(default_factory=list)
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    site_names: list[str] = field(default_factory=list)
    byline: str | None = None
    """The short text of an author/byline element (طرابلس - بوابة الوسط), read for the dateline."""


_BYLINE_WORDS = frozenset({"author", "byline", "dateline", "place", "location"})


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` has the tags of an HTML document."""
    head = text[:4096]
    return len(_TAG_SNIFF_RE.findall(head)) >= 2 or head.lstrip()[:15].lower().startswith(("<!doctype", "<html"))


def _words(value: str | None) -> set[str]:
    return set(_CLASS_WORD_RE.findall((value or "").lower()))


def _is_furniture(node: LexborNode) -> bool:
    attrs = node.attributes
    words = _words(attrs.get("class")) | _words(attrs.get("id"))
    role = (attrs.get("role") or "").lower()
    if role in ("navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"):
        return True
    if (attrs.get("aria-hidden") or "") == "true" or "hidden" in attrs:
        return True
    return bool(words & _FURNITURE)


def _text(node: LexborNode | None) -> str:
    if node is None:
        return ""
    return " ".join(node.text(deep=True).split())


def _meta(tree: LexborHTMLParser, *names: str) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            node = tree.css_first(f'meta[{attr}="{name}"]')
            if node is not None:
                content = (node.attributes.get("content") or "").strip()
                if content:
                    return content
    return None


def _json_ld(tree: LexborHTMLParser) -> list[dict[str, object]]:
    """The JSON-LD objects of the page, flattened out of lists and ``@graph``."""
    out: list[dict[str, object]] = []
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True)
        if not raw or len(raw) > 2_000_000:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        stack: list[object] = [data]
        while stack and len(out) < 50:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item[:50])
            elif isinstance(item, dict):
                out.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph[:50])
    return out


def _ld_str(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, dict):
        return _ld_str(value.get("name"))
    if isinstance(value, list) and value:
        return _ld_str(value[0])
    return None


def _is_article_type(obj: dict[str, object]) -> bool:
    t = obj.get("@type")
    types = t if isinstance(t, list) else [t]
    return any(isinstance(x, str) and ("Article" in x or x in ("BlogPosting", "Report")) for x in types)


def clean_title(title: str | None, site_names: list[str]) -> str | None:
    """The title without the site name after ``|`` or `` - `` (or before it)."""
    if not title:
        return None
    title = " ".join(title.split())
    parts = _TITLE_SEP_RE.split(title)
    if len(parts) > 1:
        names = {" ".join(n.split()).casefold() for n in site_names if n}
        kept = [p for p in parts if p.casefold() not in names]
        if len(kept) == len(parts):
            # No known site name: drop a short last (or first) part, the usual site suffix.
            if len(parts[-1].split()) <= 4 and len(parts[0].split()) >= 3:
                kept = parts[:-1]
            elif len(parts[0].split()) <= 3 and len(parts[-1].split()) >= 4:
                kept = parts[1:]
        if kept:
            title = " - ".join(kept)
    return title or None


def _title_site(title: str) -> str | None:
    """The site's name as a page title's suffix ("... - موقع الضاحية نيوز"), if it reads as one."""
    parts = _TITLE_SEP_RE.split(title)
    if len(parts) < 2:
        return None
    last, first = parts[-1].strip(), parts[0].strip()
    if 1 <= len(last.split()) <= 5 and len(first.split()) >= 3:
        return last
    if 1 <= len(first.split()) <= 3 and len(last.split()) >= 4:
        return first
    return None


def _main_container(body: LexborNode) -> LexborNode:
    for sel in _CONTENT_SELECTORS:
        node = body.css_first(sel)
        if node is not None and len(_text(node)) >= 80:
            return node
    articles = body.css("article")
    if articles:
        best = max(articles, key=lambda n: len(_text(n)))
        if len(_text(best)) >= 200:
            return best
    # Readability's idea: a paragraph's text counts for its parent and half for the grandparent.
    scores: dict[int, float] = {}
    nodes: dict[int, LexborNode] = {}
    for p in body.css("p"):
        n = len(_text(p))
        if n < 25:
            continue
        parent = p.parent
        if parent is None:
            continue
        scores[parent.mem_id] = scores.get(parent.mem_id, 0.0) + n
        nodes[parent.mem_id] = parent
        grand = parent.parent
        if grand is not None:
            scores[grand.mem_id] = scores.get(grand.mem_id, 0.0) + n / 2
            nodes[grand.mem_id] = grand
    if scores:
        best_id = max(scores, key=lambda k: scores[k])
        return nodes[best_id]
    main = body.css_first("main")
    return main if main is not None else body


def _remove(nodes: list[LexborNode]) -> None:
    """Decompose ``nodes``, skipping any inside another one (already gone with it)."""
    chosen = {n.mem_id for n in nodes}
    top = []
    for n in nodes:
        anc = n.parent
        inside = False
        depth = 0
        while anc is not None:
            depth += 1
            # Deeper than any real page: leave the node alone rather than walk forever.
            if anc.mem_id in chosen or depth > _MAX_DEPTH:
                inside = True
                break
            anc = anc.parent
        if not inside:
            top.append(n)
    for n in top:
        n.decompose()


def _lines_of(node: LexborNode) -> list[str]:
    for br in node.css("br"):
        br.replace_with("\n")
    for tag in _BLOCK_TAGS:
        for b in node.css(tag):
            b.insert_before("\n")
            b.insert_after("\n")
    text = node.text(deep=True)
    out = []
    for raw in text.split("\n"):
        line = _SPACE_RE.sub(" ", raw).strip()
        if line:
            out.append(line)
    return out


def html_fragment_lines(text: str) -> list[str] | None:
    """The paragraphs of an HTML fragment (a scraper's ``text`` field), or None for plain text."""
    if not _FRAGMENT_RE.search(text[:20000]):
        return None
    tree = LexborHTMLParser(text)
    body = tree.body
    if body is None:
        return []
    _remove(body.css(",".join(_DROP_TAGS)))
    return _lines_of(body)


def parse_page(html: str) -> HtmlPage:
    """Paragraphs and metadata of an HTML page."""
    tree = LexborHTMLParser(html)
    page = HtmlPage()
    ld = _json_ld(tree)
    ld_article = next((o for o in ld if _is_article_type(o)), None)

    site = _meta(tree, "og:site_name", "application-name", "al:android:app_name", "twitter:site")
    if site and site.startswith("@"):
        site = None
    if site is None and ld_article is not None:
        site = _ld_str(ld_article.get("publisher"))
    if site is None:
        site = next(
            (
                _ld_str(o.get("name"))
                for o in ld
                if o.get("@type") in ("Organization", "NewsMediaOrganization", "WebSite")
            ),
            None,
        )
    page.source = site
    page.site_names = [s for s in (site,) if s]

    page.url = _meta(tree, "og:url")
    if page.url is None:
        canon = tree.css_first('link[rel="canonical"]')
        if canon is not None:
            page.url = canon.attributes.get("href") or None
    if page.url and not urlsplit(page.url).scheme.startswith("http"):
        page.url = None

    date_raw = _meta(
        tree,
        "article:published_time",
        "og:article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "date",
        "DC.date.issued",
        "dc.date",
        "sailthru.date",
        "parsely-pub-date",
    )
    page.date = parse_date(date_raw) if date_raw else None
    if page.date is None and ld_article is not None:
        page.date = parse_date(_ld_str(ld_article.get("datePublished")) or "")
    if page.date is None:
        for t in tree.css("time"):
            page.date = parse_date(t.attributes.get("datetime") or "") or parse_date(_text(t))
            if page.date:
                break

    h1 = tree.css_first("h1")
    title_tag = tree.css_first("title")
    ld_title = _ld_str(ld_article.get("headline")) if ld_article is not None else None
    for cand in (_meta(tree, "og:title", "twitter:title"), ld_title, _text(h1), _text(title_tag)):
        cleaned = clean_title(cand, page.site_names)
        if cleaned:
            page.title = cleaned
            break
    if page.source is None:
        page.source = _title_site(_text(title_tag))

    body = tree.body
    if body is None:
        return page
    _remove(body.css(",".join(_DROP_TAGS)))
    main = _main_container(body)
    main_len = len(_text(main)) or 1
    drop: list[LexborNode] = []
    bylines: list[str] = []
    for node in main.css("*"):
        if len(drop) >= _MAX_FURNITURE:
            break
        if node.tag == "header" or _is_furniture(node):
            # A wrapper with a misleading class ("has-sidebar") must not take the article with it.
            if len(_text(node)) <= 0.5 * main_len:
                drop.append(node)
                if _words(node.attributes.get("class")) & _BYLINE_WORDS:
                    line = _text(node)
                    if 0 < len(line.split()) <= 8:
                        bylines.append(line)
    for k, node in enumerate(body.css("[class]")):
        if k > 400:
            break
        if _words(node.attributes.get("class")) & _BYLINE_WORDS:
            line = _text(node)
            if 0 < len(line.split()) <= 8:
                bylines.append(line)
    # A byline element holds a label, an author and a place in parts of its own (المصدر: | عماد
    # عبدالحميد - دبي): the part that names a place is the byline.
    page.byline = next((line for line in bylines if read_byline(line)[0] is not None),
                       bylines[0] if bylines else None)
    _remove(drop)
    page.lines = _lines_of(main)
    if not page.lines and ld_article is not None:
        ld_body = _ld_str(ld_article.get("articleBody"))
        if ld_body:
            page.lines = [x.strip() for x in ld_body.split("\n") if x.strip()]
    return page
