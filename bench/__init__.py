"""rased's benchmark suite: ``python -m rased.bench`` (or ``python -m bench`` from a checkout).

It builds a realistic corpus of article files (:mod:`.corpus`), imports it with the
``rased import`` command and times search, fuzzy lookup, cross-references, list pages and
the explorer (:mod:`.run`, :mod:`.tui_probe`). See docs/performance.md for the figures.
"""
