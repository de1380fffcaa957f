"""The benchmark corpus: N realistic article files built from the sample articles.

The sample articles' paragraphs become templates: every name they contain (from the
extraction gazetteer and ``data/names.txt``) is a slot that each generated article fills
with another person, organisation or place, chosen with a long-tailed (Zipf-like)
distribution so that a few names are everywhere and most are rare, as in a real
collection. Articles get other outlets, dates spread over eleven years, quotation
paragraphs whose statements recur across outlets (so near-duplicate quotations exist),
spelling variants (hamza, ta marbuta) and a long tail of rare words. Files are laid out
like a researcher's folder: mostly ``.txt``, some ``.html`` pages with menus and comment
forms, and one JSON Lines feed.

Everything is deterministic for a seed: article ``i`` depends only on ``(seed, i)``, so
the corpus is the same whatever the number of generating processes.
"""

from __future__ import annotations

import html
import json
import math
import multiprocessing
import os
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

__all__ = ["Model", "build_model", "generate_corpus", "build_queries", "CorpusInfo"]

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SAMPLE_DIR = REPO / "sample_data"
GAZETTEER = REPO / "extract" / "data" / "gazetteer.tsv"
NAMES = HERE / "data" / "names.txt"

_SLOT = "\x01"
_ARABIC_LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءةى"
_START_DAY = date(2015, 1, 1)
_DAYS = (date(2025, 12, 31) - _START_DAY).days
_MONTHS_AR = [
    "كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران",
    "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول",
]  # fmt: skip
_WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
_QUOTE_RE = re.compile(r"[“«\"]([^”»\"\n]{25,400})[”»\"]")


@dataclass
class Model:
    """What the generator recombines: templates, statements and name lists."""

    paragraphs: list[list[str]]
    """Templates: text pieces alternating with slot kinds (P, O, L)."""
    statements: list[list[str]]
    persons: list[str]
    """The most named people (two-part names); :meth:`person` adds a long tail of others."""
    first_names: list[str]
    family_names: list[str]
    organizations: list[str]
    places: list[str]
    outlets: list[str]
    titles: list[str]
    verbs: list[str]
    lexicon_size: int
    """How many rare words :func:`rare_word` gives (index 0 the most frequent)."""
    common_words: list[str] = field(default_factory=list)

    def person(self, k: int) -> str:
        """The ``k``-th person of the collection: the listed ones, then three-part names."""
        if k < len(self.persons):
            return self.persons[k]
        x = (k * 2_654_435_761) % 4_294_967_291
        first, x = x % len(self.first_names), x // len(self.first_names)
        father, x = x % len(self.first_names), x // len(self.first_names)
        return f"{self.first_names[first]} {self.first_names[father]} {self.family_names[x % len(self.family_names)]}"


