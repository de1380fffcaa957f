"""Rows the store hands to the CLI and the explorer: small frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One document as listed: everything but its text."""

    id: int
    uid: str
    path: str
    source: str | None
    date: str | None
    dateline: str | None
    title: str | None
    first_line: str
    n_entities: int
    n_quotes: int
    n_chars: int


@dataclass(frozen=True, slots=True)
class Document(DocumentRow):
    """One document with its clean text (every stored offset refers to ``text``)."""

    text: str = ""
    url: str | None = None

    @property
    def row(self) -> DocumentRow:
        """The document as listed, without its text."""
        return DocumentRow(*(getattr(self, f.name) for f in fields(DocumentRow)))


@dataclass(frozen=True, slots=True)
class EntityRow:
    """An entity across the whole store, with its precomputed counts."""

    id: int
    name: str
    type: str
    key: str
    n_documents: int
    n_mentions: int
    n_quotes: int
    n_aliases: int


@dataclass(frozen=True, slots=True)
class AliasRow:
    """One spelling of an entity, how often it occurs and which rule tied it."""

    alias: str
    count: int
    rule: str


@dataclass(frozen=True, slots=True)
class MentionRow:
    """One mention of an entity in a document."""

    id: int
    doc_id: int
    entity_id: int
    entity_name: str
    entity_type: str
    start: int
    end: int
    surface: str
    rule: str


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """A quotation with its speaker and the document's citation fields."""

    id: int
    doc_id: int
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_surface: str | None
    verb: str | None
    speaker_entity_id: int | None
    source: str | None
    date: str | None
    path: str


@dataclass(frozen=True, slots=True)
class EntityDocument:
    """A document that mentions an entity, at its first mention."""

    document: DocumentRow
    first_start: int
    first_end: int
    sentence: str
    mentions: int


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A full-text search hit with a snippet of the original text."""

    doc_id: int
    path: str
    source: str | None
    date: str | None
    title: str | None
    snippet: str
    snippet_spans: list[tuple[int, int]] = field(default_factory=list)
    score: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "source": self.source,
            "date": self.date,
            "title": self.title,
            "snippet": self.snippet,
            "highlights": [list(s) for s in self.snippet_spans],
            "score": round(self.score, 4),
        }
