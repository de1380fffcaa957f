"""The local SQLite store of articles, entities, mentions and quotations.

A library first: :class:`rased.store.store.Store` opens a database, applies the schema
migrations, imports files (one writer) and answers the queries of the CLI and the
explorer (read-only connections). No UI code lives here.
"""
