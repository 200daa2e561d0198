"""Extraction throughput on the development corpus, replicated to N documents (one core).

Each mode runs in its own process (so peak memory figures are separate) over the same
documents, read once with the project's readers (examples/corpus/, 29 articles in English,
Dutch and one German one; falls back to the seed article):

  regex split    baseline: sentence splitting only (loaders.extract.text.split_sentences)
  tokens+lemmas  baseline: sentences, tokens, clauses and cached lemmas (text.sentences)
  spaCy blank    reference: spacy.blank(lang) tokenizer + sentencizer (if spaCy is installed)
  extract        the full extractor, with the reference knowledge base in the name index and
                 every entity it returns added to the index, as `lgraph ingest` does

Prints documents/s, MB/s, peak RSS and, for `extract`, the resident memory after each
quarter of the run (flat memory as the corpus grows). Usage:

  python bench/extract.py [--documents 10000] [--corpus examples/corpus] [--spacy-documents 1000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seeds" / "000_674a49830be0f9c8.txt"


def load_corpus(folder: Path) -> list[tuple[object, list[tuple[int, str]], str | None]]:
    """(document, body chunks, language) for each readable document of the corpus."""
    from liability_graph.loaders import documents as docs

    out = []
    paths = sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
    if not paths and SEED.exists():
        paths = [SEED]
    for path in paths:
        suffix = path.suffix.lower()
        if suffix in (".txt", ".md"):
            read = docs.read_text_file(path)
        elif suffix in (".html", ".htm"):
            read = docs.read_html_file(path)
        elif suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
            read = docs.article_text(data, source=str(path), where=str(path))
        else:
            continue
        chunks = [(offset, chunk) for offset, chunk in read.chunks()]
        out.append((read.document, chunks, read.document.language))
    return out


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_mode(mode: str, corpus_dir: Path, count: int) -> dict:
    corpus = load_corpus(corpus_dir)
    if not corpus:
        raise SystemExit("no documents to measure")
    total_chars = 0
    checkpoints = []
    if mode == "extract":
        from liability_graph.graph.model import Entity
        from liability_graph.loaders.base import LoadContext
        from liability_graph.loaders.extract import extract
        from liability_graph.loaders.reference import reference_facts

        context = LoadContext()
        reference_facts(context)
        extract("Warm-up.", corpus[0][0], context)  # builds the gazetteer once
    elif mode == "tokens+lemmas":
        from liability_graph.loaders.extract.text import detect_language, sentences
    elif mode == "regex split":
        from liability_graph.loaders.extract.text import split_sentences
    elif mode == "spaCy blank":
        import spacy

        pipelines = {}
        for lang in ("en", "nl"):
            nlp = spacy.blank(lang)
            nlp.add_pipe("sentencizer")
            pipelines[lang] = nlp
    quarter = max(1, count // 4)
    facts = 0
    start = time.perf_counter()
    for i in range(count):
        document, chunks, language = corpus[i % len(corpus)]
        for offset, chunk in chunks:
            total_chars += len(chunk)
            if mode == "extract":
                found = extract(chunk, document, context, offset=offset, language=language)
                facts += len(found)
                for fact in found:
                    if isinstance(fact, Entity):
                        context.names.add(fact)
            elif mode == "tokens+lemmas":
                lang = language if language in ("en", "nl") else detect_language(chunk)
                sentences(chunk, offset, lang)
            elif mode == "regex split":
                split_sentences(chunk, offset)
            else:
                pipelines["nl" if language == "nl" else "en"](chunk)
        if (i + 1) % quarter == 0:
            checkpoints.append((i + 1, round(rss_mb(), 1)))
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "mode": mode,
        "documents": count,
        "seconds": seconds,
        "docs_per_s": count / seconds,
        "mb_per_s": total_chars / 2**20 / seconds,
        "avg_kb": total_chars / count / 1024,
        "peak_mb": peak,
        "facts": facts,
        "checkpoints": checkpoints,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--corpus", type=Path, default=REPO / "examples" / "corpus")
    parser.add_argument("--spacy-documents", type=int, default=1000)
    parser.add_argument("--mode", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.mode:
        print(json.dumps(run_mode(args.mode, args.corpus, args.documents)))
        return
    modes = [("regex split", args.documents), ("tokens+lemmas", args.documents)]
    try:
        import spacy  # noqa: F401

        modes.append(("spaCy blank", args.spacy_documents))
    except ImportError:
        print("(spaCy not installed: its row is skipped)")
    modes.append(("extract", args.documents))
    rows = []
    for mode, count in modes:
        done = subprocess.run(
            [sys.executable, __file__, "--mode", mode, "--documents", str(count),
             "--corpus", str(args.corpus)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    base = rows[0]["docs_per_s"]
    print(f"corpus: {args.corpus} ({rows[0]['avg_kb']:.1f} KB per document on average)\n")
    header = f"{'mode':<14} {'docs':>6} {'seconds':>8} {'docs/s':>9} {'MB/s':>7} {'vs split':>8} {'peak MB':>8}"
    print(header)
    print("-" * len(header))
    for row in rows:
        print(
            f"{row['mode']:<14} {row['documents']:>6} {row['seconds']:>8.2f} "
            f"{row['docs_per_s']:>9.1f} {row['mb_per_s']:>7.2f} "
            f"{row['docs_per_s'] / base:>8.3f} {row['peak_mb']:>8.1f}"
        )
    extract_row = rows[-1]
    marks = ", ".join(f"{n} docs: {mb} MB" for n, mb in extract_row["checkpoints"])
    print(f"\nextract resident memory as the run grows: {marks}")
    print(f"extract facts returned: {extract_row['facts']}")


if __name__ == "__main__":
    main()
