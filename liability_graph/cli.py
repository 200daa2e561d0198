"""`lgraph`: a thin command line over the library. Commands parse, call, and format; nothing more."""

from __future__ import annotations

import contextlib
import json
import shutil
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from liability_graph import __version__
from liability_graph.errors import LiabilityGraphError
from liability_graph.graph.store import Store, open_store
from liability_graph.settings import DEFAULT_GROUP_FACTS, resolve_group_facts
from liability_graph.terminal import escaped_output, undecodable_byte

FORMATS = click.Choice(["table", "json", "csv"])
PROGRESS_MIN_FILES = 10


# -- plumbing ---------------------------------------------------------------------------


def _check_text_arguments(ctx: click.Context) -> None:
    """Refuse arguments that are not valid UTF-8 text (file paths may be any bytes)."""
    for param in ctx.command.params:
        if isinstance(param.type, (click.Path, click.File)):
            continue
        value = ctx.params.get(param.name or "")
        for item in value if isinstance(value, (tuple, list)) else [value]:
            bad = undecodable_byte(item) if isinstance(item, str) else None
            if bad is not None:
                raise click.BadParameter(
                    f"not valid UTF-8 text (byte 0x{bad:02x}); give text, or check the "
                    "shell's quoting and the terminal's encoding",
                    ctx=ctx,
                    param=param,
                )


def _stdin_text() -> str:
    """Standard input as text; bytes that are not UTF-8 are a usage error, not a traceback."""
    try:
        text = sys.stdin.read()
    except UnicodeDecodeError as exc:
        bad: int | None = exc.object[exc.start]
    else:
        bad = undecodable_byte(text)
        if bad is None:
            return text
    raise click.UsageError(f"standard input is not valid UTF-8 text (byte 0x{bad:02x})")


class LGraphCommand(click.Command):
    def invoke(self, ctx: click.Context) -> Any:
        _check_text_arguments(ctx)
        return super().invoke(ctx)


