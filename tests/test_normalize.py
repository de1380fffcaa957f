"""The one Arabic normalisation: variants fold together, clitics have readings, never raises."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from rased.extract.normalize import clitic_forms, name_key, normalize, search_text, tokens


def test_hamza_forms_and_persian_letters_fold() -> None:
    assert normalize("قاآني") == normalize("قآاني") == normalize("قاانى")
    assert normalize("أحمديان") == normalize("احمديان")
    assert normalize("الخامنئي") == normalize("الخامنئی")
    assert normalize("إسماعيل") == normalize("اسماعيل")


def test_diacritics_tatweel_and_presentation_forms_vanish() -> None:
    assert normalize("مُحَمَّد") == normalize("محمد")
    assert normalize("تقاريـــر") == normalize("تقارير")
    assert normalize("ﻻ") == normalize("لا")  # Lam-Alef ligature from a shaped copy


def test_ta_marbuta_and_alef_maqsura_fold() -> None:
    assert normalize("حركة") == normalize("حركه")
    assert normalize("مصطفى") == normalize("مصطفي")


def test_digits_case_and_punctuation() -> None:
    assert normalize("٢٠٢٤") == "2024"
    assert normalize("UNRWA") == "unrwa"
    assert normalize("«حزب الله»،  قال") == "حزب الله قال"


def test_invisible_controls_do_not_split_or_change_words() -> None:
    assert normalize("حما\u200dس") == normalize("حماس")
    assert normalize("\u202eحماس\u202c") == normalize("حماس")


def test_name_key_joins_spacing_and_article_variants() -> None:
    assert name_key("أحمديان") == name_key("أحمد يان")
    assert name_key("زياد النخالة") == name_key("زياد نخالة")
    assert name_key("نصرالله") == name_key("نصر الله")
    assert name_key("علي الحميداوي") != name_key("أبو حسين الحميداوي")
    assert name_key("علي الحميداوي") != name_key("حسين الحميداوي")


def test_clitic_forms() -> None:
    assert "حماس" in clitic_forms("لحماس")
    assert "حماس" in clitic_forms("وحماس")
    assert {"الحرب", "حرب"} <= clitic_forms("وبالحرب")
    assert {"الحرب", "حرب"} <= clitic_forms("للحرب")
    assert "حماس" not in clitic_forms("حماس")
    # nothing shorter than three letters is offered as a reading
    assert all(len(f) >= 3 for f in clitic_forms("ولد"))


def test_tokens_keep_offsets_into_the_original() -> None:
    text = "قال أحمدُ: «لحماس»"
    for t in tokens(text):
        assert normalize(text[t.start : t.end]).replace(" ", "") == t.norm


def test_search_text_holds_words_in_order_then_readings() -> None:
    st_ = search_text("التقى وفد لحماس")
    first, _, rest = st_.partition("\n")
    assert first == "التقي وفد لحماس"
    assert "حماس" in rest.split()


@given(st.text())
def test_normalize_is_idempotent_and_never_raises(s: str) -> None:
    once = normalize(s)
    assert normalize(once) == once


@given(st.text(alphabet=st.sampled_from(list('اأإآبتثجحخدذرزسشصضطظعغفقكلمنهويىةءئؤ ًٌٍَُِّْـ\u200d\u202e،.«»"“”'))))
def test_arabic_with_marks_never_raises(s: str) -> None:
    normalize(s)
    name_key(s)
    search_text(s)
    for t in tokens(s):
        assert 0 <= t.start < t.end <= len(s)


def test_search_text_words_are_the_normalised_tokens_of_real_articles() -> None:
    """The index's words (one normalize pass) are exactly the tokens highlighting matches."""
    from pathlib import Path

    from rased.extract.article import read_file

    sample = Path(__file__).resolve().parent.parent / "sample_data"
    for path in sorted(sample.iterdir()):
        for art in read_file(path).articles:
            first = search_text(art.text).partition("\n")[0]
            assert first.split() == [t.norm for t in tokens(art.text)]


def test_a_joined_abd_name_keys_like_the_split_one() -> None:
    assert name_key("عبدالرزاق الكرخي") == name_key("عبد الرزاق الكرخي")
    assert name_key("عبدالله") == name_key("عبد الله")
    assert name_key("عبدالرزاق") != name_key("عبد الله")
