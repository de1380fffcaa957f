"""The explorer's Arabic display layer: shaping map, visual order, wrapping, safety."""

from __future__ import annotations

import random
import unicodedata

from arabic_reshaper.arabic_reshaper import HARAKAT_RE
from bidi import get_display

from rased.tui.arabic import (
    StyleSpan,
    base_level,
    display_map,
    layout_paragraph,
    one_line,
    shape_with_map,
    visual_order,
)

LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآةى پچکگی" + "لا" * 3 + "\u064e\u0651\u0640" + " 0123 AB"


def test_shape_map_is_monotonic_and_covers_every_shaped_char() -> None:
    rnd = random.Random(7)
    for _ in range(3000):
        t = "".join(rnd.choice(LETTERS) for _ in range(rnd.randint(1, 25)))
        shaped, m = shape_with_map(t)
        assert len(m) == len(t) + 1
        assert all(m[i] <= m[i + 1] for i in range(len(t)))
        for j, c in enumerate(shaped):
            src = "".join(t[i] for i in range(len(t)) if m[i] == j and not HARAKAT_RE.match(t[i]))
            assert unicodedata.normalize("NFKC", c) == unicodedata.normalize("NFKC", src), (t, j)


def test_visual_order_matches_the_rust_engine_on_bracket_free_lines() -> None:
    rnd = random.Random(3)
    alphabet = "ابتحدرسعفقلمنهوي" + "abcXYZ" + "0123456789" + " " * 6 + "%/:-،."
    for _ in range(1500):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 40))).strip()
        if not t:
            continue
        level = base_level(t)
        visual, order = visual_order(t, level)
        assert visual == get_display(t, base_dir="R" if level else "L")
        assert sorted(order) == list(range(len(t)))
        assert "".join(t[i] for i in order) == visual


def test_app_mode_shapes_and_reverses_terminal_mode_keeps_logical_order() -> None:
    text = "قال حسن نصرالله في 2024 إن UNRWA تعمل"
    app = layout_paragraph(text, 200, "app")[0].text.plain
    # Every Arabic letter is a presentation form (shaped), none is left in its logical form.
    assert not any("\u0621" <= ch <= "\u064a" for ch in app)
    assert app.endswith("\ufedd\ufe8e\ufed7")  # قال, shaped, at the right end
    assert "UNRWA" in app and "2024" in app
    terminal = layout_paragraph(text, 200, "terminal")[0].text.plain
    assert terminal == text


def test_wrapping_is_logical_first_line_holds_the_first_words() -> None:
    text = "تتابع الوضع في غزة عن كثب منذ بداية الحرب وتدعو إلى وقف إطلاق النار فورا"
    lines = layout_paragraph(text, 30, "app")
    assert len(lines) > 1
    first = lines[0]
    assert first.start == 0
    # The first screen line ends (on the right) with the paragraph's first word.
    assert first.text.plain.endswith(shape_with_map("تتابع")[0][::-1])
    for ln in lines:
        assert ln.text.cell_len <= 30


def test_highlight_survives_shaping_and_reordering() -> None:
    text = "قال حسن نصرالله لوكالة الأنباء"
    start = text.index("حسن")
    end = start + len("حسن نصرالله")
    line = layout_paragraph(text, 200, "app", [StyleSpan(start, end, "red")])[0]
    red = "".join(
        line.text.plain[s.start : s.end] for s in line.text.spans if str(s.style) == "red"
    )
    assert red == shape_with_map("حسن نصرالله")[0][::-1]
    assert all(start <= line.cells[k] < end for s in line.text.spans if str(s.style) == "red"
               for k in range(s.start, s.end))


def test_truncation_is_logical_with_the_ellipsis_on_the_left() -> None:
    text = "أعلنت الأمم المتحدة أن الوضع في غزة صعب جدا"
    cell = one_line(text, 20, "app").plain
    assert cell.lstrip().startswith("…")
    assert cell.endswith(shape_with_map("أعلنت")[0][::-1])


def test_dates_stay_left_to_right_inside_arabic() -> None:
    from rased.tui.arabic import ltr

    line = layout_paragraph(f"حرية · {ltr('2024-05-26')} · عنوان", 200, "app")[0].text.plain
    assert "2024-05-26" in line
    assert "\u200e" not in line


def test_untrusted_text_shows_inert() -> None:
    evil = (
        "[bold]عريض[/bold] [link=http://x]رابط[/link] \x1b[2J\x1b]2;PWNED\x07 \x1b]52;c;QUJD\x1b\\"
        " \x9d C1 \u202eexe.txt \u200dزاي"
    )
    for mode in ("app", "terminal"):
        lines = layout_paragraph(evil, 300, mode)  # type: ignore[arg-type]
        plain = "".join(ln.text.plain for ln in lines)
        assert "[bold]" in plain and "[link=http://x]" in plain and "[/link]" in plain
        for bad in ("\x1b", "\x07", "\x9d", "\u202e", "\u200d"):
            assert bad not in plain
        assert "⟨RLO⟩" in plain
        assert not any(s.style and "link" in str(s.style) for ln in lines for s in ln.text.spans)
        cell = one_line(evil, 60, mode).plain  # type: ignore[arg-type]
        assert "\x1b" not in cell and "\u202e" not in cell


def test_display_map_keeps_offsets_for_replaced_controls() -> None:
    clean, m = display_map("a\x1bb\u202ec\u200dd")
    assert clean == "a␛b⟨RLO⟩cd"
    assert clean[m[2]] == "b" and clean[m[4]] == "c" and clean[m[6]] == "d"
