"""Finding names in an article: gazetteer matches and names found from their context.

Owns the detection passes, in this order (a word taken by one pass is not taken again):

1. head words with a quoted or known name (حركة “أنصار الله”، وكالة أنباء «تسنيم»، لـ«حزب الله»)
   or an unquoted name chain after an indefinite head (حركة النجباء، موقع يمن إيكو);
2. gazetteer names, longest first, with clitics (وحماس، لحركة حماس، للجبهة الشعبية);
3. titles before a person's name (اللواء حسين سلامي، السيد آية الله علي الخامنئي);
4. role phrases: the name after the role's complement (المتحدث باسم حركة النجباء، حسين الموسوي)
   or before the role (زياد نخالة الأمين العام لحركة الجهاد);
5. the subject of a reporting or news verb (وقال أحمد يان:، بحث علي أكبر ولايتي);
6. a name set between commas before إن/أن or a colon in a reporting verb's clause;
7. a given name from the lexicon followed by family-name words, wherever it stands
   (عن كلير نيكوليه قولها);
8. the outlet or place that opens a paragraph (الوقت- ، بغداد |).

The result is a list of :class:`Raw` mentions; :mod:`rased.extract.resolve` ties them to
entities. Offsets come from tokens, so ``text[start:end]`` is the surface.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from .dates import month_words
from .gazetteer import GazEntry, Gazetteer
from .lexicon import Lexicon, strip_article
from .normalize import normalize
from .textview import CLOSE_MARKS, OPEN_MARKS, QUOTE_CHARS, Tok, View

__all__ = ["Raw", "detect", "CONNECTORS", "PEOPLE_PLURALS", "PLACE_DESCRIPTORS"]

CONNECTORS = frozenset({"عبد", "ابو", "ابي", "ابن", "بن", "بنت", "ال"})
# Broken plurals of people (سكان، أصحاب ورش): they open a description, never a name.
PEOPLE_PLURALS = frozenset({"سكان", "ركاب", "تجار", "عمال", "طلاب", "شبان", "اهالي", "صيادون", "اصحاب", "ملاك",
                            "باعه"})
_PARTICLES_AFTER_TITLE = frozenset({"الراحل", "الراحله", "السابق", "السابقه", "الاسبق", "الحالي", "المنتهيه"})
_DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط"})  # جبنيانة | شمال صفاقس
# Adjectives that name a part of a known place (البقاع الأوسط، صعيد مصر الأعلى).
_PLACE_ADJECTIVES = frozenset({"الاوسط", "الشمالي", "الجنوبي", "الشرقي", "الغربي", "الاعلي", "الادني",
                               "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "الكبري", "الصغري", "القديمه",
                               "القديم", "الجديد", "الجديده", "العلوي", "السفلي", "العليا"})
_ROLE_FILLERS = frozenset({"في", "باسم", "عن", "العام", "العامه", "الاعلي", "لشوون", "للشوون", "ال", "لدي",
                           "السابق", "السابقه", "الاسبق", "الي"})
_SOURCE_LINE_MARKS = "-–—|"
# The preposition على folds to the name علي; the written alef maqsura tells them apart.
_ALA = ("على", "علی")
# Verbs of calling someone by a name (يعرفه زملاؤه باسم، يلقبونه، يناديه).
_NAMING_VERBS = ("يعرف", "تعرف", "يلقب", "تلقب", "ينادي", "تنادي", "يسمي", "تسمي", "يكني")
# Titles that are also common nouns (الفريق "the team"): one word after them is a name only
# if it is a given name.
_NOUN_TITLES = frozenset({"الفريق", "والفريق"})
# Heads of roads that are named by a number (الطريق الوطني رقم 26).
_ROAD_HEADS = frozenset({"طريق"})
# Honorifics that also stand inside family names (يوسف الحاج علي، محمد الشيخ أحمد، حسن شيخ محمود).
_NAME_HONORIFICS = frozenset({"الحاج", "الشيخ", "شيخ", "حاجي", "معلم", "السيد"})
_PRONOUN_ENDS = ("ها", "هم", "هما", "كم")
# Nouns of speech with "his" (ه, which also ends many names: طه، حمه): after a speaker's name
# they end it (وختم رعد الكناني حديثه، أنهى فلان كلمته).
_SPEECH_WITH_HIS = frozenset(normalize(w) for w in (
    "حديثه", "كلامه", "كلمته", "تصريحه", "تصريحاته", "بيانه", "رسالته", "مداخلته", "خطابه", "حواره",
    "تعليقه", "رده", "لقائه", "مقابلته", "شهادته", "روايته"))
# Verbs and participles of being called by a name (ويعرف بأبي سجاد، المكنى أبو كرار).
CALLED_VERBS = frozenset({"يعرف", "تعرف", "يلقب", "تلقب", "يكني", "تكني", "يكنا", "يدعي", "تدعي", "يسمي", "تسمي",
                          "المعروف", "المعروفه", "الملقب", "الملقبه", "المكني", "المكنيه", "المدعو", "المدعوه"})
# Heads of institutions that are bodies of their own wherever they are named after a known
# place (جامعة طرابلس، مستشفى ود مدني), unlike a government or an administration named by its
# place (حكومة صنعاء), which the place alone may stand for.
_INSTITUTION_HEADS = frozenset({"جامعه", "مستشفي", "مشفي", "كليه", "معهد", "مدرسه", "اكاديميه"})
# Military units named by an ordinal and their arm (الفرقة الخامسة مشاة).
_UNIT_HEADS = frozenset({"فرقه", "لواء", "كتيبه", "فوج", "فيلق"})
# Ordinals 1–10 (masculine; the feminine adds ه, الأول's is الأولى).
_ORDINALS_MASCULINE = ("الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع",
                       "العاشر")
_ORDINALS = frozenset(_ORDINALS_MASCULINE) | {"الاولي"} | {w + "ه" for w in _ORDINALS_MASCULINE[1:]}
_ARMS = frozenset({"مشاه", "مدرع", "مدرعه", "مدفعيه", "مغاوير", "ميكانيكي", "ميكانيكيه", "مظلي", "مظليين"})
# Directions that open a place's name (جنوب كيفو، شمال الباطنة).
_DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"})
# Days of a month written as ordinals before من and the month (السابع من أكتوبر).
_ORDINAL_DAYS = frozenset(_ORDINALS_MASCULINE) | {"العشرين", "الثلاثين"}
# Kin words after a first name and a comma that say who the person is (نجلاء، زوجة المتهم).
_KIN_OF = frozenset({"زوجه", "زوج", "ابنه", "ابن", "شقيقه", "شقيق", "والده", "والد", "ارمله", "اخت", "اخو"})
_THAT_WORDS = frozenset({"ان", "انه", "انها", "بان", "لان"})
_SAYING_WORDS = frozenset({"قوله", "قولها", "قولهم"})
_RELATIVE_PRONOUNS = frozenset({"الذي", "التي"})
# Kinship words with their pronoun, before the name of the relative (ابنه جريس قمصية).
_KIN_WORDS = frozenset({"ابنه", "ابنها", "ابنته", "ابنتها", "نجله", "نجلها", "شقيقه", "شقيقها", "شقيقته", "شقيقتها",
                        "زوجته", "زوجها", "والده", "والدها", "والدته", "والدتها", "حفيده", "حفيدها",
                        # ابن عمه عاهد بكر، ابنة خالتها: the kin word with the pronoun closes the phrase
                        "عمه", "عمها", "خاله", "خالها", "خالته", "خالتها", "عمته", "عمتها", "اخيه", "اخوه",
                        "اخته", "اختها",
                        # وتقول جارته سماح أبو طه، زميله: neighbours and colleagues named the same way
                        "جاره", "جارها", "جارته", "جارتها", "زميله", "زميلها", "زميلته", "زميلتها"})
# (not جده, "his grandfather", which is also the city جدة)
# Words that open the examples of a plural (أحياء العاصمة، على غرار باب الوادي والحراش).
_LIST_INTRODUCERS = frozenset({"غرار", "مثل", "منها", "بينها", "ومنها", "خاصه", "لاسيما", "سيما"})
_PREPOSITIONS = frozenset({"في", "علي", "عن", "من", "الي", "بعد", "قبل", "خلال", "عبر"})
# Words of place that are also family names (خلف، فوق): a preposition never stands before a comma.
_LOCATIVE_WORDS = frozenset({"خلف", "فوق", "تحت", "عند", "حول", "قرب", "امام", "وسط"})
# Words that open the circumstance of a statement between its speaker and إن (في مؤتمر، خلال لقاء).
_CIRCUMSTANCE = frozenset({"في", "خلال", "لدي", "عقب", "اثناء", "امام", "عبر", "ل", "للصحفيين"})
# Prepositions written with a final ى that normalise like given names (على → علي).
_PREP_ALIF = frozenset({"على", "إلى", "الى", "لدى", "حتى"})
_ARTICLE_CLITICS = ("بال", "لل", "كال", "فال", "وال")
_TANWEEN = "\u064b"
# Heads whose names are common nouns (وزارة الخارجية، جهاز الأمن العام، مديرية الدفاع المدني).
_PLAIN_NAMED_HEADS = frozenset({"وزاره", "جهاز", "مديريه", "مفوضيه", "الوزاره", "الجهاز", "محكمه", "المحكمه", "ديوان"})
# Role words that are also given names, and the words after which they are the role
# (أمين عام، الأمين العام، أمين سر).
_NAME_ROLES: dict[str, frozenset[str]] = {
    "امين": frozenset({"عام", "العام", "سر", "عامه", "العامه", "صندوق", "مكتبه"}),
    "امينه": frozenset({"عامه", "العامه", "سر", "صندوق", "مكتبه"}),
}
# Role and trade words that are also given names (مساعد، فلاح): after a given name and
# before a family name that ends the name, they are the father's name.
_GIVEN_ROLES = frozenset({"مساعد", "فلاح"})
# Adjectives of official bodies: they may follow a definite head as its name (النيابة العامة،
# المحكمة العليا، البنك المركزي، المجلس الأعلى للأسرة) although most are stop words elsewhere.
_OFFICIAL_ADJ = frozenset({"العام", "العامه", "العليا", "الاعلي", "المركزي", "المركزيه", "الاتحادي", "الاتحاديه",
                           "العسكري", "العسكريه", "الدستوري", "الدستوريه", "المسلحه", "الوطني", "الوطنيه"})
# Relative adjectives that describe a body's state, not its name (الحكومة الحالية).
_PLAIN_ADJ = frozenset({"الحالي", "الحاليه", "المحلي", "المحليه", "الماضي", "الماضيه", "الرسمي", "الرسميه",
                        "الثاني", "الثانيه", "الاصلي", "الاصليه", "النهايي", "النهاييه", "الاولي", "الفعلي",
                        "الفعليه", "التالي", "التاليه", "المعني", "المعنيه"})
# Nouns of sports that close a ل complement of a federation's name (لكرة القدم، لألعاب القوى).
_SPORTS = frozenset({"القدم", "السله", "اليد", "الطايره", "القوي", "المضرب", "الطاوله"})
# Titles of the rulers that universities, hospitals and airports are named after.
_ROYAL = frozenset({"الملك", "الامير", "السلطان", "الشيخ"})
# Places of service often named after a person (مستشفى كمال عدوان، مدرسة خالد بن الوليد).
_PERSON_NAMED_HEADS = frozenset({"مستشفي", "مدرسه", "مسجد", "جامع", "ملعب", "ستاد", "مطار", "مجمع", "اكاديميه",
                                 "مركز", "جامعه", "موسسه", "جايزه"})
# Words after which a name in quotation marks is a body's: lists, companies, groups, platforms.
_NAME_INTRODUCERS = frozenset({"قايمه", "قوايم", "منظمات", "شركات", "حركات", "جماعات", "مثل", "منصه", "تطبيق",
                               "ايتلاف", "تحالف", "جمعيه", "جمعيات", "مبادره", "حمله"})
# The fields of news agencies and outlets (وكالة الأنباء، الشبكة العربية للإعلام).
_NEWS_FIELDS = frozenset({"للانباء", "للاعلام", "للصحافه", "للاخبار", "للبث"})
# First words of compound place names (كفر كلا، عين إبل، بيت جن، دير الزور).
_PLACE_PREFIXES = frozenset({"كفر", "عين", "بيت", "دير", "تل", "راس", "بني", "بنو", "ام", "ابو", "جسر", "خربه", "جبل",
                             "باب", "بير", "بئر", "سيدي", "حاسي", "وادي", "اولاد"})


_Run = tuple[int, int, int, tuple[str, ...]]
"""A person's name as tokens: (first token, token after, start offset, normalised words)."""


def adjective_shape(form: str) -> bool:
    """A definite word shaped like a relative adjective (الإدارية، الوطني)."""
    return form.startswith("ال") and form.endswith(("ي", "يه")) and len(form) > 5


def _masdar_shape(stem: str) -> bool:
    """``stem`` has the shape of a verbal noun of a derived verb: إفعال (إشراف), افتعال
    (احتلال، اجتماع), استفعال (استثمار), تفعيل (تنسيق), مفاعلة (مكافحة)."""
    n = len(stem)
    return ((n == 5 and stem[0] == "ا" and stem[3] == "ا")
            or (n == 6 and stem[0] == "ا" and stem[4] == "ا" and stem[2] in "تطد")
            or (n == 7 and stem.startswith("است") and stem[5] == "ا")
            or (n == 5 and stem[0] == "ت" and stem[3] == "ي")
            or (n == 6 and stem[0] == "م" and stem[2] == "ا" and stem[-1] == "ه"))


def _role_or_title(lex: Lexicon, form: str) -> bool:
    """``form`` is a role or a title (no word of a name)."""
    return lex.is_role(form) or form in lex.titles


def _faeel_adjective(form: str) -> bool:
    """A definite adjective of the pattern فعيل/فعيلة (القديمة، الكبير): after a field's noun it
    describes it, whatever its gender (a broken plural takes a feminine adjective: المدن القديمة)."""
    stem = form[2:].removesuffix("ه") if form.startswith("ال") else ""
    return len(stem) == 4 and stem[2] == "ي" and stem.isalpha()


def _agrees(adjective: str, form: str) -> bool:
    """``form`` can be another adjective after ``adjective`` in a name: relative-shaped or
    official, or agreeing in gender (السلطة الوطنية المستقلة، المجلس الوطني الأعلى), never a
    plural noun after it (الرقابة الإدارية المواطنين)."""
    if adjective_shape(form) or form in _OFFICIAL_ADJ:
        return True
    if form.endswith(("ين", "ون", "ات")):
        return False
    return form.endswith("ه") == adjective.endswith("ه")


@dataclass(slots=True)
class Raw:
    """A mention before resolution."""

    start: int
    end: int
    ti: int
    tj: int
    type: str
    rule: str
    name: tuple[str, ...]
    """Normalised words of the name (the head included)."""
    core: tuple[str, ...]
    """The name without a droppable head word (حماس for حركة حماس)."""
    display: str
    """The name as a reader writes it, without quotation marks or clitics."""
    gaz: GazEntry | None = None
    single: bool = False
    """A one-word person name: kept only if it resolves to a full name or a known entry."""
    alts: tuple[str, ...] = ()
    """Other readings of a one-word name (ولايتي, not only لايتي)."""


_KINDS: dict[str, frozenset[str]] = {}
_KINDS_OWNER: list[object] = [None]


