"""`lgraph`: a thin command line over the library. Commands parse, call, and format; nothing more."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from liability_graph import __version__
from liability_graph.errors import LiabilityGraphError
from liability_graph.graph.store import Store, open_store

FORMATS = click.Choice(["table", "json", "csv"])
PROGRESS_MIN_FILES = 10


# -- plumbing ---------------------------------------------------------------------------


class LGraphGroup(click.Group):
    """Turns library errors into one message and a hint, with exit code 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except LiabilityGraphError as exc:
            click.echo(f"Error: {exc}", err=True)
            if exc.hint:
                click.echo(f"Hint: {exc.hint}", err=True)
            ctx.exit(1)


def _store(ctx: click.Context, read_only: bool) -> Store:
    spec = ctx.obj.get("store") if ctx.obj else None
    return open_store(spec, read_only=read_only)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit(columns: Sequence[str], rows: Sequence[Sequence[Any]], fmt: str) -> None:
    """Print rows as an aligned table, a JSON list of objects, or CSV."""
    if fmt == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        click.echo(json.dumps(records, ensure_ascii=False, indent=2, default=str))
        return
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([[_cell(v) for v in row] for row in rows])
        click.echo(buffer.getvalue(), nl=False)
        return
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [len(c) for c in columns]
    for row in cells:
        widths = [min(max(w, len(v)), 80) for w, v in zip(widths, row, strict=True)]
    line = "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))
    click.echo(line.rstrip())
    click.echo("  ".join("-" * w for w in widths))
    for row in cells:
        shown = [v if len(v) <= w else v[: w - 1] + "…" for v, w in zip(row, widths, strict=True)]
        click.echo("  ".join(v.ljust(w) for v, w in zip(shown, widths, strict=True)).rstrip())


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
@click.pass_context
def cli(ctx: click.Context, store: str | None) -> None:
    """Build and question a knowledge graph of platforms, vendors, laws and cases."""
    ctx.ensure_object(dict)
    ctx.obj["store"] = store


# -- ingest -----------------------------------------------------------------------------


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--no-reference", is_flag=True, help="Do not load the reference knowledge base.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[Path, ...], no_reference: bool, fmt: str) -> None:
    """Read files and folders (recursively) into the graph; exit 1 if any file was skipped."""
    from liability_graph.loaders.ingest import IngestReport, collect_files
    from liability_graph.loaders.ingest import ingest as run_ingest

    pre = IngestReport()
    files = collect_files(paths, pre)
    show_bar = len(files) >= PROGRESS_MIN_FILES and fmt == "table" and sys.stderr.isatty()
    with _store(ctx, read_only=False) as store:
        if not show_bar:
            report = run_ingest(store, files, reference=not no_reference)
        else:
            with click.progressbar(length=len(files), label="Ingesting", file=sys.stderr) as bar:
                report = run_ingest(
                    store, files, reference=not no_reference, on_file=lambda _p: bar.update(1)
                )
    report.skipped = pre.skipped + report.skipped
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        _print_ingest_report(report)
    if not report.ok:
        ctx.exit(1)


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
    if report.review_flagged:
        click.echo(
            f"Names to review: {report.review_flagged} pair(s) may name the same entity; "
            "see `lgraph review`"
        )


# -- reading ----------------------------------------------------------------------------


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
@click.pass_context
def cypher(ctx: click.Context, query: str, params: tuple[str, ...], fmt: str) -> None:
    """Run a read-only Cypher QUERY ('-' reads it from stdin). Writes are refused."""
    text = sys.stdin.read() if query == "-" else query
    values = parse_params(params)
    with _store(ctx, read_only=True) as store:
        result = store.query(text, values)
    emit(result.columns, result.rows, fmt)


@cli.command()
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="K=V", help="K=text or K:=JSON.")
@click.option("--format", "fmt", type=FORMATS, default="table")
@click.option("--list", "list_only", is_flag=True, help="List the named queries.")
@click.option("--show", "show_text", is_flag=True, help="Print the query text for this store.")
@click.pass_context
def query(
    ctx: click.Context,
    name: str | None,
    params: tuple[str, ...],
    fmt: str,
    list_only: bool,
    show_text: bool,
) -> None:
    """Run a named query from liability_graph/queries/ (see --list)."""
    from liability_graph.queries import load_query, query_names, run_named

    if list_only or not name:
        rows = [
            [n, load_query(n).description, ", ".join(load_query(n).params)] for n in query_names()
        ]
        emit(["name", "description", "params"], rows, fmt)
        return
    with _store(ctx, read_only=True) as store:
        if show_text:
            click.echo(load_query(name, store.dialect).text)
            return
        result = run_named(store, name, parse_params(params))
    emit(result.columns, result.rows, fmt)


