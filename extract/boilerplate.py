"""Web-page furniture in an article's paragraphs, and the rules that remove it.

An article saved from a news site as text, or the blocks taken out of its HTML, carries
lines that are not the article: breadcrumbs (``الرئيسية / قسم / العنوان``), the title
repeated, view counters, share and follow bars, "related"/"see also"/"latest news" labels
with the headline links after them, teasers cut with an ellipsis, comment forms, and the
section label repeated at the end. The rules here are general: a word list of furniture
labels (``data/boilerplate_ar.txt``) plus the shape of the lines around them (short
headline-like lines after a label, the tail of a page after a comment form). Every rule
looks at one line at a time with bounded patterns, so cleaning is linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from .normalize import normalize

__all__ = ["Furniture", "furniture", "clean_lines", "Cleaned", "word_count", "is_headline_like"]

# A line longer than this is a paragraph, whatever words it holds.
_SHORT_WORDS = 15
_TAIL_SHARE = 0.5

_BREADCRUMB_SEP_RE = re.compile(r"\s*(?:/|»|›|>|<|‹|«|\\|→|←|::|\|)\s*")
_MENU_SEP_RE = re.compile(r"\s*[|•·]\s*")
_MENU_CHARS_RE = re.compile(r"[|•·]")
_BREADCRUMB_CHARS_RE = re.compile(r"[/»›><‹«\\→←:|]")
_HOME_WORDS = frozenset(normalize(w) for w in ("الرئيسية", "الصفحة الرئيسية", "home", "الرئيسي", "الأخبار"))
_COUNTER_RE = re.compile(
    r"^(?:(?:عدد\s+)?(?:المشاهدات|المشاهدة|مشاهدات|مشاهدة|القراءات|قراءات|قراءة|زيارات|الزيارات|views?|reads?)\s*[:：]?\s*)?"
    r"[0-9٠-٩][0-9٠-٩,.،٬]{0,12}\s*"
    r"(?:k|ك|ألف|الف)?\s*(?:مشاهدة|مشاهدات|زيارة|زيارات|قراءة|قراءات|تعليق|تعليقات|views?|reads?|comments?)?$",
    re.IGNORECASE,
)
_TEASER_END_RE = re.compile(r"(?:\.\.\.|…|\.\.|\[…\]|\[\.\.\.\])\s*$")
_SENTENCE_END_RE = re.compile(r"[.!؟?:»”\"]\s*$")
_WS_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Furniture:
    """The furniture word lists, normalised: exact lines and line prefixes per kind."""

    exact: dict[str, str]
    prefixes: dict[str, tuple[tuple[str, str], ...]]
    """Prefix entries by their first word."""
    social: frozenset[str]


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    """The word lists of ``data/boilerplate_ar.txt``, loaded once."""
    text = resources.files("rased.extract").joinpath("data/boilerplate_ar.txt").read_text("utf-8")
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    social: set[str] = set()
    kind = "line"
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            kind = line[1:-1]
            continue
        star = line.endswith("*")
        key = normalize(line.rstrip("*"))
        if not key:
            continue
        if kind == "social":
            social.add(key)
        elif star:
            prefixes.append((key, kind))
            exact.setdefault(key, kind)
        else:
            exact.setdefault(key, kind)
    by_word: dict[str, list[tuple[str, str]]] = {}
    for prefix, pkind in prefixes:
        by_word.setdefault(prefix.split()[0], []).append((prefix, pkind))
    return Furniture(exact, {w: tuple(v) for w, v in by_word.items()}, frozenset(social))


def word_count(line: str) -> int:
    """Words in ``line`` (white-space separated); long lines are counted by their spaces."""
    if len(line) < 300:
        return len(line.split())
    # Lines here have single spaces (see split_lines); counting them allocates nothing.
    return line.count(" ") + 1


def _kind(key: str, words: int) -> str | None:
    """The furniture kind of a normalised short line, or None for an ordinary line."""
    f = furniture()
    kind = f.exact.get(key)
    if kind:
        return kind
    if words <= _SHORT_WORDS:
        first, _, _ = key.partition(" ")
        for prefix, pkind in f.prefixes.get(first, ()):
            if key.startswith(prefix):
                return pkind
    return None


def _is_social_bar(key: str) -> bool:
    """A line made only of share/follow words ("فيسبوك تويتر واتساب")."""
    if not key:
        return False
    social = furniture().social
    words = key.split()
    i = 0
    # Greedy match of one- and two-word entries.
    while i < len(words):
        if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in social:
            i += 2
        elif words[i] in social:
            i += 1
        else:
            return False
    return True


def breadcrumb_parts(line: str) -> list[str] | None:
    """The parts of a breadcrumb line (``الرئيسية / تقارير / العنوان``), or None."""
    if word_count(line) > 40 or not _BREADCRUMB_CHARS_RE.search(line):
        return None
    parts = [p.strip() for p in _BREADCRUMB_SEP_RE.split(line) if p.strip()]
    if len(parts) < 2:
        return None
    first = normalize(parts[0])
    if first in _HOME_WORDS:
        return parts
    # Without a "home" word, only a chain of angle-quote separators of short parts; a line
    # that also opens guillemets (or ends a sentence) is quoted speech, not a path.
    if (
        line.count("»") + line.count("›") >= 2
        and "«" not in line
        and "‹" not in line
        and not line.rstrip().endswith(".")
        and all(word_count(p) <= 6 for p in parts[:-1])
    ):
        return parts
    return None


def is_menu(line: str) -> bool:
    """A row of menu items: three or more short parts between bars or bullets."""
    if len(line) > 300 or not _MENU_CHARS_RE.search(line):
        return False
    parts = [p for p in _MENU_SEP_RE.split(line) if p.strip()]
    return len(parts) >= 3 and all(word_count(p) <= 3 for p in parts)


def _inline_related(line: str) -> bool:
    """ "اقرأ أيضا: headline" on one line."""
    label, colon, rest = line.partition(":")
    if not colon or len(label) > 40 or word_count(rest) > 25:
        return False
    return furniture().exact.get(normalize(label)) == "related"


def is_headline_like(line: str) -> bool:
    """A short line that reads like a link's headline: few words, no full stop at the end."""
    words = word_count(line)
    if words > 20:
        return False
    stripped = line.rstrip()
    return not stripped.endswith((".", "۔")) or bool(_TEASER_END_RE.search(stripped))


