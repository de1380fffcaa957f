"""Bytes of an article file to text: binary sniffing and encoding detection.

Encodings are detected, never assumed. The order matters for short Arabic files, where a
statistical detector alone often picks a wrong code page: byte-order marks first, then
strict UTF-8, then UTF-16 without a mark (NUL bytes in every other position), then an HTML
``charset`` declaration, then Windows-1256 when it gives mostly Arabic letters, then
charset-normalizer, and last a lenient UTF-8 when most of the bytes are valid. A file that
mixes UTF-8 and Windows-1256 lines is decoded line by line.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["DecodeError", "binary_kind", "decode"]


class DecodeError(ValueError):
    """The bytes are not text in any encoding rased knows; the message is a one-line reason."""


_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"),
    (b"\x7fELF", "executable"),
    (b"MZ", "Windows executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SNIFF = 8192
_ARABIC_RE = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", re.IGNORECASE)
# Characters that never appear in real text decoded with the right code page.
_JUNK_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def _bom(data: bytes) -> tuple[bytes, str] | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return bom, enc
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit in nearly every odd (even) position."""
    if len(head) < 4:
        return None
    even = head[0::2]
    odd = head[1::2]
    n = min(len(even), len(odd))
    if n == 0:
        return None
    # Latin text in UTF-16 has NUL high bytes; Arabic has 0x06 high bytes. Either way one
    # position of each pair is nearly constant and the other varies.
    for high, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        zeros_or_arabic = sum(1 for b in high[:n] if b in (0x00, 0x06, 0x20))
        if zeros_or_arabic >= 0.9 * n and high.count(0) > 0:
            return enc
    return None


def binary_kind(data: bytes) -> str | None:
    """A short name of the binary format of ``data`` ("PNG image"...), or None for text."""
    if _bom(data):
        return None
    head = data[:_SNIFF]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            if kind == "Windows executable" and b"\x00" not in head:
                continue  # "MZ" is also how a plain text file may start
            return kind
    if head[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}[head[8:12]]
    if b"\x00" in head and not _utf16_without_bom(head):
        return "binary data"
    return None


def _arabic_share(text: str) -> float:
    letters = len(_LETTER_RE.findall(text))
    if not letters:
        return 0.0
    return len(_ARABIC_RE.findall(text)) / letters


def _junk_share(text: str) -> float:
    return len(_JUNK_RE.findall(text)) / max(1, len(text))


def _declared_charset(data: bytes) -> str | None:
    m = _CHARSET_RE.search(data[:_SNIFF])
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _cp1256_if_arabic(data: bytes) -> str | None:
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    # Windows-1256 maps nearly every byte, so only text that comes out mostly Arabic
    # letters (and not full of control characters) is believed.
    if _arabic_share(text) >= 0.5 and _junk_share(text) < 0.001:
        return text
    return None


def _mixed_lines(data: bytes) -> str | None:
    """UTF-8 lines and Windows-1256 lines in one file, each decoded on its own."""
    out: list[str] = []
    good = bad = 0
    for line in data.split(b"\n"):
        try:
            out.append(line.decode("utf-8"))
            good += 1
        except UnicodeDecodeError:
            alt = _cp1256_if_arabic(line)
            if alt is None:
                return None
            out.append(alt)
            bad += 1
    return "\n".join(out) if good and bad else None


def _charset_normalizer(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
    except Exception:  # noqa: BLE001 - a detector failure only means "no guess"
        return None
    if best is None or best.encoding is None:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    if _junk_share(text) > 0.01:
        return None
    return text


def decode(data: bytes) -> str:
    """The text of ``data``; raises :class:`DecodeError` when no encoding gives text.

    The leading byte-order mark is dropped; nothing else is changed.
    """
    marked = _bom(data)
    if marked:
        bom, enc = marked
        # A marked file that still has a bad sequence (a truncated last character) keeps its text.
        return data[len(bom) :].decode(enc, errors="replace")
    head = data[:_SNIFF]
    # Before UTF-8: Arabic in UTF-16 is ASCII bytes, NULs and 0x06, all of it "valid UTF-8".
    guess16 = _utf16_without_bom(head) if b"\x00" in head else None
    if guess16:
        return data.decode(guess16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    declared = _declared_charset(data)
    if declared and declared not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    # A truncated UTF-8 file: only its last character is cut.
    if utf8_error.reason == "unexpected end of data" and utf8_error.start >= len(data) - 3 and utf8_error.start > 0:
        return data.decode("utf-8", errors="replace")
    # Mixed lines before Windows-1256 as a whole: UTF-8 Arabic read as Windows-1256 is
    # mojibake made of Arabic letters (ظˆظ‚ط§ظ„), which would pass the Arabic-letter test.
    text = _mixed_lines(data)
    if text is not None:
        return text
    text = _cp1256_if_arabic(data)
    if text is not None:
        return text
    text = _charset_normalizer(data)
    if text is not None:
        return text
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= 0.05 * len(lenient):
        return lenient
    raise DecodeError("not valid text in any known encoding")
