"""The vault: who the protected persons are, kept apart from the graph (docs/privacy.md).

The graph holds only pseudonyms. What they stand for lives here, in one JSON Lines file,
mode 0600, beside the store (settings.resolve_vault). Line 1 holds a random secret; every
later line is one record:

  {"identity": TOKEN, "basis": KEY, "type": "Person", "name": …, "aliases": […], "origin": …}
  {"rekey": OLD_KEY, "to": NEW_KEY, "names": […], "origin": …}
  {"text": DIGEST, "original": …, "spans": [[start, end, TOKEN], …]}
  {"repair": STORE, "run": RUN, "open": true|false}
  {"covered": STORE, "tokens": [TOKEN, …]}

An identity's token is HMAC-SHA256(secret, basis) where the basis is the key the person
would have had without protection ("person:maria-jansen"). Without the vault a token says
nothing (ENISA: no unkeyed hashes of identifiers); with it, the same person gets the same
token on every re-ingest, in every store that shares the vault and in every worker process,
without any coordination. A rekey maps a key that named a protected person (a case called
after her, a document keyed by a URL with her name) to its pseudonymous key; a text record
keeps a stored text's original, with the spans that were replaced, for `--reveal-protected`.
A repair mark says an ingest of the store at STORE wrote before it knew every person it
protects, and (false) that it has rewritten what it wrote (privacy/repair.py): a mark left
open by a killed ingest makes the next one rewrite the store for every identity.

Records are only ever appended, under an exclusive lock, and reading merges them: parallel
writers need nothing but the lock, a record written twice is read once, and a torn last
line left by a killed writer is ignored.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import hmac
import json
import os
import re
import secrets
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from liability_graph.errors import VaultError
from liability_graph.graph.model import PSEUDONYM, stronger_origin

FORMAT = 1
TOKEN_HEX = 12
URL_PSEUDONYM = "protected-person"
KEY_MARK = "protected-"


def pseudonym(token: str) -> str:
    """How a protected person is named in the graph: "Protected person 3F9A1C0B7D2E"."""
    return f"{PSEUDONYM} {token.upper()}"


def url_pseudonym(token: str) -> str:
    """The same inside URLs, paths and keys: "protected-person-3f9a1c0b7d2e"."""
    return f"{URL_PSEUDONYM}-{token.lower()}"


def protected_key(type_name: str, token: str) -> str:
    return f"{type_name.lower()}:{KEY_MARK}{token.lower()}"


_PROTECTED_KEY = re.compile(rf"^[a-z_]+:{KEY_MARK}([0-9a-f]{{{TOKEN_HEX}}})$")


def token_of_key(key: str) -> str | None:
    """The token in a protected person's key ("person:protected-3f9a1c0b7d2e"), else None."""
    match = _PROTECTED_KEY.match(key)
    return match.group(1) if match else None


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass
class Identity:
    """A protected person as the vault knows them: the real names behind a token."""

    token: str
    basis: str
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    origin: str | None = None

    @property
    def key(self) -> str:
        return protected_key(self.type, self.token)

    @property
    def pseudonym(self) -> str:
        return pseudonym(self.token)

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def record(self) -> dict[str, Any]:
        return {
            "identity": self.token,
            "basis": self.basis,
            "type": self.type,
            "name": self.name,
            "aliases": list(self.aliases),
            "origin": self.origin,
        }


@dataclass
class Rekey:
    """A key that named a protected person, and the pseudonymous key that replaced it."""

    old: str
    new: str
    names: list[str] = field(default_factory=list)
    origin: str | None = None

    def record(self) -> dict[str, Any]:
        return {"rekey": self.old, "to": self.new, "names": self.names, "origin": self.origin}


