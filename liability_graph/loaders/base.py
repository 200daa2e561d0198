"""What every loader shares: the load context, the registry of file types, and safe file reading.

A loader is a function ``(path, context) -> list of facts``. It raises InputError (with the
file and, where it can, the line) when the file cannot be used; the ingest run reports the
error and goes on with the next file.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

from liability_graph.errors import InputError
from liability_graph.graph.model import Document, Entity, Relationship
from liability_graph.graph.ontology import Ontology, load_ontology
from liability_graph.loaders.names import NameIndex

Fact = Union[Entity, Relationship, Document]  # noqa: UP007 - used at runtime in isinstance checks
Loader = Callable[[Path, "LoadContext"], list[Fact]]

#: Files larger than this are refused by loaders that must hold the whole file in memory.
MAX_STRUCTURED_BYTES = 64 * 2**20
_SNIFF_BYTES = 8192


@dataclass
class LoadContext:
    """What a loader may consult: the ontology, the names known so far in this run, and
    (when entity resolution is set up) the resolver that maps new names to known entities."""

    ontology: Ontology = field(default_factory=load_ontology)
    names: NameIndex = field(default_factory=NameIndex)
    resolver: Any = None  # loaders.resolution.Resolver, when available
    #: Does this run use the reference knowledge base (False for `ingest --no-reference`)?
    #: Extraction then links names only to what the store holds and knows no reference facts.
    reference: bool = True
    #: Ingest's first pass over curated files: return the entities a file defines (its
    #: relationships unchecked), and nothing for a file that is not curated facts.
    declare_only: bool = False


_REGISTRY: dict[str, Loader] = {}
#: Loaders chosen by content for a shared extension: (extensions, test, loader).
_SNIFFERS: list[tuple[tuple[str, ...], Callable[[Path], bool], Loader]] = []


def register(*extensions: str) -> Callable[[Loader], Loader]:
    """Register a loader for file extensions (lower case, with the dot)."""

    def wrap(loader: Loader) -> Loader:
        for ext in extensions:
            _REGISTRY[ext.lower()] = loader
        return loader

    return wrap


def register_sniffer(
    extensions: tuple[str, ...], test: Callable[[Path], bool], loader: Loader
) -> None:
    """Use `loader` for files with one of `extensions` whose content passes `test` (for
    formats that share an extension, such as FtM entities in `.json`/`.jsonl` files)."""
    _SNIFFERS.append((tuple(e.lower() for e in extensions), test, loader))


def loader_for(path: Path) -> Loader | None:
    """The loader for a file: by its last two suffixes ("x.ftm.json"), then by content for
    shared extensions, then by its suffix."""
    _load_builtin_loaders()
    double = "".join(path.suffixes[-2:]).lower()
    if len(path.suffixes) > 1 and double in _REGISTRY:
        return _REGISTRY[double]
    suffix = path.suffix.lower()
    for extensions, test, loader in _SNIFFERS:
        if suffix in extensions and test(path):
            return loader
    return _REGISTRY.get(suffix)


def supported_extensions() -> list[str]:
    _load_builtin_loaders()
    return sorted(_REGISTRY)


def _load_builtin_loaders() -> None:
    # Imported for their @register side effect; optional ones may be missing.
    import liability_graph.loaders.curated
    import liability_graph.loaders.ftm

    with contextlib.suppress(ImportError):
        import liability_graph.loaders.documents  # noqa: F401


def display_path(path: Path | str) -> str:
    """The path as printable text: undecodable bytes of a file name become U+FFFD."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def is_binary(head: bytes) -> bool:
    """NUL bytes in the first block mean binary (UTF-16 text is not supported either)."""
    return b"\x00" in head[:_SNIFF_BYTES]


def read_text_strict(path: Path, limit: int = MAX_STRUCTURED_BYTES) -> str:
    """Read a whole UTF-8 file; binary, over-large or mis-encoded files raise InputError.

    A UTF-8 byte-order mark is dropped. The error for bad bytes names their line.
    """
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputError(
                f"file is {size / 2**20:.0f} MB; structured files are limited to "
                f"{limit / 2**20:.0f} MB",
                path=str(path),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", path=str(path)) from None
    if is_binary(data):
        raise InputError("binary file (contains NUL bytes), not text", path=str(path), line=1)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"invalid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})",
            path=str(path),
            line=line,
            hint="Save the file as UTF-8.",
        ) from None
    return text.removeprefix("\ufeff")