def is_teaser(line: str) -> bool:
    """An excerpt cut short with an ellipsis, as related-article lists show them."""
    return word_count(line) <= 80 and bool(_TEASER_END_RE.search(line))


def is_counter(line: str) -> bool:
    """A view/comment counter standing alone (``294``, ``1,204 مشاهدة``)."""
    return len(line) <= 40 and bool(_COUNTER_RE.match(line.strip()))


@dataclass(slots=True)
class Cleaned:
    """Paragraphs with the furniture removed, and what the furniture told."""

    paragraphs: list[str]
    title_hint: str | None = None
    """The last part of a breadcrumb (usually the title)."""
    removed: list[str] = field(default_factory=list)


def clean_lines(lines: list[str]) -> Cleaned:
    """Remove furniture from ``lines`` (one paragraph each, already stripped, none empty)."""
    total_chars = sum(len(x) for x in lines) or 1
    keys = [normalize(x) if word_count(x) <= _SHORT_WORDS else "" for x in lines]
    sections: set[str] = set()
    title_hint: str | None = None
    kept: list[str] = []
    removed: list[str] = []
    seen: set[str] = set()
    in_related = False
    before = 0  # characters of the lines before the current one
    for i, line in enumerate(lines):
        key = keys[i]
        words = word_count(line)
        pos = before / total_chars
        before += len(line)
        if in_related:
            if is_headline_like(line) or is_teaser(line):
                removed.append(line)
                continue
            in_related = False
        kind = _kind(key, words) if key else None
        if kind == "comment" and pos >= _TAIL_SHARE:
            # A comment form near the end: what follows is the form, comments and footer.
            removed.extend(lines[i:])
            break
        if kind == "related":
            in_related = True
            removed.append(line)
            continue
        if kind is not None or (key and (_is_social_bar(key) or is_menu(line) or _inline_related(line))):
            removed.append(line)
            continue
        if is_counter(line):
            removed.append(line)
            continue
        if key:
            parts = breadcrumb_parts(line)
            if parts is not None:
                # Its middle parts are section names, which pages repeat as lone labels.
                sections.update(normalize(p) for p in parts[1:-1])
                if title_hint is None and word_count(parts[-1]) >= 3:
                    title_hint = parts[-1]
                removed.append(line)
                continue
        dedup = key or line
        if dedup in seen:
            removed.append(line)  # the title, a headline or a paragraph shown twice
            continue
        if dedup:
            seen.add(dedup)
        kept.append(line)
    if sections:
        out = []
        for line in kept:
            if word_count(line) <= 4 and normalize(line) in sections:
                removed.append(line)
            else:
                out.append(line)
        kept = out
    return Cleaned(kept, title_hint, removed)


def split_lines(text: str) -> list[str]:
    """The non-empty lines of ``text``, each stripped, inner runs of spaces kept as one."""
    out = []
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            out.append(_WS_RE.sub(" ", line) if "  " in line or "\t" in line else line)
    return out