class LGraphGroup(click.Group):
    """Turns library errors into one message and a hint, with exit code 1.

    Everything the CLI writes to stdout and stderr passes through `terminal.safe_text`
    (control characters shown as \\uXXXX, passwords in URIs as ***), here, once.
    """

    command_class = LGraphCommand
    group_class = type  # subgroups are LGraphGroups too

    def main(self, *args: Any, **kwargs: Any) -> Any:
        with escaped_output():
            return super().main(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            _check_text_arguments(ctx)
            return super().invoke(ctx)
        except LiabilityGraphError as exc:
            click.echo(f"Error: {exc}", err=True)
            if exc.hint:
                click.echo(f"Hint: {exc.hint}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            # Ctrl-C is not a failure of the input: the shell's code for it, as ingest gives
            # (a store being written says what it holds there; a read changes nothing).
            click.echo("Interrupted.", err=True)
            ctx.exit(130)


def _store(ctx: click.Context, read_only: bool) -> Store:
    spec = ctx.obj.get("store") if ctx.obj else None
    vault = ctx.obj.get("vault") if ctx.obj else None
    store = open_store(spec, read_only=read_only, vault=vault)
    if getattr(store, "recovered", None):
        click.echo(f"Note: {store.recovered}.", err=True)
    return store


#: `--reveal-protected` on every command that prints what the graph holds (docs/privacy.md).
reveal_option = click.option(
    "--reveal-protected",
    is_flag=True,
    help="Show protected persons' real names, read from the vault (see --vault).",
)


def _revealer(store: Store, reveal: bool):
    """The store holds only pseudonyms; names come back only from its vault, when asked."""
    from liability_graph.export.privacy import revealer_for

    return revealer_for(store, reveal)


def _revealed(revealer, result):
    """A named query's result with its rows and resolved entities revealed (when asked)."""
    if revealer.reveal:
        result.rows = revealer.value(result.rows)
        result.entities = revealer.value(result.entities)
    return result


def _real_names(revealer, values: dict[str, Any]) -> dict[str, Any]:
    """Query parameters with protected persons' real names turned into their keys (only
    when revealing: the Revealer knows no name otherwise)."""
    return {k: (revealer.lookup(v) or v) if isinstance(v, str) else v for k, v in values.items()}


def emit(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> None:
    """Print rows as a table (long text wrapped, repeats collapsed), JSON objects, or CSV."""
    from liability_graph.formatting import render

    click.echo(render(columns, rows, fmt), nl=False)


def parse_params(values: Sequence[str]) -> dict[str, Any]:
    """`k=v` gives the text v; `k:=JSON` gives a typed value (number, list, true, null…)."""
    params: dict[str, Any] = {}
    for item in values:
        if ":=" in item:
            key, raw = item.split(":=", 1)
            try:
                params[key] = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise click.BadParameter(f"{item!r}: not valid JSON ({exc.msg})") from None
        elif "=" in item:
            key, value = item.split("=", 1)
            params[key] = value
        else:
            raise click.BadParameter(f"{item!r}: use KEY=VALUE or KEY:=JSON")
    return params


# -- the group --------------------------------------------------------------------------


@click.group(cls=LGraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="lgraph")
@click.option(
    "--store",
    metavar="SPEC",
    help="embedded:PATH, a folder, or a Neo4j URI (bolt://, neo4j://, +s, +ssc). "
    "Default: $LGRAPH_STORE, then $NEO4J_URI, then embedded:./lgraph-data.",
)
@click.option(
    "--vault",
    metavar="FILE",
    help="The vault of protected identities. Default: $LGRAPH_VAULT, then PATH.vault beside "
    "an embedded store, or a local file per Neo4j server (docs/privacy.md).",
)
@click.pass_context
def cli(ctx: click.Context, store: str | None, vault: str | None) -> None:
    """Build and question a knowledge graph of platforms, vendors, laws and cases."""
    ctx.ensure_object(dict)
    ctx.obj["store"] = store
    ctx.obj["vault"] = vault


# -- ingest -----------------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--no-reference",
    is_flag=True,
    help="Read without the reference knowledge base; a new store is built without it, and "
    "later runs on it follow that.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes reading and extracting documents (default: the CPU count).",
)
@click.option(
    "--group-facts",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Facts written (and committed) together; Ctrl-C keeps the groups written before. "
    f"Default: $LGRAPH_GROUP_FACTS, then {DEFAULT_GROUP_FACTS:,}.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    no_reference: bool,
    workers: int | None,
    group_facts: int | None,
    fmt: str,
) -> None:
    """Read files and folders (recursively) into the graph; exit 1 if any file was skipped.

    Facts files written by `lgraph extract` are loaded as they are."""
    from liability_graph.loaders.ingest import IngestReport, anchoring_first, collect_files
    from liability_graph.loaders.ingest import ingest as run_ingest
    from liability_graph.loaders.parallel import Readers, default_workers

    pre = IngestReport()
    files = collect_files(paths, pre)
    show_bar = len(files) >= PROGRESS_MIN_FILES and fmt == "table" and sys.stderr.isatty()
    options = {
        "reference": False if no_reference else None,  # None: as the store was built
        "workers": workers or default_workers(),
        "group_facts": resolve_group_facts(group_facts),  # a bad LGRAPH_GROUP_FACTS: now
    }
    try:  # Ctrl-C may come while the store opens or closes too (closing settles its writes)
        # The worker processes start up while the store opens (loaders/parallel.Readers).
        readers = Readers.start(options["workers"], len(anchoring_first(files)[1]))
        with readers or contextlib.nullcontext(), _store(ctx, read_only=False) as store:
            if not show_bar:
                report = run_ingest(store, files, readers=readers, **options)
            else:
                with _files_bar(len(files)) as on_file:
                    report = run_ingest(store, files, on_file=on_file, readers=readers, **options)
    except KeyboardInterrupt:
        click.echo(
            "Interrupted: the store holds what was committed before Ctrl-C, nothing of the "
            "batch being written; ingest the same input again to complete the graph.",
            err=True,
        )
        ctx.exit(130)
    report.skipped = pre.skipped + report.skipped
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        _print_ingest_report(report)
    if not report.ok:
        ctx.exit(1)


@contextlib.contextmanager
def _files_bar(total: int) -> Iterator[Callable[[Path], None]]:
    """A progress bar over files that shows documents per second."""
    started = time.monotonic()
    done = 0

    def rate(_item: object) -> str:
        elapsed = time.monotonic() - started
        return f"{done / elapsed:,.0f} docs/s" if elapsed > 0 and done else ""

    terminal = getattr(sys.stderr, "unescaped", sys.stderr)  # its \r redraws the bar
    with click.progressbar(
        length=total, label="Ingesting", file=terminal, item_show_func=rate
    ) as bar:

        def on_file(_path: Path) -> None:
            nonlocal done
            done += 1
            bar.update(1, _path)

        yield on_file


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    required=True,
    help="Facts file to write (JSON Lines, docs/facts-format.md), or - for stdout.",
)
@click.option(
    "--names-from",
    "names_from",
    metavar="SPEC",
    help="Resolve names against this store's (read-only). Default: the reference knowledge base.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=None,
    help="Processes reading and extracting documents (default: the CPU count).",
)
@click.option(
    "--reveal-protected",
    is_flag=True,
    help="Write protected persons' names as the documents give them (no pseudonyms): the "
    "file is then as sensitive as the documents.",
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def extract(
    ctx: click.Context,
    paths: tuple[Path, ...],
    output: Path,
    names_from: str | None,
    workers: int | None,
    reveal_protected: bool,
    fmt: str,
) -> None:
    """Extract facts from files into a facts file, writing no store (the map step).

    `lgraph ingest FACTS.jsonl` loads the result into any store, as ingesting PATHS would.
    Protected persons are pseudonymised in it as in a store, with the vault (--vault, else
    that of --names-from, else that of the store named by --store or the environment)."""
    from liability_graph.loaders.mapstep import extract_facts, names_context
    from liability_graph.loaders.parallel import default_workers
    from liability_graph.privacy.factsfiles import private_file
    from liability_graph.privacy.protect import Protector
    from liability_graph.privacy.vault import Vault
    from liability_graph.settings import resolve_store, resolve_vault

    flag = ctx.obj.get("vault") if ctx.obj else None
    if names_from:
        with open_store(names_from, read_only=True, vault=flag) as store:
            context, label = names_context(store)
            vault = Vault.for_store(store)
    else:
        context, label = names_context(None)
        vault = Vault(resolve_vault(resolve_store(ctx.obj.get("store") if ctx.obj else None), flag))
    protector = None if reveal_protected else Protector(vault)
    if protector is not None:
        protector.add_names_to(context.names)  # as ingest: the real names the store lost
    workers = workers or default_workers()
    to_stdout = str(output) == "-"
    with private_file(None if to_stdout else output) as clear:
        with clear.open("wb") as stream:
            report = extract_facts(paths, stream, context, names_label=label, workers=workers)
        if protector is not None:
            for item in report.skipped:  # messages may quote a file: never a protected name
                item.reason = protector.redact_text(item.reason, given=True) or item.reason
                item.path = protector.redact_text(item.path, url=True) or item.path
        if to_stdout:
            _write_facts(clear, sys.stdout.buffer, protector)
        else:
            partial = output.with_name(output.name + ".partial")
            with partial.open("wb") as stream:
                _write_facts(clear, stream, protector)
            partial.replace(output)  # a facts file is whole or absent
    out = sys.stderr if to_stdout else sys.stdout
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2), file=out)
    else:
        click.echo(f"Sources written: {report.sources}; names from the {label}", file=out)
        for item in report.skipped:
            click.echo(f"  skipped {item}", err=True)
    if not report.ok:
        sys.exit(1)


def _write_facts(clear: Path, out, protector) -> None:
    """The facts file, pseudonymised (privacy/factsfiles.py) unless revealing."""
    if protector is None:
        with clear.open("rb") as stream:
            shutil.copyfileobj(stream, out)
        return
    from liability_graph.privacy.factsfiles import pseudonymise_facts_file

    pseudonymise_facts_file(clear, out, protector)