def _sections(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            out[current] = []
        else:
            out[current].append(line)
    return out


def _gazetteer() -> dict[str, list[str]]:
    """Surface forms of the gazetteer by kind (P, O, L); empty when there is no gazetteer."""
    kinds = {"person": "P", "organization": "O", "location": "L"}
    out: dict[str, list[str]] = {"P": [], "O": [], "L": []}
    if not GAZETTEER.exists():
        return out
    for line in GAZETTEER.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or parts[0] not in kinds:
            continue
        forms = [parts[1]] + ([a for a in parts[2].split("|") if a] if len(parts) > 2 else [])
        out[kinds[parts[0]]].extend(f.strip() for f in forms if len(f.strip()) >= 3)
    return out


def _template(text: str, name_re: re.Pattern[str], kind_of: dict[str, str]) -> list[str]:
    pieces: list[str] = []
    last = 0
    for m in name_re.finditer(text):
        pieces.append(text[last : m.start()])
        pieces.append(kind_of[m.group(0)])
        last = m.end()
    pieces.append(text[last:])
    return pieces


def _split_long(paragraph: str, limit: int = 700) -> list[str]:
    if len(paragraph) <= limit:
        return [paragraph]
    out: list[str] = []
    cur = ""
    for sentence in re.split(r"(?<=[.!؟])\s+", paragraph):
        if cur and len(cur) + len(sentence) > limit:
            out.append(cur)
            cur = ""
        cur = f"{cur} {sentence}".strip()
    if cur:
        out.append(cur)
    return out


@lru_cache(maxsize=4)
def build_model(seed: int = 0) -> Model:
    """Read the samples, the gazetteer and the name lists into a generator model."""
    samples = sorted(SAMPLE_DIR.glob("*.txt"))
    if not samples:
        raise SystemExit(f"bench: no sample articles in {SAMPLE_DIR} (run from a checkout of rased)")
    names = _sections(NAMES)
    gaz = _gazetteer()
    kind_of: dict[str, str] = {}
    for kind, forms in (("L", gaz["L"] + names["place"]), ("O", gaz["O"] + names["organization"]), ("P", gaz["P"])):
        for f in forms:
            kind_of.setdefault(f, kind)
    alternation = "|".join(re.escape(n) for n in sorted(kind_of, key=len, reverse=True))
    # A name counts only as a whole word (clitics before it are fine: لحماس, وطهران).
    name_re = re.compile(f"(?<![\\w])(?:[وفبلك]|ال|لل)?(?:{alternation})(?![\\w])")
    bare_kind = {}
    for f, k in kind_of.items():
        for clitic in ("", "و", "ف", "ب", "ل", "ك", "ال", "لل"):
            bare_kind[clitic + f] = k

    paragraphs: list[list[str]] = []
    clauses: list[list[str]] = []
    for path in samples:
        text = path.read_text(encoding="utf-8")
        for para in text.split("\n"):
            para = " ".join(para.split())
            if len(para.split()) < 8:
                continue
            for piece in _split_long(para):
                paragraphs.append(_template(piece, name_re, bare_kind))
            for m in _QUOTE_RE.finditer(para):
                clauses.append(_template(m.group(1).strip(), name_re, bare_kind))
            for sentence in re.split(r"(?<=[.!؟،])\s+", para):
                if 8 <= len(sentence.split()) <= 30:
                    clauses.append(_template(sentence.strip(" .،"), name_re, bare_kind))
    rng = random.Random(seed)
    statements: list[list[str]] = []
    for _ in range(6000):
        first = rng.choice(clauses)
        if rng.random() < 0.5:
            statements.append(first + [" و"] + rng.choice(clauses))
        else:
            statements.append(list(first))

    persons = [f"{a} {b}" for a in names["first"] for b in names["family"]]
    persons += [p for p in gaz["P"] if len(p.split()) >= 2]
    rng.shuffle(persons)
    organizations = list(dict.fromkeys(names["organization"] + gaz["O"]))
    rng.shuffle(organizations)
    places = list(dict.fromkeys(names["place"] + gaz["L"]))
    rng.shuffle(places)
    counts: Counter[str] = Counter()
    for tpl in paragraphs:
        for piece in tpl[::2]:
            counts.update(w for w in re.findall(r"\w+", piece) if len(w) >= 4)
    return Model(
        paragraphs=paragraphs,
        statements=statements,
        persons=persons,
        first_names=names["first"],
        family_names=names["family"],
        organizations=organizations,
        places=places,
        outlets=names["outlet"],
        titles=names["title"],
        verbs=names["verb"],
        lexicon_size=LEXICON_SIZE,
        common_words=[w for w, _ in counts.most_common(400)],
    )


LEXICON_SIZE = 220_000
# People a collection names: a few thousand often, hundreds of thousands once or twice.
PERSON_SPACE = 400_000


def rare_word(k: int) -> str:
    """The ``k``-th word of the long tail: a fixed pseudo-word of five to eight letters."""
    x = (k * 2_654_435_761 + 97) % 4_294_967_291
    letters = []
    for _ in range(5 + x % 4):
        x, r = divmod(x * 31 + 7, 28)
        letters.append(_ARABIC_LETTERS[r])
    return "".join(letters)


def _pseudo_word(rng: random.Random) -> str:
    n = rng.randint(5, 8)
    return "".join(rng.choice(_ARABIC_LETTERS[:28]) for _ in range(n))


def zipf(rng: random.Random, n: int, s: float = 1.0) -> int:
    """An index in [0, n) with a long tail: index k has weight about 1/(k+1)**s."""
    if s == 1.0:
        return min(n - 1, int(math.exp(rng.random() * math.log(n + 1))) - 1)
    return min(n - 1, int((n ** (1 - s) * rng.random()) ** (1 / (1 - s))))


def _variant(name: str, rng: random.Random) -> str:
    """Sometimes write a name the way a hurried outlet does: no hamza seat, ه for ة."""
    r = rng.random()
    if r < 0.08:
        return name.replace("أ", "ا").replace("إ", "ا")
    if r < 0.12:
        return re.sub("ة(?=\\s|$)", "ه", name)
    return name


class _Article:
    __slots__ = ("title", "paragraphs", "outlet", "day", "place")

    def __init__(self, title: str, paragraphs: list[str], outlet: str, day: date, place: str) -> None:
        self.title = title
        self.paragraphs = paragraphs
        self.outlet = outlet
        self.day = day
        self.place = place


def _fill(tpl: list[str], m: Model, rng: random.Random, cast: dict[str, list[str]]) -> str:
    out = []
    for k, piece in enumerate(tpl):
        if k % 2 == 0:
            out.append(piece)
            continue
        # An article keeps coming back to its own few names, as a report does.
        pool = cast[piece]
        out.append(pool[zipf(rng, len(pool), 1.3)])
    return "".join(out)


def make_article(m: Model, seed: int, i: int) -> _Article:
    rng = random.Random(seed * 1_000_003 + i)
    cast = {
        "P": [_variant(m.person(zipf(rng, PERSON_SPACE)), rng) for _ in range(rng.randint(2, 6))],
        "O": [_variant(m.organizations[zipf(rng, len(m.organizations))], rng) for _ in range(rng.randint(1, 4))],
        "L": [_variant(m.places[zipf(rng, len(m.places))], rng) for _ in range(rng.randint(1, 4))],
    }
    target_chars = int(math.exp(rng.uniform(math.log(2000), math.log(15000))) / 1.85)
    paragraphs: list[str] = []
    size = 0
    while size < target_chars:
        if paragraphs and rng.random() < 0.3:
            para = _quote_paragraph(m, rng, cast)
        else:
            para = _fill(m.paragraphs[rng.randrange(len(m.paragraphs))], m, rng, cast)
        if rng.random() < 0.35:
            para += f" وذلك في منطقة {rare_word(zipf(rng, m.lexicon_size))}."
        paragraphs.append(para)
        size += len(para) + 2
    words = paragraphs[0].split()
    start = rng.randrange(max(1, len(words) - 10))
    title = " ".join(words[start : start + rng.randint(6, 11)]).strip(' .،:“”«»"')
    day = _START_DAY + timedelta(days=rng.randrange(_DAYS))
    outlet = m.outlets[zipf(rng, len(m.outlets), 0.8)]
    return _Article(title, paragraphs, outlet, day, cast["L"][0])


def _quote_paragraph(m: Model, rng: random.Random, cast: dict[str, list[str]]) -> str:
    # Popular statements are reported by many outlets: the near-duplicates of a quotation.
    statement = _fill(m.statements[zipf(rng, len(m.statements), 1.1)], m, rng, cast)
    speaker = cast["P"][zipf(rng, len(cast["P"]), 1.3)]
    verb = m.verbs[rng.randrange(len(m.verbs))]
    form = rng.randrange(4)
    if form == 0:
        title = m.titles[rng.randrange(len(m.titles))]
        return f"و{verb} {title} {speaker}، إن “{statement}”."
    if form == 1:
        return f"و{verb} {speaker}، في تصريح لـ«{m.outlets[rng.randrange(len(m.outlets))]}»، أن «{statement}»."
    if form == 2:
        org = cast["O"][0]
        return f'من جهته، {verb} المتحدث باسم {org} {speaker}: "{statement}".'
    return f"وتابع {speaker} قائلاً: «{statement}»."


def _txt(a: _Article, rng: random.Random) -> str:
    d = a.day
    form = rng.randrange(3)
    if form == 0:
        head = f"{a.outlet} – ({d.day}/{d.month}/{d.year})"
        return head + "\n" + "\n".join(a.paragraphs) + "\n"
    if form == 1:
        head = f"{a.title}\n\n{_WEEKDAYS_AR[d.weekday()]} {d.day} {_MONTHS_AR[d.month - 1]} {d.year}"
        body = "\n\n".join([f"{a.place} | {a.paragraphs[0]}"] + a.paragraphs[1:])
        return f"{head}\n\n{body}\n\n{a.outlet}/ متابعات\n"
    head = f"{a.outlet}\n\n{a.title}\n\n{d.isoformat()}"
    return head + "\n\n" + "\n\n".join(a.paragraphs) + "\n"


_MENU = ["الرئيسية", "أخبار محلية", "عربي ودولي", "اقتصاد", "رياضة", "مقالات", "فيديو", "اتصل بنا"]


def _html(a: _Article, rng: random.Random, i: int) -> str:
    d = a.day
    esc = html.escape
    menu = "".join(f'<li><a href="/c/{k}">{w}</a></li>' for k, w in enumerate(_MENU))
    related = "".join(
        f'<li><a href="/n/{rng.randrange(10**6)}">{esc(" ".join(p.split()[:8]))}</a></li>'
        for p in rng.sample(a.paragraphs, min(3, len(a.paragraphs)))
    )
    body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paragraphs)
    return (
        f'<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{esc(a.title)} - {esc(a.outlet)}</title>"
        f'<meta property="og:site_name" content="{esc(a.outlet)}">'
        f'<meta property="article:published_time" content="{d.isoformat()}T10:00:00+03:00">'
        f'<link rel="canonical" href="https://news{i % 97}.example/{d.year}/{i}.html"></head>\n'
        f'<body><header><div class="logo">{esc(a.outlet)}</div><nav><ul>{menu}</ul></nav>'
        f'<form class="search"><input name="q" placeholder="ابحث"></form></header>\n'
        f'<main><article><h1>{esc(a.title)}</h1><time datetime="{d.isoformat()}">{d.isoformat()}</time>\n'
        f'{body}<div class="share">شارك: فيسبوك تويتر واتساب</div></article>\n'
        f"<aside><h3>مواضيع ذات صلة</h3><ul>{related}</ul></aside>\n"
        f'<section class="comments"><h3>اترك تعليقاً</h3><form><label>الاسم</label><input name="n">'
        f'<label>البريد الإلكتروني</label><input name="e"><textarea></textarea>'
        f"<button>إرسال التعليق</button></form></section></main>\n"
        f"<footer>جميع الحقوق محفوظة © {esc(a.outlet)} {d.year}</footer></body></html>\n"
    )


