"""The ``rased`` command line: thin typer commands over the store and the explorer.

Each command parses its options, opens a :class:`rased.store.store.Store` (or reads files
for ``extract``) and calls one library function. Errors the user can fix are one line on
stderr and an exit status: 0 success, 1 some files failed, 2 usage or unusable store.
"""

from __future__ import annotations

import json
import os
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


def fail(message: str, code: int = 2) -> NoReturn:
    """One clear line on stderr and an exit status, never a traceback."""
    from rased.extract.display import safe_line

    typer.echo(f"rased: {safe_line(message)}", err=True)
    raise typer.Exit(code)


def _open_store(db: Path | None, *, read_only: bool = False, create: bool = True):  # type: ignore[no-untyped-def]
    from rased.store.store import Store, StoreError

    try:
        return Store.open(db, read_only=read_only, create=create)
    except StoreError as exc:
        fail(str(exc))


def _check_paths(paths: list[Path]) -> None:
    for p in paths:
        if not p.exists():
            fail(f"{p}: no such file or folder")


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"rased {__version__}")
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
    store = _open_store(db, read_only=read_only)
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
) -> None:
    """Import article files (text, HTML, JSON Lines, JSON) into the store.

    Re-importing unchanged files adds nothing; a changed file updates its documents.
    Exit status: 0 all imported, 1 some files failed (the others are imported), 2 usage error.

    Example: rased import ~/scraped/2024 --db research.db
    """
    db = db or (ctx.obj or {}).get("db")
    _check_paths(paths)
    store = _open_store(db)
    from rased.store.importer import run_import_cli

    code = run_import_cli(store, paths, workers=workers, quiet=quiet)
    raise typer.Exit(code)


@app.command("open")
def open_command(
    ctx: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to import and look at.")],
    db: DbOption = None,
    bidi: BidiOption = None,
) -> None:
    """Import files into the store, then open the explorer on those documents.

    Example: rased open ~/Downloads/articles/
    """
    obj = ctx.obj or {}
    db = db or obj.get("db")
    _check_paths(paths)
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
            typer.echo(json.dumps(h.as_json(), ensure_ascii=False))
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
        typer.echo(json.dumps(st, ensure_ascii=False))
        return
    from rased.extract.display import safe_line

    typer.echo(f"store      {st['db']}  ({st['bytes']:,} bytes)")
    typer.echo(f"documents  {st['documents']:,}")
    typer.echo(f"entities   {st['entities']:,}")
    typer.echo(f"quotes     {st['quotes']:,}")
    for source, n in st["sources"].items():
        typer.echo(f"  {n:>8,}  {safe_line(source)}")


@app.command("extract")
def extract_command(
    paths: Annotated[list[Path], typer.Argument(help="Article files or folders.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines output (the default).")] = True,
) -> None:
    """Parse and extract without storing: one JSON object per document per line.

    Fields: path, source, date, dateline, title, text (the clean text; offsets refer to it),
    entities [{canonical, type, mentions [{surface, start, end}]}] and
    quotes [{text, start, end, speaker, speaker_surface, verb}].

    Example: rased extract article.txt --json | jq .quotes
    """
    del as_json  # JSON Lines is the only output form; the flag documents the contract.
    _check_paths(paths)
    from rased.extract.article import ArticleError, read_file
    from rased.extract.pipeline import extract
    from rased.extract.records import extraction_json
    from rased.store.files import iter_article_files

    failed = 0
    for path, walk_problem in iter_article_files(paths):
        if walk_problem:
            failed += 1
            typer.echo(f"rased: {walk_problem}", err=True)
            continue
        try:
            read = read_file(path)
        except (ArticleError, OSError) as exc:
            failed += 1
            typer.echo(f"rased: {path}: {exc}", err=True)
            continue
        for problem in read.problems:
            typer.echo(f"rased: {path}: {problem}", err=True)
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
            obj.update(extraction_json(extract(art.text)))
            sys.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    raise typer.Exit(1 if failed else 0)


@app.command("eval")
def eval_command(
    gold: Annotated[Path, typer.Argument(help="Gold annotations (JSON, the format of tests/data/sample_gold.json).")],
    text_dir: Annotated[Path, typer.Argument(help="Folder holding the annotated article files.")],
    as_json: Annotated[bool, typer.Option("--json", help="The figures and misses as one JSON object.")] = False,
) -> None:
    """Measure extraction against gold annotations: quotations, speakers, entities, merges.

    Prints quotation precision, recall and F1, speaker accuracy, entity recall by type, the
    number of extra names, alias groups merged and distinct pairs wrongly merged, then every miss.

    Example: rased eval tests/data/sample_gold.json sample_data
    """
    from rased.extract.article import ArticleError, read_file
    from rased.extract.display import safe_line
    from rased.extract.evaluate import evaluate
    from rased.extract.pipeline import extract

    _check_paths([gold, text_dir])
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
            typer.echo(f"rased: {text_dir / name}: {exc}", err=True)
            continue
        if read.articles:
            art = read.articles[0]
            results[name] = (art, extract(art.text))
    ev = evaluate(spec, results)
    if as_json:
        typer.echo(json.dumps(ev.as_json(), ensure_ascii=False))
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