def _print_ingest_report(report) -> None:
    s = report.summary
    if report.reference_loaded:
        click.echo("Loaded the reference knowledge base into the new store.")
    skipped_files = sorted({item.path for item in report.skipped})
    click.echo(f"Documents read: {report.documents_read}; skipped: {len(skipped_files)}")
    for item in report.skipped:
        click.echo(f"  skipped {item}", err=True)
    click.echo(f"Entities: {s.entities_added} added, {s.entities_updated} updated")
    click.echo(f"Relationships: {s.relationships_added} added, {s.relationships_updated} updated")
    if s.relationships_rejected or s.evidence_rejected:
        click.echo(
            f"Kept out by review decisions: {s.relationships_rejected} rejected relationship(s), "
            f"{s.evidence_rejected} piece(s) of rejected evidence; "
            "see `lgraph review facts --review rejected`"
        )
    if s.documents_replaced:
        click.echo(
            f"Replaced the earlier version of {s.documents_replaced} document(s): "
            f"{s.entities_removed} entities and {s.relationships_removed} relationships "
            "that only they supported were removed"
        )
    if report.review_flagged:
        click.echo(
            f"Names to review: {report.review_flagged} pair(s) may name the same entity; "
            "see `lgraph review`"
        )


# -- reading ----------------------------------------------------------------------------


def limit_option(what: str = "rows"):
    """`--limit N`: the row limit every list query takes (queries.LIMIT_PARAM)."""
    from liability_graph.queries import DEFAULT_LIMIT

    return click.option(
        "--limit",
        type=click.IntRange(min=0),
        default=None,
        help=f"Show at most N {what}, the first in the query's order (default "
        f"{DEFAULT_LIMIT}; 0 for all). A note says when more match.",
    )


def _notes(result) -> None:
    """The result's notes (rows cut by the limit, labels the graph lacks), on stderr so
    that JSON and CSV on stdout stay parseable."""
    for note in result.notes:
        click.echo(f"Note: {note}", err=True)


@cli.command()
@click.option("--format", "fmt", type=FORMATS, default="table")
@click.pass_context
def stats(ctx: click.Context, fmt: str) -> None:
    """Count nodes and relationships per type."""
    with _store(ctx, read_only=True) as store:
        counts = store.counts()
    if fmt == "json":
        click.echo(json.dumps(counts, indent=2))
        return
    rows = [["node", t, n] for t, n in counts["nodes"].items()]
    rows += [["relationship", t, n] for t, n in counts["relationships"].items()]
    emit(["kind", "type", "count"], rows, fmt)


@cli.command()
@click.argument("query")
@click.option("--param", "-p", "params", multiple=True, metavar="K=V", help="K=text or K:=JSON.")
@click.option("--format", "fmt", type=FORMATS, default="table")
@reveal_option
@click.pass_context
def cypher(
    ctx: click.Context, query: str, params: tuple[str, ...], fmt: str, reveal_protected: bool
) -> None:
    """Run a read-only Cypher QUERY ('-' reads it from stdin). Writes are refused."""
    from liability_graph.queries import decode_evidence

    text = _stdin_text() if query == "-" else query
    values = parse_params(params)
    with _store(ctx, read_only=True) as store:
        revealer = _revealer(store, reveal_protected)
        result = decode_evidence(store.query(text, values))
    for note in result.notes:
        click.echo(f"Note: {note}", err=True)
    emit(result.columns, revealer.value(result.rows), fmt)


@cli.command()
@click.argument("name", required=False)
@click.argument("args", nargs=-1)
@click.option("--param", "-p", "params", multiple=True, metavar="K=V", help="K=text or K:=JSON.")
@click.option("--format", "fmt", type=FORMATS, default="table")
@click.option("--list", "list_only", is_flag=True, help="List the named queries.")
@click.option("--show", "show_text", is_flag=True, help="Print the query text for this store.")
@limit_option()
@reveal_option
@click.pass_context
def query(
    ctx: click.Context,
    name: str | None,
    args: tuple[str, ...],
    params: tuple[str, ...],
    fmt: str,
    list_only: bool,
    show_text: bool,
    limit: int | None,
    reveal_protected: bool,
) -> None:
    """Run the named query NAME; ARGS fill its required parameters in order.

    Entities are given by name, alias or id. `lgraph queries` lists every query with its
    parameters and an example, e.g. `lgraph query vendors_of Backpage`. Every query shows
    its first 100 rows (--limit N for more, 0 for all) and says when more match."""
    from liability_graph.queries import load_query, run_named

    if list_only or not name:
        ctx.invoke(queries_command, fmt=fmt)
        return
    named = load_query(name)
    values = _positional(named, args)
    values.update(parse_params(params))
    if limit is not None:
        values["limit"] = limit
    with _store(ctx, read_only=True) as store:
        if show_text:
            click.echo(load_query(name, store.dialect).text)
            return
        revealer = _revealer(store, reveal_protected)
        result = run_named(store, name, _real_names(revealer, values))
    _notes(result)
    emit(result.columns, revealer.value(result.rows), fmt)


def _positional(named, args: tuple[str, ...]) -> dict[str, Any]:
    """ARGS onto the query's required parameters, in the order they are declared."""
    from liability_graph.errors import ParameterError

    required = [p.name for p in named.required]
    if len(args) > len(required):
        takes = ", ".join(required) or "no arguments (use -p for optional parameters)"
        raise ParameterError(f"{named.name} takes {takes}; got {len(args)} argument(s)")
    return dict(zip(required, args, strict=False))


@cli.command("queries")
@click.option("--format", "fmt", type=FORMATS, default="table")
def queries_command(fmt: str) -> None:
    """List the named queries: what each answers, its parameters and an example.

    Every query takes `limit`: the first 100 rows in the query's order (routes for `path`),
    with a note when more match; --limit N or -p limit=N for more, 0 for all."""
    from liability_graph.queries import DEFAULT_LIMIT, load_query, query_names

    rows = []
    for name in query_names():
        named = load_query(name)
        params = [p.describe() for p in named.params.values()]
        if fmt == "table":
            rows.append([name, named.description, "\n".join(params), named.example])
        else:
            rows.append([name, named.description, params, named.example])
    emit(["query", "description", "parameters", "example"], rows, fmt)
    if fmt == "table":
        click.echo(
            f"Every query shows its first {DEFAULT_LIMIT} rows (routes for path) and says when "
            "more match: --limit N (or -p limit=N) for more, --limit 0 for all."
        )


