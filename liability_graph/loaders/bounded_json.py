"""JSON read within bounds: a value count checked before parsing, depth errors as messages,
and (for curated files) the line each object starts on.

Python's json module turns 16 MB of ``[{},{},…]`` into some 400 MB of objects, and a few
thousand ``[`` into a RecursionError. Counting the commas and brackets outside strings is
a C-speed pass that bounds how many values a text can hold, so an over-full file is
refused before any object is made.
"""

from __future__ import annotations

import json
import json.decoder
import json.scanner
import re
from bisect import bisect_right
from typing import Any

#: Values (objects, arrays, strings, numbers…) one JSON text may hold.
MAX_VALUES = 1_000_000

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)


class JsonLimitError(ValueError):
    """The text holds too many values or nests too deeply; `line` when it is known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def check_value_count(text: str, limit: int = MAX_VALUES) -> None:
    """Raise JsonLimitError if `text` may hold more than `limit` values.

    The bound counts separators and openings outside strings: every value but the first
    of each array or object follows a comma, and each array or object adds one opening.
    """
    if len(text) // 2 <= limit:
        return  # every value takes at least one character and one separator
    bare = _STRING.sub('""', text)
    bound = bare.count(",") + bare.count("[") + bare.count("{") + 1
    if bound > limit:
        raise JsonLimitError(
            f"too many JSON values: up to {bound:,} by its commas and brackets, over the "
            f"limit of {limit:,} per file (or JSON Lines line)"
        )


def loads_bounded(text: str, limit: int = MAX_VALUES) -> Any:
    """json.loads after check_value_count; deep nesting raises JsonLimitError."""
    check_value_count(text, limit)
    try:
        return json.loads(text)
    except RecursionError:
        raise JsonLimitError("JSON nested too deeply (about a thousand levels or more)") from None


def loads_with_lines(text: str, line_key: str) -> Any:
    """Parse JSON, recording each object's first line under `line_key` (for messages).

    Runs the json module's pure-Python scanner with an object parser that notes where
    each object starts; call after `loads_bounded` has accepted the text.
    """
    newlines = _newline_offsets(text)
    decoder = json.JSONDecoder()

    def parse_object(s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo=None):
        start = s_and_end[1]  # just after the opening brace
        obj, end = json.decoder.JSONObject(
            s_and_end, strict, scan_once, object_hook, object_pairs_hook, memo
        )
        obj[line_key] = bisect_right(newlines, start - 1) + 1
        return obj, end

    decoder.parse_object = parse_object
    decoder.scan_once = json.scanner.py_make_scanner(decoder)
    try:
        return decoder.decode(text)
    except RecursionError:
        raise JsonLimitError("JSON nested too deeply (hundreds of levels)") from None


def _newline_offsets(text: str) -> list[int]:
    offsets = []
    at = text.find("\n")
    while at >= 0:
        offsets.append(at)
        at = text.find("\n", at + 1)
    return offsets
