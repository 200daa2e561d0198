"""Arrow arrays built from Python values through their buffers, without `pa.array`.

pyarrow's `pa.array` (and all that builds on it: `pa.table`, `Table.from_pylist`,
`pa.scalar`) imports pandas at its first call when pandas is installed, only to ask
whether the values are a pandas object. That import cost a bulk load 0.2 CPU s and
45 MB of resident memory for the rest of the process (bench/load_embedded.py's peak,
measured at stop 29). The store's columns are strings, string lists, integers, floats and
booleans, with nulls: their buffers are simple to write directly, and as fast (a string
column is one join, one encode and the running sum of the lengths).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from itertools import chain
from typing import Any

import numpy as np
import pyarrow as pa

#: The most bytes a string array with 32-bit offsets holds; past it, pa.array (which
#: splits the values into chunks) builds the column.
MAX_BYTES = 2**31 - 1

_STRING = pa.string()
_STRING_LIST = pa.list_(pa.string())


def strings(values: Sequence[str | None]) -> pa.Array:
    """A string array of `values` (None is null)."""
    count = len(values)
    validity = None
    texts: Sequence[str] = values  # type: ignore[assignment]
    try:
        joined = "".join(texts)  # (raises on a None: nulls are rare, so asked only then)
    except TypeError:
        if values.count(None) == count:
            return pa.nulls(count, _STRING)
        validity = _bitmap([value is not None for value in values])
        texts = [value if value is not None else "" for value in values]
        joined = "".join(texts)
    if joined.isascii():
        data = joined.encode("ascii")
        lengths: Any = map(len, texts)
    else:
        encoded = [text.encode("utf-8") for text in texts]
        data = b"".join(encoded)
        lengths = map(len, encoded)
    if len(data) > MAX_BYTES:
        return pa.array(values, _STRING)
    return pa.Array.from_buffers(
        _STRING, count, [validity, _offsets(lengths, count), pa.py_buffer(data)]
    )


def string_lists(values: Sequence[Sequence[str] | None]) -> pa.Array:
    """A list<string> array of `values` (None is null)."""
    count = len(values)
    validity = None
    lists: Sequence[Sequence[str]] = values  # type: ignore[assignment]
    if None in values:
        validity = _bitmap([value is not None for value in values])
        lists = [value if value is not None else () for value in values]
    items = list(chain.from_iterable(lists))
    child = strings(items)
    if isinstance(child, pa.ChunkedArray):  # (past MAX_BYTES)
        return pa.array(values, _STRING_LIST)
    return pa.ListArray.from_buffers(
        _STRING_LIST, count, [validity, _offsets(map(len, lists), count)], children=[child]
    )


def numbers(values: Sequence[Any], arrow_type: pa.DataType) -> pa.Array:
    """An int64, float64 or bool array of `values` (None is null)."""
    count = len(values)
    validity = None
    if None in values:
        if values.count(None) == count:
            return pa.nulls(count, arrow_type)
        validity = _bitmap([value is not None for value in values])
        values = [value if value is not None else 0 for value in values]
    if arrow_type == pa.bool_():
        data = _bitmap([bool(value) for value in values])
    else:
        try:
            data = pa.py_buffer(array("q" if arrow_type == pa.int64() else "d", values))
        except (TypeError, OverflowError):  # not numbers: pa.array converts or says why
            return pa.array(values, arrow_type)
    return pa.Array.from_buffers(arrow_type, count, [validity, data])


def array_of(values: Sequence[Any], arrow_type: pa.DataType) -> pa.Array:
    """`values` as an array of `arrow_type`: the store's types through their buffers,
    any other through pa.array."""
    if arrow_type == _STRING:
        return strings(values)
    if arrow_type == _STRING_LIST:
        return string_lists(values)
    if arrow_type in (pa.int64(), pa.float64(), pa.bool_()):
        return numbers(values, arrow_type)
    return pa.array(values, arrow_type)


def _offsets(lengths: Iterator[int], count: int) -> pa.Buffer:
    """Arrow's 32-bit offsets of `count` values of these lengths (numpy's running sum: an
    array built from itertools.accumulate took three times as long)."""
    offsets = np.zeros(count + 1, dtype=np.int32)
    np.cumsum(np.fromiter(lengths, dtype=np.int32, count=count), out=offsets[1:])
    return pa.py_buffer(offsets)


def _bitmap(flags: list[bool]) -> pa.Buffer:
    """Arrow's bitmap of `flags` (least significant bit first)."""
    return pa.py_buffer(np.packbits(np.array(flags, dtype=np.bool_), bitorder="little"))