@cli.command()
@click.argument("source")
@click.argument("target")
@click.option("--max-hops", type=click.IntRange(1, 6), default=4, show_default=True)
@limit_option("routes")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "table", "json", "csv"]), default="text"
)
@reveal_option
@click.pass_context
def path(
    ctx: click.Context,
    source: str,
    target: str,
    max_hops: int,
    limit: int | None,
    fmt: str,
    reveal_protected: bool,
) -> None:
    """The shortest paths from SOURCE to TARGET (names, aliases or ids), every hop with its
    status, dates and quotes. Hops may run either way; documents are left out."""
    from liability_graph.queries import run_named

    with _store(ctx, read_only=True) as store:
        revealer = _revealer(store, reveal_protected)
        values = _real_names(revealer, {"source": source, "target": target})
        values.update(max_hops=max_hops, limit=limit)
        result = _revealed(revealer, run_named(store, "path", values))
    _notes(result)
    if fmt != "text":
        _emit_grouped(result, "route", fmt)
        return
    ends = [result.entities["source"]["name"], result.entities["target"]["name"]]
    if not result.rows:
        click.echo(f"No path of at most {max_hops} hops between {ends[0]} and {ends[1]}.")
        return
    for _route, hops in _groups(result.records(), "route"):
        line = hops[0]["from_name"]
        for hop in hops:
            line += f" {_arrow(hop)} {hop['to_name']}"
        click.echo(line)
        for hop in hops:
            click.echo(f"  {hop['from_name']} {_arrow(hop)} {hop['to_name']}  [{_hop_facts(hop)}]")
            for item in hop["evidence"]:
                _print_evidence_item(item)
        click.echo()


def _arrow(hop: dict[str, Any]) -> str:
    return f"–{hop['type']}→" if hop["direction"] == "->" else f"←{hop['type']}–"


def _hop_facts(row: dict[str, Any]) -> str:
    parts = [row.get("status") or ""]
    for key, word in (("date_on", "on"), ("date_from", "from"), ("date_to", "to")):
        if row.get(key):
            parts.append(f"{word} {row[key]}")
    return ", ".join(p for p in parts if p)


def _groups(records: list[dict[str, Any]], key: str) -> list[tuple[Any, list[dict[str, Any]]]]:
    groups: dict[Any, list[dict[str, Any]]] = {}
    for record in records:
        groups.setdefault(record[key], []).append(record)
    return list(groups.items())


def _emit_grouped(result, key: str, fmt: str) -> None:
    if fmt == "json":
        data = [
            {key: value, "hops": [{k: v for k, v in r.items() if k != key} for r in rows]}
            for value, rows in _groups(result.records(), key)
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    emit(result.columns, result.rows, fmt)


def _print_evidence_item(item: dict[str, Any]) -> None:
    span = f" [{item['start']}:{item['end']}]" if item.get("start") is not None else ""
    click.echo(f'      "{" ".join(item["quote"].split())}"')
    where = item.get("source") or item.get("document")
    click.echo(f"        — {where}{span} ({item.get('status')}, {item.get('method')})")


@cli.command()
@click.argument("entity")
@click.option("--quotes", type=click.IntRange(min=0), default=1, show_default=True,
              help="Quotes shown under each dated relationship (text format).")  # fmt: skip
@limit_option("events")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "table", "json", "csv"]), default="text"
)
@reveal_option
@click.pass_context
def timeline(
    ctx: click.Context,
    entity: str,
    quotes: int,
    limit: int | None,
    fmt: str,
    reveal_protected: bool,
) -> None:
    """ENTITY's dated events in date order: its own dates (launched, filed, enacted…), its
    relationships' dates, and the filings, rulings and enactments of what it is linked to."""
    from liability_graph.queries import run_named

    with _store(ctx, read_only=True) as store:
        revealer = _revealer(store, reveal_protected)
        values = _real_names(revealer, {"entity": entity})
        result = _revealed(revealer, run_named(store, "timeline", {**values, "limit": limit}))
    _notes(result)
    if fmt != "text":
        emit(result.columns, result.rows, fmt)
        return
    subject = result.entities["entity"]
    click.echo(f"Timeline of {subject['name']}  [{subject['type']}]")
    if not result.rows:
        click.echo("  No dated events.")
    for row in result.records():
        click.echo(f"  {row['date']:<10}  {_event(subject['name'], row)}")
        shown = row["evidence"][:quotes]
        for item in shown:
            click.echo(f'              "{" ".join(item["quote"].split())}"')
            click.echo(f"                — {item.get('source') or item.get('document')}")
        if len(row["evidence"]) > len(shown) and quotes:
            click.echo(f"              (+{len(row['evidence']) - len(shown)} more quotes)")


_OWN_EVENTS = {"on": "", "from": "begins", "to": "ends"}


def _event(subject: str, row: dict[str, Any]) -> str:
    """One timeline row as a sentence-like line."""
    event, other = row["event"], row["other_name"]
    if row["type"] is None:
        return f"{subject} {event}"
    link = f"{subject} {_arrow(row)} {other}"
    if event in _OWN_EVENTS:
        word = _OWN_EVENTS[event]
        return f"{link}{' ' + word if word else ''}  [{row['status']}]"
    return f"{other} {event}  ({link})"


