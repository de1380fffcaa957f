"""Bad inputs give one-line ArticleErrors; nothing else is ever raised; rules stay linear."""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rased.extract.article import SUPPORTED_SUFFIXES, ArticleError, parse_html, parse_text, read_file

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        # A fixed date: the bytes are a test id, and parallel workers must collect the same ids.
        z.writestr(zipfile.ZipInfo("article.txt", date_time=(2024, 1, 1, 0, 0, 0)), "نص")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t\r\n  ", "empty file"),
        ("bom_only.txt", b"\xef\xbb\xbf\n", "empty file"),
        ("image.txt", PNG, r"binary file \(PNG image\), not an article"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", r"binary file \(JPEG image\)"),
        ("archive.json", _zip_bytes(), r"binary file \(ZIP archive"),
        ("page.html", gzip.compress("<html>نص</html>".encode(), mtime=0), r"binary file \(gzip archive\)"),
        ("doc.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", r"binary file \(PDF document\)"),
        ("nul.txt", b"abc\x00\x01\x02\x03\xff\xfe\x00\x00\x10" * 50, r"binary file \(binary data\)"),
        ("scripts.html", b"<html><body><script>x()</script><iframe src=a></iframe></body></html>", "no article"),
        ("furniture.txt", "اترك رد\nشارك\n294\n".encode(), "no article text"),
    ],
)
def test_unusable_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ArticleError, match=reason) as info:
        read_file(path)
    assert "\n" not in str(info.value)


def test_truncated_utf8_is_read(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes("خبر عاجل عن الاجتماع في طهران".encode()[:-1])
    assert read_file(path).articles[0].text.startswith("خبر عاجل عن الاجتماع في")


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        read_file(tmp_path / "nope.txt")


def test_supported_suffixes() -> None:
    assert {".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".json"} <= SUPPORTED_SUFFIXES


def test_markdown_file(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text("# عنوان الخبر هنا\n\nقال **المتحدث** إن [الاجتماع](https://x.example) انتهى.\n", "utf-8")
    art = read_file(path).articles[0]
    assert art.text == "عنوان الخبر هنا\n\nقال المتحدث إن الاجتماع انتهى."


def test_hard_wrapped_text_is_joined() -> None:
    para = "وقال المتحدث باسم الحركة إن الاجتماعات التي عقدت في طهران تناولت التنسيق بين الفصائل " * 3
    words = para.split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) > 70:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    lines.append(cur)
    wrapped = "\n".join(lines)
    art = parse_text(f"{wrapped}\n\n{wrapped}x")
    assert art.text.split("\n\n")[0] == " ".join(words)


HYP = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ARABICISH = st.text(
    st.sampled_from(list('قال إن «»“”"()/|-–:،.؟0123456789٢٦\n\n أيار مايو الرئيسية اترك رد حرية بغداد')), max_size=400
)


@HYP
@given(st.one_of(st.text(max_size=400), ARABICISH))
def test_parse_text_raises_only_article_error(text: str) -> None:
    try:
        art = parse_text(text)
    except ArticleError:
        return
    assert art.text == art.text.strip() and "\n\n\n" not in art.text


@HYP
@given(st.one_of(st.text(max_size=400), ARABICISH.map(lambda s: f"<html><body><p>{s}</p></body></html>")))
def test_parse_html_raises_only_article_error(text: str) -> None:
    try:
        parse_html(text)
    except ArticleError:
        pass


@HYP
@given(st.binary(max_size=600), st.sampled_from([".txt", ".html", ".json", ".jsonl", ".dat"]))
def test_read_file_raises_only_article_error(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("h") / f"f{suffix}"
    path.write_bytes(data)
    try:
        read_file(path)
    except ArticleError as exc:
        assert str(exc) and "\n" not in str(exc)


def test_huge_single_line_file_is_linear(tmp_path: Path) -> None:
    # 50 MB on one line, made of the characters the rules look for: must finish, not hang.
    chunk = "الوقت- بغداد | (26/5/2024) قال لـ«الأخبار» اترك رد / الرئيسية » ... "
    path = tmp_path / "huge.txt"
    path.write_text(chunk * (50_000_000 // len(chunk.encode())), "utf-8")
    art = read_file(path).articles[0]
    assert len(art.text) > 1_000_000


def test_deeply_nested_furniture_page_finishes() -> None:
    depth = 20_000
    html = '<div class="menu">' * depth + "<p>" + "وقال المتحدث إن الاجتماع انتهى. " * 5 + "</p>" + "</div>" * depth
    try:
        parse_html(f"<html><body>{html}</body></html>")
    except ArticleError:
        pass


def test_json_infinity_date_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "inf.jsonl"
    path.write_text('{"text": "نص الخبر.", "date": Infinity}\n{"text": "نص آخر.", "date": NaN}\n', "utf-8")
    assert [a.date for a in read_file(path).articles] == [None, None]
