"""``python -m rased``: the same as the ``rased`` command."""

from rased.cli import main

main()