class _Detector:
    def __init__(self, view: View, gaz: Gazetteer, lex: Lexicon,
                 quoted: Sequence[tuple[int, int]] = ()) -> None:
        self.v = view
        self.text = view.text
        self.toks = view.toks
        self.n = len(view.toks)
        self.gaz = gaz
        self.lex = lex
        self.raws: list[Raw] = []
        self.taken = [False] * self.n
        self.start_at: dict[int, Raw] = {}
        self.kind_of = [self.kinds(t) for t in self.toks]
        self.starts = [t.start for t in self.toks]
        self.marked_spans = sorted(quoted)
        self.in_speech = self._speech_tokens(quoted)
        """Tokens inside quoted speech of four words or more (a verb there has no reported subject)."""
        self.third_words = True
        """A third definite word may end a name (off for bare verb subjects: استعرض مجمل التطورات الجارية)."""

    # -- helpers ---------------------------------------------------------------------

    def _speech_tokens(self, quoted: Sequence[tuple[int, int]]) -> list[bool]:
        inside = [False] * self.n
        for start, end in quoted:
            a = bisect.bisect_left(self.starts, start)
            b = bisect.bisect_left(self.starts, end)
            if b - a >= 4:
                for k in range(a, b):
                    inside[k] = True
        return inside

    def kinds(self, t: Tok) -> frozenset[str]:
        """What a word may start (head, gaz, title, role, verb), memoised per word form."""
        got = _KINDS.get(t.norm)
        if got is not None and _KINDS_OWNER[0] is self.gaz:
            return got
        if _KINDS_OWNER[0] is not self.gaz:
            _KINDS.clear()
            _KINDS_OWNER[0] = self.gaz
        lex = self.lex
        out = set()
        for form, _ in t.readings:
            if lex.head(form) is not None or any(h[0] == form for h in lex.heads if len(h) == 2):
                out.add("head")
            if form in self.gaz.index:
                out.add("gaz")
            if form in lex.titles:
                out.add("title")
            if lex.is_role(form):
                out.add("role")
            if form in lex.verbs or form in lex.subject_verbs:
                out.add("verb")
        got = frozenset(out)
        if len(_KINDS) > 100_000:
            _KINDS.clear()
        _KINDS[t.norm] = got
        return got

    def add(self, raw: Raw) -> bool:
        if raw.ti >= raw.tj or any(self.taken[raw.ti : raw.tj]):
            return False
        if not (0 <= raw.start < raw.end <= len(self.text)):
            return False
        for k in range(raw.ti, raw.tj):
            self.taken[k] = True
        self.raws.append(raw)
        self.start_at[raw.ti] = raw
        return True

    def display(self, start: int, end: int) -> str:
        s = self.text[start:end]
        for c in QUOTE_CHARS + "()":
            s = s.replace(c, " ")
        s = " ".join(s.split())
        lead = 1 if s[:1] in ("و", "ف") else 0
        if s[lead : lead + 2] == "لل":
            k = bisect.bisect_left(self.starts, start)
            if k < self.n and self.toks[k].start == start and any(
                    f.startswith("ال") and o == start for f, o in self.toks[k].readings[1:]):
                s = "ا" + s[lead + 1 :]  # (و)للاتحاد العام → الاتحاد العام: لل is ل and the article
        return s

    def quoted(self, start: int, end: int) -> bool:
        """The span stands inside quotation marks or brackets."""
        before = self.text[max(0, start - 3) : start].rstrip()
        after = self.text[end : end + 3].lstrip()
        return bool(before) and bool(after) and before[-1] in QUOTE_CHARS + "(" and after[0] in QUOTE_CHARS + ")"

    def source_line(self, ti: int, end: int) -> bool:
        """The span opens a paragraph and is followed by a dash or bar (الوقت- ، بغداد |)."""
        if ti != 0 and "\n" not in self.toks[ti].sep:
            return False
        after = self.text[end : end + 3].lstrip(" \t")
        return bool(after) and after[0] in _SOURCE_LINE_MARKS

    def is_blocker(self, form: str) -> bool:
        lex = self.lex
        return (
            form in lex.stop
            or form in lex.group_nouns
            or (form.startswith("ال") and form[2:] in lex.stop)
            or form in lex.verbs
            or form in lex.subject_verbs
            or lex.is_role(form)
            or lex.is_source(form)
            or form in lex.titles
            or lex.head(form) is not None
            or form in lex.nisba
            or form in lex.generic
        )

    def _present_verb(self, form: str) -> bool:
        """``form`` has the shape of a verb in the present (يدافع، يستعد) and is no given name."""
        lex = self.lex
        return (len(form) >= 5 and form[:1] == "ي" and form.isalpha() and form not in lex.given
                and form not in lex.given_ambiguous and form not in lex.clitic_names)

    def _verbal_noun(self, form: str) -> bool:
        """``form`` blocks a name only as a feminine participle of a reporting verb, which after ل
        is the verbal noun (لمتابعة إعمار المخيم: "to follow up", not "following")."""
        info = self.lex.verbs.get(form)
        if info is None or info.kind != "participle" or not form.endswith("ه"):
            return False
        lex = self.lex
        return not (form in lex.stop or form in lex.group_nouns or lex.is_role(form) or lex.is_source(form)
                    or form in lex.titles or lex.head(form) is not None or form in lex.subject_verbs)

    def title_at(self, i: int) -> int:
        """Number of words of the title starting at token ``i`` (0 when none)."""
        for form, _ in self.toks[i].readings:
            for words in self.lex.titles.get(form, ()):
                if i + len(words) <= self.n and all(
                    self.toks[i + k].norm == words[k] and self.toks[i + k].plain_before for k in range(1, len(words))
                ):
                    return len(words)
        return 0

    def head_at(self, i: int) -> tuple[int, str, bool, bool, int] | None:
        """(words, type, droppable, definite, start offset) of a head word at token ``i``."""
        t = self.toks[i]
        for form, off in t.readings:
            if i + 1 < self.n and self.toks[i + 1].plain_before:
                two = (form, self.toks[i + 1].norm)
                info = self.lex.heads.get(two)
                if info is not None:
                    return 2, info.type, info.droppable, form.startswith("ال"), off
            info = self.lex.head(form)
            if info is not None:
                return 1, info.type, info.droppable, form.startswith("ال"), off
        return None

    def place_at_after_lam(self, i: int) -> bool:
        """Token ``i`` is لـ and a known place written as one word (لبجاية، لولاية)."""
        t = self.toks[i]
        return any(o != t.start and len(f) >= 3 and any(e.type == "location" for e in self.gaz.lookup(f))
                   for f, o in t.readings[1:2])

    def place_at(self, i: int) -> int:
        """End token of a known place written from the start of token ``i`` (no clitic before
        it), else -1."""
        g = self.gaz_match(i)
        if g is not None and g[1] == self.toks[i].start and any(e.type == "location" for e in g[2]):
            return g[0]
        return -1

    def gaz_match(self, i: int) -> tuple[int, int, tuple[GazEntry, ...]] | None:
        """Longest gazetteer name starting at token ``i``: (end token, start offset, entries)."""
        best: tuple[int, int, tuple[GazEntry, ...]] | None = None
        for form, off in self.toks[i].readings:
            if off != self.toks[i].start and len(form) < 3:
                continue  # باب is not ب + إب: a clitic leaves at least three letters of a name
            for words, entries in self.gaz.index.get(form, ()):
                size = len(words)
                if best is not None and i + size <= best[0]:
                    break
                if i + size <= self.n and all(
                    self.toks[i + k].norm == words[k] and self.toks[i + k].plain_before for k in range(1, size)
                ):
                    best = (i + size, off, entries)
                    break
        return best

    def name_word(self, t: Tok, first: bool) -> tuple[str, int] | None:
        form = t.norm
        lex = self.lex
        start = t.start
        if (first and len(form) >= 5 and form.endswith("ات") and form not in lex.given
                and form not in lex.given_ambiguous):
            return None  # أحد المؤسسين، | بدايات العمل الحزبي: a plural noun opens no name
        if (first and len(form) >= 5 and form.endswith("ت") and form not in lex.given
                and form not in lex.given_ambiguous and t.i + 1 < self.n and self.toks[t.i + 1].plain_before
                and self.toks[t.i + 1].norm in lex.given):
            return None  # انهارت | نجلاء، زوجة المتهم: a verb in the feminine past before a given name
        if (first and len(form) == 4 and self.text[t.start : t.start + 1] == "أ" and not form.endswith("ه")
                and form not in lex.given
                and form not in lex.given_ambiguous and form not in lex.clitic_names):
            return None  # أنكر | رشيد التهم: the shape أفعل of a verb, unless a list knows the name (أحمد، أكرم)
        if (first and form in lex.given_ambiguous and form not in lex.verbs and form not in lex.subject_verbs
                and t.i + 1 < self.n and self.toks[t.i + 1].plain_before and self.toks[t.i + 1].norm in lex.given):
            return form, start  # صباح مهدي العزاوي: a name that is also a word, before a given name
        if (first and form in lex.given_ambiguous and t.i > 0 and t.plain_before and t.i + 2 < self.n
                and self._after_verb(t.i)
                and self.toks[t.i + 1].plain_before and self.toks[t.i + 1].norm.startswith("ال")
                and not self.is_blocker(self.toks[t.i + 1].norm) and self.toks[t.i + 2].comma_before):
            return form, start  # ويقول خلف الحمود، صاحب عبارة: a name that is also a word, as a subject
        if (first and (form in lex.given or form in lex.given_ambiguous) and t.i + 1 < self.n
                and self.toks[t.i + 1].plain_before and self.toks[t.i + 1].norm in ("بن", "ابن", "بنت")
                and not form.startswith("ال")):
            return form, start  # تركي بن سعود العتيبي: a given name that is also a nisba, before بن
        orig = self.text[t.start : t.end]
        if orig.endswith(_ALA) or _TANWEEN in orig:
            return None
        if form not in lex.clitic_names:
            if form.endswith(_PRONOUN_ENDS) or (form.startswith(_ARTICLE_CLITICS) and not (
                    not first and form.startswith("فال") and not self.is_blocker(form[1:]))
                    and not (form.startswith("فال") and form in lex.given)):  # (فالح is a given name)
                return None  # فالستروم، فالنتينا: after a given name فال is the name's own letters
            if (first and form[:1] in ("ب", "ل", "ك") and len(form) >= 4 and form not in lex.given
                    and form not in lex.given_ambiguous and not self._name_slot(t)):
                return None  # بصوت متعب: a preposition and a noun (بشير، ليندة are names)
        if (first and form == "باسم" and t.i > 1 and any(
                self.toks[x].norm.startswith(_NAMING_VERBS) for x in (t.i - 1, t.i - 2))):
            return None  # الذي يعرفه زملاؤه باسم أبو عادل: "by the name", then the name
        if first and form in PEOPLE_PLURALS:
            return None  # وقال أصحاب ورش: people described, not named
        if first and self._present_verb(form):
            return None  # يدافع الحسين بوطاهر: a verb in the present before the name
        if first and form in ("بني", "بنو"):
            return None  # بني مالك، بنو هلال: a tribe or a place, never a person's first name
        if (first and form.endswith("ون") and len(form) >= 5 and form not in lex.given
                and form not in lex.given_ambiguous and form not in lex.clitic_names):
            return None  # وقال مرشدون سياحيون: a plural of people, no name
        if form[:1] in ("و", "ف") and form[1:] in ("لا", "لم", "لن", "ما", "قد"):
            return None  # ولا تربط، فلم، أما مبروكة | فلا: و/ف and a particle (فان دام is a name)
        if (first and form[:1] == "و" and len(form) > 3 and t.i > 0 and t.plain_before
                and self.title_at(t.i - 1) > 0 and self._inner_word(t.i)):
            pass  # الوزير وهبي (after عبد اللطيف وهبي): a name word elsewhere, so و begins the name
        elif (first and form[:1] == "ف" and t.i > 0 and t.plain_before
              and (self.taken[t.i - 1] or self.title_at(t.i - 1) > 0)):
            pass  # لوكالة الأونروا فيليب لازاريني: right after a name or title, ف begins the name
        elif (first and form[:1] in ("و", "ف") and len(form) > 3 and form not in lex.clitic_names
              and not (form in lex.given and form[1:] not in lex.given and form[1:] not in lex.given_ambiguous)):
            # (فتيحة، وسيلة: a given name in the lexicon whose letters after و/ف are none)
            form = form[1:]
            start = next((off for f, off in t.readings if f == form), t.start)
        elif not first and form[:1] == "و" and len(form) > 3 and form not in lex.clitic_names:
            nxt = self.toks[t.i + 1] if t.i + 1 < self.n else None
            if nxt is not None and not (nxt.sep and nxt.sep[0] in "،,:.؛;«“”»\"") or self.is_blocker(form[1:]):
                return None
        if len(form) < 2 or not form.isalpha() or not ("\u0600" <= form[0] <= "\u06ff"):
            return None
        nxt_form = self.toks[t.i + 1].norm if t.i + 1 < self.n and self.toks[t.i + 1].plain_before else ""
        inner_given = (not first and form.startswith("ال") and form in lex.given_ambiguous and nxt_form.isalpha()
                       and not nxt_form.startswith("ال") and (nxt_form in CONNECTORS or not self.is_blocker(nxt_form)))
        # هاشم الأمين بشير، محمد الأمين ولد الطالب: a given name with the article inside a name,
        # before another name word, even when it is also a role or an adjective
        if not inner_given and (self.is_blocker(form) or self.is_blocker(t.norm) or self._fa_verb(t.norm)):
            return None
        if not first and any(f in lex.verbs for f, _ in t.readings[1:]):
            return None  # وهبي ليؤكد: ل and a verb after a name
        if (first and form.startswith("ال") and form not in lex.given_ambiguous and orig[:1] not in ("إ", "أ")
                and not ((form in lex.given or form in lex.given_ambiguous) and t.i > 0 and t.plain_before
                         and (self.title_at(t.i - 1) > 0 or "role" in self.kind_of[t.i - 1])
                         and t.i + 1 < self.n and self.toks[t.i + 1].plain_before
                         and self.toks[t.i + 1].norm in lex.given)):
            # الحبيب، الطاهر: given names written with the article (the Maghreb's and Sudan's)
            # are names only right after a title (المهندس الطيب حامد الفكي); إلياس and ألفة
            # open with no article, but read as one once hamza is folded.
            return None
        if form.startswith("ال") and form.endswith(("يين", "يون")):
            return None  # كبير الاقتصاديين: a plural nisba describes a group, it is no family name
        if not first and _plural_participle(form):
            return None  # زار النائب أسامة سعد المعتصمين: a plural participle is the verb's object
        if not first and self._closes_name(t.i):
            return None
        return form, start

    def _inner_word(self, i: int) -> bool:
        """The word at ``i`` also stands elsewhere in the text right after a plain name word (not
        a title, stop word or definite word), as a family name does."""
        form = self.toks[i].norm
        for x in range(1, self.n):
            if x == i or self.toks[x].norm != form or not self.toks[x].plain_before:
                continue
            prev = self.toks[x - 1].norm
            if prev.isalpha() and not prev.startswith("ال") and not self.is_blocker(prev):
                return True
        return False

    def _name_slot(self, t: Tok) -> bool:
        """The word stands where a name is expected (after a comma or a title), so a first
        letter ب/ل/ك belongs to the name (كريستين، بلقاسمي، لقمان), not to a preposition."""
        if t.comma_before:
            return True
        return t.i > 0 and t.plain_before and self.title_at(t.i - 1) > 0

    def _fa_verb(self, form: str) -> bool:
        """فقالت، فأكد: ف and a verb (the verb of an أما topic) ends a name."""
        return form[:1] == "ف" and len(form) > 3 and (form[1:] in self.lex.verbs or form[1:] in self.lex.subject_verbs
                                                      or form[1:] in self.lex.stop)

    def boundary(self, k: int) -> bool:
        """True when the word at ``k`` cannot continue a name (or the text ends)."""
        if k >= self.n:
            return True
        t = self.toks[k]
        if not t.plain_before or self.taken[k]:
            return True
        form = t.norm
        if form[:1] == "و" and len(form) > 3 and form not in self.lex.clitic_names:
            return True
        if self.text[t.start : t.end] in _PREP_ALIF or len(form) == 1:
            return True  # على is not the given name علي; بـ/لـ written apart is a preposition
        if form.startswith(_ARTICLE_CLITICS) and len(form) > 4 and form not in self.lex.clitic_names:
            return True  # جون كيربي للصحفيين: a prepositional word cannot continue a name
        if _plural_participle(form):
            return True
        if len(form) >= 6 and form[:1] in ("ي", "ت") and form.endswith("ون"):
            return True  # a verb in the present plural (يرافقون) ends a name
        if len(form) > 4 and form.endswith(_PRONOUN_ENDS) and form not in self.lex.clitic_names:
            return True  # نادية مراد | حملتها: a word carrying a pronoun is never a name word
        if form in _SPEECH_WITH_HIS:
            return True  # وختم الخبير رعد الكناني | حديثه: his talk, not a name word
        if self._closes_name(k):
            return True
        if _TANWEEN in self.text[t.start : t.end]:
            return True  # غياث محمود إسبر أخيراً: an adverb in the accusative ends a name
        return any(self.is_blocker(f) for f, _ in t.readings) or not form.isalpha() or self._fa_verb(form)

    def name_run(self, j: int, min_len: int = 2) -> tuple[int, int, int, tuple[str, ...]] | None:
        """A person's name starting at token ``j``: (ti, tj, start offset, words)."""
        if j >= self.n or self.taken[j]:
            return None
        words: list[str] = []
        real = 0
        start = -1
        k = j
        after_connector = False
        cut = False
        while k < self.n and real < 4:
            t = self.toks[k]
            if k > j and (not t.plain_before or self.taken[k]):
                break
            if (t.norm in CONNECTORS or (k == j and t.norm == "ام")) and k + 1 < self.n and self.toks[
                k + 1
            ].plain_before:  # أم خالد: a kunya opens a name like أبو
                if k == j:
                    start = t.start
                words.append(t.norm)
                after_connector = True
                k += 1
                continue
            if (real == 1 and (words[:1] in (["ابو"], ["ام"], ["بن"])
                               or (len(words) == 1 and words[0] in self.lex.given))
                    and not t.norm.startswith("ال") and t.norm not in self.lex.given
                    and t.norm not in self.lex.given_ambiguous and self.text[t.end - 1 : t.end] == "ه"
                    and not t.norm.endswith("يه")  # (كلير نيكوليه: a foreign family name in يه)
                    and not (k + 1 < self.n and self.toks[k + 1].plain_before
                             and (self.toks[k + 1].norm in self.lex.given
                                  or self.toks[k + 1].norm in self.lex.given_ambiguous))):  # (بختيار حمه رشيد)
                cut = True
                break  # ويختم أبو وضاح | حديثه، ويتابع أحمد | حديثه: a noun with its pronoun, then more
            w = self.name_word(t, first=(not words))
            if (w is None and words[-1:] == ["عبد"] and after_connector and t.norm.startswith("ال")
                    and len(t.norm) > 3 and t.norm.isalpha() and t.norm not in self.lex.stop):
                w = (t.norm, t.start)  # حيدر عبد الأمير الكلابي، عبد الملك: after عبد a title word is the name
            # عبد opening the run is a compound given name (عبد الأمير الشويلي); later it closes
            # a father's or family name (هشام عبد الباقي | جائزة).
            after_abd = words == ["عبد"]
            if w is None and (after_connector and t.norm.isalpha() and (not self.is_blocker(t.norm) or (
                    words[-1] == "بن" and t.norm.startswith("ال") and t.norm not in self.lex.stop))
                              or after_abd and t.norm.startswith("ال") and t.norm.isalpha()):
                w = (t.norm, t.start)  # عبد الأمير، عبد الملك: a title word after عبد is a divine name
            if (w is None and words and words[-1] == "ولد" and t.norm.startswith("ال") and t.norm.isalpha()
                    and t.norm not in self.lex.stop):
                w = (t.norm, t.start)  # محمد الأمين ولد الطالب: the Mauritanian "son of" and a family name
            if (w is None and real == 1 and t.norm in self.lex.nisba and t.norm.startswith("ال")
                    and self.boundary(k + 1)):
                w = (t.norm, t.start)  # هالة المصري: a nisba as the family name
            if (w is None and real >= 1 and t.norm in _NAME_HONORIFICS and k + 1 < self.n
                    and self.toks[k + 1].plain_before and (self.toks[k + 1].norm in self.lex.given or (
                        self.toks[k + 1].norm in self.lex.given_ambiguous and self.boundary(k + 2)))):
                w = (t.norm, t.start)  # يوسف الحاج علي، خالد الحاج عمر: an honorific inside a family name
                after_connector = True  # the name goes on with the word after it
                words.append(w[0])
                real += 1
                k += 1
                continue
            if (w is None and real >= 1 and t.norm.isalpha() and len(t.norm) >= 3 and t.norm not in self.lex.stop
                    and k + 1 < self.n and self.toks[k + 1].plain_before
                    and self.toks[k + 1].norm in self.lex.compound_tails
                    and (self.toks[k + 1].norm != "الله" or real >= 2)):  # حمد الله alone may be praise
                w = (t.norm, t.start)  # عثمان حسب الرسول: a word that opens a compound family name
            if w is None and real >= 1 and t.norm in _NAME_ROLES and (
                k + 1 >= self.n or self.toks[k + 1].norm not in _NAME_ROLES[t.norm]
            ):
                w = (t.norm, t.start)  # محمد أمين: a role word that is also a given name
            if (w is None and real >= 1 and t.norm in _GIVEN_ROLES and k + 1 < self.n
                    and self.toks[k + 1].plain_before and self.toks[k + 1].norm.startswith("ال")
                    and not self.toks[k + 1].norm.startswith("لل")
                    and not _role_or_title(self.lex, self.toks[k + 1].norm)
                    and self.lex.head(self.toks[k + 1].norm) is None
                    and self.toks[k + 1].norm not in self.lex.stop and self.boundary(k + 2)):
                w = (t.norm, t.start)  # عبدالرحمن مساعد البصيري: a father's name that is also a role
            if (w is None and real >= 1 and j > 0 and t.norm.startswith("بال")
                    and (self.toks[j].comma_before or "title" in self.kind_of[j - 1])
                    and len(t.norm) >= 6 and t.norm.isalpha() and "ال" + t.norm[3:] not in self.lex.stop
                    and t.norm[3:] not in self.lex.stop and (k + 1 >= self.n or not self.toks[k + 1].plain_before)):
                words.append(t.norm)  # الناطق باسم المجلس، عبد الحكيم بالخير،: a family name in بال
                real += 1
                k += 1
                break
            if (w is None and real >= 2 and t.norm.isalpha() and not t.norm.startswith("ال")
                    and self.lex.head(t.norm) is not None and t.norm not in self.lex.stop
                    and (k + 1 >= self.n or self.toks[k + 1].comma_before or self.toks[k + 1].sentence_start)):
                words.append(t.norm)  # عبد الله يوسف جامع،: a head word with no name after it is a family name
                real += 1
                k += 1
                break
            if w is None and len(words) >= 2 and self._family_before_stop(k):
                words.append(t.norm)
                real += 1
                k += 1
                break
            if w is None:
                break
            if real >= 2 and w[0].startswith("ال") and k + 1 < self.n and self.toks[k + 1].plain_before:
                nxt = self.toks[k + 1].norm
                if nxt.startswith("ال") and nxt in self.lex.nisba:
                    cut = True
                    break  # هاكان فيدان الأطراف السورية: a noun and its adjective, not a family name
            if not words:
                start = w[1]
            words.append(w[0])
            real += 0 if w[0] in ("ولد", "ود") and real >= 2 else 1  # ولد/ود "son of" links, like بن
            k += 1
            ends = (w[0].startswith("ال") and not after_connector and real >= 2 and not after_abd
                    and w[0] not in self.lex.compound_tails)  # حسام الدين فهمي، عبد الأمير الشويلي
            if (ends and w[0] in _NAME_HONORIFICS and len(words) >= 2 and words[-2] in ("ولد", "ود", "بن")
                    and k < self.n and self.toks[k].plain_before and self.toks[k].norm.startswith("ال")
                    and len(self.toks[k].norm) > 4 and not self.is_blocker(self.toks[k].norm)
                    and (k + 1 >= self.n or not self.toks[k + 1].plain_before)):
                ends = False  # محمد ولد الشيخ الغزواني،: the honorific opens the family name after ولد
            if (after_connector and len(words) > 2 and words[-2] == "عبد" and w[0].startswith("ال")
                    and not (k < self.n and self.toks[k].plain_before and self.toks[k].norm.startswith("ال"))
                    and not (k < self.n and self.toks[k].plain_before and self.toks[k].norm in ("بن", "ولد", "ود"))
                    and not self._family_after_abd(k)):
                ends = cut = True  # هشام عبد الباقي | جائزة: a closing عبد name goes on only with a family name
            if (ends and k + 1 < self.n and self.toks[k].norm in ("بن", "ولد", "ود") and self.toks[k].plain_before
                    and self.toks[k + 1].plain_before and (self.name_word(self.toks[k + 1], False) is not None or (
                        self.toks[k].norm == "ولد" and self.toks[k + 1].norm.startswith("ال")
                        and self.toks[k + 1].norm.isalpha() and self.toks[k + 1].norm not in self.lex.stop))):
                ends = False  # محمد الأمين ولد الطالب، محمد الأمين بن سالم: the father's name goes on
            if (ends and len(words) >= 2 and words[-2] == "ولد" and k < self.n and self.toks[k].plain_before
                    and not self.toks[k].norm.startswith("ال") and self.name_word(self.toks[k], False) is not None
                    and self.boundary(k + 1)):
                ends = False  # محمد عبد الله ولد الطالب اعمر،: the grandfather's name after the father's
            if ends and real == 2 and self.third_words and self._third_family_word(k):
                ends = False  # عثمان الطيب البشير، خالد المبروك الصيد: given name, father, family
            if (ends and real == 2 and not after_connector and words[0] in self.lex.given
                    and self._family_after_compound(k)):
                ends = False  # محمد الصالح قدوري: a compound given name (محمد الصالح), then the family
            after_connector = False
            if ends:
                break
        while words and words[-1] in CONNECTORS:
            words.pop()
            k -= 1
            cut = True  # باسل عدرا | ابن قرية التواني: ابن before no name opens a description
        if real < min_len or not words or start < 0:
            return None
        if (len(words) == 2 and words[0].endswith("ا") and words[1].endswith("يا") and len(words[0]) > 3
                and words[0] not in self.lex.given):
            return None  # وجه سؤالا كتابيا: a noun and its adjective in the accusative
        if not cut and not self.boundary(k) and not (words[-1].startswith("ال") and self._preposition_word(k)) and not (
                real >= 3 and words[-1].startswith("ال") and words[0] in self.lex.given
                and self.name_word(self.toks[k], True) is None):
            # رهف السبيعي | بجائزة: after a family name with ال, ب/ل/ك open a phrase; after three
            # names, a word that opens none is the verb's object (يحيى سلمان المالكي | شجيرات البن)
            return None
        return j, k, start, tuple(words)

    def _closes_name(self, k: int) -> bool:
        """The word at ``k`` cannot go on a name before it, by its shape: ب/ل and a verbal noun
        (نادية مراد | بإنشاء), a passive verb (وأبي وجدي | دُفنا), a noun and adjective in the
        accusative (جدارا جديدا), أفعل used as a verb or comparative (أبعد من ذلك)."""
        t = self.toks[k]
        orig = self.text[t.start : t.end]
        if orig[:1] in ("ب", "ل") and orig[1:2] in ("إ", "أ") and t.norm not in self.lex.clitic_names:
            return True
        stem = t.norm[1:]
        if (orig[:1] in ("ب", "ل") and t.norm not in self.lex.clitic_names and t.norm not in self.lex.given
                and ((len(stem) == 5 and stem[0] == "ت" and stem[3] == "ي")  # بترشيد، لتطوير (تفعيل)
                     or (len(stem) >= 7 and stem.startswith("است") and stem[-2] == "ا"))):  # باستخدام
            return True
        return "\u064f" in orig[1:3] or self._accusative_pair(k) or self._afal_after_name(k)

    def _afal_after_name(self, k: int) -> bool:
        """The word at ``k`` has the shape أفعل after a name word (منير الحلبي | أبعد من ذلك، بن
        علي | أغلق الميناء): a comparative or a verb, no family name."""
        t = self.toks[k]
        form = t.norm
        if not (self.text[t.start : t.start + 1] == "أ" and len(form) == 4 and form not in self.lex.given
                and form not in self.lex.given_ambiguous and k > 0 and t.plain_before
                and self.toks[k - 1].norm not in CONNECTORS):
            return False
        nxt = self.toks[k + 1] if k + 1 < self.n else None
        # after a definite family name, or before a definite object or من (a verb, a comparative)
        return self.toks[k - 1].norm.startswith("ال") or (
            nxt is not None and nxt.plain_before and (nxt.norm.startswith("ال") or nxt.norm == "من"))

    def _accusative_pair(self, k: int) -> bool:
        """Tokens ``k`` and ``k + 1`` are an indefinite noun and its adjective in the accusative
        (جدارا جديدا، سؤالا كتابيا): both end in the alef of tanween."""
        if k + 1 >= self.n or not self.toks[k + 1].plain_before:
            return False
        a, b = self.toks[k].norm, self.toks[k + 1].norm
        return (len(a) >= 4 and len(b) >= 4 and a.endswith("ا") and b.endswith("ا") and not a.startswith("ال")
                and not a.endswith("ها") and not b.endswith("ها")
                and not b.startswith("ال") and a not in self.lex.given and b not in self.lex.given)

    def _family_after_abd(self, k: int) -> bool:
        """An indefinite family name at ``k`` after a closing عبد name: a kunya-shaped one (سيد عبد
        الحافظ أبو شنب) or a word that follows a name word or a reporting verb elsewhere in the
        article (محمود عبد الغني ميعاري … محمود ميعاري، وأوضح ميعاري)."""
        if k >= self.n or not self.toks[k].plain_before or self.taken[k]:
            return False
        form = self.toks[k].norm
        if form == "ابو":
            nxt = self.toks[k + 1] if k + 1 < self.n else None
            return nxt is not None and nxt.plain_before and self.name_word(nxt, False) is not None
        if self.name_word(self.toks[k], False) is None:
            return False
        return any(x != k and self.toks[x].norm == form and self.toks[x].plain_before
                   and (self.toks[x - 1].norm in self.lex.given or self._after_verb(x))
                   for x in range(1, self.n))  # (… حسام عبد الكريم طافش … وأوضح طافش أن)

    def _family_before_stop(self, k: int) -> bool:
        """The word at ``k`` is a family name that is also a word of place or a title (شيرين سيدو
        خلف، عبد الرحمن السيد): after two name words, with punctuation right after it, where
        neither a preposition nor a title can stand."""
        t = self.toks[k]
        if not t.plain_before or self.taken[k] or not t.norm.isalpha():
            return False
        nxt = self.toks[k + 1] if k + 1 < self.n else None
        form = t.norm
        # عثمان محمد الأمين، إن: a definite role word that is also a given name closes a name
        named_role = (form.startswith("ال") and self.lex.is_role(form)
                      and (form in self.lex.given_ambiguous or form[2:] in self.lex.given_ambiguous))
        if nxt is not None and (nxt.plain_before or nxt.sep.strip() in ("", "-", "–")) and not (
                named_role and nxt.plain_before and nxt.norm in ("ان", "انه", "انها")):
            return False
        info = self.lex.verbs.get(form)
        written = self.text[t.start : t.end]
        participle = info is not None and info.kind == "participle" and not written.endswith(("ا", "ً"))
        # حمدي سيد كاشف، رئيس: a participle cue is followed by إلى/أن, never by a comma
        return (form in _LOCATIVE_WORDS or (form.startswith("ال") and form in self.lex.titles) or participle
                or named_role)

    def _preposition_word(self, k: int) -> bool:
        """The word at ``k`` reads as ب/ل/ك and a noun (بجائزة، لدى), not as a name of its own."""
        form = self.toks[k].norm if k < self.n else ""
        lex = self.lex
        return (form[:1] in ("ب", "ل", "ك") and len(form) >= 4 and form.isalpha() and form not in lex.given
                and form not in lex.given_ambiguous and form not in lex.clitic_names)

    def slot_run(self, j: int, min_len: int = 2) -> tuple[int, int, int, tuple[str, ...]] | None:
        """A name where a title or role expects one. When no boundary follows the full run
        (وزير النفط عادل المانع بشأن، المبعوث توم بيرييلو طرفي النزاع), the longest two- or
        three-word prefix whose last word stands elsewhere in the article is the name: a family
        name repeated bare (ورد المانع) confirms where the name ends."""
        run = self.name_run(j, min_len)
        if run is None and min_len == 2 and j < self.n and self.toks[j].norm in ("ابو", "ام"):
            kunya = self.name_run(j, 1)
            if kunya is not None and len(kunya[3]) >= 2:
                return kunya  # الناطق العسكري باسم سرايا القدس، أبو الفاروق،: a kunya is a whole name
        if run is not None or j >= self.n or self.taken[j]:
            return run
        words = self._name_words(j, up_to_definite=True)
        for size in range(len(words), 1, -1):
            last = words[size - 1][0]
            if last in CONNECTORS:
                continue  # الناشط باسل عدرا | ابن قرية التواني
            if self._elsewhere(last, j, j + size):
                return j, j + size, words[0][1], tuple(w for w, _ in words[:size])
        return None

    def _name_words(self, j: int, up_to_definite: bool) -> list[tuple[str, int]]:
        """Up to three name words from token ``j`` (form, start), ending after the first
        definite one when ``up_to_definite``: the candidates of a name that runs on."""
        words: list[tuple[str, int]] = []
        k = j
        while k < self.n and len(words) < 3 and (k == j or self.toks[k].plain_before) and not self.taken[k]:
            w = self.name_word(self.toks[k], first=not words)
            if w is None:
                break
            words.append(w)
            k += 1
            if up_to_definite and w[0].startswith("ال"):
                break
        return words

    def _family_after_compound(self, k: int) -> bool:
        """An indefinite family name at ``k`` after a given name and a definite second word,
        with a boundary right after it."""
        if k >= self.n or not self.toks[k].plain_before or self.taken[k]:
            return False
        t = self.toks[k]
        w = self.name_word(t, first=False)
        if self._preposition_word(k):
            # لمراسلنا، بجائزة: a preposition and a noun; بلعيد، بوخالفة are Maghreb family
            # names, taken only where punctuation closes the name.
            nxt = self.toks[k + 1] if k + 1 < self.n else None
            if t.norm[:1] == "ل" or (nxt is not None and nxt.plain_before):
                return False
        if self.text[t.start] == "أ" and len(t.norm) == 4:
            return False  # سرمد الزبيدي | أبعد من ذلك: أفعل is a comparative or a verb, no family name
        father = self.toks[k - 1].norm  # معتز الطيب حامد: a father's given name with the article
        given_ok = father in self.lex.given_ambiguous and father.startswith("ال")
        return (w is not None and not w[0].startswith("ال") and (given_ok or (
            w[0] not in self.lex.given and w[0] not in self.lex.given_ambiguous)) and self.boundary(k + 1))

    def _third_family_word(self, k: int) -> bool:
        """A third definite name word at ``k`` that ends the name: a plain definite word that is no
        nisba, role or stop word, with a boundary right after it."""
        if k >= self.n or not self.toks[k].plain_before or self.taken[k]:
            return False
        form = self.toks[k].norm
        return (form.startswith("ال") and form.isalpha() and len(form) > 3 and form not in self.lex.nisba
                and not self.is_blocker(form) and self.boundary(k + 1))

    def person(self, run: tuple[int, int, int, tuple[str, ...]], rule: str) -> bool:
        ti, tj, start, words = run
        end = self.toks[tj - 1].end
        real = [w for w in words if w not in CONNECTORS]
        alts: tuple[str, ...] = ()
        if len(real) == 1:
            alts = tuple(f for f, _ in self.toks[ti].readings)
            if start != self.toks[ti].start:
                # ولايتي is a name, not و + لايتي: keep the whole word when it reads as one.
                alts = (self.toks[ti].norm, *alts)
        return self.add(
            Raw(
                start,
                end,
                ti,
                tj,
                "person",
                rule,
                words,
                words,
                self.display(start, end),
                single=len(real) == 1,
                alts=alts,
            )
        )

    # -- passes ----------------------------------------------------------------------

    def pass_heads(self) -> None:
        for i in range(self.n):
            if self.taken[i] or "head" not in self.kind_of[i]:
                continue
            h = self.head_at(i)
            if h is None:
                continue
            size, htype, droppable, definite, hstart = h
            if htype == "location" and not definite and size == 1 and self._acting_seat(i, hstart):
                htype, droppable = "organization", False  # وأعلنت محافظة الإسكندرية: the administration
            own = self.gaz_match(i)
            if own is not None and own[0] > i + size:
                continue  # the gazetteer knows the whole name, head included
            if own is not None and own[0] == i + size and definite and htype == "location":
                continue  # الخليج وأفريقيا: a definite head the gazetteer knows alone is that place
            j = i + size
            if j >= self.n:
                continue
            nxt = self.toks[j]
            head_words = tuple(self.toks[k].norm for k in range(i, j))
            at = [f for f, o in self.toks[i].readings if o == hstart]
            # للمنظمة reads as للمنظمه and المنظمه from the same offset: the head is the one the
            # word lists know.
            head_words = (next((f for f in at if self.lex.head(f) is not None), at[0]),) + head_words[1:]
            head_text = self.display(hstart, self.toks[j - 1].end)
            opener = nxt.sep[-1:] if nxt.sep else ""
            if (opener and opener in OPEN_MARKS + '("' and not nxt.sentence_start and "\n" not in nxt.sep
                    and ":" not in nxt.sep):  # (وأضاف جامع: "…": speech after a colon, not a name)
                self._head_quoted(i, j, htype, droppable, hstart, head_words, head_text)
                continue
            if not nxt.plain_before:
                continue
            g = self.gaz_match(j)
            if g is not None and g[1] != self.toks[j].start and self.text[self.toks[j].start] == "و":
                continue  # المدينة وبورتسودان: a second place joined by و, not the head's name
            if (g is not None and g[0] == j + 1 and self.toks[j].norm in self.lex.nisba
                    and self._compatible(g[2], htype) is None):
                g = None  # المنظمة العربية لحقوق الإنسان: an adjective that is also an outlet's name
            if (g is not None and htype == "location" and not droppable and g[1] == self.toks[j].start
                    and self._compatible(g[2], "location") is not None):
                if strip_article(head_words[0]) not in _ROAD_HEADS:  # طريق النجف – كربلاء: the towns
                    self._named_after_place(i, j, g[0], hstart, head_words)  # مطار صنعاء is not صنعاء
                continue
            if g is not None and self._compatible(g[2], htype) is None:
                coordinated = (g[0] < self.n and self.toks[g[0]].norm[:1] == "و" and self.toks[g[0]].plain_before
                               and self.toks[g[0]].norm[1:] not in self.lex.stop)  # حصار مصراتة | وخلال
                if htype == "media" and strip_article(head_words[0]) == "وكاله" and len(head_words) == 1:
                    htype = "organization"  # وكالة الإمارات للفضاء: an agency named after its country
                info = self.lex.head(head_words[0])
                quoted_only = htype == "event" and info is not None and info.known_only
                if (htype == "organization" or (htype == "event" and not coordinated and not quoted_only)) and any(
                        e.type == "location" for e in g[2]):
                    # جامعة دمشق، مركز الخليج للأبحاث، هيئة قناة السويس: a body named after a place.
                    self._head_chain(i, j, htype, droppable, hstart, head_words, definite, skip_to=g[0])
                elif htype == "location" and not definite and g[1] == self.toks[j].start and g[0] == j + 1:
                    # ولاية الجزيرة: a place named like the channel, not the channel
                    self._add_headed_place(i, j, j + 1, hstart, head_words, droppable)
                continue
            if g is not None:
                entry = self._compatible(g[2], htype)
                if entry is not None and htype == "organization" and not droppable and g[1] == self.toks[j].start:
                    # بعثة الأمم المتحدة، مكتب الاتحاد الأوروبي: a body of a known one is another body.
                    self._head_chain(i, j, htype, droppable, hstart, head_words, definite, skip_to=g[0])
                    continue
                if entry is not None:
                    core = tuple(self.toks[k].norm for k in range(j, g[0]))
                    end = self.toks[g[0] - 1].end
                    self.add(
                        Raw(
                            hstart,
                            end,
                            i,
                            g[0],
                            entry.type,
                            "gazetteer",
                            head_words + core,
                            core,
                            self.display(hstart, end),
                            gaz=entry,
                        )
                    )
                continue
            if htype == "location" and definite and self._numbered_road(i, j, hstart, head_words):
                continue
            if htype == "event" and not definite:
                self._event_at_unknown_place(i, j, hstart, head_words)
                continue
            if htype == "event" or (definite and htype not in ("organization", "media")):
                continue  # مؤتمر صحفي، اتفاق مكتوب: an event is named only in marks or after a known place
            if htype == "location":
                info = self.lex.head(head_words[0])
                if info is not None and info.known_only:
                    continue  # محطة معالجة: only محطة عطبرة (a known place) names a station
                self._place_chain(i, j, hstart, head_words, droppable)
                continue
            self._head_chain(i, j, htype, droppable, hstart, head_words, definite)

    def _event_at_unknown_place(self, i: int, j: int, hstart: int, head_words: tuple[str, ...]) -> None:
        """An event named after a place no list knows (أحداث كدية الحمرا، مجزرة مرسي بن عفيف): a
        proper word after the head, with a second word or بن and a name, closed by punctuation or a
        stop word. A common word after the head (أحداث العنف، معركة طويلة) names nothing."""
        info = self.lex.head(head_words[0])
        first = self.toks[j].norm
        if (info is None or info.known_only or self.taken[j] or len(first) < 3 or not first.isalpha()
                or first.startswith("ال") or self.is_blocker(first) or first in self.lex.generic
                or first in self.lex.nisba):
            return
        k = j + 1
        if (k + 1 < self.n and self.toks[k].plain_before and self.toks[k].norm in ("بن", "بني", "ابن")
                and self.toks[k + 1].plain_before and not self.taken[k + 1] and self._proper_word(k + 1)):
            k += 2  # مرسي بن عفيف
        elif (k < self.n and self.toks[k].plain_before and not self.taken[k] and self.toks[k].norm.isalpha()
              and not self.is_blocker(self.toks[k].norm) and self.toks[k].norm not in self.lex.nisba):
            k += 1  # كدية الحمرا
        if not (k >= self.n or not self.toks[k].plain_before or self.toks[k].norm in self.lex.stop):
            return
        if not (self._placed_elsewhere(j, k) or (k - j > 1 and self._named_elsewhere(j, k))):
            return  # مجزرة جديدة: only a name the text also gives as a place, or names twice
        name = head_words + tuple(self.toks[x].norm for x in range(j, k))
        end = self.toks[k - 1].end
        self.add(Raw(hstart, end, i, k, "event", "head", name, name, self.display(hstart, end)))

    def _placed_elsewhere(self, j: int, k: int) -> bool:
        """The words at ``j``..``k`` stand elsewhere in the text as a place: after في، من، إلى،
        قرب or a place's head, or with ب attached (في كدية الحمرا، بكدية الحمرا)."""
        forms = tuple(self.toks[x].norm for x in range(j, k))
        size = k - j
        for x in range(self.n - size + 1):
            if x == j or not all(self.toks[x + d].norm == forms[d] for d in range(1, size)):
                continue
            t = self.toks[x]
            if any(f == forms[0] and o != t.start and t.norm[:1] == "ب" for f, o in t.readings[1:]):
                return True
            if t.norm == forms[0] and x > 0 and t.plain_before and (
                    self.toks[x - 1].norm in _PLACE_PREPOSITIONS
                    or ((h := self.lex.head(self.toks[x - 1].norm)) is not None and h.type == "location")):
                return True
        return False

    def _after_verb(self, i: int) -> bool:
        """Token ``i`` stands right after a reporting or news verb (قال، بحث، أعلنت)."""
        return i > 0 and any(f in self.lex.verbs or f in self.lex.subject_verbs
                             for f, _ in self.toks[i - 1].readings[:2])

    def _acting_seat(self, i: int, hstart: int) -> bool:
        """The governorate or state at ``i`` is the subject of the verb right before it (وأعلنت
        محافظة الإسكندرية، قالت ولاية بجاية): its administration acting, a body and not the
        place."""
        t = self.toks[i]
        if i == 0 or hstart != t.start or not t.plain_before:
            return False
        return strip_article(t.norm) in _GOVERNING_SEATS and self._after_verb(i)

    def _numbered_road(self, i: int, j: int, hstart: int, head_words: tuple[str, ...]) -> bool:
        """A road named by its number (الطريق الوطني رقم 26، الطريق السريع رقم 1): a definite road
        head, at most two adjectives, رقم and a number."""
        if strip_article(head_words[0]) not in _ROAD_HEADS:
            return False
        k = j
        while k < self.n and k - j < 2 and self.toks[k].plain_before and adjective_shape(self.toks[k].norm):
            k += 1
        if not (k + 1 < self.n and self.toks[k].norm == "رقم" and self.toks[k].plain_before
                and self.toks[k + 1].norm.isdigit() and not any(self.taken[x] for x in range(j, k + 2))):
            return False
        end = self.toks[k + 1].end
        name = head_words + tuple(self.toks[x].norm for x in range(j, k + 2))
        return self.add(Raw(hstart, end, i, k + 2, "location", "head", name, name, self.display(hstart, end)))

    def _named_after_place(self, i: int, j: int, k: int, hstart: int, head_words: tuple[str, ...]) -> None:
        """A place named by its kind and a known place (مطار صنعاء، ميناء عدن الدولي، مخيم جنين):
        another place than the town, with a relative adjective that follows (الدولي)."""
        if k < self.n and self.toks[k].plain_before and not self.taken[k] and adjective_shape(self.toks[k].norm) and (
                self.toks[k].norm not in self.lex.nisba):
            k += 1
        end = self.toks[k - 1].end
        name = head_words + tuple(self.toks[x].norm for x in range(j, k))
        self.add(Raw(hstart, end, i, k, "location", "head", name, name, self.display(hstart, end)))

    def _compatible(self, entries: tuple[GazEntry, ...], htype: str) -> GazEntry | None:
        for e in entries:
            if e.type == htype:
                return e
        return None

    def _head_quoted(
        self, i: int, j: int, htype: str, droppable: bool, hstart: int, head_words: tuple[str, ...], head_text: str
    ) -> None:
        open_pos = self.toks[j].start - 1
        limit = min(len(self.text), open_pos + 80)
        close = -1
        for p in range(self.toks[j].start, limit):
            c = self.text[p]
            if c == "\n":
                break
            if c in CLOSE_MARKS + ')"':
                close = p
                break
        if close < 0:
            return
        k = j
        while k < self.n and self.toks[k].start < close:
            k += 1
        if k == j or k - j > 6 or (k - j > 3 and self.toks[i].norm.startswith("ال")):
            return  # الاتفاق "يقوم على أفضل الآراء": after a definite head, marks hold speech
        if all(self.toks[x].norm in self.lex.stop for x in range(j, k)):
            return
        core = tuple(self.toks[x].norm for x in range(j, k))
        inner = self.display(self.toks[j].start, self.toks[k - 1].end)
        entry = None
        whole = self.gaz.lookup(" ".join(head_words + core)) or self.gaz.lookup(inner)
        for e in whole:
            if e.type == htype or htype == "organization" and e.type == "organization":
                entry = e
                break
        if entry is None and htype in ("organization", "media") and len(core) > 0:
            entry = next(iter(self.gaz.lookup(inner)), None)
        etype = entry.type if entry is not None else htype
        end = close + 1
        name = head_words + core
        self.add(
            Raw(
                hstart,
                end,
                i,
                k,
                etype,
                "gazetteer" if entry else "head",
                name,
                core if droppable else name,
                f"{head_text} {inner}",
                gaz=entry,
            )
        )

    def _field_goes_on(self, k: int, j: int, complement: bool) -> int:
        """Where a body's field goes on past a word that stops other names: غير and a definite
        adjective (جهاز مكافحة الهجرة غير الشرعية), عن after a لـ verbal noun and its object
        (الرابطة التونسية للدفاع عن حقوق الإنسان)."""
        toks = self.toks
        if k <= j or k + 1 >= self.n or self.taken[k] or self.taken[k + 1]:
            return k
        t, nxt = toks[k], toks[k + 1]
        if not (t.plain_before and nxt.plain_before):
            return k
        if t.norm == "غير" and nxt.norm.startswith("ال") and adjective_shape(nxt.norm):
            return k + 2
        prev = toks[k - 1].norm
        verbal = (t.norm == "عن" and prev.startswith("لل") and len(prev) > 4) or (
            # لجنة الإشراف على وقف إطلاق النار: the field's verbal noun right after the head
            t.norm == "علي" and complement and k == j + 1 and prev.startswith("ال") and not adjective_shape(prev)
            and self.lex.head(prev) is None and _masdar_shape(prev[2:]))
        if verbal:
            m = k + 1
            while m < self.n and m - k <= 3 and toks[m].plain_before and not self.taken[m] and toks[m].norm.isalpha():
                form = toks[m].norm
                if form.startswith("ال"):
                    return m + 1  # حقوق الإنسان، البيئة: the object ends with its definite noun
                if self.is_blocker(form):
                    break
                m += 1
        return k

    def _head_chain(
        self,
        i: int,
        j: int,
        htype: str,
        droppable: bool,
        hstart: int,
        head_words: tuple[str, ...],
        definite: bool,
        skip_to: int = -1,
    ) -> None:
        """An unquoted name after a head word (حركة النجباء، وزارة الخارجية القطرية، الهيئة العليا
        للانتخابات، معهد الدوحة للدراسات العليا، جامعة الملك سعود)."""
        lex = self.lex
        if self.taken[j] or (skip_to < 0 and not self.toks[j].norm.isalpha()):
            return
        if (skip_to < 0 and j == i + 1 and self.title_at(i) > 0 and self.toks[j].norm in lex.given
                and self.name_run(j) is not None):
            return  # آمر اللواء فالح جاسم الموسوي: a rank that is also a head, before a person's name
        limit = 3 if htype == "media" else 5
        k = j
        marked = skip_to > 0  # a nisba, a لل complement or a place: needed after a definite head
        placed = False
        if skip_to > 0:
            k = skip_to
        while k < self.n and k - j < limit and (k == j or self.toks[k].plain_before) and not self.taken[k]:
            t = self.toks[k]
            form = t.norm
            if not form.isalpha() or self.text[t.start : t.end] in _PREP_ALIF:
                break  # الجامعة | على المستوى الوزاري
            if (k > j and k + 1 < self.n and self.toks[k + 1].norm in _OUTLET_TAILS
                    and self.toks[k + 1].plain_before):
                break  # وزارة الداخلية | للسومرية نيوز: the word opens an outlet's name
            if (0 < skip_to == k and not form.startswith("ال") and form[:1] not in ("ل", "و")
                    and self.gaz_match(k) is None):
                break  # بدأت جامعة دمشق | تسجيل الطلاب: a bare noun after the place is the verb's object
            if (k > j and form[:1] == "و" and self.toks[k - 1].norm[:1] == "ل" and len(form) > 4
                    and self.text[t.start : t.end].endswith(("ه", "ها")) and self.boundary(k + 1)):
                k += 1  # الديوان الوطني المهني للحليب ومشتقاته: the field's last noun, with its pronoun
                break
            if len(form) > 4 and self.text[t.start : t.end].endswith(("ته", "ها", "هم", "هما")):
                if skip_to < 0 and not any(self.toks[x].norm.startswith("ال") for x in range(j, k)):
                    return  # قناة جافة تشققت أرضها: a bare phrase with a pronoun is a description
                break  # مهرجان البحر الأحمر السينمائي | دورته: a word with a pronoun ends a name
            if definite and k == j and skip_to < 0 and not any(f.startswith("ال") for f, _ in t.readings):
                return  # المجلس راشيد الطالبي، المنتخب فهد الشمري: a name in apposition, no body's name
            if k == j and skip_to < 0 and form[:1] == "ي" and len(form) >= 5 and form not in lex.given:
                return  # كل محور يستطيع التصرف: a verb in the present after the head, no name
            if (k == j and skip_to < 0 and not definite and head_words[-1].endswith("ه") and form.endswith("ه")
                    and form.startswith(("مت", "مست", "من")) and len(form) >= 6
                    and not (self._verbal_noun(form) and k + 1 < self.n and self.toks[k + 1].plain_before)):
                return  # شبكة متهالكة، منظمة مستقلة: an indefinite participle describes the head
            if k > j and form[:1] in ("ي", "ت") and len(form) >= 4 and form.isalpha() and (
                    form in lex.verbs or form in lex.subject_verbs or (len(form) == 4 and form[:1] == "ي")):
                break  # a verb in the present ends a name
            title_word = htype == "organization" and k == j and self.title_at(k) > 0
            honoured = strip_article(head_words[0]) in _PERSON_NAMED_HEADS  # جامعة القاضي عياض
            if (title_word and form not in _ROYAL and not honoured
                    and self.name_run(k + self.title_at(k), min_len=1) is not None):
                return  # رئاسة الدكتور مصطفى مدبولي: a title and a person's name, no body's name
            if title_word and (form in _ROYAL or honoured):
                # جامعة الملك سعود، مستشفى الملك فهد: a title and the name it honours; else the
                # word is a plain noun of the name (نادي الأسير الفلسطيني).
                size = self.title_at(k)
                run = self.name_run(k + size, min_len=1) if k + size < self.n else None
                if run is not None and run[1] - run[0] <= 2:
                    k = run[1]
                    marked = True
                    break
            if form[:1] == "و" and form[1:2] in ("ت", "ي") and len(form) == 5 and not form.endswith("ه") and k > j:
                break  # الجيش اللبناني | وتعيد الهدوء: و and a verb in the present end the name
            if form[:1] == "و" and form not in lex.clitic_names and k > j:
                # الصحة والسكان، النقل والاتصالات وتقنية المعلومات، الجرائم المالية وغسل الأموال:
                # a body's name goes on with nouns joined by و, never with another body or title.
                joined_adj = (k > j and adjective_shape(self.toks[k - 1].norm) and len(t.readings) > 1
                              and adjective_shape(t.readings[1][0]))  # القوى الوطنية والإسلامية
                if htype == "organization" and k > j and len(form) > 3 and (joined_adj or not any(
                        self.is_blocker(f) and not (f.startswith("ال") and len(f) >= 6 and f[2:] in lex.stop)
                        and not (f in lex.generic and lex.head(f) is None)  # (لجنة الأمن والدفاع: a field)
                        for f, _ in t.readings[1:2])):  # والاتصال: a noun that only stops names
                    if form.startswith("وال"):
                        k += 1
                        limit = max(limit, k - j + 3)
                        continue
                    nxt = self.toks[k + 1] if k + 1 < self.n else None
                    if (nxt is not None and nxt.plain_before and not self.taken[k + 1] and nxt.norm.startswith("ال")
                            and nxt.norm.isalpha()
                            and (not self.is_blocker(nxt.norm) or self.lex.head(nxt.norm) is not None)):
                        k += 2  # والإسكان وسياسة المدينة: a noun joined by و, in construct with the next
                        limit = max(limit, k - j + 3)
                        continue
                    after = self.toks[k + 2] if k + 2 < self.n else None
                    if (nxt is not None and after is not None and nxt.plain_before and not self.taken[k + 1]
                            and nxt.norm.isalpha() and not self.is_blocker(nxt.norm) and after.plain_before
                            and not self.taken[k + 2] and after.norm.startswith("ال") and after.norm.isalpha()
                            and (not self.is_blocker(after.norm) or self.lex.head(after.norm) is not None)):
                        k += 3  # جهاز تنفيذ وإدارة مشروع النهر الصناعي: a second construct joined by و
                        limit = max(limit, k - j + 3)
                        continue
                    joins = nxt is not None and nxt.plain_before and not self.taken[k + 1]
                    end = self.place_at(k + 1) if joins else -1
                    if end < 0 and joins and nxt is not None and nxt.norm.isalpha() and not self.is_blocker(
                            nxt.norm) and k + 2 < self.n and self.toks[k + 2].plain_before:
                        end = self.place_at(k + 2)  # صندوق التنمية وإعادة إعمار ليبيا
                    if end > 0:
                        k = end  # غرفة تجارة وصناعة عمان: nouns joined by و up to a place
                        marked = placed = True
                        break
                break
            if form.startswith(("بال", "كال", "فال")) and len(form) > 4:
                break  # محكمة جنايات القاهرة بالسجن: a prepositional phrase, not the name
            if (k > j and form[:1] == "ل" and not form.startswith("لل") and len(form) > 3 and k + 1 < self.n
                    and self.toks[k + 1].plain_before and self.toks[k + 1].norm.startswith("ال")
                    and not self.is_blocker(form[1:]) and self.toks[k + 1].norm in lex.generic | _SPORTS):
                k += 2  # الاتحاد الكويتي لكرة القدم: a ل complement in construct with its noun
                marked = True
                break
            if (k > j and form[:1] == "ل" and not form.startswith("لل") and len(form) > 3 and form[1:].isalpha()
                    and (self.toks[k - 1].norm.startswith("ال") or (k == j + 1 and not definite
                                                                   and self._proper_word(j))
                         or 0 < skip_to == k)  # جمعية شمس سنجار لرعاية الناجيات
                    and (not self.is_blocker(form[1:]) or self._verbal_noun(form[1:]))
                    and (info := lex.head(head_words[0])) is not None and info.complement):
                # تعاونية تيفاوين لإنتاج زيت الأركان: a proper name, then the body's field
                end = self._complement_end(k)
                if end > 0:
                    k = end  # الجامعة الوطنية لمنتجي زيت الزيتون، المنظمة العربية لحقوق الإنسان
                    marked = True
                    break
            if (k > j and form.startswith("الم") and form not in _OFFICIAL_ADJ
                    and self.toks[k - 1].norm in lex.nisba and k + 1 < self.n and self.toks[k + 1].plain_before
                    and self.toks[k + 1].norm in ("من", "عن", "علي", "الي", "في", "لدي")):
                break  # الحكومة الليبية | المكلفة من مجلس النواب: a participle with its complement describes
            if (k > j and self.toks[k - 1].norm in lex.nisba and not form.startswith("لل") and form not in _OFFICIAL_ADJ
                    and not (form.startswith("ال") and form.endswith("ه") and _agrees(self.toks[k - 1].norm, form))):
                break  # وزارة الخارجية الإماراتية | الهجوم: a nisba ends the name (اللجنة الأردنية السورية المشتركة)
            if (k > j and adjective_shape(self.toks[k - 1].norm) and form.startswith("ال")
                    and not _agrees(self.toks[k - 1].norm, form)):
                break  # هيئة الرقابة الإدارية | المواطنين: after an adjective only adjectives follow
            if (k > j and form.startswith("ال") and lex.head(form) is not None
                    and self.toks[k - 1].norm.startswith("ال") and not adjective_shape(self.toks[k - 1].norm)
                    and self.toks[k - 1].norm not in lex.nisba and self.toks[k - 1].norm not in _OFFICIAL_ADJ):
                break  # مجلس شيوخ عشائر الجبايش | الحكومة العراقية: a definite noun ends the construct
            if k == j and definite and htype == "organization" and form in ("المحلي", "المحليه") and k + 2 < self.n:
                # السلطة المحلية بمحافظة حضرموت، المجلس المحلي في معرة النعمان: "local" with its
                # seat names the body; alone it only describes one
                seat = self._seat_after(k + 1, head_words)
                if seat == k + 1 and self.toks[k + 1].plain_before and self.toks[k + 1].norm == "في":
                    seat = max(self._place_end(k + 2), seat)
                if seat > k + 1:
                    k = seat
                    marked = True
                    break
            nisba = form in lex.nisba
            if (k == j and definite and htype == "organization" and adjective_shape(form) and form not in _PLAIN_ADJ
                    and lex.head(form) is None and k + 1 < self.n and self.toks[k + 1].plain_before
                    and self.toks[k + 1].norm[:1] == "ل" and self.place_at_after_lam(k + 1)):
                k += 2  # المؤسسة المينائية لبجاية: a body's adjective and the place it serves
                marked = True
                break
            if (k == j and definite and form in _ORDINALS and strip_article(head_words[0]) in _UNIT_HEADS
                    and k + 1 < self.n and self.toks[k + 1].plain_before and self.toks[k + 1].norm in _ARMS):
                k += 2  # الفرقة الخامسة مشاة، اللواء الرابع مدرع: a unit named by its number and its arm
                marked = True
                break
            if nisba or form in _OFFICIAL_ADJ or (k > j and adjective_shape(form) and form not in _PLAIN_ADJ):
                marked = True  # المحكمة الكبرى المدنية، الحزب الديمقراطي: a relative adjective names the body
            elif htype == "organization" and k == j and form.startswith("ال") and lex.is_role(form):
                pass  # مكتب المبعوث الخاص، مكتب النائب العام: a body named after an office
            elif (htype == "organization" and k == j and definite and adjective_shape(form)
                  and (hinfo := lex.head(form)) is not None and hinfo.type == "organization"):
                marked = True  # الجمعية التعاونية: a body's word as the adjective of another
            elif (htype == "organization" and k == j and (place := lex.head(form)) is not None
                  and place.type == "location" and k + 1 < self.n and self.toks[k + 1].plain_before):
                # شركة ميناء الدقم، سلطة وادي الأردن، عمالة إقليم ميدلت: a body named after a
                # place of its kind, the whole place's name when it is a name no list knows
                end = self._place_end(k) if not form.startswith("ال") else -1
                if end > k + 1 and self.place_at(k + 1) < 0:
                    k = end
                    marked = placed = True
                    break
            elif form in lex.generic or (htype == "organization" and form.startswith("ال") and k == j
                                         and (place := lex.head(form)) is not None and place.type == "location"):
                pass  # حكومة الإقليم، مجلس المحافظة: a definite place noun names a body's domain
            elif (htype == "organization" and k == j and not definite and form.startswith("ال")
                  and (hinfo := lex.head(form)) is not None and hinfo.type == "organization"
                  and head_words[-1] in _PLAIN_NAMED_HEADS and self.boundary(k + 1)):
                pass  # وزارة البلدية، ديوان المحاسبة: a body's word that closes the name
            elif (htype == "organization" and k == j and form.startswith("ال") and lex.head(form) is not None
                  and (hinfo := lex.head(form)) is not None and hinfo.type == "organization"
                  and k + 1 < self.n and self.toks[k + 1].plain_before and not self.taken[k + 1]
                  and adjective_shape(self.toks[k + 1].norm) and self.toks[k + 1].norm not in lex.nisba):
                pass  # مجلس القيادة الرئاسي، مؤسسة التنظيم العقاري: a body's word and its adjective
            elif (htype == "organization" and k == j and not definite and lex.is_role(form)
                  and (hinfo := lex.head(head_words[0])) is not None and hinfo.members and k + 1 < self.n
                  and self.toks[k + 1].plain_before and self.toks[k + 1].norm.startswith("ال")):
                pass  # جمعية مربي الماشية: the members' trade, a role word in construct with its object
            elif (not title_word and self.is_blocker(form) and not self._verbal_noun(form)) or any(
                self.is_blocker(f) and f not in lex.generic for f, _ in t.readings[1:2]
            ):
                break  # (لجنة متابعة منكوبي حي بوهراوة: متابعة is the verbal noun, not the participle)
            definite_word = any(f.startswith("ال") for f, _ in t.readings)
            if htype == "organization" and not definite_word and k > j and t.plain_before and not any(
                    self.toks[x].norm.startswith("ال") for x in range(j, k)):
                end = self.place_at(k)
                if end > 0:
                    k = end  # رابطة صرافي عدن: a construct that ends in a known place
                    while (k < self.n and k - end < 2 and self.toks[k].plain_before and not self.taken[k]
                           and adjective_shape(self.toks[k].norm)):
                        k += 1  # مجموعة موانئ دبي العالمية: with its adjectives
                    marked = placed = True
                    break
            if htype == "organization" and not definite_word and k > j and not self._construct_goes_on(j, k):
                break  # دولة القانون: only the first word may be a bare noun of a construct
            if form.startswith("لل") and k > j:
                marked = True
            k += 1
        if k == j:
            return
        k = self._field_after(k, j, placed, droppable, head_words)
        hinfo = lex.head(head_words[0])
        k = self._field_goes_on(k, j, hinfo is not None and hinfo.complement)
        if definite and (not marked or (htype == "media" and k - j < 2)):
            return  # الموقع العربي is a description; الوكالة الموريتانية للأنباء a name
        proper = self._bare_name_end(j, j + 1, head_words) if (
            htype == "organization" and k > j + 1 and not self.toks[j].norm.startswith("ال")
            and all(self.toks[x].norm in lex.nisba for x in range(j + 1, k))) else -1
        if proper > 0:
            k = proper  # شركة إيني الإيطالية: the nisba after a proper name is not kept
        core = tuple(self.toks[x].norm for x in range(j, k))
        specific = [
            w for x, w in enumerate(core)
            if w not in lex.generic and w not in lex.nisba and not (x == 0 < len(core) - 1 and not w.startswith("ال"))
        ]
        if proper < 0 and not specific and not definite and not (
            head_words[-1] in _PLAIN_NAMED_HEADS or (htype == "media" and len(core) > 1)
        ):
            return  # حركة المقاومة، قوات الاحتلال، تنظيم عمل المقاومة: a description, not a name
        if proper < 0 and not placed and htype == "organization" and not any(
            f.startswith("ال") for x in range(j, k) for f, _ in self.toks[x].readings
        ):
            end_k = self._bare_name_end(j, k, head_words)
            institution = 0 < skip_to == k and strip_article(head_words[0]) in _INSTITUTION_HEADS
            if end_k < 0 and not (0 < skip_to == k and self._named_elsewhere(j, k)) and not institution:
                return  # حكومة صنعاء with صنعاء nowhere else: the place is kept (جامعة عدن … عدن: the body)
            k = max(end_k, k)
        if htype == "organization":
            k = self._seat_after(k, head_words)
        end = self.toks[k - 1].end
        name = head_words + tuple(self.toks[x].norm for x in range(j, k))
        display = self.display(hstart, end)
        if htype == "media" and any(w[:1] == "ل" and not w.startswith("ال") and w not in _NEWS_FIELDS
                                    for w in name[len(head_words):]):
            htype = "organization"  # وكالة الطاقة الذرية للتنمية، لتنمية الواحات: a field that is not news
        quoted = self._quoted_after(k)
        if quoted is not None:
            # وكالة الأنباء الفلسطينية «وفا»، جبهة القوى الاشتراكية (الأفافاس): the short name in
            # marks belongs to the mention, not to the name (the bare name is the same body).
            k, end = quoted
        self.add(Raw(hstart, end, i, k, htype, "head", name, name[len(head_words):] if droppable else name,
                     display))

    def pass_date_events(self) -> None:
        """Events named by their date: ثورة 25 يناير، انتفاضة 17 تشرين، حرائق تشرين 2020."""
        toks = self.toks
        for i in range(self.n - 1):
            after = toks[i + 1].norm
            if not (after.isdigit() or after in _MONTH_WORDS or after in _SEASON_WORDS
                    or after in _ORDINAL_DAYS) or self.taken[i]:
                continue  # cheap first: most words are followed by neither a number nor a month
            t = toks[i]
            form, off = next(((f, o) for f, o in t.readings if strip_article(f) in self.lex.date_events), ("", -1))
            if off < 0 or form.startswith("ال"):
                continue
            end = self._date_end(i + 1, strip_article(form) in self.lex.dated_events)
            if end > 0:
                name = (form,) + tuple(self.toks[x].norm for x in range(i + 1, end))
                self.add(Raw(off, self.toks[end - 1].end, i, end, "event", "head", name, name,
                             self.display(off, self.toks[end - 1].end)))

    def _date_end(self, k: int, with_year: bool = False) -> int:
        """End token of a date written from token ``k`` (day month, month year, day month
        year), else -1. After a day and a month the year is part of it only ``with_year``."""
        toks = self.toks
        x = k
        if (x + 1 < self.n and toks[x].plain_before and toks[x].norm in _SEASON_WORDS and toks[x + 1].plain_before
                and toks[x + 1].norm.isdigit() and len(toks[x + 1].norm) == 4):
            return x + 2  # كارثة صيف 2018، أزمة رمضان 2022: a season of a year
        if (x < self.n and toks[x].plain_before and toks[x].norm.isdigit() and len(toks[x].norm) == 4
                and 1900 <= int(toks[x].norm) <= 2100):
            return x + 1  # مجاعة 2011، أحداث 1989: an event word and a year
        day = x < self.n and toks[x].plain_before and toks[x].norm.isdigit() and len(toks[x].norm) <= 2
        if day:
            x += 1
        elif (x + 2 < self.n and toks[x].plain_before and toks[x].norm in _ORDINAL_DAYS
              and toks[x + 1].plain_before and toks[x + 1].norm == "من"):
            day = True  # انقلاب السادس من أغسطس 2008، أحداث السابع من أكتوبر: the day in words
            x += 2
        if x >= self.n or not toks[x].plain_before or toks[x].norm not in _MONTH_WORDS:
            return -1
        x += 1
        if x < self.n and toks[x].plain_before and toks[x].norm in ("الاول", "الثاني") and toks[x - 1].norm in (
                "كانون", "تشرين"):
            x += 1
        year = x < self.n and toks[x].plain_before and toks[x].norm.isdigit() and len(toks[x].norm) == 4
        if year and (with_year or not day):
            x += 1  # حرائق تشرين 2020; but ثورة 17 فبراير 2011 is ثورة 17 فبراير: the day names it
        return x if day or year else -1

    def _proper_word(self, k: int) -> bool:
        """A bare word that no list knows as a common word, adjective or verb: a proper name."""
        form = self.toks[k].norm
        lex = self.lex
        return (form.isalpha() and not form.startswith("ال") and not self.is_blocker(form)
                and not adjective_shape(form) and not form.endswith("يه") and form not in lex.nisba
                and form not in lex.generic
                and not any(self.is_blocker(f) or f in lex.generic for f, _ in self.toks[k].readings[1:]))

    def _named_elsewhere(self, j: int, k: int) -> bool:
        """The known name at tokens ``j``..``k`` also stands somewhere else in the article."""
        forms = tuple(self.toks[x].norm for x in range(j, k))
        size = k - j
        for x in range(self.n - size + 1):
            if x == j:
                continue
            if all(self.toks[x + d].norm == forms[d] for d in range(size)) or (
                    size == 1 and any(f == forms[0] for f, _ in self.toks[x].readings[1:])):
                return True
        return False

    def _complement_end(self, k: int) -> int:
        """End of a لـ complement opening at ``k`` (لحقوق الإنسان، لمنتجي زيت الزيتون): at most one
        bare noun more, then a definite noun; -1 when none follows."""
        stem = self.toks[k].norm[1:]
        if any(r.type == "location" and stem in r.name for r in self.raws):
            return k + 1  # المجلس الجماعي لفكيك | الانضمام: the place it serves, named elsewhere
        x = k + 1
        for _ in range(2):
            if x < self.n and self.toks[x].plain_before and self.taken[x]:
                raw = self.start_at.get(x)
                # لمتابعة إعمار نهر البارد: a complement that ends in a place found already
                return raw.tj if raw is not None and raw.type == "location" and x > k + 1 else -1
            if x >= self.n or not self.toks[x].plain_before:
                return -1
            form = self.toks[x].norm
            end = self.place_at(x)
            if end > 0:
                return end  # الاتحاد العام لعمال سلطنة عمان، لمتابعة إعمار نهر البارد: ends in a known place
            kind = self.lex.head(form)
            if (kind is not None and kind.type == "location" and not form.startswith("ال") and x + 1 < self.n
                    and self.toks[x + 1].plain_before and not self.taken[x + 1] and self.toks[x + 1].norm.isalpha()
                    and not self.is_blocker(self.toks[x + 1].norm)):
                return x + 2  # المجلس الاجتماعي لقبائل وادي الشاطئ: ends in a place named by its kind
            if not form.isalpha() or self.is_blocker(form):
                return -1
            if form.startswith("ال"):
                x += 1
                while x < self.n and self.toks[x].plain_before and not self.taken[x]:
                    joined = self.toks[x].norm
                    if not (joined[:1] == "و" and joined.isalpha() and not self.is_blocker(joined[1:])):
                        break
                    if joined.startswith("وال"):
                        x += 1  # لبحوث المحيطات والصيد: nouns joined by و go on with it
                        continue
                    if (len(joined) > 4 and self.text[self.toks[x].start : self.toks[x].end].endswith(("ه", "ها"))
                            and self.boundary(x + 1)):
                        x += 1  # للحليب ومشتقاته: a last noun with its pronoun, closing the field
                        break
                    nxt = self.toks[x + 1] if x + 1 < self.n else None
                    if (len(joined) > 3 and nxt is not None and nxt.plain_before and not self.taken[x + 1]
                            and nxt.norm.startswith("ال") and nxt.norm.isalpha() and not self.is_blocker(nxt.norm)):
                        x += 2  # لتنمية مناطق الواحات وشجر الأركان: a second construct joined by و
                        continue
                    break
                last = self.toks[x - 1].norm
                while (x < self.n and self.toks[x].plain_before and not self.taken[x]
                       and (((adjective_shape(self.toks[x].norm) or self.toks[x].norm in self.lex.nisba)
                             and _agrees(last, self.toks[x].norm)) or _faeel_adjective(self.toks[x].norm))
                       and not self.is_blocker(self.toks[x].norm[2:])):
                    x += 1  # لتنسيق الشؤون الإنسانية، للتنمية الفلاحية: the complement's adjectives
                    last = self.toks[x - 1].norm
                return x
            x += 1
        return -1

    def _field_after(self, k: int, j: int, placed: bool, droppable: bool, head_words: tuple[str, ...]) -> int:
        """The end of a body's name at ``k`` extended by its field after the place it is named
        after (جمعية شمس سنجار لرعاية الناجيات), then by the country of a field's mission
        (بعثة الأمم المتحدة للدعم في ليبيا)."""
        info = self.lex.head(head_words[0])
        if (placed and info is not None and info.complement and k < self.n and self.toks[k].plain_before
                and not self.taken[k]):
            form = self.toks[k].norm
            field = form[1:].removeprefix("ل")
            if form[:1] == "ل" and len(form) > 3 and form[1:].isalpha() and not self.is_blocker(field):
                end = self._complement_end(k) if not form.startswith("لل") else k + 1
                if end > 0:
                    k = end
        fielded = any(self.toks[x].norm[:1] == "ل" and not self.toks[x].norm.startswith("ال") for x in range(j, k))
        if (not droppable and fielded and k + 1 < self.n and self.toks[k].plain_before and self.toks[k].norm == "في"
                and not self.taken[k + 1]):
            there = self.place_at(k + 1)
            if there == k + 2 and (there >= self.n or not self.toks[there].plain_before
                                   or self.toks[there].norm in self.lex.stop):
                k = there  # بعثة الأمم المتحدة للدعم في ليبيا: a mission and its country
        if (not droppable and info is not None and info.members and k + 1 < self.n and self.toks[k].plain_before
                and self.toks[k].norm == "في" and not self.taken[k + 1]
                and not any(self.toks[x].norm.startswith("ال") and self.toks[x].norm.endswith("ون")
                            for x in range(j, k))):
            # (تجمع الصيادون في مرفأ: a nominative plural after the head makes the head a verb)
            there = self._place_end(k + 1)
            if there > 0 and (there >= self.n or not self.toks[there].plain_before
                              or self.toks[there].norm in self.lex.stop):
                k = there  # جمعية مربي الماشية في قضاء القائم: members named by where they are
        return k

    def _place_end(self, i: int) -> int:
        """End of a place written from token ``i`` with no clitic before it: a known place (after
        a direction: جنوب الصومال), or a place head and its name (قضاء القائم، المنطقة الغربية);
        else -1."""
        t = self.toks[i]
        if t.norm in _DIRECTIONS and i + 1 < self.n and self.toks[i + 1].plain_before:
            return self.place_at(i + 1)
        end = self.place_at(i)
        if end > 0:
            if (end < self.n and self.toks[end].plain_before and not self.taken[end]
                    and self.toks[end].norm in _PLACE_ADJECTIVES):
                end += 1  # البقاع الأوسط
            return end
        head = self.head_at(i)
        if (head is None or head[0] != 1 or head[1] != "location" or head[4] != t.start or i + 1 >= self.n
                or not self.toks[i + 1].plain_before or self.taken[i + 1]):
            return -1
        nxt = self.toks[i + 1].norm
        if head[3]:
            return i + 2 if adjective_shape(nxt) else -1  # المنطقة الغربية
        end = self.place_at(i + 1)
        if end > 0:
            return end
        if not nxt.isalpha() or self.is_blocker(nxt) or nxt in self.lex.nisba:
            return -1
        if nxt.startswith("ال"):
            return i + 2  # قضاء القائم
        if self.name_word(self.toks[i + 1], False) is None:
            return -1
        end = i + 2
        if (end < self.n and self.toks[end].plain_before and not self.taken[end]
                and self.toks[end].norm.startswith("ال") and self.toks[end].norm.isalpha()
                and not self.is_blocker(self.toks[end].norm)):
            end += 1  # عين الحلوة is two words, جزيرة فيلكا one
        return end

    def _construct_goes_on(self, j: int, k: int) -> bool:
        """A bare noun at ``k`` still inside a construct chain that ends in a definite noun
        (لجنة مكافحة غسل الأموال): the words since ``j`` are bare, and the next one is definite."""
        if k - j > 2 or k + 1 >= self.n or not self.toks[k + 1].plain_before:
            return False
        if any(self.toks[x].norm.startswith("ال") for x in range(j, k)):
            return False
        nxt = self.toks[k + 1].norm
        return (nxt.startswith("ال") and nxt.isalpha() and not self.is_blocker(nxt)
                and not self.toks[k].norm.endswith(("ين", "ون")))

    def _bare_name_end(self, j: int, k: int, head_words: tuple[str, ...]) -> int:
        """End of a name with no definite word after an organisation head, or -1: a proper noun
        followed by its nationality (شركة إيني الإيطالية، شركة توتال الفرنسية), or a person's
        name after a place of service (مستشفى كمال عدوان، مدرسة خالد بن الوليد)."""
        if strip_article(head_words[0]) in _PERSON_NAMED_HEADS:
            run = self.name_run(j, min_len=1)
            if run is not None and run[2] == self.toks[j].start and (
                    2 <= run[1] - run[0] <= 4 or run[3][0] in self.lex.given or run[3][0] in self.lex.given_ambiguous):
                end = run[1]
                if end < self.n and self.toks[end].plain_before and self.toks[end].norm.startswith("لل"):
                    end += 1  # مركز محمد بن راشد للفضاء: the field it serves
                return end
        word = self.toks[j].norm
        if (k == j + 1 and (k >= self.n or not self.toks[k].plain_before) and len(word) >= 4
                and not word.endswith("ه") and self._proper_word(j) and self.place_at(j) < 0):
            return k  # قالت مجموعة سوناطراك، في بيان: a proper name alone, closed by punctuation
        if (k == j + 1 and k < self.n and self.toks[k].plain_before and word not in self.lex.generic
                and not self.is_blocker(word) and len(word) > 2 and self.name_word(self.toks[j], False) is not None):
            adj = self.toks[k].norm
            if adj in self.lex.nisba or (adj.startswith("ال") and adj.endswith(("يه", "ي")) and len(adj) > 5):
                return k
        return -1

    def _seat_after(self, k: int, head_words: tuple[str, ...]) -> int:
        """The end of an organisation's name that carries its seat with ب: a known place
        (جمعية هيئات المحامين بالمغرب، الفريق الاشتراكي بمجلس النواب is not one), or for a court
        one or two name words (محكمة الجنح بسيدي امحمد، المحكمة الابتدائية بتونس)."""
        if k >= self.n or not self.toks[k].plain_before or self.taken[k] or self.toks[k].norm[:1] not in ("ب", "ل"):
            return k
        g = self.gaz_match(k)
        if (self.toks[k].norm[:1] == "ب" and g is not None and g[1] != self.toks[k].start
                and any(e.type == "location" for e in g[2])):
            return g[0]
        kind = self.lex.head(self.toks[k].norm[1:])
        if (kind is not None and kind.type == "location" and kind.droppable and k + 1 < self.n
                and self.toks[k + 1].plain_before and self.place_at(k + 1) > 0):
            # مديرية الحماية المدنية لولاية غرداية، مكتب الزراعة بمحافظة الداير: the seat by its kind
            return self.place_at(k + 1)
        if self.toks[k].norm[:1] != "ب":
            return k
        if strip_article(head_words[0]) != "محكمه" or self.toks[k].norm.startswith("بال"):
            return k
        m = k
        while m < self.n and m - k < 2 and (m == k or self.toks[m].plain_before) and not self.taken[m]:
            form = self.toks[m].norm[1:] if m == k else self.toks[m].norm
            if not form.isalpha() or len(form) < 2 or self.is_blocker(form) or form.startswith("ال"):
                break
            m += 1
        return m if m - k == 2 or (m > k and self.boundary(m)) else k

    def _quoted_after(self, k: int) -> tuple[int, int] | None:
        """(token after, end offset) of a one- or two-word name in marks right at token ``k``."""
        if k >= self.n or not self.toks[k].sep or self.toks[k].sep[-1] not in OPEN_MARKS + '"(':
            return None
        for m in (k + 1, k + 2):
            if m > self.n or any(self.taken[k:m]):
                return None
            last = self.toks[m - 1]
            after = self.text[last.end : last.end + 1]
            if after and after in CLOSE_MARKS + '")':
                if m < self.n and self.toks[m].plain_before:
                    return None
                return m, last.end + 1
            if m < self.n and not self.toks[m].plain_before:
                return None
        return None

    def _place_chain(self, i: int, j: int, hstart: int, head_words: tuple[str, ...], droppable: bool) -> None:
        """A place after an indefinite place head: بلدة عيتا الشعب، حي الشجاعية، مخيم أطمة."""
        first = self.toks[j]
        if self.taken[j] or not first.plain_before:
            return
        titled = (first.norm in _PLACE_TITLES and j + 1 < self.n and self.toks[j + 1].plain_before
                  and not self.taken[j + 1] and self.name_word(self.toks[j + 1], False) is not None)
        prefixed = (not titled and first.norm in _PLACE_PREFIXES and j + 1 < self.n and self.toks[j + 1].plain_before
                    and not self.taken[j + 1] and self.toks[j + 1].norm.isalpha()
                    and not self.is_blocker(self.toks[j + 1].norm))
        if titled or prefixed:
            # نجع الشيخ عيسى، حي الشيخ جراح: a place named after a man, his title included;
            # قرية أم ريحان، دوار أولاد يوسف: a word that opens place names, and the name
            k = j + 2
        else:
            w = self.name_word(first, first=False)
            if (w is None or first.norm.startswith("و") or first.norm in self.lex.nisba
                    or self._present_verb(first.norm)):
                return  # (إقفال معبر يقابله فتح معبرين: a verb in the present, no place's name)
            nxt_tok = self.toks[j + 1] if j + 1 < self.n else None
            if (first.norm[:1] in ("ي", "ت") and len(first.norm) == 4 and first.norm not in self.lex.given
                    and nxt_tok is not None and nxt_tok.plain_before and nxt_tok.norm.startswith("ال")):
                return  # اتفاق جامع يرضي الجميع: a verb and its object after an adjective
            if (first.norm.endswith("يه") and len(first.norm) >= 6 and not head_words[0].startswith("ال")
                    and not first.norm.startswith("ال")):
                return  # منطقة عسكرية مغلقة، مدينة ساحلية: an indefinite adjective describes the head
            if any(o != first.start and len(f) > 2 and self.is_blocker(f) for f, o in first.readings):
                return  # مدينة بأكثر: "indebted by more", ب and a stop word, no place's name
            k = j + 1
        if (not titled and k + 1 < self.n and self.toks[k].plain_before
                and self.toks[k].norm in ("بني", "بنو", "بن", "ابن")
                and self.toks[k + 1].plain_before and not self.taken[k + 1]
                and self.name_word(self.toks[k + 1], False) is not None):
            k += 2  # محافظة الداير بني مالك: a place named with its tribe
        elif not titled and not prefixed and k < self.n and self.toks[k].plain_before and not self.taken[k]:
            nxt = self.toks[k].norm
            if (nxt.startswith("ال") and nxt not in self.lex.nisba and not self.is_blocker(nxt)
                    and nxt.isalpha() and nxt not in PLACE_DESCRIPTORS
                    and not (nxt.startswith("الم") and nxt.endswith("ه") and len(nxt) >= 6)) or (
                    first.norm in _PLACE_PREFIXES and self.name_word(self.toks[k], False)):
                k += 1
            elif (nxt.isalpha() and len(nxt) > 2 and not self.is_blocker(nxt) and k + 1 < self.n
                  and nxt not in PLACE_DESCRIPTORS
                  and self.toks[k + 1].comma_before and (nxt[:1] != "و" or len(nxt) < 4)
                  and not self.text[self.toks[k].start : self.toks[k].end].endswith(_PRONOUN_SUFFIXES)):
                k += 1  # ولاية تيزي وزو، : a second bare word closed by punctuation (وزو is no و + زو)
        if (self.toks[k - 1].norm in _DIRECTIONS and k < self.n and self.toks[k].plain_before and not self.taken[k]
                and self.toks[k].norm.isalpha() and not self.is_blocker(self.toks[k].norm)):
            k += 1  # إقليم جنوب كيفو: a direction names a place only with the place after it
        if (k < self.n and self.toks[k].plain_before and not self.taken[k]
                and self.toks[k].norm in _PLACE_ADJECTIVES):
            k += 1  # حي المنارة الجديد، حي القرارة الغربية: the part of the place
        self._add_headed_place(i, j, k, hstart, head_words, droppable)

    def _add_headed_place(self, i: int, j: int, k: int, hstart: int, head_words: tuple[str, ...],
                          droppable: bool) -> None:
        """The place of tokens ``i`` to ``k``: its head, then its name from token ``j``."""
        end = self.toks[k - 1].end
        name = head_words + tuple(self.toks[x].norm for x in range(j, k))
        core = name[len(head_words):] if droppable else name
        info = self.lex.head(head_words[0]) if len(head_words) == 1 else None
        # بلدة ذيبان is shown as ذيبان (the mention keeps its head); محافظة الوسطى keeps it.
        shown = self.toks[j].start if droppable and info is not None and not info.keep else hstart
        self.add(Raw(hstart, end, i, k, "location", "head", name, core, self.display(shown, end)))

    def pass_gazetteer(self) -> None:
        found: list[tuple[int, int, int, tuple[GazEntry, ...]]] = []
        for i in range(self.n):
            if self.taken[i] or "gaz" not in self.kind_of[i]:
                continue
            m = self.gaz_match(i)
            if m is not None:
                found.append((i, m[0], m[1], m[2]))
        found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
        for i, tj, off, entries in found:
            if (i > 0 and off == self.toks[i].start and self.toks[i].plain_before
                    and self.toks[i - 1].norm in ("عبد", "ابو", "ابن", "بن", "بنت")):
                continue  # عبد الجليل، أبو الخليل: part of a person's name, not the place
            if (tj == i + 1 and i > 0 and off == self.toks[i].start and self.toks[i].plain_before
                    and all(e.type == "person" for e in entries) and self._name_before(i)):
                continue  # عبد المجيد سلامي: a known surname closing another person's name
            if (tj <= i + 2 and i > 0 and off == self.toks[i].start and self.toks[i].plain_before
                    and all(e.type == "person" for e in entries) and self.toks[i - 1].norm in self.lex.given
                    and not self.taken[i - 1]
                    and all(normalize(e.canonical).split()[0] != self.toks[i - 1].norm for e in entries)):
                continue  # بلقاسم حفتر، خليل نصر الله: a given name before a known surname names someone else
            if (tj == i + 1 and i > 1 and off == self.toks[i].start and self.toks[i].plain_before
                    and self.toks[i - 1].plain_before and not self.taken[i - 1] and not self.taken[i - 2]
                    and (self.toks[i - 2].norm in self.lex.given or (
                        self.toks[i - 2].norm in self.lex.given_ambiguous and self._name_slot(self.toks[i - 2])))
                    and (self.toks[i - 1].norm in self.lex.given or self.toks[i - 1].norm in self.lex.given_ambiguous)
                    and all(e.type == "location" for e in entries)):
                continue  # سالم عوض بلحاف، الطيب حمد النيل: after a given name and a father's, a family name
            if (tj == i + 1 and i > 0 and off == self.toks[i].start and self.toks[i].plain_before
                    and not self.taken[i - 1] and self.toks[i - 1].norm in self.lex.given
                    and self._name_slot(self.toks[i - 1]) and self.boundary(i + 1)
                    and all(e.type == "location" for e in entries)):
                continue  # الحاكم الإداري، عمر جالو،: a given name set after a comma, then the family name
            if (tj == i + 1 and i > 0 and off == self.toks[i].start and self.toks[i].plain_before
                    and i + 1 < self.n and self.toks[i + 1].plain_before and self.toks[i + 1].norm in self.lex.given
                    and all(e.type == "location" for e in entries) and self._after_role(i)):
                continue  # الباحث السياسي سوران عمر كاكه يي: after a role, a place and a given name are a name
            if (tj == i + 1 and i > 0 and self.toks[i].norm in _MONTH_WORDS
                    and self.toks[i - 1].norm.isdigit() and self.toks[i].plain_before):
                continue  # 3 آب: a date (إب, the Yemeni city, folds to the same letters)
            end = self.toks[tj - 1].end
            entry = self._choose(entries, i, off, end)
            if entry is None:
                continue
            words = tuple(f for f, o in self.toks[i].readings if o == off)[:1] + tuple(
                self.toks[k].norm for k in range(i + 1, tj)
            )
            self.add(Raw(off, end, i, tj, entry.type, "gazetteer", words, words, self.display(off, end), gaz=entry))

    def _after_role(self, i: int) -> bool:
        """Token ``i`` follows a role or a title, or a role and its nisba (الباحث السياسي)."""
        prev = self.kind_of[i - 1]
        if "role" in prev or "title" in prev:
            return True
        form = self.toks[i - 1].norm
        return (i > 1 and self.toks[i - 1].plain_before and form.startswith("ال") and form.endswith("ي")
                and "role" in self.kind_of[i - 2])

    def _name_before(self, i: int) -> bool:
        """Token ``i`` ends a longer name that opens in a name slot (after a comma, a title or
        a role): الأستاذ عبد المجيد سلامي. Not after any word (خطة هروب نتنياهو)."""
        for j in range(i - 1, max(-1, i - 4), -1):
            t = self.toks[j]
            if self.taken[j]:
                return False
            slot = self._name_slot(t) or (j > 0 and t.plain_before and "role" in self.kind_of[j - 1])
            if slot:
                run = self.name_run(j)
                return run is not None and run[1] > i
            if not t.plain_before:
                return False
        return False

    def byline(self, i: int, tj: int) -> bool:
        """The name ends a short line after a dash or bar: الدوحة - قنا، بيروت - «النهار»."""
        if i == 0 or not any(c in _SOURCE_LINE_MARKS for c in self.toks[i].sep):
            return False
        if tj < self.n and "\n" not in self.toks[tj].sep:
            return False
        k = i - 1
        while k >= 0 and "\n" not in self.toks[k].sep and k > 0:
            k -= 1
        return i - k <= 3

    def _choose(self, entries: tuple[GazEntry, ...], i: int, start: int, end: int) -> GazEntry | None:
        plain = [e for e in entries if not e.quoted_only]
        tj = bisect.bisect_left(self.starts, end)
        special = (self.quoted(start, end) or self.source_line(i, end) or self.byline(i, tj)
                   or (tj > i + 1 and self.head_at(i) is not None))  # لقناة المنار: the alias opens with a head
        if special:
            quoted = [e for e in entries if e.quoted_only]
            if quoted and (not plain or special):
                # A quoted or paragraph-opening common word names the outlet, not the place.
                if not plain or any(e.type == "media" for e in quoted):
                    return quoted[0]
        return plain[0] if plain else None

    def pass_titles(self) -> None:
        i = 0
        while i < self.n:
            size = self.title_at(i) if "title" in self.kind_of[i] else 0
            if size and i > 0 and self.toks[i].plain_before and self.toks[i - 1].norm == "عبد":
                size = 0  # عبد الملك، عبد الأمير: after عبد the word is a name's, not a title
            if (size == 1 and i > 0 and self.toks[i].norm in _NAME_HONORIFICS and self.toks[i].plain_before
                    and (self.toks[i - 1].norm in self.lex.given or self.toks[i - 1].norm in ("ولد", "ود", "بن"))
                    and not self.taken[i - 1]):
                size = 0  # خالد الحاج عمر، محمد ولد الشيخ الغزواني: the honorific is part of the name
            if size == 0:
                i += 1
                continue
            j = i + size
            while j < self.n and self.toks[j].plain_before and (extra := self.title_at(j)):
                j += extra  # (بكفر الشيخ، المهندس وليد: a title after a comma opens a name of its own)
            adjectives = 0
            while j < self.n and self.toks[j].plain_before:
                form = self.toks[j].norm
                if form in self.lex.nisba or form in _PARTICLES_AFTER_TITLE:
                    j += 1
                elif (form.startswith("ال") and adjectives < 2 and not self.is_blocker(form) and not self.taken[j]
                      and self.text[self.toks[j].start] not in "إأ"  # الدكتورة ألفة: no article
                      # المهندس الطيب حامد الفكي، الدكتور الهادي أبوغرسة: a given name with the
                      # article, then a name word, is no adjective of the title
                      and not ((form in self.lex.given or form in self.lex.given_ambiguous) and j + 1 < self.n
                               and self.toks[j + 1].plain_before and not self.toks[j + 1].norm.startswith("ال")
                               and not self.is_blocker(self.toks[j + 1].norm))):
                    adjectives += 1  # الناشطة الحقوقية ريم عودة
                    j += 1
                else:
                    break
            if j < self.n and not self.taken[j] and (self.toks[j].plain_before or self.toks[j].comma_before):
                run = self.slot_run(j, min_len=1)
                if run is None:
                    run = self._verb_form_name(j)
                if run is not None and run[1] - run[0] == 1 and adjectives and self.toks[j].norm[:1] in ("ل", "ب"):
                    run = None  # الرئيسة التنفيذية لثلج الخليج: after the title's adjectives, its complement
                if run is not None and run[1] - run[0] == 1 and (
                        self.toks[j].norm in _SPEECH_WITH_HIS
                        or (self.toks[j].norm[:1] in ("ل", "ب") and self.toks[j].norm not in self.lex.given
                            and self.toks[j].norm not in self.lex.given_ambiguous)):
                    run = None  # وختم النقيب | حديثه، مدير المكتب الإعلامي | لرئاسة …: no one-word name
                if (run is not None and run[1] - run[0] == 1 and self.toks[j].norm in _ROLE_FILLERS
                        and run[1] < self.n and (self.toks[run[1]].norm.startswith("ال")
                                                 or self.lex.head(self.toks[run[1]].norm) is not None)):
                    run = None  # الناطق الإعلامي باسم الوزارة: "in the name of", no given name
                if (run is not None and run[1] - run[0] == 1 and self.toks[i].norm in _NOUN_TITLES
                        and run[3][0] not in self.lex.given):
                    run = None  # الفريق جاهز: "the team", a rank only before a name
                if run is not None and self.toks[i].comma_before and not self.toks[i].sentence_start:
                    run = self._to_closing_comma(run)  # وزير التربية، الدكتور عبد المنعم الطاهر حسب الله،
                if run is not None and not (run[2] != self.toks[j].start and run[1] - run[0] == 1):
                    self.person(run, "title")
            i = max(i + 1, j)

    def pass_kin(self) -> None:
        """A name of two words or more right after a kinship word with its pronoun (ابنه جريس
        قمصية، زوجته سلوى حداد): a person, as after a title."""
        for i in range(self.n - 1):
            if self.toks[i].norm not in _KIN_WORDS or self.taken[i + 1] or not self.toks[i + 1].plain_before:
                continue
            if len(self.toks[i + 1].norm) < 3 or self.toks[i + 1].norm in ("ذات", "ذوو", "ذوي"):
                continue  # حفيده ذا الأعوام الأربعة: "of (four years)", no name
            run = self.name_run(i + 1)
            if run is not None and run[2] == self.toks[i + 1].start:
                ti, tj, start, words = run
                if (len(words) >= 3 and words[-2] not in CONNECTORS and words[0] not in ("ابو", "ام")
                        and not self._elsewhere(words[-1], ti, tj) and self._elsewhere(words[-2], ti, tj)):
                    # ابنه جريس قمصية | هاجر: the family name seen elsewhere ends the name
                    run = (ti, tj - 1, start, words[:-1])
                self.person(run, "title")

    def _elsewhere(self, word: str, ti: int, tj: int) -> bool:
        return any(self.toks[x].norm == word for x in range(self.n) if not ti <= x < tj)

    def _verb_form_name(self, j: int) -> tuple[int, int, int, tuple[str, ...]] | None:
        """A given name that is also a verb form (روي، سعد، أمين) right after a title, when a
        name of one to three words follows it: المدرب البرتغالي روي باربوسا."""
        t = self.toks[j]
        form = t.norm
        lex = self.lex
        if (not t.plain_before or j + 1 >= self.n or not form.isalpha() or form.startswith(("ال", "و", "ف"))
                or form not in lex.verbs and form not in lex.subject_verbs):
            return None
        if (form in lex.stop or lex.is_role(form) or form in lex.titles or lex.head(form) is not None
                or lex.is_source(form)):
            return None
        if not self.toks[j + 1].plain_before or self.toks[j + 1].norm.startswith("ال"):
            return None
        words = [form]
        k = j + 1
        while k < self.n and k - j <= 3 and self.toks[k].plain_before and not self.taken[k]:
            w = self.toks[k].norm
            if not w.isalpha() or len(w) < 3 or self.is_blocker(w) or w.startswith(("و", "ف")) or (
                    k == j + 1 and w.startswith("ال")) or w.endswith(_PRONOUN_ENDS):
                break
            words.append(w)
            k += 1
            if w.startswith("ال"):
                break
        if len(words) < 2 or not self.boundary(k):
            return None
        return j, k, t.start, tuple(words)

    def _is_role(self, t: Tok) -> bool:
        return any(self.lex.is_role(f) for f, _ in t.readings[:2]) and t.norm not in self.lex.stop

    def pass_roles(self) -> None:
        for i in range(self.n):
            t = self.toks[i]
            if "role" not in self.kind_of[i] or not self._is_role(t):
                continue
            self._role_backward(i)
            if not self.taken[i]:
                self._role_forward(i)

    def _role_forward(self, i: int) -> None:
        if i > 0 and self.toks[i].comma_before and not self.toks[i].sentence_start and any(
                r.type == "person" and r.tj == i for r in self.raws):
            return  # رضا أبو زيد، عضو لجنة التعليم، بطلب إحاطة: the role describes the name before it
        k = i + 1
        steps = 0
        in_dash = False
        while k < self.n and steps < 16:
            steps += 1
            t = self.toks[k]
            if any(c in "–—" for c in t.sep) or " - " in self.text[self.toks[k - 1].end : t.start]:
                in_dash = not in_dash
            if t.sentence_start or t.colon_before:
                return
            if t.norm in ("ان", "انه", "انها", "بان", "لان") or t.norm in self.lex.verbs:
                return
            size = self.title_at(k)
            if size and any(self.taken[x] for x in range(k + size, min(k + size + 3, self.n))):
                return  # a title that introduces a name of its own ends the role phrase
            if t.comma_before or (k > i + 1 and t.sep and t.sep[-1] in CLOSE_MARKS + ")"):
                run = self.slot_run(k)
                if run is not None:
                    self.person(self._to_closing_comma(run) if t.comma_before else run, "role")
                    return
            raw = self.start_at.get(k)
            if raw is not None and raw.type == "person" and k == i + 1 and raw.rule == "title":
                return  # النائب رضا أبو زيد، عضو لجنة …، بطلب: the role's holder is named already
            if raw is not None:
                k = raw.tj
                adj = 0
                while k < self.n and self.toks[k].plain_before and (
                    self.toks[k].norm in self.lex.nisba
                    or (adj < 2 and self.toks[k].norm.startswith("ال") and not self.taken[k]
                        and not self.is_blocker(self.toks[k].norm) and self.toks[k].norm.isalpha())
                ):
                    adj += self.toks[k].norm not in self.lex.nisba
                    k += 1
                if k < self.n and (self.toks[k].plain_before or self.toks[k].sep[-1:] in CLOSE_MARKS
                                   or (self.toks[k].sep == '"' and '"' in self.text[raw.end - 1 : raw.end + 1])):
                    run = self.slot_run(k)
                    if run is not None and not self._named_in_apposition(run[1]):
                        self.person(run, "role")
                        return
                continue
            if (i + 1 < k <= i + 5 and t.plain_before and not t.norm.startswith(("ال", "و"))
                    and any(f.startswith("ال") for f, _ in self.toks[k - 1].readings)):
                # مدير العمليات في الجمعية نبيل حداد: a name right after the complement.
                run = None
                before = self.toks[k - 1].norm
                if k - 1 == i + 1 and (before in self.lex.given or before in self.lex.given_ambiguous):
                    run = self.slot_run(k - 1)  # التاجر الصادق محمد نور: a given name with the article
                run = run or self.slot_run(k)
                if run is not None and not self._named_in_apposition(run[1]):
                    self.person(run, "role")
                    return
            if t.norm in self.lex.nisba and k + 1 < self.n and self.toks[k + 1].plain_before:
                run = self.slot_run(k + 1)
                if run is not None:
                    self.person(run, "role")
                    return
            if t.norm in self.lex.stop and t.norm not in _ROLE_FILLERS and not in_dash:
                return
            k += 1

    def _named_in_apposition(self, k: int) -> bool:
        """A person with a title stands between commas at ``k``: the role's holder (رئيس مصلحة
        الملاحة بميناء بنزرت منزل بورقيبة، القبطان رضا السويسي), so the words before are no name."""
        if k >= self.n or not self.toks[k].comma_before or self.toks[k].sentence_start:
            return False
        raw = self.start_at.get(k)
        return self.title_at(k) > 0 or (raw is not None and raw.type == "person" and raw.rule == "title")

    def _to_closing_comma(self, run: tuple[int, int, int, tuple[str, ...]]) -> tuple[int, int, int, tuple[str, ...]]:
        """A name set between commas after a role runs to the closing comma when at most two
        more name words stand before it (مدير التعليم، عبد المنعم الطاهر حسب الله،; سعاد محجوب
        الأمين،): the commas say where it ends."""
        ti, tj, start, words = run
        end = tj
        while end < self.n and end - tj < 2 and self.toks[end].plain_before and not self.taken[end]:
            form = self.toks[end].norm
            named = form in self.lex.given or form in self.lex.given_ambiguous or form in self.lex.compound_tails
            if not form.isalpha() or form in self.lex.stop or (_role_or_title(self.lex, form) and not named):
                return run
            end += 1
        if end == tj or end >= self.n or not self.toks[end].comma_before or self.toks[end].sentence_start:
            return run
        return ti, end, start, words + tuple(self.toks[x].norm for x in range(tj, end))

    def _role_backward(self, i: int) -> None:
        t = self.toks[i]
        if not (t.plain_before or t.comma_before) or i == 0:
            return
        if t.norm[:1] == "و" and t.norm not in self.lex.clitic_names and not t.comma_before:
            return
        if not t.comma_before and self.title_at(i):
            return  # الرئيس الإيراني إبراهيم رئيسي: a title before a name, not after one
        end_k = i  # exclusive
        for size in (4, 3, 2):
            j = end_k - size
            if j < 0:
                continue
            if any(self.taken[x] for x in range(j, end_k)):
                continue
            before = self.toks[j]
            prev = self.toks[j - 1].norm if j > 0 else ""
            boundary_before = (
                j == 0
                or not before.plain_before
                or prev in ("مع", "بين", "ان", "بان")
                or self._present_verb(prev)
                or prev in self.lex.subject_verbs
                or prev in self.lex.verbs
                or (before.norm[:1] == "و" and before.norm not in self.lex.clitic_names)
            )
            if not boundary_before:
                continue
            run = self.name_run(j)
            if run is not None and run[1] == end_k:
                self.person(run, "role")
                return

    def pass_subjects(self) -> None:
        lex = self.lex
        self.third_words = False
        for i, t in enumerate(self.toks):
            if t.norm == "اما" and i + 1 < self.n and self.toks[i + 1].plain_before and not self.taken[i + 1]:
                # أما أم خالد، ... فقالت: the topic of أما is the subject of the verb with ف.
                run = self.name_run(i + 1, min_len=1)
                if run is not None and run[1] < self.n and self.toks[run[1]].comma_before:
                    described = run[1] - run[0] == 1 and self._described_next(run[1])
                    self.person(run, "described" if described else "subject")  # أما سمية، وهي خريجة
                continue
            if "verb" not in self.kind_of[i] or self.in_speech[i]:
                continue  # «الأزمة كشفت هشاشة الاقتصاد»: inside speech a verb reports nothing
            forms = [f for f, o in t.readings[:2]
                     if o == t.start or self.text[t.start : t.start + 1] in ("و", "ف")]  # (بذكر: ب and a noun)
            if not any(f in lex.verbs or f in lex.subject_verbs for f in forms):
                continue
            if any(f in lex.verbs and (lex.verbs[f].kind in ("participle", "according")
                                       or lex.verbs[f].gender == "p") for f in forms):
                continue
            if i > 0 and t.plain_before and self.toks[i - 1].norm in _PREPOSITIONS:
                continue  # في رد مكتوب: after a preposition the verb's letters are a noun
            k = i + 1
            if k >= self.n or self.taken[k] or not self.toks[k].plain_before:
                continue
            run = self.name_run(k, min_len=1)
            if run is not None and run[1] - run[0] == 2 and (self._known_surname(run[3][0])
                                                             or self._known_given(run[3][0], run[3][1])):
                # ختم كنعان حديثه: a family name already known, then its verb's object
                run = (run[0], run[0] + 1, run[2], run[3][:1])
            if (run is not None and run[1] - run[0] >= 3 and self.text[run[2]:self.toks[run[0]].end].endswith("ة")
                    and run[3][0] not in lex.given and run[3][0] not in lex.given_ambiguous
                    and run[3][-1].startswith("ال") and not run[3][1].startswith("ال")):
                continue  # قالت إدارة حصر التبغ: a noun in construct (ة, a bare noun, a definite one), no name
            if (run is not None and run[1] < self.n and self.toks[run[1]].plain_before
                    and self.title_at(run[1]) > 0 and run[1] + 1 < self.n and self.taken[run[1] + 1]):
                continue  # ولفت عالم الآثار | الدكتور عمر التكبالي: a description before a titled name
            if run is not None and run[1] - run[0] == 1 and self._statement_follows(run[1]):
                # وقالت سوناطراك في بيان: one unknown word that issues a statement is a body
                ti, tj, start, words = run
                end = self.toks[tj - 1].end
                self.add(Raw(start, end, ti, tj, "organization", "subject", words, words, self.display(start, end)))
                continue
            if run is not None:
                described = run[1] - run[0] == 1 and self._described_next(run[1])
                self.person(run, "described" if described else "subject")

    def _statement_follows(self, k: int) -> bool:
        """Tokens at ``k`` read في/عبر بيان or ببيان (what a body issues)."""
        if k < self.n and self.toks[k].plain_before and self.toks[k].norm in ("في", "عبر"):
            k += 1
        return k < self.n and self.toks[k].plain_before and self.toks[k].norm in ("بيان", "ببيان")

    def _known_surname(self, word: str) -> bool:
        """``word`` closes a longer person name found before this pass (إبراهيم كنعان)."""
        return any(r.type == "person" and len(r.name) >= 2 and r.name[-1] == word for r in self.raws)

    def _known_given(self, word: str, then: str) -> bool:
        """``word`` opens a longer person name found before this pass, and ``then`` is none of
        its words (رمضان عبد التواب الشرقاوي … ويختم رمضان حديثه; not ناصر الكبسي)."""
        return word not in CONNECTORS and any(
            r.type == "person" and len(r.name) >= 3 and r.name[0] == word and then not in r.name for r in self.raws)

    def pass_appositions(self) -> None:
        """A name set between commas right before إن/أن or a colon, in the clause of a reporting
        verb, is its speaker (رأى كبير الاقتصاديين في شركة ...، مازن بن خالد العتيبي، أن):
        the description before it need not be a known role."""
        lex = self.lex
        for i, t in enumerate(self.toks):
            if "verb" not in self.kind_of[i]:
                continue
            forms = [f for f, _ in t.readings[:2]]
            if not any(f in lex.verbs and lex.verbs[f].kind not in ("participle",) for f in forms):
                continue
            k = i + 1
            while k < self.n and k - i < 16:
                u = self.toks[k]
                if u.sentence_start or u.colon_before or u.norm in _THAT_WORDS or (u.sep and u.sep[-1] in '"«“'):
                    break
                if self.taken[k] and any(r.type == "person" and r.ti <= k < r.tj for r in self.raws):
                    break  # the speaker is named already: what follows describes them (مقدمة الحلقة)
                if u.comma_before and not self.taken[k]:
                    run = self.name_run(k)
                    if run is not None and run[1] < self.n:
                        nxt = self.toks[run[1]]
                        if nxt.comma_before and not nxt.sentence_start and (
                            nxt.norm in _THAT_WORDS or nxt.norm in _SAYING_WORDS
                            or (run[1] + 1 < self.n and self.toks[run[1] + 1].colon_before)
                            or (nxt.norm in _CIRCUMSTANCE and self._complement_within(run[1] + 1))
                        ):
                            self.person(run, "subject")
                            break
                k += 1

    def _given_at(self, i: int) -> bool | None:
        """Whether a given name opens at token ``i``: None when none does, else whether it is
        one of the ambiguous ones (حسن، سعيد: also common words)."""
        t = self.toks[i]
        form = t.norm
        lex = self.lex
        if form == "عبد" and i + 1 < self.n and self.toks[i + 1].plain_before:
            nxt = self.toks[i + 1].norm
            # عبد and a divine name is a given name even when the list lacks that one.
            return False if nxt.startswith("ال") or f"عبد {nxt}" in lex.given else None
        if (form in lex.given_openers and i + 1 < self.n and self.toks[i + 1].plain_before
                and f"{form} {self.toks[i + 1].norm}" in lex.given):
            return False  # سيدي محمد، صلاح الدين: a given name of two words
        forms = [form]
        if form[:1] == "و" and len(form) > 4 and form not in lex.clitic_names:
            forms.append(form[1:])  # ومحمد; not وجود → جود, nor ف (فعلي → علي)
        for f in forms:
            if f in lex.given:
                return False
        return True if form in lex.given_ambiguous else None  # وعودة النازحين: no و before those

    def _without_trailing_verb(self, run: _Run) -> _Run:
        """The run without a last word shaped like a present verb (فاطمة أوحمو | تطبخ على موقد):
        ت/ي/ن and three letters, after at least two name words."""
        ti, tj, start, words = run
        last = words[-1]
        closed = tj < self.n and (self.toks[tj].comma_before or self.toks[tj].sentence_start)
        if (len(words) >= 3 and len(last) == 4 and last[0] in "تين" and last not in self.lex.given
                and words[-2] not in CONNECTORS and not closed):  # سلمى حداد نعمو، التي: a family name
            return ti, tj - 1, start, words[:-1]
        return run

    def _family_repeated(self, run: _Run) -> bool:
        """The run's family name stands alone as a verb's subject elsewhere in the article
        (يقف عم الطاهر البجاوي … يقول البجاوي، الناجية ليلى خدر رشو … وأضافت رشو): that
        other mention confirms the name."""
        ti, tj, _, words = run
        last = words[-1]
        plural = last.endswith(("ات", "ين")) or (last.endswith("ون") and words[0] not in self.lex.given)
        if (len(words) < 2 or len(last) < 3 or plural or self.is_blocker(last)
                or (len(words) > 2 and not last.startswith("ال") and last in self.lex.given)):
            return False
        for x in range(1, self.n):
            if ti <= x < tj or self.toks[x].norm != last or not self.toks[x].plain_before:
                continue
            if self._after_verb(x):
                return True
        return False

    def _role_apposed(self, k: int) -> bool:
        """Token ``k`` opens a role set off by a comma after a name (منى الدسوقي، مؤسسة مجموعة):
        the role noun in either gender."""
        if k >= self.n:
            return False
        t = self.toks[k]
        if not t.comma_before or t.sentence_start:
            return False
        form = t.norm
        return self.lex.is_role(form) or (form.endswith("ه") and self.lex.is_role(form[:-1]))

    def _confirmed_prefix(self, i: int) -> _Run | None:
        """When the name words run on into the sentence (تدير نعمة حسن دهب بيت ضيافة), the two
        or three first ones whose last stands alone elsewhere as a verb's subject (وتقول دهب)."""
        words = self._name_words(i, up_to_definite=False)
        for size in range(len(words), 1, -1):
            run = (i, i + size, words[0][1], tuple(w for w, _ in words[:size]))
            if not words[size - 1][0].startswith("ال") and self._family_repeated(run):
                return run
        return None

    def _relative_after(self, k: int) -> bool:
        """Token ``k`` opens a relative clause set off by a comma (ليلى خدر رشو، التي فقدت):
        what comes before it is a person's name."""
        return k < self.n and self.toks[k].comma_before and self.toks[k].norm in _RELATIVE_PRONOUNS

    def _speaks_next(self, k: int) -> bool:
        """Token ``k`` opens what a speaker says: a colon, إن/أن or قوله (الطالبة أمل القلال: ...)."""
        if k >= self.n:
            return False
        t = self.toks[k]
        return t.colon_before or t.norm in _THAT_WORDS or t.norm in _SAYING_WORDS

    def pass_given_names(self) -> None:
        """A given name from the lexicon and the family-name words after it, wherever they
        stand: people named once with no title, role or verb nearby (نقلت المنظمة عن كلير
        نيكوليه قولها). An ambiguous given name (حسن النية، أمل) needs more: a comma, a title or
        a role right before it."""
        for i in range(self.n):
            if self.taken[i]:
                continue
            ambiguous = self._given_at(i)
            t = self.toks[i]
            kunya = ambiguous is None and t.norm in ("ابو", "وابو", "ام", "وام") and i + 1 < self.n and (
                self.toks[i + 1].plain_before and self.toks[i + 1].norm in self.lex.given)
            if kunya:
                ambiguous = False  # أبو مهدي الشويلي، أبو مهدي، أم علاء: a kunya on a given name
            if ambiguous is None:
                continue
            if i > 0 and t.plain_before and self.toks[i - 1].norm in CONNECTORS:
                continue  # بن سلمان: inside a longer name that no pass took
            run = self.name_run(i, min_len=1 if kunya else 2)
            if run is None:
                run = self._confirmed_prefix(i)
            if run is None:
                continue
            run = self._without_trailing_verb(run)
            if t.comma_before and not t.sentence_start:
                run = self._to_closing_comma(run)  # …، آدم عبد الله حسب الكريم، : set between commas
            strong = any(w in CONNECTORS or w in self.lex.given for w in run[3][1:])
            if ambiguous and not strong and (t.norm in _ROLE_FILLERS or not (
                    self._name_slot(t) or (i > 0 and t.plain_before and "role" in self.kind_of[i - 1])
                    or self._speaks_next(run[1]) or self._role_apposed(run[1])
                    or self._relative_after(run[1]) or self._family_repeated(run))):
                continue  # المتحدث باسم المحتجين: باسم after a role is the role's word, no name
            self.person(run, "given-name")

    def _described_next(self, k: int) -> bool:
        """Token ``k`` opens «، وهو/وهي», what the person before it is."""
        return (k < self.n and self.toks[k].comma_before and not self.toks[k].sentence_start
                and self.toks[k].norm in ("وهو", "وهي"))

    def pass_called_kunyas(self) -> None:
        """A kunya given as what someone is called, with no name before it (أحد السكان، ويعرف
        بأبي سجاد، إن; ويكنى أبو كرار): that person, shown in the nominative (أبو سجاد)."""
        for i in range(self.n - 1):
            form = self.toks[i].norm
            if (form[1:] if form[:1] == "و" and len(form) > 4 else form) not in CALLED_VERBS:
                continue
            k = i + 1
            t = self.toks[k]
            if self.taken[k] or not t.plain_before:
                continue
            if t.norm in ("ب", "بـ") and k + 1 < self.n and self.toks[k + 1].plain_before:
                k += 1
                t = self.toks[k]
            kunya = next(((f, o) for f, o in t.readings if f in ("ابو", "ابي", "ام")
                          and (o == t.start or self.text[t.start : o] in ("ب", "بـ"))), None)
            if kunya is None or k + 1 >= self.n or self.taken[k] or self.taken[k + 1]:
                continue
            nxt = self.toks[k + 1]
            if not nxt.plain_before or self.name_word(nxt, False) is None or not self.boundary(k + 2):
                continue
            head = "أم" if kunya[0] == "ام" else "أبو"
            words = ("ام" if kunya[0] == "ام" else "ابو", nxt.norm)
            self.add(Raw(kunya[1], nxt.end, k, k + 2, "person", "known-as", words, words,
                         f"{head} {self.display(nxt.start, nxt.end)}"))

    def pass_described_first_names(self) -> None:
        """A word alone after a verb and before «، وهو/وهي» and what the person is (تقول سلوى، وهي
        ربة بيت; يقف ياسر، وهو عامل): someone the article names by the first name only."""
        lex = self.lex
        for i in range(1, self.n - 1):
            t = self.toks[i]
            if self.taken[i] or not t.plain_before or self.in_speech[i]:
                continue
            kin = (t.norm in lex.given and i + 2 < self.n and self.toks[i + 1].comma_before
                   and not self.toks[i + 1].sentence_start and self.toks[i + 1].norm in _KIN_OF
                   and self.toks[i + 2].plain_before and self.toks[i + 2].norm.startswith("ال"))
            after_description = (t.norm in lex.given and i + 1 < self.n and self.toks[i + 1].comma_before
                                 and not self.toks[i + 1].sentence_start
                                 and self.toks[i + 1].norm in ("الذي", "التي", "وهو", "وهي")
                                 and self.toks[i - 1].norm.startswith("ال") and len(self.toks[i - 1].norm) > 4)
            if not kin and not after_description and not self._described_next(i + 1):
                continue
            word = t.norm
            if (not word.isalpha() or len(word) < 3 or word.startswith("ال") or word in lex.stop
                    or word in lex.generic or word in lex.nisba or word in lex.titles or lex.is_role(word)
                    or lex.is_source(word) or lex.head(word) is not None or word in lex.verbs
                    or self.name_word(t, True) is None):
                continue
            prev = self.toks[i - 1].norm
            bare = prev[1:] if prev[:1] in ("و", "ف") and len(prev) > 3 else prev
            if not (any(f in lex.verbs or f in lex.subject_verbs for f in (prev, bare))
                    or (bare[:1] in ("ي", "ت") and 3 <= len(bare) <= 6 and bare.isalpha()
                        and bare not in lex.given and bare not in lex.given_ambiguous)
                    or (kin and bare.endswith("ت") and len(bare) >= 4 and bare.isalpha()
                        and bare not in lex.given and bare not in lex.given_ambiguous)
                    or after_description):  # (يقول سائق التاكسي عمر، الذي …)
                continue  # (انهارت نجلاء، زوجة المتهم: a verb in the feminine past, then the woman)
            self.add(Raw(t.start, t.end, i, i + 1, "person", "described", (word,), (word,),
                         self.display(t.start, t.end), single=True, alts=tuple(f for f, _ in t.readings)))

    def _complement_within(self, k: int, span: int = 14) -> bool:
        """إن/أن/قوله or a colon comes within ``span`` words of ``k`` in the same sentence
        (، في جلسة حوارية بعنوان «ما بعد السحابة»، إن)."""
        for x in range(k, min(self.n, k + span)):
            t = self.toks[x]
            if t.sentence_start:
                return False
            if t.norm in _THAT_WORDS or t.norm in _SAYING_WORDS or t.colon_before:
                return True
        return False

    def pass_place_lists(self) -> None:
        """Places listed after a plural or dual place word (مديريات كريتر والمعلا والشيخ عثمان،
        معتمديتي العامرة وجبنيانة، قرى X وY), also after a few words and مثل / على غرار (أحياء
        العاصمة، على غرار باب الوادي والحراش وبراقي): each item, joined by و, is a place."""
        for i in range(self.n - 1):
            t = self.toks[i]
            if not any(f in self.lex.place_lists for f, _ in t.readings[:2]):
                continue
            found = self.start_at.get(i + 1)
            if found is not None and found.type == "location":
                for raw in self._list_items(found.tj, joined=True):
                    if not self.taken[raw.ti]:
                        self.add(raw)  # مديريات جبل حبشي والمسراخ: the first place found already by its head
                continue
            items = self._list_items(i + 1)
            if len(items) < 2:
                k = i + 1
                while k < self.n and k - i <= 4 and not self.toks[k].sentence_start:
                    if self.toks[k].norm in _LIST_INTRODUCERS and k + 1 < self.n:
                        items = self._list_items(k + 1, introduced=True)
                        break
                    k += 1
            if len(items) >= 2:  # a list, not a plural and its adjective (مناطق آمنة)
                for raw in items:
                    if not self.taken[raw.ti]:
                        self.add(raw)

    def pass_coordinated_places(self) -> None:
        """Names joined by و right after a place, closing the sentence part (في الغيضة وقشن،
        بين دمشق وحمص والقصير،): places too, when none of them reads as anything else."""
        for raw in list(self.raws):
            if raw.type != "location" or raw.tj >= self.n:
                continue
            nxt = self.toks[raw.tj]
            if not nxt.plain_before or nxt.norm[:1] != "و" or self.taken[raw.tj]:
                continue
            items = self._list_items(raw.tj, joined=True)
            end = items[-1].tj if items else raw.tj
            after = self.toks[end] if end < self.n else None
            closed = after is None or not after.plain_before or after.norm in self.lex.stop or (
                after.norm[:1] in ("ل", "ب") and len(after.norm) > 3)
            # A definite word after a place is most often a common noun (دمشق والمعارضة); a bare
            # one governing no noun after it is a name (الغيضة وقشن لأضرار; not إسرائيل ووقف إطلاق).
            if items and closed and all(
                    len(r.name) == 1 and not r.name[0].startswith("ال") and len(r.name[0]) >= 3
                    and not self.text[r.start : r.end].endswith(_PRONOUN_SUFFIXES)
                    and self._given_at(r.ti) is None for r in items):
                for item in items:
                    self.add(item)
            elif items and all(self._known_place(r.name) for r in items):
                for item in items:
                    self.add(item)  # شبوة والمهرة، الرياض وجدة: places the gazetteer knows (even as words)

    def _known_place(self, name: tuple[str, ...]) -> bool:
        """The words are the whole name of a place in the gazetteer."""
        return any(e.type == "location" for e in self.gaz.lookup(" ".join(name)))

    def _list_items(self, k: int, introduced: bool = False, joined: bool = False) -> list[Raw]:
        """The items of a list of places opening at token ``k``, joined by و."""
        first_k = k
        items: list[Raw] = []
        while k < self.n and (self.toks[k].plain_before or (introduced and k == first_k)):
            known = self.start_at.get(k) if self.taken[k] else None
            if known is not None and known.type == "location" and (k > first_k or joined) == (
                    self.toks[k].norm[:1] == "و" and known.start != self.toks[k].start):
                items.append(known)  # معتمديتي العامرة وجبنيانة: an item the gazetteer found already
                k = known.tj
                continue
            if self.taken[k]:
                break
            first = k
            form = self.toks[k].norm
            if k > first_k or joined:
                if form[:1] != "و" or len(form) < 4:
                    break
                start = next((o for f, o in self.toks[k].readings if f == form[1:]), -1)
                form = form[1:]
            else:
                start = self.toks[k].start
            if (start < 0 or not form.isalpha() or self.is_blocker(form) or form in self.lex.nisba
                    or form in self.lex.given):
                break
            k += 1
            # A second word when the item goes on before the next و (الشيخ عثمان).
            if (k < self.n and self.toks[k].plain_before and not self.taken[k] and self.toks[k].norm[:1] != "و"
                    and self.toks[k].norm.isalpha()
                    and (not self.is_blocker(self.toks[k].norm) or form in _PLACE_PREFIXES)
                    and self.toks[k].norm not in _DIRECTIONS
                    and not self.text[self.toks[k].start : self.toks[k].end].endswith(("ها", "هم", "ته"))
                    and k + 1 < self.n and (self.toks[k + 1].norm[:1] == "و" or not self.toks[k + 1].plain_before)):
                k += 1  # باب الوادي: a place's first word and the noun it governs
            end = self.toks[k - 1].end
            words = (form, *(self.toks[x].norm for x in range(first + 1, k)))
            items.append(Raw(start, end, first, k, "location", "head", words, words, self.display(start, end)))
        return items

    def pass_quoted_events(self) -> None:
        """Two to five words in marks that open with an event's head are that event's name,
        whatever follows the head (في ما بات يعرف بـ«مجزرة التليل»، «أحداث جسر الحرشة» في
        صيف 2023): the marks say where the name ends."""
        for start, end in self.marked_spans:
            a = bisect.bisect_left(self.starts, start)
            b = bisect.bisect_left(self.starts, end)
            if not a + 2 <= b <= a + 5 or any(self.taken[a:b]) or self.toks[a].start != start:
                continue
            info = self.lex.head(self.toks[a].norm)
            dated = b == a + 3 and self.toks[a + 1].norm.isdigit() and self.toks[a + 2].norm in _MONTH_WORDS
            if (info is None or info.type != "event" or self.toks[a].norm.startswith("ال")) and not dated:
                # «فرمان 3 آب»: a word and a day of a month. A name opens with its head in the
                # construct state, never definite: «المعركة مستمرة» is a sentence.
                continue
            if any(not (self.toks[x].norm.isalpha() or self.toks[x].norm.isdigit())
                   or self.lex.verbs.get(self.toks[x].norm) is not None for x in range(a + 1, b)):
                continue  # «انفجار كبير هز المدينة»: speech, not a name
            if self.toks[b - 1].norm in self.lex.stop:
                continue
            end = self.toks[b - 1].end
            words = tuple(self.toks[x].norm for x in range(a, b))
            self.add(Raw(start, end, a, b, "event", "quoted-name", words, words, self.display(start, end)))

    def pass_quoted_bodies(self) -> None:
        """Two to ten words in marks that name a body after a role or a preposition (رئيس «تجمع
        أصحاب المولدات الخاصة في البقاع الأوسط»، عضو في «لجنة أهالي حي البربارة لمتابعة ملف
        الكهرباء»): the marks say where the name ends."""
        for start, end in self.marked_spans:
            a = bisect.bisect_left(self.starts, start)
            b = bisect.bisect_left(self.starts, end)
            if (not (0 < a and a + 2 <= b <= a + 10) or any(self.taken[a:b]) or self.toks[a].start != start
                    or not all(c in QUOTE_CHARS for c in self.toks[a].sep)
                    or not _body_named_in_marks(self.lex, self.toks[a - 1].norm, self.toks[a].norm)):
                continue
            if any(not (self.toks[x].norm.isalpha() or self.toks[x].norm.isdigit())
                   or self.lex.verbs.get(self.toks[x].norm) is not None or self._verb_shape(x)
                   or _TANWEEN in self.text[self.toks[x].start : self.toks[x].end] for x in range(a + 1, b)):
                continue  # داعياً إلى "صندوق خاص بقروض ميسرة تشرف عليه المحافظة": speech, with a verb
            if self.toks[b - 1].norm in self.lex.stop:
                continue
            end = self.toks[b - 1].end
            words = tuple(self.toks[x].norm for x in range(a, b))
            self.add(Raw(start, end, a, b, "organization", "quoted-name", words, words, self.display(start, end)))

    def _verb_shape(self, k: int) -> bool:
        """The word at ``k`` reads as a verb in the present (يشرف، تشرف، يحتاجون), not a name."""
        form = self.toks[k].norm
        return (form[:1] in ("ي", "ت") and 4 <= len(form) <= 7 and form.isalpha() and form not in self.lex.given
                and form not in self.lex.given_ambiguous and self.lex.head(form) is None
                and not form.endswith(("ه", "يه")))

    def pass_outlet_tails(self) -> None:
        """A word before نيوز، برس، بوست or تايمز names an outlet (شفق نيوز، الغد برس، عربي بوست),
        also with a clitic before it (لشفق نيوز: لـ and the outlet)."""
        for k in range(1, self.n):
            t = self.toks[k]
            if t.norm not in _OUTLET_TAILS or not t.plain_before or self.taken[k - 1] or self.taken[k]:
                continue
            prev = self.toks[k - 1]
            form, start = prev.norm, prev.start
            if (form[:1] in ("ل", "ب", "و", "ف") and not form.startswith("ال") and len(prev.readings) > 1
                    and not self.gaz.lookup(form)):
                form, start = prev.readings[1]
            if (len(form) < 3 or not form.isalpha() or form in self.lex.stop
                    or (self.is_blocker(form) and form not in self.lex.nisba)):
                continue  # (عربي بوست: a nisba may name an outlet)
            words = (form, t.norm)
            self.add(Raw(start, t.end, k - 1, k + 1, "media", "head", words, words, self.display(start, t.end)))

    def pass_quoted_names(self) -> None:
        """A name of one to three words in marks after a word that introduces bodies by name
        (قائمة «الخليل أولا»، شركات ناشئة مثل «أوربيت ووركس»، منظمات "أنقذوا الأطفال" و"كير"):
        an organisation, as are the names joined to it by و."""
        last_end = -1
        for start, end in self.marked_spans:
            a = bisect.bisect_left(self.starts, start)
            b = bisect.bisect_left(self.starts, end)
            if not 0 < a < b <= a + 3 or any(self.taken[a:b]):
                continue
            between = self.text[last_end:start] if last_end >= 0 else ""
            joined = last_end >= 0 and between.strip(" " + QUOTE_CHARS) == "و"
            prev = self.toks[a - 1].norm
            if not (joined or prev in _NAME_INTRODUCERS or (prev[:1] == "و" and prev[1:] in _NAME_INTRODUCERS)
                    or (b - a <= 2 and self._subject_in_marks(a, b))):
                continue
            if not all(self.toks[x].norm.isalpha() or "-" in self.text[self.toks[x].start : self.toks[x].end + 1]
                       for x in range(a, b)):
                continue
            words = tuple(self.toks[x].norm for x in range(a, b))
            if all(w in self.lex.stop for w in words):
                continue
            if self.add(Raw(start, end, a, b, "organization", "quoted-name", words, words, self.display(start, end))):
                last_end = end + 1

    def _says(self, k: int) -> bool:
        """The word at ``k`` is a reporting verb of saying (قال، ذكرت، حذرت)."""
        return any(f in self.lex.verbs and self.lex.verbs[f].kind == "say" for f, _ in self.toks[k].readings[:2])

    def _subject_in_marks(self, a: int, b: int) -> bool:
        """Words ``a``..``b`` in marks stand as the subject of the reporting verb before them and
        what it says follows (ذكرت «السكنية» في بيان أنها، أكدت «التمييز» أن): a body's short name."""
        verb = self.toks[a - 1]
        if b >= self.n or self.gaz_match(a) is not None:
            return False  # «واج»، «وام»: a name the gazetteer knows is left to it
        nxt = self.toks[b]
        if verb.norm in ("كان", "كانت", "وكان", "وكانت") and nxt.norm == "قد" and b + 1 < self.n:
            # وكانت «نداء السهول» قد حذرت في بيان: the subject between كان and قد and its verb
            return self._says(b + 1)
        if not self._says(a - 1):
            return False
        return nxt.norm in ("ان", "انها", "انه", "بان", "في") or (nxt.comma_before and not nxt.sentence_start)

    def pass_source_line(self) -> None:
        for i, t in enumerate(self.toks):
            if i != 0 and "\n" not in t.sep:
                continue
            k = i
            while k < self.n and k - i < 3 and (k == i or self.toks[k].plain_before):
                end = self.toks[k].end
                if self.source_line(i, end) and not any(self.taken[i : k + 1]):
                    words = tuple(self.toks[x].norm for x in range(i, k + 1))
                    if not any(self.is_blocker(w) for w in words) and all(w.isalpha() for w in words):
                        start = t.start
                        self.add(
                            Raw(start, end, i, k + 1, "media", "source-line", words, words, self.display(start, end))
                        )
                    break
                k += 1


