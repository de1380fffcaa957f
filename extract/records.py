"""The small typed records that the extraction steps yield and the store keeps.

Every offset refers to the clean text of the article (``Article.text``), so that
``text[start:end] == surface`` holds for every mention and quotation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

EntityType = Literal["person", "organization", "location", "event", "media"]
ENTITY_TYPES: tuple[EntityType, ...] = ("person", "organization", "location", "event", "media")


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from a file: the clean text and what its header tells."""

    text: str
    """The clean text: boilerplate removed, paragraphs separated by one blank line."""
    source: str | None = None
    """The outlet that published it (حرية، الأخبار...)."""
    date: str | None = None
    """Publication date, ISO ``YYYY-MM-DD``."""
    dateline: str | None = None
    """The place the report is filed from (بغداد in ``بغداد |``)."""
    title: str | None = None
    url: str | None = None
    part: int | None = None
    """For files that hold several articles (JSON Lines, JSON arrays): 1-based position."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One place in the text where an entity is named."""

    surface: str
    start: int
    end: int
    rule: str = "exact"
    """How this mention was tied to its entity (exact, gazetteer, surname, variant:93...)."""

    # Import sends every record from a worker to the writer by pickle. As a constructor
    # call a record pickles and unpickles in half the time of a slotted dataclass's state.
    def __reduce__(self) -> tuple[type[Mention], tuple[str, int, int, str]]:
        return (Mention, (self.surface, self.start, self.end, self.rule))


@dataclass(frozen=True, slots=True)
class Entity:
    """An entity of one article with all its mentions."""

    canonical: str
    type: EntityType
    mentions: tuple[Mention, ...] = ()

    def __reduce__(self) -> tuple[Callable[..., Entity], tuple[str, EntityType, tuple[Mention, ...]]]:
        return (Entity, (self.canonical, self.type, self.mentions))


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation and who said it (textacy's DQTriple, with offsets)."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    """Canonical name of the speaker's entity, or a descriptive phrase (مصادر خاصة)."""
    speaker_surface: str | None = None
    """The speaker as written where the quotation is attributed."""
    verb: str | None = None
    """The reporting verb or participle (قال، أضاف، مشيراً...)."""
    speaker_is_entity: bool = False
    """True when ``speaker`` is the canonical name of one of the article's entities."""

    def __reduce__(
        self,
    ) -> tuple[type[Quote], tuple[str, int, int, str | None, str | None, str | None, bool]]:
        return (
            Quote,
            (self.text, self.start, self.end, self.speaker, self.speaker_surface, self.verb, self.speaker_is_entity),
        )


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    notes: tuple[str, ...] = field(default=())
    """Explanations of merges (which rule or score tied two names), for the store."""


def extraction_json(ex: Extraction) -> dict[str, object]:
    """The ``entities`` and ``quotes`` fields of the ``rased extract --json`` contract."""
    return {
        "entities": [
            {
                "canonical": e.canonical,
                "type": e.type,
                "mentions": [{"surface": m.surface, "start": m.start, "end": m.end} for m in e.mentions],
            }
            for e in ex.entities
        ],
        "quotes": [
            {
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "speaker": q.speaker,
                "speaker_surface": q.speaker_surface,
                "verb": q.verb,
            }
            for q in ex.quotes
        ],
    }