def _jsonl(a: _Article, i: int) -> str:
    return json.dumps(
        {
            "title": a.title,
            "text": "\n\n".join(a.paragraphs),
            "date": f"{a.day.isoformat()}T08:30:00Z",
            "source": a.outlet,
            "url": f"https://feed.example/{i}",
        },
        ensure_ascii=False,
    )


def kind_of_index(i: int) -> str:
    """Which kind of file article ``i`` goes to: about 85% txt, 13% html, 2% the feed."""
    if i % 50 == 7:
        return "jsonl"
    if i % 8 == 3:
        return "html"
    return "txt"


_MODEL: Model | None = None


def _generate_range(args: tuple[Path, int, int, int]) -> tuple[list[str], int]:
    root, seed, lo, hi = args
    assert _MODEL is not None
    m = _MODEL
    feed: list[str] = []
    total = 0
    made_dirs: set[Path] = set()
    for i in range(lo, hi):
        a = make_article(m, seed, i)
        kind = kind_of_index(i)
        if kind == "jsonl":
            feed.append(_jsonl(a, i))
            continue
        rng = random.Random(seed * 7_919 + i)
        folder = root / f"{a.day.year}" / f"{a.day.month:02d}"
        if folder not in made_dirs:
            folder.mkdir(parents=True, exist_ok=True)
            made_dirs.add(folder)
        text = _html(a, rng, i) if kind == "html" else _txt(a, rng)
        data = text.encode("utf-8")
        (folder / f"{i:07d}.{kind}").write_bytes(data)
        total += len(data)
    return feed, total


