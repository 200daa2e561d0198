"""Coverage census: how many sentences that speak of a relation family does extraction read?

Runs extraction over a folder of unlabelled documents (.md/.txt with front matter) as
`lgraph ingest` does (the library's loader, with the reference knowledge base unless
--no-reference), splits each document into sentences with the extractor's own splitter and
tokeniser, and marks every sentence that holds a cue of a relation family: the `coverage`
section of the document's language pack (suit, charge, fine, ruling, service, ownership,
law; its entries name the pack's own word lists). A cue sentence is *read* when the
evidence span of at least one extracted relationship (MENTIONS aside) lies in it, and read
*in kind* when that relationship is of one of the family's types (FAMILY_TYPES).

The table gives, per family and language, the cue sentences, those read, those read in
kind, and the rates. With --misses N it prints, per family, up to N cue sentences that no
relationship reads, grouped by their governing cue (the first cue word of the sentence,
the largest group first). What it prints goes to the terminal only: article text never
goes into the repository. No gold is needed; judge a new mechanism by how many sentences
it reads and by the precision of a sample of what it fires, not by a few gold sentences.

  python bench/coverage.py FOLDER [FOLDER ...] [--language en|nl] [--misses N]
      [--no-reference]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

#: The relationship types that read a sentence of a family in kind (language-neutral).
FAMILY_TYPES: dict[str, tuple[str, ...]] = {
    "suit": ("DEFENDANT_IN", "PLAINTIFF_IN"),
    "charge": ("DEFENDANT_IN", "PLAINTIFF_IN"),
    "fine": ("DEFENDANT_IN", "PLAINTIFF_IN"),
    "ruling": ("HEARD_BY", "DEFENDANT_IN", "PLAINTIFF_IN"),
    "service": ("SERVICED",),
    "ownership": ("OWNS", "FOUNDED"),
    "law": ("INVOKES", "PROMPTED", "AMENDS", "IN_JURISDICTION"),
}
SUFFIXES = (".md", ".txt")


@dataclass
class Cues:
    """One family's cues in one language: whole words (form or lemma) and word endings."""

    words: frozenset[str]
    endings: tuple[str, ...]

    def first(self, tokens) -> str | None:
        """The first cue word of a token list (its lemma when the lemma is the cue)."""
        for token in tokens:
            if token.lower in self.words:
                return token.lower
            if token.lemma in self.words:
                return token.lemma
            if self.endings and any(token.lower.endswith(end) for end in self.endings):
                return token.lower
        return None


def family_cues(code: str) -> dict[str, Cues]:
    """The `coverage` section of a language pack, its "@key" entries expanded."""
    from liability_graph.loaders.languages import pack

    item = pack(code)
    out: dict[str, Cues] = {}
    for family, entries in item.mapping("coverage").items():
        words: set[str] = set()
        endings: list[str] = []
        for entry in entries or ():
            entry = str(entry)
            if entry.startswith("@"):
                words |= item.words(entry[1:])
            elif entry.startswith("*"):
                endings.append(entry[1:].lower())
            else:
                words.add(entry.lower())
        out[str(family)] = Cues(frozenset(words), tuple(endings))
    return out


@dataclass
class Row:
    cue: int = 0  # sentences with a cue of the family
    read: int = 0  # ... with the evidence of at least one relationship
    in_kind: int = 0  # ... of a relationship of the family's types
    documents: set[str] = field(default_factory=set)  # documents with a cue sentence

    def rate(self, part: int) -> str:
        return f"{part / self.cue:.2f}" if self.cue else "-"


@dataclass
class Miss:
    document: str
    language: str
    family: str
    cue: str
    sentence: str


@dataclass
class Report:
    rows: dict[tuple[str, str], Row] = field(default_factory=dict)  # (family, language)
    misses: list[Miss] = field(default_factory=list)
    documents: dict[str, int] = field(default_factory=dict)  # language -> documents read
    skipped: list[tuple[str, str]] = field(default_factory=list)
    relationships: int = 0

    def row(self, family: str, language: str) -> Row:
        return self.rows.setdefault((family, language), Row())

    def table(self) -> str:
        lines = [
            f"{'family':<10} {'lang':<4} {'docs':>5} {'cue':>5} {'read':>5} {'rate':>5} "
            f"{'kind':>5} {'rate':>5}"
        ]
        for (family, language), row in sorted(self.rows.items(), key=_row_order):
            lines.append(
                f"{family:<10} {language:<4} {len(row.documents):>5} {row.cue:>5} "
                f"{row.read:>5} {row.rate(row.read):>5} {row.in_kind:>5} "
                f"{row.rate(row.in_kind):>5}"
            )
        return "\n".join(lines)