@cli.command()
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@reveal_option
@click.pass_context
def show(ctx: click.Context, name: str, fmt: str, reveal_protected: bool) -> None:
    """An entity (by name, alias or id), its aliases and its relationships with evidence."""
    from liability_graph.queries.entities import describe

    with _store(ctx, read_only=True) as store:
        redactor = _revealer(store, reveal_protected)
        view = describe(store, redactor.lookup(name) or name)
    entity = redactor.entity(view.entity)
    if fmt == "json":
        data = {
            "id": entity.key,
            "type": entity.type,
            "name": entity.name,
            "aliases": entity.aliases,
            "description": entity.description,
            "properties": entity.properties,
            "sources": entity.sources,
            "relationships": [
                {
                    "direction": link.direction,
                    "type": link.type,
                    "other": {
                        "id": link.other_id,
                        "type": link.other_type,
                        "name": redactor.name(link.other_id, link.other_name),
                    },
                    "status": link.status,
                    "date_on": link.date_on,
                    "date_from": link.date_from,
                    "date_to": link.date_to,
                    "evidence": [redactor.evidence(e).to_dict() for e in link.evidence],
                }
                for link in view.links
            ],
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{entity.name}  [{entity.type}]  {entity.key}")
    if entity.aliases:
        click.echo(f"  aliases: {', '.join(entity.aliases)}")
    if entity.description:
        click.echo(f"  {entity.description}")
    for key, value in sorted(entity.properties.items()):
        click.echo(f"  {key}: {value}")
    for link in view.links:
        other = redactor.name(link.other_id, link.other_name)
        arrow = f"-{link.type}-> {other}" if link.direction == "out" else f"<-{link.type}- {other}"
        click.echo(f"\n  {arrow}  [{link.status}{_dates(link)}]")
        for item in link.evidence:
            _print_evidence(redactor.evidence(item))


def _dates(link) -> str:
    parts = []
    if link.date_on:
        parts.append(f"on {link.date_on}")
    if link.date_from:
        parts.append(f"from {link.date_from}")
    if link.date_to:
        parts.append(f"to {link.date_to}")
    return (", " + ", ".join(parts)) if parts else ""


def _print_evidence(item) -> None:
    span = f" [{item.start}:{item.end}]" if item.start is not None else ""
    click.echo(f'      "{item.quote}"')
    click.echo(f"        — {item.source or item.document}{span} ({item.status}, {item.method})")


@cli.command()
@click.argument("vendor", required=False)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@reveal_option
@click.pass_context
def chain(ctx: click.Context, vendor: str | None, fmt: str, reveal_protected: bool) -> None:
    """Vendor -SERVICED-> Platform -PROMPTED-> Law chains, with the evidence for every hop."""
    from liability_graph.queries.chains import liability_chains

    with _store(ctx, read_only=True) as store:
        revealer = _revealer(store, reveal_protected)
        chains = liability_chains(store, vendor)
    for c in chains:
        for hop in c.hops:
            hop.source, hop.target = revealer.text(hop.source), revealer.text(hop.target)
            hop.detail = revealer.text(hop.detail)
            hop.evidence = [revealer.evidence(e) for e in hop.evidence]
    if fmt == "json":
        data = [
            {
                "vendor": c.vendor_id,
                "platform": c.platform_id,
                "law": c.law_id,
                "owner": c.owner_id,
                "hops": [
                    {
                        "source": h.source,
                        "type": h.type,
                        "target": h.target,
                        "status": h.status,
                        "detail": h.detail,
                        "evidence": [e.to_dict() for e in h.evidence],
                    }
                    for h in c.hops
                ],
            }
            for c in chains
        ]
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if not chains:
        click.echo("No Vendor -SERVICED-> Platform -PROMPTED-> Law chain found.")
        return
    for c in chains:
        path = [c.hops[0].source] + [f"-{h.type}-> {h.target}" for h in c.hops]
        click.echo(" ".join(path))
        for hop in c.hops:
            detail = f", {hop.detail}" if hop.detail else ""
            click.echo(f"  {hop.source} -{hop.type}-> {hop.target}  [{hop.status}{detail}]")
            for item in hop.evidence:
                _print_evidence(item)
        click.echo()


@cli.command()
@click.argument("name")
@limit_option("cases")
@click.option("--format", "fmt", type=FORMATS, default="table")
@reveal_option
@click.pass_context
def cases(
    ctx: click.Context, name: str, limit: int | None, fmt: str, reveal_protected: bool
) -> None:
    """Cases in which NAME is a defendant, with status and the first quote."""
    from liability_graph.queries import run_named

    with _store(ctx, read_only=True) as store:
        revealer = _revealer(store, reveal_protected)
        values = {"entity": revealer.lookup(name) or name, "limit": limit}
        result = run_named(store, "cases_against", values)
    _notes(result)
    columns = ["case", "kind", "filed", "status", "charges", "quote"]
    table = []
    for row in result.records():
        quotes = [e["quote"] for e in row["evidence"]]
        table.append(
            [
                row["case_name"],
                row["kind"],
                row["filed"],
                row["status"],
                row["charges"],
                quotes[0] if quotes else "",
            ]
        )
    if fmt == "table":
        entity = result.entities["entity"]
        click.echo(f"Cases against {revealer.name(entity['id'], entity['name'])}:")
    emit(columns, revealer.value(table), fmt)


# -- documents --------------------------------------------------------------------------


@cli.command()
@click.option("--format", "fmt", type=FORMATS, default="table")
@reveal_option
@click.pass_context
def documents(ctx: click.Context, fmt: str, reveal_protected: bool) -> None:
    """List the stored documents: where each was read from, and how many facts cite it."""
    from liability_graph.graph.documents import list_documents

    with _store(ctx, read_only=True) as store:
        revealer = _revealer(store, reveal_protected)
        stored = [revealer.value(d.as_dict()) for d in list_documents(store)]
    columns = ["id", "title", "source", "url", "kind", "published", "language", "facts", "mentions"]
    if fmt == "table":
        columns = ["id", "title", "source", "published", "facts", "mentions"]
    emit(columns, [[d[c] for c in columns] for d in stored], fmt)


@cli.command()
@click.argument("refs", nargs=-1, required=True, metavar="DOC...")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def remove(ctx: click.Context, refs: tuple[str, ...], fmt: str) -> None:
    """Remove documents (by path, URL or id) with their evidence, the relationships left
    without evidence and the extracted entities left unlinked; all or nothing.

    Reference and curated entities stay. A path removes every document read from that file."""
    from liability_graph.graph.documents import remove_documents
    from liability_graph.privacy.protect import Protector
    from liability_graph.privacy.vault import Vault

    with _store(ctx, read_only=False) as store:
        vault = Vault.for_store(store)
        if vault.exists():  # a path or URL naming a protected person is stored pseudonymised
            protector = Protector(vault)
            refs = tuple(protector.redact_text(r, url=True) or r for r in refs)
        report = remove_documents(store, list(refs))
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"Removed {len(report.documents)} document(s): {', '.join(report.documents)}")
    click.echo(
        f"Entities removed: {report.entities_removed}; relationships removed: "
        f"{report.relationships_removed}; relationships that kept other evidence: "
        f"{report.relationships_changed}"
    )


