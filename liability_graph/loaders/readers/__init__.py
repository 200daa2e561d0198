"""Document readers: bytes -> document text, metadata and language, before extraction.

The offset convention (every reader keeps it):

- The *document text* is what evidence quotes are taken from and what offsets index into.
  For a text file (.txt, .md) it is the file decoded (UTF-8, else cp1252), with a leading
  byte-order mark dropped and CRLF / CR turned into LF, and nothing else changed. For HTML
  and PDF it is the plain text the reader extracted; for an article record, its ``text``
  field with the same newline normalisation.
- Offsets are Python string indices (code points) into the document text.
- Header metadata (YAML front matter, a ``date ... byline`` line) stays in the document
  text; extraction is given the body only, as ``(chunk, offset)`` pairs where
  ``document_text[offset:offset + len(chunk)] == chunk``, so its offsets map back by adding
  ``offset``.
- ``Document.content_hash`` is ``graph.model.content_hash(document_text)``.
"""
