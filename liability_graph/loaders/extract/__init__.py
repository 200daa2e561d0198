"""Offline English and Dutch relationship extraction with evidence (issue #4).

``extract(text, document, context, offset=, language=)`` turns a chunk of a document's body
into entities, relationships and MENTIONS edges. Every relationship carries the sentence
that states it, verbatim, with absolute offsets, the rule that fired, a confidence, a
status (alleged, established, ruled) and the dates found in or near the sentence.

The steps, one module each: ``text`` (sentences, tokens, lemmas), ``gazetteer`` (known
names), ``recognize`` (new names), ``discourse`` (coreference), ``dates``, ``rules`` and
``matcher`` (trigger patterns), ``frames`` (ends, negation, status), ``cases`` (which case a
lawsuit sentence is about), ``cues`` (laws described but not named), ``emit`` (facts).
"""

from liability_graph.loaders.extract.pipeline import extract

__all__ = ["extract"]