def _row_order(item: tuple[tuple[str, str], Row]) -> tuple[int, str, str]:
    (family, language), _ = item
    order = list(FAMILY_TYPES)
    return (order.index(family) if family in order else len(order), family, language)


def documents_in(paths: list[Path]) -> list[Path]:
    """The .md and .txt files of the given folders (and files), sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix in SUFFIXES)
        elif path.is_file():
            found.append(path)
    return found


def coverage(
    paths: list[Path] | list[str],
    *,
    language: str | None = None,
    reference: bool = True,
) -> Report:
    """The census of the documents under `paths` (folders or files), for one language or
    every extraction language."""
    from liability_graph.errors import LiabilityGraphError
    from liability_graph.evaluation import reference_context
    from liability_graph.graph.model import Relationship
    from liability_graph.loaders.documents import document_facts, read_text_file
    from liability_graph.loaders.extract.text import sentences
    from liability_graph.loaders.languages import EXTRACTION_LANGUAGES

    context = reference_context(reference)
    report = Report()
    cues_of: dict[str, dict[str, Cues]] = {}
    for path in documents_in([Path(p) for p in paths]):
        try:
            read = read_text_file(path)
        except (LiabilityGraphError, OSError, ValueError) as exc:  # skipped, as ingest does
            report.skipped.append((str(path), str(exc)))
            continue
        code = read.document.language
        if code not in EXTRACTION_LANGUAGES or (language and code != language):
            continue
        facts = document_facts(read, context)
        if context.resolver is not None:
            facts = context.resolver.resolve_facts(facts)
        spans: list[tuple[int, int, str]] = []
        for fact in facts:
            if isinstance(fact, Relationship) and fact.type != "MENTIONS":
                report.relationships += 1
                for evidence in fact.evidence:
                    if evidence.start is not None and evidence.end is not None:
                        spans.append((evidence.start, evidence.end, fact.type))
        report.documents[code] = report.documents.get(code, 0) + 1
        families = cues_of.setdefault(code, family_cues(code))
        for offset, chunk in read.chunks():
            for sentence in sentences(chunk, offset, code):
                types = {
                    t for start, end, t in spans if start < sentence.end and end > sentence.start
                }
                for family, cues in families.items():
                    cue = cues.first(sentence.tokens)
                    if cue is None:
                        continue
                    row = report.row(family, code)
                    row.cue += 1
                    row.documents.add(path.name)
                    if types:
                        row.read += 1
                    if types & set(FAMILY_TYPES.get(family, ())):
                        row.in_kind += 1
                    else:
                        text = " ".join(sentence.text.split())
                        report.misses.append(Miss(path.name, code, family, cue, text))
    return report


def missed(report: Report, family: str, language: str | None, count: int) -> list[Miss]:
    """Up to `count` missed cue sentences of a family (not read in kind), the largest group
    of one governing cue first."""
    groups: dict[str, list[Miss]] = defaultdict(list)
    for miss in report.misses:
        if miss.family == family and language in (None, miss.language):
            groups[miss.cue].append(miss)
    ordered = [items for _, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    share = max(1, count // max(1, len(ordered)))  # every cue shown, the larger groups more
    taken = [items[:share] for items in ordered]
    left = count - sum(len(items) for items in taken)
    for i, items in enumerate(ordered):
        extra = items[len(taken[i]) : len(taken[i]) + max(0, left)]
        taken[i] += extra
        left -= len(extra)
    return [miss for items in taken for miss in items][:count]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--language", choices=("en", "nl"))
    parser.add_argument("--misses", type=int, default=0, metavar="N")
    parser.add_argument("--no-reference", action="store_true")
    args = parser.parse_args(argv)
    report = coverage(args.folders, language=args.language, reference=not args.no_reference)
    counts = ", ".join(f"{n} {code}" for code, n in sorted(report.documents.items()))
    print(f"documents: {counts or 'none'}; relationships: {report.relationships}")
    print(report.table())
    for path, reason in report.skipped:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    if args.misses:
        for family in FAMILY_TYPES:
            items = missed(report, family, args.language, args.misses)
            if not items:
                continue
            print(f"\n== {family}: cue sentences no {'/'.join(FAMILY_TYPES[family])} reads")
            sizes: dict[str, int] = defaultdict(int)
            for miss in report.misses:
                if miss.family == family and args.language in (None, miss.language):
                    sizes[miss.cue] += 1
            cue = None
            for miss in items:
                if miss.cue != cue:
                    cue = miss.cue
                    print(f"-- {cue} ({sizes[cue]} missed)")
                print(f"  [{miss.document}] {miss.sentence}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    raise SystemExit(main())