_MONTH_WORDS = month_words()
# Seasons and the month of fasting, which name a time of a year (صيف 2018، رمضان 2022).
_SEASON_WORDS = frozenset({"صيف", "شتاء", "ربيع", "خريف", "رمضان"})
_PLACE_TITLES = frozenset({"الشيخ", "سيدي", "مار"})
# Adjectives that place a place, never part of its name (قرية التواني المجاورة).
PLACE_DESCRIPTORS = frozenset({"المجاوره", "المجاور", "القريبه", "القريب", "المحاذيه", "المحاذي", "المحيطه",
                                "المحيط", "المحتله", "المحاصره", "المحاصر", "المنكوبه", "النائيه", "النائي"})
# Attached pronouns as written (ة is no pronoun): منطقة الحوبان | شرقها، is no two-word place.
_PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما")


# Prepositions after which a word names a place (في كدية الحمرا، قرب مرسي بن عفيف).
_PLACE_PREPOSITIONS = frozenset({"في", "من", "الي", "قرب", "بمنطقه", "نحو", "داخل"})
# Place heads whose administration speaks and acts under the place's name (محافظة، ولاية).
_GOVERNING_SEATS = frozenset({"محافظه", "ولايه"})
# Words that close an outlet's name (شفق نيوز، الغد برس، عربي بوست).
_OUTLET_TAILS = frozenset({"نيوز", "برس", "بوست", "تايمز", "ميديا", "انفو"})
# Prepositions whose object in marks, when it opens with a body's head, is the body's name.
_NAME_PREPOSITIONS = frozenset({"في", "من", "عن", "الي", "علي", "مع", "ضد"})


