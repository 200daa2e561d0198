#!/usr/bin/env python3
"""Regenerate the generated sections of README.md: the ontology (from graph/ontology.yaml),
the CLI reference (from the click commands) and the named queries (from queries/*.cypher).

Sections sit between `<!-- NAME:start -->` and `<!-- NAME:end -->` markers.
`--check` exits 1 if README.md is out of date (the test suite runs it).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import click

from liability_graph.cli import cli
from liability_graph.graph.ontology import load_ontology, markdown
from liability_graph.queries import load_query, query_names

README = Path(__file__).resolve().parent.parent / "README.md"


def cli_reference() -> str:
    """`lgraph COMMAND --help` for every command, as one fenced block each."""
    lines = []
    ctx = click.Context(cli, info_name="lgraph")
    commands = [(name, cli.get_command(ctx, name)) for name in cli.list_commands(ctx)]
    for name, command in commands:
        sub = [(name, command)]
        if isinstance(command, click.Group):
            sub_ctx = click.Context(command, info_name=name, parent=ctx)
            sub = [(name, command)] if command.invoke_without_command else []
            sub += [
                (f"{name} {n}", command.get_command(sub_ctx, n))
                for n in command.list_commands(sub_ctx)
            ]
        for full, cmd in sub:
            with click.Context(
                cmd, info_name=f"lgraph {full}", terminal_width=100, max_content_width=100
            ) as cmd_ctx:
                help_text = cmd.get_help(cmd_ctx)
            lines += [f"#### `lgraph {full}`", "", "```text", help_text, "```", ""]
    return "\n".join(lines)


def named_queries() -> str:
    lines = [
        "| Query | What it answers | Parameters | Example | LadybugDB variant |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name in query_names():
        query = load_query(name)
        variant = "yes" if load_query(name, "ladybug").dialect == "ladybug" else "-"
        params = ", ".join(f"`{p.describe()}`" for p in query.params.values()) or "-"
        example = f"`{query.example}`" if query.example else "-"
        lines.append(f"| `{name}` | {query.description} | {params} | {example} | {variant} |")
    return "\n".join(lines) + "\n"


SECTIONS = {
    "ontology": lambda: markdown(load_ontology()),
    "cli": cli_reference,
    "queries": named_queries,
}


def render(text: str) -> str:
    for name, build in SECTIONS.items():
        pattern = re.compile(rf"(<!-- {name}:start -->\n).*?(<!-- {name}:end -->)", re.DOTALL)
        if not pattern.search(text):
            raise SystemExit(f"README.md has no {name} markers")
        text = pattern.sub(
            lambda m, b=build: m.group(1) + b().rstrip("\n") + "\n" + m.group(2), text
        )
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if README.md is out of date")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if args.check:
        if fresh != current:
            print("README.md is out of date: run `make docs`", file=sys.stderr)
            sys.exit(1)
        return
    README.write_text(fresh, encoding="utf-8")


if __name__ == "__main__":
    main()
