"""The general rules behind the samples, on articles made up for the purpose."""

from __future__ import annotations

import pytest

from rased.extract.article import parse_text
from rased.extract.dates import parse_date

BODY = (
    "وقال المتحدث باسم الوزارة في مؤتمر صحفي إن المفاوضات مستمرة منذ أسابيع، وإن الوفدين "
    "سيجتمعان مجددا الأسبوع المقبل لبحث النقاط العالقة بين الجانبين."
)
BODY2 = (
    "وأضاف أن الحكومة ملتزمة بالاتفاقات السابقة، مشيرا إلى أن اللجان الفنية أنهت عملها "
    "وسلمت تقاريرها إلى القيادة السياسية في البلدين قبل أيام."
)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("(26/5/2024)", "2024-05-26"),
        ("26/05/2024", "2024-05-26"),
        ("2024-05-26", "2024-05-26"),
        ("2024-05-26T23:10:00+03:00", "2024-05-26"),
        ("26 أيار/مايو 2024", "2024-05-26"),
        ("الأحد 26 أيار 2024", "2024-05-26"),
        ("3 كانون الثاني 2024", "2024-01-03"),
        ("14 تشرين الأول 2023", "2023-10-14"),
        ("٢٦ مايو ٢٠٢٤", "2024-05-26"),
        ("1 آب 2023", "2023-08-01"),
        ("May 26, 2024", "2024-05-26"),
        ("5/26/2024", "2024-05-26"),
        ("1716700000", "2024-05-26"),
        ("31/2/2024", None),
        ("أيام 23 و24 و25 من شهر أيار الماضي", None),
        ("", None),
    ],
)
def test_dates(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


def test_outlet_and_date_header_line() -> None:
    art = parse_text(f"المدى – (3/1/2024)\n{BODY}\n{BODY2}")
    assert (art.source, art.date) == ("المدى", "2024-01-03")
    assert art.text == f"{BODY}\n\n{BODY2}"


def test_lone_date_line_with_weekday() -> None:
    art = parse_text(f"الأحد 14 تشرين الأول 2023\n{BODY}")
    assert art.date == "2023-10-14" and art.source is None
    assert art.text == BODY


def test_site_header_line() -> None:
    art = parse_text(f"شبكة النبأ الإخبارية\nعنوان الخبر عن المفاوضات\n{BODY}")
    assert art.source == "شبكة النبأ الإخبارية"
    assert art.title == "عنوان الخبر عن المفاوضات"


def test_dateline_with_dash_after_known_place_and_bar_after_any_place() -> None:
    assert parse_text(f"بيروت - {BODY}").dateline == "بيروت"
    assert parse_text(f"بيروت - {BODY}").source is None
    art = parse_text(f"كفرشوبا | {BODY}")
    assert art.dateline == "كفرشوبا" and art.text.startswith("كفرشوبا | ")


def test_outlet_opening_the_text() -> None:
    art = parse_text(f"المسيرة- {BODY}")
    assert art.source == "المسيرة" and art.dateline is None
    assert art.text.startswith("المسيرة- ")


def test_labels_before_a_dash_are_neither_outlet_nor_place() -> None:
    art = parse_text(f"خاص - {BODY}")
    assert art.source is None and art.dateline is None


@pytest.mark.parametrize("credit", ["النهار/ متابعات", "المنار - وكالات", "الميادين / خاص"])
def test_trailing_credit_line(credit: str) -> None:
    art = parse_text(f"{BODY}\n{BODY2}\n{credit}")
    assert art.source == credit.split("/")[0].split(" - ")[0].strip()
    assert art.text == f"{BODY}\n\n{BODY2}"


def test_addressee_outlet() -> None:
    art = parse_text(
        f"{BODY}\nوأضاف المسؤول، في حديث إلى «النهار»، أن الاتفاق قريب.\nوقال مصدر لـ«النهار» إن الوفد وصل."
    )
    assert art.source == "النهار"


def test_several_addressed_outlets_name_no_publisher() -> None:
    art = parse_text(f"{BODY}\nوقال في حديث إلى «النهار» إن الاتفاق قريب.\nوقال لـ«الشرق الأوسط» إن الوفد وصل.")
    assert art.source is None


def test_genitive_lam_is_not_an_addressee() -> None:
    art = parse_text(f"{BODY}\nوحضر الأمين العام لـ«حزب الله» ونائب رئيس المكتب السياسي لـ«حماس».")
    assert art.source is None


def test_related_block_with_headlines_and_teaser() -> None:
    text = "\n".join(
        [
            BODY,
            "اقرأ أيضاً",
            "الرئيس يستقبل وفدا برلمانيا في القصر",
            "ارتفاع أسعار النفط بعد قرار أوبك",
            "قال المحلل إن الأسعار سترتفع. وأضاف: لا بد من …",
            BODY2,
        ]
    )
    assert parse_text(text).text == f"{BODY}\n\n{BODY2}"


def test_comment_form_ends_the_article() -> None:
    text = "\n".join([BODY, BODY2, "أضف تعليقك", "الاسم", "البريد الإلكتروني", "إرسال", "تعليق طويل من قارئ " * 5])
    assert parse_text(text).text == f"{BODY}\n\n{BODY2}"


def test_furniture_lines() -> None:
    text = "\n".join(
        [
            "الرئيسية » أخبار محلية » الحكومة تعلن خطة جديدة للكهرباء",
            "الحكومة تعلن خطة جديدة للكهرباء",
            "الحكومة تعلن خطة جديدة للكهرباء",
            "1,204 مشاهدة",
            "فيسبوك تويتر واتساب تلغرام",
            BODY,
            "الرئيسية | سياسة | اقتصاد | رياضة",
            BODY2,
            "جميع الحقوق محفوظة © 2024",
            "أخبار محلية",
        ]
    )
    art = parse_text(text)
    assert art.title == "الحكومة تعلن خطة جديدة للكهرباء"
    assert art.text == f"الحكومة تعلن خطة جديدة للكهرباء\n\n{BODY}\n\n{BODY2}"


def test_a_real_short_paragraph_after_the_body_stays() -> None:
    # Only labels start a related block: a short closing line of the article is kept.
    art = parse_text(f"{BODY}\n{BODY2}\nوكالة الأنباء الوطنية")
    assert art.text.endswith("وكالة الأنباء الوطنية")


def test_short_title_with_an_outlet_word_is_not_a_site_header() -> None:
    art = parse_text(f"وكالة الطاقة الذرية تحذر\n{BODY}\n{BODY2}")
    assert art.source is None
    assert art.title == "وكالة الطاقة الذرية تحذر"
    assert art.text.startswith("وكالة الطاقة الذرية تحذر\n\n")


def test_a_short_sentence_starting_with_a_date_is_not_a_header() -> None:
    first = "في 26 أيار 2024 أعلنت الحكومة"
    art = parse_text(f"{first}\n{BODY}")
    assert art.source is None and art.date is None
    assert art.text.startswith(first)


def test_place_and_date_header_line_is_a_dateline() -> None:
    art = parse_text(f"بيروت، الأحد 26 أيار 2024\n{BODY}")
    assert (art.dateline, art.date, art.source) == ("بيروت", "2024-05-26", None)
    assert art.text == BODY


def test_a_header_line_named_after_a_place_is_the_outlet_when_the_body_has_its_own_dateline() -> None:
    art = parse_text(f"عُمان – (18/11/2025)\n\nصلالة – {BODY}\n\n{BODY2}")
    assert (art.source, art.dateline, art.date) == ("عُمان", "صلالة", "2025-11-18")
    art = parse_text(f"بيروت، الأحد 26 أيار 2024\n\nبيروت - {BODY}")
    assert (art.source, art.dateline) == (None, "بيروت")


def test_an_unknown_word_before_a_dash_is_a_place_when_the_text_names_it_as_one() -> None:
    text = (f"بوسعادة – لم تعرف حنفيات السكان قطرة ماء منذ عشرين يوماً أمام مقر دائرة بوسعادة.\n\n{BODY}\n\n"
            "وقال رئيس المجلس الشعبي البلدي إن المياه ستعود إلى الأحياء الجديدة في بوسعادة خلال أيام.")
    art = parse_text(text)
    assert (art.source, art.dateline) == (None, "بوسعادة")
    art = parse_text(f"المسيرة- {BODY}\n\nوقال مسؤول في الوقت نفسه إن المسيرة ستستمر في الوقت المحدد.")
    assert (art.source, art.dateline) == ("المسيرة", None)
    art = parse_text(f"المفرق – {BODY}\n\nوقال محافظ المفرق إن الآبار جفت في القرى الشرقية منذ أشهر طويلة.")
    assert (art.source, art.dateline) == (None, "المفرق")


def test_a_paragraph_with_guillemet_quotations_is_not_a_breadcrumb() -> None:
    text = (
        "قال المتحدث باسم الحركة إن «الاتفاق لم يكتمل بعد» في تصريح مطول للصحافيين مساء أمس.\n\n"
        "ونقلت صحيفة «النهار» عن مصدر أمني قوله إن «الاستعدادات مستمرة على مدار الساعة»."
    )
    art = parse_text(text)
    assert "ونقلت صحيفة «النهار» عن مصدر أمني" in art.text


def test_a_chain_of_angle_quote_separators_is_a_breadcrumb() -> None:
    text = (
        "أخبار » سياسة » عربي » لقاء في القاهرة\n\n"
        "التقى وزير الخارجية نظيره في القاهرة اليوم وبحثا التطورات الإقليمية والعلاقات الثنائية بين البلدين."
    )
    art = parse_text(text)
    assert "أخبار » سياسة" not in art.text
    assert "التقى وزير الخارجية" in art.text


def test_outlet_first_byline_gives_dateline_and_keeps_the_place() -> None:
    from rased.extract.article import parse_html, parse_text

    body = "كشف محمد أمين بنعبد الله، وزير التجهيز والماء، أن المغرب يعيش سنته السادسة من الجفاف وأن السدود فارغة."
    more = "وأورد المسؤول الحكومي أن البرنامج انطلق هذا الأسبوع في عدة أقاليم."
    art = parse_text("هسبريس - الرباط\n\n" + body + "\n\n" + more)
    assert (art.source, art.dateline) == ("هسبريس", "الرباط")
    assert art.text.startswith("هسبريس - الرباط")
    art = parse_text("هسبريس - الرباط - " + body)
    assert (art.source, art.dateline) == ("هسبريس", "الرباط") and "الرباط" in art.text
    art = parse_html('<html><body><div class="byline">طرابلس - بوابة الوسط</div><article><p>' + body
                     + "</p><p>" + body + "</p></article></body></html>")
    assert art.dateline == "طرابلس" and art.source == "بوابة الوسط"
    art = parse_text("أربيل – أجرى الحوار: هيوا كريم\n\n" + body)
    assert art.dateline == "أربيل" and art.source != "أجرى الحوار"


@pytest.mark.parametrize(
    ("opening", "dateline", "source"),
    [("أم الرصاص – «الغد الجديد»: ", "أم الرصاص", "الغد الجديد"), ("طبرقة - (وات) ", "طبرقة", "وات")],
)
def test_an_unknown_place_then_the_outlet_in_marks_opens_the_text(opening: str, dateline: str, source: str) -> None:
    art = parse_text(opening + BODY)
    assert (art.dateline, art.source) == (dateline, source)
