"""Terminal safety for untrusted article text: what may be written to a screen.

Article files come from the open web. Before any of their text reaches a terminal (the
explorer or the CLI's output), control characters and escape sequences are replaced by
visible symbols, so an ESC can never start a sequence (title change, OSC 52 clipboard
write, screen clear) and a bidi override can never disguise a name. The stored text keeps
the original: a disguised name is evidence.
"""

from __future__ import annotations

import re

__all__ = ["sanitize", "safe_line", "BIDI_CONTROL_SYMBOLS"]

# U+2400 block: the visible "control picture" of each C0 code (␛ for ESC, ␇ for BEL...).
_C0 = {chr(c): chr(0x2400 + c) for c in range(0x20)}
_C0["\x7f"] = "\u2421"  # ␡
BIDI_CONTROL_SYMBOLS = {
    "\u202a": "⟨LRE⟩",
    "\u202b": "⟨RLE⟩",
    "\u202c": "⟨PDF⟩",
    "\u202d": "⟨LRO⟩",
    "\u202e": "⟨RLO⟩",
    "\u2066": "⟨LRI⟩",
    "\u2067": "⟨RLI⟩",
    "\u2068": "⟨FSI⟩",
    "\u2069": "⟨PDI⟩",
}
_UNSAFE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200d\ufeff\ufff9-\ufffb]")


def _replace(m: re.Match[str]) -> str:
    ch = m.group()
    if ch in _C0:
        return _C0[ch]
    if ch in BIDI_CONTROL_SYMBOLS:
        return BIDI_CONTROL_SYMBOLS[ch]
    if ch in "\u200d\ufeff":
        # ZWJ makes terminals and Rich disagree about cell widths; BOM is invisible noise.
        return ""
    return "\ufffd"  # C1 controls and interlinear annotation marks


def sanitize(text: str, *, tab: str = "    ") -> str:
    """``text`` with every control shown as a visible symbol; newlines kept, tabs expanded."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\t", tab)
    return _UNSAFE_RE.sub(_replace, text)


def safe_line(text: str) -> str:
    """One line for a terminal: :func:`sanitize` with newlines shown as spaces."""
    return sanitize(text).replace("\n", " ")
