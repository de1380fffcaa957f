"""The ``rased`` command line: thin typer commands over the store and the explorer.

Each command parses its options, opens a :class:`rased.store.store.Store` (or reads files
for ``extract``) and calls one library function. Errors the user can fix are one line on
stderr and an exit status: 0 success, 1 some files failed, 2 usage or unusable store.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from rased import __version__

app = typer.Typer(
    name="rased",
    help="rased (راصد): import, search and explore collections of Arabic news articles.",
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="The store (SQLite file). Default: $RASED_DB, else rased.db in the user data folder.",
        dir_okay=False,
        envvar="RASED_DB",
        show_envvar=True,
    ),
]
ReadOnlyOption = Annotated[bool, typer.Option("--read-only", help="Open the store without writing to it.")]
BidiOption = Annotated[
    str | None,
    typer.Option(
        "--bidi",
        help="Who shapes and reorders Arabic: 'app' (default, for terminals without bidi) "
        "or 'terminal' (for terminals that do their own bidi).",
    ),
]


def _safe(text: str) -> str:
    """One line for the terminal; a file name that is not UTF-8 shows its bytes as \\xNN."""
    from rased.extract.display import safe_line

    line: str = safe_line(text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace"))
    return line


GazetteerOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--gazetteer",
        help="Extra gazetteer file(s) (TSV: type, name, aliases; see docs/extraction.md). Repeatable."
        " Also read from $RASED_GAZETTEER.",
        dir_okay=False,
    ),
]


def use_gazetteers(paths: list[Path] | None) -> None:
    """Check and register user gazetteer files for this process and its workers."""
    if not paths:
        return
    from rased.extract.gazetteer import ENV_VAR, GazetteerError, register_gazetteer

    try:
        register_gazetteer(*paths)
    except GazetteerError as exc:
        fail(f"gazetteer {exc}")
    # Worker processes started without fork read the same files through the environment.
    known = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
    os.environ[ENV_VAR] = os.pathsep.join([*known, *(str(p.resolve()) for p in paths)])


def fail(message: str, code: int = 2) -> NoReturn:
    """One clear line on stderr and an exit status, never a traceback."""

    typer.echo(f"rased: {_safe(message)}", err=True)
    raise typer.Exit(code)


def _open_store(db: Path | None, *, read_only: bool = False, create: bool = True):  # type: ignore[no-untyped-def]
    from rased.store.store import Store, StoreError

    def upgrading(names: list[str]) -> None:
        typer.echo("rased: upgrading the store to this version (once; about 30 s per 100,000 articles)", err=True)

    try:
        return Store.open(db, read_only=read_only, create=create, on_upgrade=upgrading)
    except StoreError as exc:
        fail(str(exc))


# Characters JSON may carry raw that a terminal would act on (C1 controls such as CSI and
# OSC, bidi overrides and isolates, line separators) and lone surrogates (file names that
# are not UTF-8, which a UTF-8 stream cannot carry). json.dumps already escapes C0.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069\ud800-\udfff]")


def json_line(obj: object) -> str:
    """``obj`` as one line of JSON, readable Arabic kept, nothing a terminal would act on.

    The escaped characters stay in the data (``\\u009b`` decodes back to U+009B), so JSON
    consumers get the original strings.
    """
    text = json.dumps(obj, ensure_ascii=False)
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _writable(path: Path) -> bool:
    """Whether a store at ``path`` could be written: the file and its folder (for -wal/-shm)."""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _check_paths(paths: list[Path]) -> None:
    for p in paths:
        if not p.exists():
            fail(f"{p}: no such file or folder")


def _version_callback(value: bool) -> None:
    if value:
        from rased.extract.native import build_status

        typer.echo(f"rased {__version__} (extraction: {build_status()})")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def main_callback(
    ctx: typer.Context,
    db: DbOption = None,
    read_only: ReadOnlyOption = False,
    bidi: BidiOption = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version_callback, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Open the explorer on the store when no command is given."""
    ctx.obj = {"db": db, "read_only": read_only, "bidi": bidi}
    if ctx.invoked_subcommand is None:
        _run_explorer(db, read_only=read_only, bidi=bidi)


def _run_explorer(db: Path | None, *, read_only: bool, bidi: str | None, doc_ids: list[int] | None = None) -> None:
    if bidi not in (None, "app", "terminal"):
        fail("--bidi must be 'app' or 'terminal'")
    if not read_only:
        from rased.store.store import default_db_path

        target = Path(db).expanduser() if db is not None else default_db_path()
        if target.exists() and not _writable(target):
            # Exploring needs no writing: a store on a read-only disk or in someone else's
            # folder opens read-only rather than not at all.
            typer.echo(f"rased: {_safe(str(target))} cannot be written here; opening it read-only", err=True)
            read_only = True
    store = _open_store(db, read_only=read_only, create=not read_only)
    path = store.path
    store.close()
    from rased.tui.app import run_explorer

    run_explorer(path, read_only=read_only, bidi=bidi, doc_ids=doc_ids)


