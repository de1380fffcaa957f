"""The extraction step that import runs once per article.

``extract(text)`` is the single entry point: the store calls it in worker processes and
``rased extract`` calls it directly. It must never raise and its offsets always refer to
``text``. Steps: quotation spans and tokens (:mod:`.quotes`, :mod:`.textview`), names
(:mod:`.entities`), entities (:mod:`.resolve`), quotations with speakers (:mod:`.quotes`).
Word lists and the gazetteer are loaded once per process.
"""

from __future__ import annotations

from .entities import detect
from .gazetteer import gazetteer
from .lexicon import lexicon
from .nested import add_nested_places
from .normalize import name_key, normalize
from .quotes import extract_quotes, find_spans
from .records import Article, Entity, Extraction, Quote
from .resolve import entity_key, resolve
from .textview import build_view

__all__ = ["extract", "extract_article", "extract_strict"]

# Above this size a text is not an article (a dump or a binary file read as text): it is
# cut for extraction so one bad file cannot hold a worker for minutes.
MAX_CHARS = 2_000_000


def extract_strict(text: str) -> Extraction:
    """The extraction itself; exceptions propagate (tests call this one)."""
    if not text:
        return Extraction()
    work = text[:MAX_CHARS]
    lex = lexicon()
    gaz = gazetteer()
    view = build_view(work)
    spans = find_spans(work)
    raws = detect(view, gaz, lex, [(q.start, q.end) for q in spans])
    res = resolve(view, raws, gaz, lex)
    quotes = extract_quotes(view, res, lex, spans)
    checked: list[Quote] = [q for q in quotes if text[q.start : q.end] == q.text]
    entities = add_nested_places(view, tuple(res.entities), gaz, lex)
    return Extraction(entities=entities, quotes=tuple(checked), notes=tuple(res.notes))


def extract(text: object) -> Extraction:
    """Entities and quotations of one article's clean text; never raises."""
    if not isinstance(text, str):
        return Extraction()
    try:
        return extract_strict(text)
    except Exception as exc:  # noqa: BLE001 - one odd article must not stop an import
        return Extraction(notes=(f"extraction failed: {exc.__class__.__name__}",))


def _dateline_is_a_place(ex: Extraction, article: Article) -> Extraction:
    """The words opening the text before a dash are the outlet or the dateline; the text
    alone cannot tell (فكيك – … reads like الوقت- …). Where the header read them as the
    dateline, the mention is of that place: it joins the place's entity, or becomes one."""
    dateline = name_key(article.dateline or "")
    if not dateline or dateline == name_key(article.source or ""):
        return ex
    opening = [e for e in ex.entities if e.type == "media" and name_key(e.canonical) == dateline
               and e.mentions and all(m.rule == "source-line" for m in e.mentions)]
    if not opening:
        return ex
    moved = opening[0]
    entities: list[Entity] = []
    home = next((e for e in ex.entities if e.type == "location" and name_key(e.canonical) == dateline), None)
    for e in ex.entities:
        if e is moved:
            if home is None:
                entities.append(Entity(e.canonical, "location", e.mentions))
        elif e is home:
            merged = sorted((*e.mentions, *moved.mentions), key=lambda m: m.start)
            entities.append(Entity(e.canonical, e.type, tuple(merged)))
        else:
            entities.append(e)
    return Extraction(entities=tuple(entities), quotes=ex.quotes, notes=ex.notes)


def extract_article(article: Article) -> Extraction:
    """:func:`extract` on the article's text, plus the outlet that published it.

    The outlet (read from a header, byline, credit line or the file's fields) is an actor
    of every article, so it is a media entity of it. When the text itself names it, the
    entity passes have found it with its mentions; otherwise (an HTML byline is not in the
    clean text; a common word such as الوقت is not searched for) it has none. Never raises.
    """
    ex = _dateline_is_a_place(extract(article.text), article)
    source = (article.source or "").strip()
    if not name_key(source) or len(source) > 80:
        return ex
    # The same outlet under its head word (قناة المملكة for المملكة) or as its site's name
    # (الميادين نت for الميادين) is already there.
    key = entity_key(source, "media")
    words = set(normalize(source).split())
    for e in ex.entities:
        if name_key(e.canonical) == name_key(source) or entity_key(e.canonical, "media") == key:
            return ex
        if e.type == "media":
            other = set(normalize(e.canonical).split())
            if other and (other <= words or words <= other):
                return ex
    return Extraction(
        entities=(*ex.entities, Entity(source, "media", ())),
        quotes=ex.quotes,
        notes=(*ex.notes, f"{source}: the article's outlet"),
    )