# -- export and schema ------------------------------------------------------------------


@cli.group()
def export() -> None:
    """Write the graph out: JSON, HTML, GraphML, GEXF, CSV, Cypher or FtM."""


def _split_names(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(n.strip() for v in values for n in v.split(",") if n.strip())


def export_options(func):
    """What every export command takes: the selection, the output and --reveal-protected."""
    options = [
        click.option("--around", metavar="NAME", help="Only the entities near NAME (a name, alias or id)."),
        click.option("--hops", type=click.IntRange(min=0), default=1, show_default=True,
                     help="How far from --around NAME."),
        click.option("--query", "query_name", metavar="NAME",
                     help="Only the entities and relationships a named query returns."),
        click.option("--param", "-p", "params", multiple=True, metavar="K=V",
                     help="Parameter of --query: K=text or K:=JSON."),
        click.option("--types", multiple=True, metavar="T,...",
                     help="Node and/or relationship types to keep (repeatable)."),
        click.option("--status", "statuses", multiple=True, metavar="S,...",
                     help="Relationship statuses to keep (repeatable)."),
        click.option("--since", metavar="DATE", help="Relationships dated on or after DATE."),
        click.option("--until", metavar="DATE", help="Relationships dated on or before DATE."),
        reveal_option,
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


def _export_model(ctx: click.Context, store: Store, documents: bool = True, **opts: Any):
    from liability_graph.export.model import ExportModel, Selection

    selection = Selection(
        around=opts["around"],
        hops=opts["hops"],
        query=opts["query_name"],
        params=parse_params(opts["params"]),
        types=_split_names(opts["types"]),
        statuses=_split_names(opts["statuses"]),
        since=opts["since"],
        until=opts["until"],
        documents=documents,
    )
    return ExportModel(store, selection, reveal_protected=opts["reveal_protected"])


def _export_stream(ctx: click.Context, write: Any, output: str, **opts: Any) -> None:
    """One file (or stdout) written by an export writer from the selected, redacted model."""
    with _store(ctx, read_only=True) as store, _open_output(output) as out:
        counts = write(_export_model(ctx, store, **opts), out)
    _wrote(counts, output)


def _wrote(counts: dict[str, int], output: str) -> None:
    if output != "-":
        click.echo(
            f"Wrote {counts['nodes']} nodes and {counts['links']} links to {output}", err=True
        )


def _open_output(output: str, binary: bool = False):
    """The file to write to ('-' is stdout), created only when the export succeeds."""
    from liability_graph.export.files import open_output

    return open_output(output, binary=binary)


@export.command("json")
@click.option("-o", "--output", default="-", metavar="FILE", help="File to write, or - for stdout.")
@export_options
@click.pass_context
def export_json(ctx: click.Context, output: str, **opts: Any) -> None:
    """Node-link JSON of every node and link, with evidence (networkx reads it back)."""
    from liability_graph.export.json_export import write_json

    with _store(ctx, read_only=True) as store, _open_output(output) as out:
        counts = write_json(_export_model(ctx, store, **opts), out)
    _wrote(counts, output)


@export.command("html")
@click.option("-o", "--output", default="-", metavar="FILE", help="File to write, or - for stdout.")
@export_options
@click.option(
    "--documents",
    is_flag=True,
    help="Also draw Document nodes and MENTIONS (evidence names its documents anyway).",
)
@click.option("--title", metavar="TEXT", help="The page title.")
@click.option(
    "--layout",
    type=click.Choice(["auto", "browser", "python"]),
    default="auto",
    show_default=True,
    help="Who lays the graph out: the browser once (small graphs), or Python (large).",
)
@click.pass_context
def export_html(
    ctx: click.Context, output: str, documents: bool, title: str | None, layout: str, **opts: Any
) -> None:
    """One self-contained, offline HTML view: search, filters, evidence on every edge, paths."""
    from liability_graph.export.html import write_html

    with _store(ctx, read_only=True) as store, _open_output(output) as out:
        model = _export_model(ctx, store, documents=documents, **opts)
        counts = write_html(model, out, title=title, layout=layout)
    _wrote(counts, output)


@export.command("graphml")
@click.option("-o", "--output", default="-", metavar="FILE", help="File to write, or - for stdout.")
@export_options
@click.pass_context
def export_graphml(ctx: click.Context, output: str, **opts: Any) -> None:
    """GraphML with typed attributes (yEd, Gephi, Cytoscape, networkx); evidence as JSON."""
    from liability_graph.export.graphml import write_graphml

    _export_stream(ctx, write_graphml, output, **opts)


@export.command("gexf")
@click.option("-o", "--output", default="-", metavar="FILE", help="File to write, or - for stdout.")
@export_options
@click.pass_context
def export_gexf(ctx: click.Context, output: str, **opts: Any) -> None:
    """GEXF 1.2 for Gephi, coloured by node type; evidence as a JSON attribute."""
    from liability_graph.export.gexf import write_gexf

    _export_stream(ctx, write_gexf, output, **opts)


@export.command("csv")
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="FOLDER",
    help="Folder for nodes.csv and relationships.csv (created if missing).",
)
@export_options
@click.pass_context
def export_csv(ctx: click.Context, output: str, **opts: Any) -> None:
    """nodes.csv and relationships.csv with the headers `neo4j-admin database import` reads."""
    from liability_graph.export.csv_export import import_command, write_csv
    from liability_graph.export.files import output_folder

    with _store(ctx, read_only=True) as store, output_folder(output) as folder:
        counts = write_csv(_export_model(ctx, store, **opts), folder)
    _wrote(counts, output)
    click.echo(f"Import into an empty database with:\n  {import_command(output)}", err=True)


@export.command("cypher")
@click.option("-o", "--output", default="-", metavar="FILE", help="File to write, or - for stdout.")
@export_options
@click.pass_context
def export_cypher(ctx: click.Context, output: str, **opts: Any) -> None:
    """A parameter-free, idempotent MERGE script that rebuilds the graph in Neo4j."""
    from liability_graph.export.cypher_export import write_cypher

    _export_stream(ctx, write_cypher, output, **opts)


@export.command("ftm")
@click.option("-o", "--output", default="-", metavar="FILE", help="File to write, or - for stdout.")
@export_options
@click.pass_context
def export_ftm(ctx: click.Context, output: str, **opts: Any) -> None:
    """FollowTheMoney entities as JSON lines (Aleph, OpenSanctions); `lgraph ingest` reads them."""
    from liability_graph.export.ftm import write_ftm

    _export_stream(ctx, write_ftm, output, **opts)


@cli.command()
@click.option(
    "--format", "fmt", type=click.Choice(["markdown", "ladybug", "neo4j"]), default="markdown"
)
def ontology(fmt: str) -> None:
    """Print the ontology as Markdown, or the DDL / constraints generated from it."""
    from liability_graph.graph import ontology as onto

    loaded = onto.load_ontology()
    if fmt == "markdown":
        click.echo(onto.markdown(loaded), nl=False)
    elif fmt == "ladybug":
        click.echo(";\n".join(onto.ladybug_ddl(loaded)) + ";")
    else:
        statements = onto.neo4j_constraints(loaded) + onto.neo4j_indexes(loaded)
        click.echo(";\n".join(statements) + ";")


# -- commands added by other modules go below this line ---------------------------------


@cli.command("eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option(
    "--errors",
    "show_errors",
    is_flag=True,
    help="Also list false positives/negatives and matched facts whose dates differ.",
)
@click.option(
    "--files",
    metavar="SPEC",
    help="Score only these gold documents: ranges of leading numbers or globs, e.g. 01-20 or '*_nl_*'.",
)
@click.option(
    "--no-reference",
    is_flag=True,
    help="Run as on a store built with `ingest --no-reference` (no reference names or facts).",
)
def eval_command(
    corpus: Path, gold: Path, fmt: str, show_errors: bool, files: str | None, no_reference: bool
) -> None:
    """Score the document loaders on an annotated CORPUS against its GOLD file (in memory):
    precision, recall and status accuracy per relationship type and per language."""
    from liability_graph.evaluation import TABLE_COLUMNS, evaluate

    report = evaluate(corpus, gold, files=files, reference=not no_reference)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    emit(TABLE_COLUMNS, report.rows(), "table")
    for code in sorted(report.by_language):
        click.echo(f"\nlanguage {code}:")
        emit(TABLE_COLUMNS, report.language_rows(code), "table")
    click.echo()
    click.echo(report.summary())
    for document, reason in report.skipped:
        click.echo(f"skipped {document}: {reason}", err=True)
    if show_errors:
        for title, misses in (
            ("False positives", report.false_positives),
            ("False negatives", report.false_negatives),
            ("Dates that differ", report.date_misses),
        ):
            click.echo(f"\n{title} ({len(misses)}):")
            for miss in misses:
                click.echo(f"  {miss}")


@cli.group(invoke_without_command=True)
@click.option("--same", nargs=2, metavar="A B", help="One entity: merge B into A (ids or names).")
@click.option("--different", nargs=2, metavar="A B", help="Two entities: never merge them.")
@click.option("--type", "types", multiple=True, help="List only pairs of this type (repeatable).")
@click.option("--limit", type=click.IntRange(min=1), help="List at most this many pairs.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@reveal_option
@click.pass_context
def review(
    ctx: click.Context,
    same: tuple[str, str] | None,
    different: tuple[str, str] | None,
    types: tuple[str, ...],
    limit: int | None,
    fmt: str,
    reveal_protected: bool,
) -> None:
    """List entity pairs that may be one entity, or record a decision (kept in the store).

    `lgraph review facts` reviews relationships instead: reject or confirm them."""
    from liability_graph.loaders.review import mark_different, mark_same, pending_reviews

    if ctx.invoked_subcommand is not None:
        if same or different or types or limit:
            raise click.UsageError("give entity review options without a subcommand")
        return
    if same and different:
        raise click.UsageError("give --same or --different, not both")
    if same or different:
        with _store(ctx, read_only=False) as store:
            if same:
                data = mark_same(store, *same).as_dict()
                text = f"Merged {data['removed']} into {data['kept']}; "
                text += f"{data['relationships_moved']} relationship(s) moved."
            else:
                a, b = mark_different(store, *different)
                data = {"different": [a, b]}
                text = f"Recorded: {a} and {b} are different."
        click.echo(json.dumps(data, ensure_ascii=False, indent=2) if fmt == "json" else text)
        return
    with _store(ctx, read_only=True) as store:
        revealer = _revealer(store, reveal_protected)
        reveal = revealer.entity if reveal_protected else None
        pairs = pending_reviews(store, types=types or None, reveal=reveal)[:limit]
    pairs = [p.redacted(revealer) for p in pairs]
    if fmt == "json":
        click.echo(json.dumps([p.as_dict() for p in pairs], ensure_ascii=False, indent=2))
        return
    rows = [
        [d["score"], d["a"], d["b"], ", ".join(d["a_names"]), ", ".join(d["b_names"])]
        for d in (p.as_dict() for p in pairs)
    ]
    emit(["score", "a", "b", "names of a", "names of b"], rows, "table")
    if pairs:
        click.echo("\nDecide with: lgraph review --same A B (merges B into A) | --different A B")


@review.command("facts")
@click.option(
    "--reject",
    "reject",
    multiple=True,
    metavar="ID",
    help="Remove this fact; its evidence never brings it back (repeatable).",
)
@click.option(
    "--confirm",
    "confirm",
    multiple=True,
    metavar="ID",
    help="Mark this fact confirmed; its status is unchanged (repeatable).",
)
@click.option(
    "--undo",
    "undo",
    multiple=True,
    metavar="ID",
    help="Forget the decision on this fact (a rejected one is restored).",
)
@click.option("--note", help="Why: kept with the decisions taken in this command.")
@click.option(
    "--type",
    "types",
    multiple=True,
    metavar="TYPE",
    help="List only relationships of this type (repeatable).",
)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    metavar="STATUS",
    help="List only facts with this status: alleged, established, ruled (repeatable).",
)
@click.option(
    "--review",
    "reviews",
    multiple=True,
    type=click.Choice(["unreviewed", "confirmed", "reopened", "rejected"]),
    help="List only facts in this review state (repeatable; default: all but rejected).",
)
@click.option(
    "--document",
    "documents",
    multiple=True,
    metavar="DOC",
    help="Only evidence from this document: key, title, path, URL or file name.",
)
@click.option(
    "--min-confidence", type=click.FloatRange(0, 1), help="Only evidence at least this sure."
)
@click.option(
    "--max-confidence", type=click.FloatRange(0, 1), help="Only evidence at most this sure."
)
@click.option(
    "--curated", is_flag=True, help="Also list evidence from fact files and the reference base."
)
@click.option("--limit", type=click.IntRange(min=1), help="List at most this many facts.")
@click.option("--format", "fmt", type=FORMATS, default="table")
@reveal_option
@click.pass_context
def review_facts_command(
    ctx: click.Context,
    reject: tuple[str, ...],
    confirm: tuple[str, ...],
    undo: tuple[str, ...],
    note: str | None,
    types: tuple[str, ...],
    statuses: tuple[str, ...],
    reviews: tuple[str, ...],
    documents: tuple[str, ...],
    min_confidence: float | None,
    max_confidence: float | None,
    curated: bool,
    limit: int | None,
    fmt: str,
    reveal_protected: bool,
) -> None:
    """List extracted relationships with their quotes, or reject or confirm them by ID.

    Decisions are kept in the store and every later ingest respects them. --reject removes
    the fact and blocks all of its evidence: the same document at the same place (or with
    the same quote), or a new version of it (same path or URL) with the same sentence, never
    brings it back, whichever rule reads it. Evidence for the same fact from another
    document can; the fact is then listed as "reopened". --confirm sets `confirmed: true`
    on the relationship, which stays set across re-ingests.

    An ID is the first digits shown in the list; any unique prefix of 4 or more digits, or
    the full relationship key, is accepted."""
    from liability_graph.loaders.fact_review import (
        CSV_COLUMNS,
        TABLE_COLUMNS,
        FactFilter,
        flat_rows,
        list_facts,
        review_facts,
    )

    if reject or confirm or undo:
        with _store(ctx, read_only=False) as store:
            done = review_facts(store, reject=reject, confirm=confirm, undo=undo, note=note)
        if fmt == "json":
            click.echo(json.dumps([d.as_dict() for d in done], ensure_ascii=False, indent=2))
            return
        if fmt == "csv":
            emit(
                ["action", "id", "key", "message"],
                [[d.action, d.id, d.key, d.message] for d in done],
                fmt,
            )
            return
        for d in done:
            click.echo(f"{d.action.capitalize()} {d.id} ({d.key}): {d.message}")
        return
    wanted = FactFilter(
        types=types,
        statuses=statuses,
        reviews=reviews,
        documents=documents,
        min_confidence=min_confidence,
        max_confidence=max_confidence,
        curated=curated,
        limit=limit,
    )
    with _store(ctx, read_only=True) as store:
        revealer = _revealer(store, reveal_protected)
        rows = list_facts(store, wanted)
    rows = [row.redacted(revealer) for row in rows]
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        emit(CSV_COLUMNS, flat_rows(rows), fmt)
        return
    emit(TABLE_COLUMNS, flat_rows(rows, table=True), fmt)
    if rows:
        click.echo("\nDecide with: lgraph review facts --reject ID | --confirm ID | --undo ID")


@cli.command("sync")
@click.option("--from", "source", required=True, metavar="SPEC", help="Store to copy from.")
@click.option("--to", "target", required=True, metavar="SPEC", help="Store to copy into.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Facts per batch.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def sync_command(source: str, target: str, batch_size: int | None, fmt: str) -> None:
    """Copy a whole graph between stores (embedded <-> Neo4j); merges into what is there.

    SPECs are as for --store; a Neo4j SPEC takes its credentials from NEO4J_USERNAME,
    NEO4J_PASSWORD and NEO4J_DATABASE. The source's vault of protected identities is merged
    into the target's default vault (never into a database)."""
    from liability_graph.graph.store import DEFAULT_BATCH_SIZE
    from liability_graph.graph.sync import sync
    from liability_graph.privacy.vault import Vault

    if source == target:
        raise click.UsageError("--from and --to name the same store")
    with open_store(source, read_only=True) as src, open_store(target) as dst:
        # the copy's pseudonyms are revealed by the target's vault, which takes in the source's
        source_vault, target_vault = Vault.for_store(src), Vault.for_store(dst)
        if source_vault.exists():
            target_vault.absorb(source_vault)
        summary = sync(src, dst, batch_size=batch_size or DEFAULT_BATCH_SIZE)
    if fmt == "json":
        click.echo(json.dumps(summary.as_dict(), indent=2))
        return
    click.echo(f"Entities: {summary.entities_added} added, {summary.entities_updated} updated")
    click.echo(
        f"Relationships: {summary.relationships_added} added, "
        f"{summary.relationships_updated} updated"
    )


def main() -> None:
    cli(prog_name="lgraph")


if __name__ == "__main__":
    main()
