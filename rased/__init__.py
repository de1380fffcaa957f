"""rased (راصد, "the observer"): a terminal explorer for collections of Arabic news articles.

This package holds the command-line entry point only; the work is done in
``rased.extract`` (text processing), ``rased.store`` (the SQLite store) and ``rased.tui``
(the explorer).
"""

__version__ = "0.1.0"
