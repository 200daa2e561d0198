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

from liability_graph.loaders.extract._compiled import choose

BUILD = choose()

from liability_graph.loaders.extract.pipeline import extract  # noqa: E402

__all__ = ["BUILD", "extract"]
