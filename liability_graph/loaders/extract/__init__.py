"""Offline English and Dutch relationship extraction with evidence (issue #4).

``extract(text, document, context, offset=, language=)`` turns a chunk of a document's body
into entities, relationships and MENTIONS edges. Every relationship carries the sentence
that states it, verbatim, with absolute offsets, the rule that fired, a confidence, a
status (alleged, established, ruled) and the dates found in or near the sentence.

The steps, one module each: ``text`` (sentences, tokens, lemmas), ``gazetteer`` (known
names), ``recognize`` (new names), ``discourse`` (coreference), ``dates``, ``rules`` and
``matcher`` (trigger patterns), ``frames`` (ends, negation, status), ``cases`` (which case a
lawsuit sentence is about), ``cues`` (laws described but not named), ``emit`` (facts).

The modules are compiled with mypyc when the package is installed (setup.py); ``BUILD``
says which modules run: "compiled", or "pure" (not compiled, sources changed since, or
LGRAPH_PURE_PYTHON set).
"""

import gc

from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.loaders.base import LoadContext
from liability_graph.loaders.extract._compiled import choose

BUILD = choose()

from liability_graph.loaders.extract import pipeline  # noqa: E402

#: The cyclic garbage collector's young-generation threshold while a chunk is extracted.
#: Extraction makes many short-lived objects (tokens, mentions, options) that reference
#: counting frees; at Python's default (700) the collector ran every few hundred of them and
#: took about 5% of the compiled extractor's time (bench/extract.py: 192 -> 204 documents/s).
#: Cycles are still collected, only less often; the caller's thresholds come back after.
YOUNG_GENERATION_THRESHOLD = 20_000


def extract(
    text: str,
    document: Document,
    context: LoadContext,
    *,
    offset: int = 0,
    language: str | None = None,
) -> list[Entity | Relationship]:
    """Entities, relationships (with evidence) and MENTIONS edges stated in `text`: see
    pipeline.extract; this runs it with the collector's young generation enlarged."""
    thresholds = gc.get_threshold()
    if thresholds[0] >= YOUNG_GENERATION_THRESHOLD:
        return pipeline.extract(text, document, context, offset=offset, language=language)
    gc.set_threshold(YOUNG_GENERATION_THRESHOLD, *thresholds[1:])
    try:
        return pipeline.extract(text, document, context, offset=offset, language=language)
    finally:
        gc.set_threshold(*thresholds)


__all__ = ["BUILD", "extract"]