@app.command("import")
def import_command(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    db: DbOption = None,
    workers: Annotated[
        int | None, typer.Option("--workers", "-j", help="Extraction processes (default: one per core).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    gazetteer: GazetteerOption = None,
) -> None:
    """Import article files (text, HTML, JSON Lines, JSON) into the store.

    Re-importing unchanged files adds nothing; a changed file updates its documents.
    Exit status: 0 all imported, 1 some files failed (the others are imported), 2 usage error.

    Example: rased import ~/scraped/2024 --db research.db
    """
    db = db or (ctx.obj or {}).get("db")
    if (ctx.obj or {}).get("read_only"):
        fail("import writes to the store, and --read-only was given: leave out --read-only to import")
    _check_paths(paths)
    use_gazetteers(gazetteer)
    _check_writable_store(db)
    store = _open_store(db)
    from rased.store.importer import run_import_cli

    try:
        code = run_import_cli(store, paths, workers=workers, quiet=quiet)
    finally:
        # Closing folds the write-ahead log into the store file, so the file alone is
        # the whole store (copied elsewhere, it lacks nothing).
        store.close()
    raise typer.Exit(code)


def _check_writable_store(db: Path | None) -> None:
    from rased.store.store import default_db_path

    target = Path(db).expanduser() if db is not None else default_db_path()
    if target.exists() and not target.is_dir() and not _writable(target):
        what = "the store file" if not os.access(target, os.W_OK) else "its folder"
        fail(
            f"cannot import into {target}: {what} is not writable here"
            " (search, stats and the explorer can still read it with --read-only)"
        )


@app.command("open")
def open_command(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to import and look at.")],
    db: DbOption = None,
    bidi: BidiOption = None,
    gazetteer: GazetteerOption = None,
) -> None:
    """Import files into the store, then open the explorer on those documents.

    Example: rased open ~/Downloads/articles/
    """
    obj = ctx.obj or {}
    db = db or obj.get("db")
    if obj.get("read_only"):
        fail("open imports into the store, and --read-only was given: leave out --read-only")
    _check_paths(paths)
    use_gazetteers(gazetteer)
    _check_writable_store(db)
    store = _open_store(db)
    from rased.store.importer import run_import_cli

    report_ids: list[int] = []
    code = run_import_cli(store, paths, workers=None, quiet=False, collect_ids=report_ids)
    store.close()
    if code == 2:
        raise typer.Exit(code)
    _run_explorer(db, read_only=False, bidi=bidi or obj.get("bidi"), doc_ids=report_ids)


@app.command("search")
def search_command(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help='Words, "a phrase", or prefix* (Arabic spelling-insensitive).')],
    db: DbOption = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="Most hits to show.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Full-text search inside the articles.

    Finds أحمديان for احمديان, قاآني for قاانى, and لحماس or وحماس for حماس.

    Example: rased search "غرفة عمليات" --limit 5
    """
    db = db or (ctx.obj or {}).get("db")
    store = _open_store(db, read_only=True, create=False)
    from rased.extract.display import safe_line
    from rased.store.search import QueryError

    try:
        hits = store.search(query, limit=limit)
    except QueryError as exc:
        fail(str(exc))
    if as_json:
        for h in hits:
            typer.echo(json_line(h.as_json()))
        return
    if not hits:
        typer.echo("no match", err=True)
        raise typer.Exit(1)
    from rich.console import Console
    from rich.text import Text

    console = Console(highlight=False, soft_wrap=True)
    for h in hits:
        head = Text()
        head.append(safe_line(h.path), style="bold")
        head.append(f"  {safe_line(h.source or '-')}  {h.date or '-'}", style="dim")
        console.print(head)
        snippet = Text(safe_line(h.snippet))
        for start, end in h.snippet_spans:
            snippet.stylize("bold reverse", start, end)
        console.print(Text("  ").append(snippet))


@app.command("stats")
def stats_command(
    ctx: typer.Context,
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Counts of documents, entities and quotations, by source, and the store's size.

    Example: rased stats --json
    """
    db = db or (ctx.obj or {}).get("db")
    store = _open_store(db, read_only=True, create=False)
    st = store.stats()
    if as_json:
        typer.echo(json_line(st))
        return
    from rased.extract.display import safe_line

    typer.echo(f"store      {safe_line(st['db'])}  ({st['bytes']:,} bytes)")
    typer.echo(f"documents  {st['documents']:,}")
    typer.echo(f"entities   {st['entities']:,}")
    typer.echo(f"quotes     {st['quotes']:,}")
    for source, n in st["sources"].items():
        typer.echo(f"  {n:>8,}  {safe_line(source)}")


@app.command("extract")
def extract_command(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines output (the default).")] = True,
    gazetteer: GazetteerOption = None,
) -> None:
    """Parse and extract without storing: one JSON object per document per line.

    Fields: path, source, date, dateline, title, text (the clean text; offsets refer to it),
    entities [{canonical, type, mentions [{surface, start, end}]}] and
    quotes [{text, start, end, speaker, speaker_surface, verb}].

    Example: rased extract article.txt --json | jq .quotes
    """
    del as_json  # JSON Lines is the only output form; the flag documents the contract.
    _check_paths(paths)
    use_gazetteers(gazetteer)
    from rased.extract.article import ArticleError, read_file
    from rased.extract.pipeline import extract_article
    from rased.extract.records import extraction_json
    from rased.store.files import iter_article_files

    failed = 0
    for path, walk_problem in iter_article_files(paths):
        if walk_problem:
            failed += 1
            typer.echo(f"rased: {_safe(walk_problem)}", err=True)
            continue
        try:
            read = read_file(path)
        except (ArticleError, OSError) as exc:
            failed += 1
            typer.echo(f"rased: {_safe(str(path))}: {_safe(str(exc))}", err=True)
            continue
        for problem in read.problems:
            typer.echo(f"rased: {_safe(str(path))}: {_safe(problem)}", err=True)
        for art in read.articles:
            name = str(path) if art.part is None else f"{path}#{art.part}"
            obj = {
                "path": name,
                "source": art.source,
                "date": art.date,
                "dateline": art.dateline,
                "title": art.title,
                "text": art.text,
            }
            obj.update(extraction_json(extract_article(art)))
            sys.stdout.write(json_line(obj) + "\n")
    raise typer.Exit(1 if failed else 0)


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold annotations (JSON, the format of tests/data/sample_gold.json).")],
    text_dir: Annotated[Path, typer.Argument(help="Folder holding the annotated article files.")],
    as_json: Annotated[bool, typer.Option("--json", help="The figures and misses as one JSON object.")] = False,
    gazetteer: GazetteerOption = None,
) -> None:
    """Measure extraction against gold annotations: quotations, speakers, entities, merges.

    Prints quotation precision, recall and F1, speaker accuracy, entity recall by type, the
    number of extra names, alias groups merged and distinct pairs wrongly merged, then every miss.

    Example: rased eval tests/data/sample_gold.json sample_data
    """
    from rased.extract.article import ArticleError, read_file
    from rased.extract.display import safe_line
    from rased.extract.evaluate import evaluate
    from rased.extract.pipeline import extract_article

    _check_paths([gold, text_dir])
    use_gazetteers(gazetteer)
    try:
        spec = json.loads(gold.read_text(encoding="utf-8"))
        documents = spec["documents"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        fail(f"{gold}: not a gold annotations file ({exc})")
    results = {}
    for name in documents:
        try:
            read = read_file(text_dir / name)
        except (ArticleError, OSError) as exc:
            typer.echo(f"rased: {_safe(str(text_dir / name))}: {_safe(str(exc))}", err=True)
            continue
        if read.articles:
            art = read.articles[0]
            results[name] = (art, extract_article(art))
    ev = evaluate(spec, results)
    if as_json:
        typer.echo(json_line(ev.as_json()))
        return
    for miss in ev.misses:
        typer.echo(safe_line(miss))
    figures = ev.as_json()
    by_type = ", ".join(f"{t} {v:.2f}" for t, v in figures["entity_recall_by_type"].items())
    typer.echo(
        f"quotations: P {ev.quote_precision:.2f} R {ev.quote_recall:.2f} F1 {ev.quote_f1:.2f};"
        f" speakers {ev.speaker_accuracy:.2f} of {ev.quotes_found}"
    )
    typer.echo(f"entities: recall {ev.entity_recall:.2f} ({by_type}); extra names {ev.extra_names}")
    typer.echo(
        f"alias groups merged {figures['alias_groups_merged']}/{ev.alias_groups};"
        f" distinct pairs wrongly merged {ev.wrong_merges}/{ev.distinct_pairs}; bad offsets {ev.bad_offsets}"
    )


@app.command("locate")
def locate_command(ctx: typer.Context, db: DbOption = None) -> None:
    """Print where the store is (and whether it exists)."""
    from rased.store.store import default_db_path

    path = db or (ctx.obj or {}).get("db") or default_db_path()
    typer.echo(f"{path}{'' if Path(path).exists() else '  (not created yet)'}")


def main() -> None:
    """Console-script entry point."""
    # Ctrl-C outside import (which handles it itself) ends quietly with the usual status.
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("rased: interrupted\n")
        sys.exit(130)
    except BrokenPipeError:
        # `rased search ... | head`: the reader left; not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(0)
