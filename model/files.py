"""Files: atomic writes (a reader, or a crash, never sees a half-written file) and file digests."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write bytes to a temporary file beside ``path``, flush it to disk, then rename it over ``path``; the file
    gets the user's normal permissions (a temporary file's are the owner's only)."""
    with atomic_file(path) as fh:
        fh.write(data)


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write in parts (a large file is never held whole in memory), which replaces ``path``
    in one step when the block ends without an error, and is removed when it raises."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), 0o666 & ~_umask())
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    """The process's file-creation mask (read by setting it, then put back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str) -> None:
    """Write text (UTF-8) atomically: a temporary file beside ``path``, flushed, then renamed over it."""
    write_bytes_atomic(path, text.encode("utf-8"))


def write_json_atomic(path: Path, data) -> None:
    write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, default=str))


def printable(path: Path | str) -> str:
    """A path as text that can be printed and stored: bytes of a file name that are not UTF-8 become U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def digest_files(paths: Iterable[Path]) -> bytes:
    """The SHA-256 of files' names and contents, in a stable order (a fingerprint of code and data)."""
    digest = hashlib.sha256()
    for path in sorted(paths, key=lambda p: (Path(p).name, str(p))):
        digest.update(Path(path).name.encode())
        digest.update(Path(path).read_bytes())
    return digest.digest()