class Vault:
    """The vault file of one store. Loaded lazily; created on the first need of a secret."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self.identities: dict[str, Identity] = {}  # token -> identity
        self.by_basis: dict[str, str] = {}  # basis key -> token
        self.rekeys: dict[str, Rekey] = {}  # old key -> rekey
        self.texts: dict[str, list[str]] = {}  # digest of a stored text -> its originals
        self.repairs: dict[str, dict[str, bool]] = {}  # store -> run -> still open
        #: store -> the identities whose names its stored text is known to be free of.
        self.covered: dict[str, set[str]] = {}
        self._secret: bytes | None = None
        self._loaded = False
        self._pending: list[dict[str, Any]] = []
        self._written: set[str] = set()  # lines already in the file
        self._memory = False

    @classmethod
    def in_memory(cls) -> Vault:
        """A vault that is never written, with a fresh secret: for runs that store nothing
        (`lgraph eval`), whose pseudonyms mean nothing outside the run."""
        vault = cls("<in memory>")
        vault._memory, vault._loaded = True, True
        vault._secret = secrets.token_bytes(32)
        return vault

    @classmethod
    def for_store(cls, store: Any, path: str | os.PathLike | None = None) -> Vault:
        """The vault of an open store: `path` if given, else the store's (see open_store),
        else the default for its location (settings.resolve_vault)."""
        return cls(path or vault_path_for(store))

    # -- reading ---------------------------------------------------------------------------
    def exists(self) -> bool:
        return not self._memory and self.path.exists()

    def load(self) -> Vault:
        """Read the file if there is one (once); a missing file is an empty vault."""
        if self._loaded:
            return self
        self._loaded = True
        if not self.path.exists():
            return self
        self._check_private()
        try:
            data = self.path.read_bytes()
        except OSError as exc:
            raise VaultError(f"cannot read the vault {self.path}: {exc.strerror or exc}") from None
        lines = data.split(b"\n")
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw)
            except ValueError:
                if number == len(lines):  # a torn last line: a writer was killed mid-append
                    continue
                raise VaultError(f"{self.path}:{number}: the vault has a damaged line") from None
            if number == 1:
                self._read_header(record)
            else:
                self._written.add(raw.decode("utf-8"))
                self._read(record)
        return self

    def require(self) -> Vault:
        """The loaded vault, or a clear error if there is none (for `--reveal-protected`)."""
        if not self.exists():
            raise VaultError(
                f"no vault at {self.path}: protected persons cannot be revealed without it",
                hint="Point --vault or LGRAPH_VAULT at the vault file written when the store "
                "was filled (for an embedded store PATH, by default PATH.vault).",
            )
        return self.load()

    def _check_private(self) -> None:
        try:
            info = self.path.stat()
        except OSError as exc:
            raise VaultError(f"cannot read the vault {self.path}: {exc.strerror or exc}") from None
        if not stat.S_ISREG(info.st_mode):
            raise VaultError(f"the vault {self.path} is not a regular file")
        if info.st_mode & 0o077:
            raise VaultError(
                f"the vault {self.path} can be read by other users "
                f"(mode {stat.S_IMODE(info.st_mode):04o})",
                hint=f"Make it private: chmod 600 {self.path}",
            )

    def _read_header(self, record: Any) -> None:
        if not isinstance(record, dict) or record.get("lgraph-vault") != FORMAT:
            raise VaultError(f"{self.path} is not an lgraph vault (format {FORMAT})")
        try:
            self._secret = bytes.fromhex(record["secret"])
        except (KeyError, TypeError, ValueError):
            raise VaultError(f"{self.path}: the vault's secret is damaged") from None

    def _read(self, record: dict[str, Any]) -> None:
        if "identity" in record:
            self._merge_identity(
                Identity(
                    record["identity"],
                    record["basis"],
                    record.get("type") or "Person",
                    record["name"],
                    list(record.get("aliases") or []),
                    record.get("origin"),
                )
            )
        elif "rekey" in record:
            self.rekeys[record["rekey"]] = Rekey(
                record["rekey"], record["to"], list(record.get("names") or []), record.get("origin")
            )
        elif "repair" in record:
            runs = self.repairs.setdefault(str(record["repair"]), {})
            run = str(record.get("run"))
            runs[run] = bool(record.get("open")) and runs.get(run, True)
        elif "covered" in record:
            self.covered.setdefault(str(record["covered"]), set()).update(
                str(t) for t in record.get("tokens") or []
            )
        elif "text" in record:
            originals = self.texts.setdefault(record["text"], [])
            if record["original"] not in originals:
                originals.append(record["original"])

    def _merge_identity(self, identity: Identity) -> Identity:
        known = self.identities.get(identity.token)
        if known is None:
            self.identities[identity.token] = identity
            self.by_basis[identity.basis] = identity.token
            return identity
        for name in identity.names:
            if name != known.name and name not in known.aliases:
                known.aliases.append(name)
        if identity.origin and known.origin != identity.origin:
            known.origin = stronger_origin(known.origin, identity.origin)
        return known

    # -- the secret and tokens -------------------------------------------------------------
    @property
    def secret(self) -> bytes:
        self.load()
        if self._secret is None:
            self._secret = self._create()
        return self._secret

    def token(self, basis: str) -> str:
        """The token of a protected identity: a keyed hash of its basis key."""
        return hmac.new(self.secret, basis.encode("utf-8"), hashlib.sha256).hexdigest()[:TOKEN_HEX]

    def _create(self, secret: bytes | None = None) -> bytes:
        """Write a new vault with a fresh secret (or `secret`), atomically: a temporary file
        (0600) is linked into place, so a racing writer either wins or reads the winner's."""
        secret = secret or secrets.token_bytes(32)
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        header = json.dumps({"lgraph-vault": FORMAT, "secret": secret.hex()}) + "\n"
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.fchmod(fd, 0o600)
            os.write(fd, header.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(temporary, self.path)
        except FileExistsError:
            self._loaded = False
            self.load()
            if self._secret is None:
                raise VaultError(f"{self.path}: the vault has no secret") from None
            return self._secret
        except OSError as exc:
            raise VaultError(
                f"cannot create the vault {self.path}: {exc.strerror or exc}"
            ) from None
        finally:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
        return secret

    # -- adding ----------------------------------------------------------------------------
    def identity(self, token: str) -> Identity | None:
        return self.identities.get(token)

    def add_identity(self, identity: Identity) -> Identity:
        """Remember an identity (or more names of a known one); written at the next flush."""
        self.load()
        known = self.identities.get(identity.token)
        before = None if known is None else (list(known.aliases), known.origin)
        merged = self._merge_identity(identity)
        if before is None or before != (merged.aliases, merged.origin):
            self._queue(merged.record())
        return merged

    def add_rekey(self, rekey: Rekey) -> None:
        self.load()
        known = self.rekeys.get(rekey.old)
        if known is not None and known.new == rekey.new:
            names = list(dict.fromkeys([*known.names, *rekey.names]))
            if names == known.names:
                return
            rekey = Rekey(rekey.old, rekey.new, names, stronger_origin(known.origin, rekey.origin))
        self.rekeys[rekey.old] = rekey
        self._queue(rekey.record())

    def add_text(self, redacted: str, original: str, spans: Iterable[tuple[int, int, str]]) -> None:
        """Keep a stored text's original (and where the names were) for revealing."""
        self._add_text(text_digest(redacted), original, [list(s) for s in spans])

    def _add_text(self, digest: str, original: str, spans: list[list[Any]]) -> None:
        originals = self.texts.setdefault(digest, [])
        if original in originals:
            return
        originals.append(original)
        self._queue({"text": digest, "original": original, "spans": spans})

    def absorb(self, other: Vault) -> int:
        """Take in another vault's records, as `lgraph sync` does for the stores' vaults. A
        vault that does not exist yet is created with the other's secret, so the persons the
        copied graph protects keep their pseudonyms in later ingests too."""
        other.load()
        self.load()
        if self.path.resolve() == other.path.resolve():
            return 0
        if not self.exists() and other._secret is not None and not self._memory:
            self._secret = self._create(other._secret)
        for identity in other.identities.values():
            self.add_identity(
                Identity(
                    identity.token,
                    identity.basis,
                    identity.type,
                    identity.name,
                    list(identity.aliases),
                    identity.origin,
                )
            )
        for rekey in other.rekeys.values():
            self.add_rekey(Rekey(rekey.old, rekey.new, list(rekey.names), rekey.origin))
        for digest, originals in other.texts.items():
            for original in originals:
                self._add_text(digest, original, [])
        return self.flush()

    def mark_repair(self, store: str, run: str, open_: bool) -> None:
        """Record that a run over `store` may leave text to rewrite (open), or has none left."""
        self.load()
        runs = self.repairs.setdefault(store, {})
        runs[run] = open_ and runs.get(run, True)
        self._queue({"repair": store, "run": run, "open": open_})

    def mark_covered(self, store: str, tokens: Iterable[str]) -> None:
        """Record that what `store` holds names none of the identities `tokens` in clear."""
        self.load()
        covered = self.covered.setdefault(store, set())
        new = sorted(set(tokens) - covered)
        if new:
            covered.update(new)
            self._queue({"covered": store, "tokens": new})

    def covered_tokens(self, store: str) -> set[str]:
        """The identities `store` was written or repaired knowing (mark_covered). A store
        that shares this vault with another, or was filled before the vault recorded this,
        may name any other identity of the vault in clear."""
        self.load()
        return set(self.covered.get(store, ()))

    def open_repairs(self, store: str) -> list[str]:
        """Runs over `store` that wrote and never finished their repair (they were killed)."""
        self.load()
        return sorted(run for run, open_ in self.repairs.get(store, {}).items() if open_)

    def _queue(self, record: dict[str, Any]) -> None:
        line = json.dumps(record, ensure_ascii=False, sort_keys=True)
        if line not in self._written:
            self._written.add(line)
            self._pending.append(record)

    def flush(self) -> int:
        """Append the pending records under an exclusive lock; returns how many."""
        if not self._pending:
            return 0
        if self._memory:
            count, self._pending = len(self._pending), []
            return count
        self.secret  # noqa: B018 - the file (and its secret) must exist before any record
        payload = "".join(
            json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in self._pending
        ).encode("utf-8")
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_APPEND)
        except OSError as exc:
            raise VaultError(f"cannot write the vault {self.path}: {exc.strerror or exc}") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            size = os.fstat(fd).st_size
            if size and os.pread(fd, 1, size - 1) != b"\n":
                payload = b"\n" + payload  # a killed writer's torn line stays on its own
            os.write(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)  # closing releases the lock
        count = len(self._pending)
        self._pending = []
        return count

    def key_in_store(self, key: str) -> str:
        """Where the entity keyed `key` before pseudonymisation ("person:maria-jansen",
        "case:maria-jansen-v-parler") is stored now; other keys are returned unchanged."""
        self.load()
        seen: set[str] = set()
        while key not in seen:
            seen.add(key)
            token = self.by_basis.get(key)
            if token is not None:
                return self.identities[token].key
            rekey = self.rekeys.get(key)
            if rekey is None:
                return key
            key = rekey.new
        return key

    # -- revealing -------------------------------------------------------------------------
    def original_text(self, redacted: str) -> str | None:
        """The one original of a stored text, or None if unknown or ambiguous."""
        originals = self.texts.get(text_digest(redacted))
        return originals[0] if originals and len(originals) == 1 else None


def vault_path_for(store: Any) -> Path:
    """The vault of a store: the one `open_store` chose, else the default for its location."""
    from liability_graph.settings import StoreSettings, resolve_vault

    chosen = getattr(store, "vault_path", None)
    if chosen:
        return Path(chosen)
    settings = getattr(store, "settings", None)
    if not isinstance(settings, StoreSettings):
        settings = StoreSettings(kind="embedded", path=Path(getattr(store, "path", "lgraph-data")))
    return resolve_vault(settings)