@cli.command()
@click.argument("name")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text")
@click.option("--reveal-protected", is_flag=True, help="Show protected persons' real names.")
@click.pass_context
def show(ctx: click.Context, name: str, fmt: str, reveal_protected: bool) -> None:
    """An entity (by name, alias or id), its aliases and its relationships with evidence."""
    from liability_graph.export.json_export import protected_redactor
    from liability_graph.queries.entities import describe

    with _store(ctx, read_only=True) as store:
        view = describe(store, name)
        redactor = protected_redactor(store, reveal_protected)
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
@click.pass_context
def chain(ctx: click.Context, vendor: str | None, fmt: str) -> None:
    """Vendor -SERVICED-> Platform -PROMPTED-> Law chains, with the evidence for every hop."""
    from liability_graph.queries.chains import liability_chains

    with _store(ctx, read_only=True) as store:
        chains = liability_chains(store, vendor)
    if fmt == "json":
        data = [
            {
                "vendor": c.vendor_id,
                "platform": c.platform_id,
                "law": c.law_id,
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
        names = [c.hops[0].source, c.hops[0].target, c.hops[1].target]
        click.echo(f"{names[0]} -SERVICED-> {names[1]} -PROMPTED-> {names[2]}")
        for hop in c.hops:
            detail = f", {hop.detail}" if hop.detail else ""
            click.echo(f"  {hop.source} -{hop.type}-> {hop.target}  [{hop.status}{detail}]")
            for item in hop.evidence:
                _print_evidence(item)
        click.echo()


@cli.command()
@click.argument("name")
@click.option("--format", "fmt", type=FORMATS, default="table")
@click.pass_context
def cases(ctx: click.Context, name: str, fmt: str) -> None:
    """Cases in which NAME is a defendant, with status and the first quote."""
    from liability_graph.graph.model import evidence_from_json
    from liability_graph.queries import run_named
    from liability_graph.queries.entities import resolve_one

    with _store(ctx, read_only=True) as store:
        entity = resolve_one(store, name)
        rows = run_named(store, "cases_against", {"id": entity["id"]}).records()
    columns = ["case", "kind", "filed", "status", "charges", "quote"]
    table = []
    for row in rows:
        quotes = [e.quote for e in evidence_from_json(row["evidence"])]
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
        click.echo(f"Cases against {entity['name']}:")
    emit(columns, table, fmt)


# -- export and schema ------------------------------------------------------------------


@cli.group()
def export() -> None:
    """Write the graph out (node-link JSON; more formats to come)."""


@export.command("json")
@click.option("-o", "--output", default="-", metavar="FILE", help="File to write, or - for stdout.")
@click.option("--reveal-protected", is_flag=True, help="Do not pseudonymise protected persons.")
@click.pass_context
def export_json(ctx: click.Context, output: str, reveal_protected: bool) -> None:
    """Node-link JSON of every node and link, with evidence."""
    from liability_graph.export.json_export import write_json

    with _store(ctx, read_only=True) as store:
        if output == "-":
            counts = write_json(store, sys.stdout, reveal_protected)
        else:
            with open(output, "w", encoding="utf-8") as out:
                counts = write_json(store, out, reveal_protected)
            click.echo(
                f"Wrote {counts['nodes']} nodes and {counts['links']} links to {output}", err=True
            )


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
@click.option("--errors", "show_errors", is_flag=True, help="Also list false positives/negatives.")
def eval_command(corpus: Path, gold: Path, fmt: str, show_errors: bool) -> None:
    """Score the document loaders on an annotated CORPUS against its GOLD file (in memory)."""
    from liability_graph.evaluation import TABLE_COLUMNS, evaluate

    report = evaluate(corpus, gold)
    if fmt == "json":
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    emit(TABLE_COLUMNS, report.rows(), "table")
    click.echo()
    click.echo(report.summary())
    for document, reason in report.skipped:
        click.echo(f"skipped {document}: {reason}", err=True)
    if show_errors:
        for title, misses in (
            ("False positives", report.false_positives),
            ("False negatives", report.false_negatives),
        ):
            click.echo(f"\n{title} ({len(misses)}):")
            for miss in misses:
                click.echo(f"  {miss}")


@cli.command()
@click.option("--same", nargs=2, metavar="A B", help="One entity: merge B into A (ids or names).")
@click.option("--different", nargs=2, metavar="A B", help="Two entities: never merge them.")
@click.option("--type", "types", multiple=True, help="List only pairs of this type (repeatable).")
@click.option("--limit", type=click.IntRange(min=1), help="List at most this many pairs.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("--reveal-protected", is_flag=True, help="Show protected persons' real names.")
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
    """List entity pairs that may be one entity, or record a decision (kept in the store)."""
    from liability_graph.export.privacy import Redactor
    from liability_graph.loaders.review import mark_different, mark_same, pending_reviews

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
        pairs = pending_reviews(store, types=types or None)[:limit]
    redactor = Redactor.for_entities([e for p in pairs for e in (p.a, p.b)], reveal_protected)
    pairs = [p.redacted(redactor) for p in pairs]
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


@cli.command("sync")
@click.option("--from", "source", required=True, metavar="SPEC", help="Store to copy from.")
@click.option("--to", "target", required=True, metavar="SPEC", help="Store to copy into.")
@click.option("--batch-size", type=click.IntRange(min=1), default=None, help="Facts per batch.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def sync_command(source: str, target: str, batch_size: int | None, fmt: str) -> None:
    """Copy a whole graph between stores (embedded <-> Neo4j); merges into what is there.

    SPECs are as for --store; a Neo4j SPEC takes its credentials from NEO4J_USERNAME,
    NEO4J_PASSWORD and NEO4J_DATABASE."""
    from liability_graph.graph.store import DEFAULT_BATCH_SIZE
    from liability_graph.graph.sync import sync

    if source == target:
        raise click.UsageError("--from and --to name the same store")
    with open_store(source, read_only=True) as src, open_store(target) as dst:
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