@dataclass
class CorpusInfo:
    root: Path
    n: int
    files: int
    bytes: int


def generate_corpus(root: Path, n: int, seed: int = 1, workers: int | None = None) -> CorpusInfo:
    """Write ``n`` articles under ``root`` (which should be empty); return what was written."""
    global _MODEL
    root.mkdir(parents=True, exist_ok=True)
    _MODEL = build_model(seed)
    workers = workers or os.cpu_count() or 1
    step = 500
    tasks = [(root, seed, lo, min(n, lo + step)) for lo in range(0, n, step)]
    feed: list[str] = []
    total = 0
    if workers > 1 and len(tasks) > 1:
        ctx = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        with ctx.Pool(workers) as pool:
            for lines, size in pool.imap(_generate_range, tasks):
                feed.extend(lines)
                total += size
    else:
        for t in tasks:
            lines, size = _generate_range(t)
            feed.extend(lines)
            total += size
    files = sum(1 for i in range(n) if kind_of_index(i) != "jsonl")
    if feed:
        data = ("\n".join(feed) + "\n").encode("utf-8")
        (root / "feed.jsonl").write_bytes(data)
        total += len(data)
        files += 1
    return CorpusInfo(root, n, files, total)


def build_queries(m: Model, count: int = 200, seed: int = 7) -> list[tuple[str, str]]:
    """``count`` fixed full-text queries as (kind, query), from the generator's vocabulary.

    Kinds: common words, names, quoted phrases, variant spellings (no hamza seat, ه for ة),
    proclitic forms (لحماس، وحماس، بالمقاومة), prefix words, OR queries and rare words
    (some absent from every document).
    """
    rng = random.Random(seed)
    common = m.common_words
    orgs = m.organizations
    persons = m.persons
    out: list[tuple[str, str]] = []

    def add(kind: str, q: str) -> None:
        if q and (kind, q) not in out:
            out.append((kind, q))

    for w in common[:30]:
        add("common", w)
    for k in range(25):
        add("name", persons[zipf(rng, min(len(persons), 400))] if k % 2 else orgs[k % len(orgs)])
    phrase_src = [p for p in (persons[:60] + orgs) if " " in p]
    for k in range(25):
        add("phrase", f'"{phrase_src[(k * 7) % len(phrase_src)]}"')
    hamza = [w for w in common if any(c in w for c in "أإآ")] + [p for p in persons if "أ" in p or "إ" in p]
    for w in hamza[:15]:
        add("variant", w.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا"))
    ta = [w for w in common + orgs if "ة" in w]
    for w in ta[:10]:
        add("variant", w.replace("ة", "ه"))
    single = [w for w in common if not w.startswith(("ال", "و", "ب", "ل", "ف"))][:20]
    for k, w in enumerate(single):
        add("clitic", ("ل", "و", "ب", "وب", "ول")[k % 5] + w)
    defined = [w for w in common if w.startswith("ال")][:12]
    for k, w in enumerate(defined):
        add("clitic", ("و", "ب", "وب", "ف")[k % 4] + w)
    for w in common[40:60]:
        add("prefix", w[: max(3, len(w) - 2)] + "*")
    for k in range(15):
        add("or", f"{common[k + 60]} OR {common[k + 100]}")
    for k in range(20):
        add("rare", rare_word(1000 + k * 5000) if k % 4 else _pseudo_word(rng) + "ظ")
    for k in range(15):
        add("rare_and_common", f"{rare_word(50 + k * 300)} {common[k]}")
    k = 0
    while len(out) < count:
        add("common", common[120 + k])
        k += 1
    return out[:count]
