"""HTML pages saved from news sites: main text kept, menus, share bars, comments and lists gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from rased.extract.article import ArticleError, parse_html, read_file
from rased.extract.html import clean_title

PAGES = Path(__file__).resolve().parent / "data" / "articles"


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def test_wordpress_page_metadata_and_body() -> None:
    art = read_file(PAGES / "wordpress_news.html").articles[0]
    assert art.title == "وزير الخارجية يبحث مع نظيره التركي ملف المياه"
    assert art.source == "شبكة الرافدين الإخبارية"
    assert art.date == "2024-03-12"
    assert art.url == "https://www.rafidain-news.example/politics/2024/03/water-talks/"
    paras = _paragraphs(art.text)
    assert paras[0].startswith("بحث وزير الخارجية فؤاد حسين")
    assert "ملف حزب العمال الكردستاني" in paras  # a subheading inside the article stays
    assert paras[-1].startswith("وتطرق الاجتماع أيضاً")
    assert len(paras) == 5


@pytest.mark.parametrize(
    "furniture",
    [
        "سياسة",  # menu
        "اقتصاد",
        "عاجل",  # breaking-news ticker
        "فيسبوك",  # share bar
        "مشاهدة",  # view counter
        "اقرأ أيضا",
        "مذكرة تفاهم",  # related headline
        "الوسوم",
        "اترك رد",
        "لن يتم نشر",
        "التعليق",
        "الأكثر قراءة",
        "أسعار الذهب",
        "جميع الحقوق",
        "googletag",
        "jQuery",
        "إعلان",
    ],
)
def test_wordpress_page_furniture_is_gone(furniture: str) -> None:
    art = read_file(PAGES / "wordpress_news.html").articles[0]
    assert furniture not in art.text


def test_json_ld_page() -> None:
    art = read_file(PAGES / "jsonld_article.html").articles[0]
    assert art.title == "قصف إسرائيلي يستهدف مخيم النصيرات وسط قطاع غزة"
    assert art.source == "صحيفة الميدان"
    assert art.date == "2024-06-08"
    paras = _paragraphs(art.text)
    assert any(p.startswith("استشهد عدد من الفلسطينيين") for p in paras)
    assert paras[-1].startswith("وتواصل فرق الإنقاذ")
    for furniture in (
        "تسجيل الدخول",
        "فلسطين\n",
        "شارك",
        "الأكثر قراءة",
        "مفاوضات التهدئة",
        "النشرة البريدية",
        "ذات صلة",
        "مدرسة تؤوي",
        "جميع الحقوق",
        "صورة أرشيفية",
        "بقلم",
    ):
        assert furniture not in art.text, furniture


def test_page_without_semantic_markup() -> None:
    art = read_file(PAGES / "plain_divs.htm").articles[0]
    assert art.title == "البرلمان اللبناني يفشل مجددا في انتخاب رئيس للجمهورية"
    assert art.source == "موقع الضاحية نيوز"
    assert art.date == "2023-06-14"
    assert art.dateline is None
    paras = _paragraphs(art.text)
    # Paragraphs split at <br><br>, the title kept once, menu, date line, teaser and share row gone.
    assert paras[0] == art.title
    assert [p[:12] for p in paras[1:]] == ["فشل مجلس الن", "وحصل الوزير ", "وقال رئيس ال", "ويعيش لبنان "]
    for furniture in ("اتصل بنا", "الأربعاء 14", "اقرأ أيضا", "طباعة", "_gaq"):
        assert furniture not in art.text, furniture


def test_page_of_scripts_and_iframes_only() -> None:
    html = (
        "<html><head><script>var a=1;</script></head><body><iframe src='x'></iframe>"
        "<script>document.write('<p>not text</p>')</script><noscript>فعّل جافاسكربت</noscript></body></html>"
    )
    with pytest.raises(ArticleError, match="HTML page with no article text"):
        parse_html(html)


def test_html_under_an_unknown_suffix_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "saved_page.php"
    path.write_bytes((PAGES / "jsonld_article.html").read_bytes())
    art = read_file(path).articles[0]
    assert art.source == "صحيفة الميدان"


def test_broken_markup_still_reads() -> None:
    html = "<div><p>وقال المتحدث إن الاجتماع <b>عقد في طهران<p>بحضور قادة الفصائل كلها</div></span>"
    art = parse_html(html)
    assert "عقد في طهران" in art.text and "بحضور قادة الفصائل" in art.text


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("وزير الخارجية يبحث ملف المياه | شبكة الرافدين", "وزير الخارجية يبحث ملف المياه"),
        ("الجزيرة نت - قصف يستهدف مخيم النصيرات وسط غزة", "قصف يستهدف مخيم النصيرات وسط غزة"),
        ("عنوان بلا اسم موقع", "عنوان بلا اسم موقع"),
    ],
)
def test_title_loses_the_site_name(raw: str, want: str) -> None:
    assert clean_title(raw, []) == want


def test_the_part_of_a_byline_that_names_a_place_gives_the_dateline() -> None:
    body = "<p>" + "ألزمت المحكمة الشركة برد المبالغ إلى المستثمرين الذين دفعوا رسوماً للحصول على الإقامة. " * 3 + "</p>"
    page = (
        '<html><body><div class="byline"><span class="byline-label">المصدر:</span>'
        '<span class="byline-author">عماد عبدالحميد - دبي</span>'
        '<span class="byline-date">التاريخ: 15 سبتمبر 2025</span></div>'
        f"<article>{body}{body}</article></body></html>"
    )
    assert parse_html(page).dateline == "دبي"


@pytest.mark.parametrize(
    "byline",
    ['<span class="author">عبدالرحمن الحارثي (الطائف)</span>', '<span class="location">الطائف</span>'],
)
def test_a_byline_giving_the_place_in_brackets_or_alone_gives_the_dateline(byline: str) -> None:
    body = "<p>" + "تسبب الزحام الخانق على طريق الهدا في تأخر آلاف الزوار عن الوصول إلى فعاليات المهرجان. " * 3 + "</p>"
    page = f"<html><body><div class=\"meta\">{byline}</div><article>{body}{body}</article></body></html>"
    assert parse_html(page).dateline == "الطائف"


def test_the_bodys_own_dateline_comes_before_the_bylines_place() -> None:
    sentence = "قال مسؤولون إن أعمال إعادة الإعمار في المدينة القديمة تتقدم ببطء بسبب نقص التمويل. "
    more = "وأضافوا أن العمل مستمر في الأحياء القديمة رغم كل الصعوبات. " * 3
    page = ('<html><body><span class="author">شفق نيوز / نينوى</span>'
            f"<article><p>الموصل – {sentence * 2}</p><p>{more}</p></article></body></html>")
    assert parse_html(page).dateline == "الموصل"
    assert parse_html(page.replace("الموصل – ", "")).dateline == "نينوى"