def _body_named_in_marks(lex: Lexicon, before: str, first: str) -> bool:
    """Marks opening with the word ``first`` after the word ``before`` hold a body's name, not
    speech: the complement of a role (رئيس «تجمع أصحاب المولدات») or the object of a
    preposition (عضو في «لجنة أهالي الحي») that opens with a body's head."""
    head = lex.head(first)
    if head is None or head.type != "organization":
        return False
    return (not before.startswith("ال") and lex.is_role(before)) or before in _NAME_PREPOSITIONS


def _plural_participle(form: str) -> bool:
    """المعتصمين، المتظاهرون: a definite plural of a participle, a group of people (never a
    family name, which ends differently: الأمين، الحسين are shorter)."""
    return form.startswith("الم") and form.endswith(("ين", "ون")) and len(form) >= 7


def detect(view: View, gaz: Gazetteer, lex: Lexicon, quoted: Sequence[tuple[int, int]] = ()) -> list[Raw]:
    """All raw mentions of the text, in text order. ``quoted`` are the (start, end) offsets of
    the text inside quotation marks."""
    d = _Detector(view, gaz, lex, quoted)
    d.pass_quoted_events()
    d.pass_quoted_bodies()
    d.pass_heads()
    d.pass_date_events()
    d.pass_quoted_names()
    d.pass_gazetteer()
    d.pass_outlet_tails()
    d.pass_place_lists()
    d.pass_titles()
    d.pass_kin()
    d.pass_roles()
    d.pass_subjects()
    d.third_words = True
    d.pass_appositions()
    d.pass_called_kunyas()
    d.pass_given_names()
    d.pass_described_first_names()
    d.pass_coordinated_places()
    d.pass_source_line()
    return sorted(d.raws, key=lambda r: r.start)
