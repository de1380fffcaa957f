"""The store's schema as forward migrations (one ``sqlite_utils.Migrations`` set).

Plain tables and FTS5 tables made the sqlite-utils way, so a store opens in Datasette
unchanged. Add a new migration for every change; never edit an applied one.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("rased")

FTS_TOKENIZE = "unicode61 remove_diacritics 2"


@migrations()
def m001_initial(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            part INTEGER,
            source TEXT,
            date TEXT,
            dateline TEXT,
            title TEXT,
            url TEXT,
            first_line TEXT NOT NULL DEFAULT '',
            n_entities INTEGER NOT NULL DEFAULT 0,
            n_quotes INTEGER NOT NULL DEFAULT 0,
            n_chars INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            text TEXT NOT NULL,
            search TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_documents_date ON documents(date, id)")
    db.execute("CREATE INDEX idx_documents_source ON documents(source)")
    db.execute("CREATE INDEX idx_documents_path ON documents(path)")
    db.execute(
        """
        CREATE TABLE files (
            path TEXT PRIMARY KEY,
            sha1 TEXT NOT NULL,
            size INTEGER NOT NULL,
            mtime REAL NOT NULL,
            n_documents INTEGER NOT NULL,
            imported_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            key TEXT NOT NULL,
            name TEXT NOT NULL,
            name_norm TEXT NOT NULL,
            n_documents INTEGER NOT NULL DEFAULT 0,
            n_mentions INTEGER NOT NULL DEFAULT 0,
            n_quotes INTEGER NOT NULL DEFAULT 0,
            n_aliases INTEGER NOT NULL DEFAULT 0,
            UNIQUE (type, key)
        )
        """
    )
    db.execute("CREATE INDEX idx_entities_docs ON entities(n_documents DESC, id)")
    db.execute(
        """
        CREATE TABLE aliases (
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            alias TEXT NOT NULL,
            alias_norm TEXT NOT NULL,
            count INTEGER NOT NULL DEFAULT 0,
            rule TEXT NOT NULL DEFAULT 'exact',
            PRIMARY KEY (entity_id, alias)
        )
        """
    )
    db.execute("CREATE INDEX idx_aliases_norm ON aliases(alias_norm)")
    db.execute(
        """
        CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            surface TEXT NOT NULL,
            rule TEXT NOT NULL DEFAULT 'exact'
        )
        """
    )
    db.execute("CREATE INDEX idx_mentions_doc ON mentions(doc_id, start)")
    db.execute(
        """
        CREATE TABLE doc_entities (
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            n_mentions INTEGER NOT NULL,
            first_start INTEGER NOT NULL,
            first_end INTEGER NOT NULL,
            PRIMARY KEY (entity_id, doc_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX idx_doc_entities_doc ON doc_entities(doc_id, entity_id)")
    db.execute(
        """
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker TEXT,
            speaker_surface TEXT,
            verb TEXT,
            speaker_entity_id INTEGER REFERENCES entities(id),
            search TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_quotes_doc ON quotes(doc_id, start)")
    db.execute("CREATE INDEX idx_quotes_speaker ON quotes(speaker_entity_id)")
    # The FTS tables sqlite-utils' enable_fts() makes (external content, no triggers: the
    # importer writes the index in the same transaction as the rows), written out so the
    # whole migration stays one transaction.
    _create_fts(db, "documents", ["title", "search"])
    _create_fts(db, "quotes", ["search"])


def _create_fts(db: Database, table: str, columns: list[str]) -> None:
    cols = ", ".join(f"[{c}]" for c in columns)
    db.execute(
        f"CREATE VIRTUAL TABLE [{table}_fts] USING FTS5 (\n    {cols},\n"
        f"    tokenize='{FTS_TOKENIZE}',\n    content=[{table}]\n)"
    )


@migrations()
def m002_browse_indexes(db: Database) -> None:
    """Indexes for every sort the explorer's lists offer, and document dates by entity.

    Without them a list page sorted by anything but date scans and sorts the whole table
    (an entity list of 100k rows, a quotation list of a million). ``doc_entities.date``
    copies the document's date so that an entity's newest documents come from one index
    range instead of a lookup of every document that names it.
    """
    for sql in (
        "CREATE INDEX IF NOT EXISTS idx_entities_mentions ON entities(n_mentions)",
        "CREATE INDEX IF NOT EXISTS idx_entities_name ON entities(name_norm)",
        "CREATE INDEX IF NOT EXISTS idx_entities_type ON entities(type, n_documents)",
        "CREATE INDEX IF NOT EXISTS idx_entities_quotes ON entities(n_quotes)",
        "CREATE INDEX IF NOT EXISTS idx_entities_aliases ON entities(n_aliases)",
        "CREATE INDEX IF NOT EXISTS idx_documents_entities ON documents(n_entities)",
        "CREATE INDEX IF NOT EXISTS idx_documents_quotes ON documents(n_quotes)",
        "CREATE INDEX IF NOT EXISTS idx_documents_title ON documents(coalesce(title, first_line))",
        "CREATE INDEX IF NOT EXISTS idx_quotes_speaker_name ON quotes(speaker)",
        "CREATE INDEX IF NOT EXISTS idx_quotes_text ON quotes(substr(text, 1, 24))",
        "ALTER TABLE doc_entities ADD COLUMN date TEXT",
        "UPDATE doc_entities SET date = (SELECT d.date FROM documents d WHERE d.id = doc_entities.doc_id)",
        "CREATE INDEX IF NOT EXISTS idx_doc_entities_date ON doc_entities(entity_id, date, doc_id)",
    ):
        db.execute(sql)


@migrations()
def m003_entity_sort_indexes(db: Database) -> None:
    """Entity lists sorted by documents or type, in either direction, from an index.

    ``idx_entities_docs`` (n_documents DESC, id) serves only one direction of the id
    tie-break; ascending, most entities tie at one document and were sorted in full.
    """
    db.execute("CREATE INDEX IF NOT EXISTS idx_entities_documents ON entities(n_documents)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_entities_type_id ON entities(type)")


@migrations()
def m004_quote_signatures(db: Database) -> None:
    """MinHash signatures of every quotation, for near-duplicate lookups by index.

    ``quote_sigs`` holds each quotation's :func:`~rased.store.search.quote_signature`
    tokens under the quotation's id (contentless, no positions: only "which quotations
    carry this token" is asked). The backfill computes them for a store built before;
    it runs in the migration's one transaction, so an interrupted upgrade leaves the
    store as it was and runs again at the next open.
    """
    from .search import quote_signature

    db.execute(
        "CREATE VIRTUAL TABLE quote_sigs USING FTS5 (sig, tokenize='ascii', content='', detail=none, columnsize=0)"
    )
    conn = db.conn
    last = 0
    while True:
        rows = conn.execute("SELECT id, search FROM quotes WHERE id > ? ORDER BY id LIMIT 20000", [last]).fetchall()
        if not rows:
            break
        conn.executemany(
            "INSERT INTO quote_sigs(rowid, sig) VALUES (?, ?)",
            [(qid, quote_signature(search.partition("\n")[0])) for qid, search in rows],
        )
        last = rows[-1][0]
