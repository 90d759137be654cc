"""Published builds: each build in a folder of its own, one link naming the current one.

    output/
      builds/<id>/    records.json, tables/, graph/, embeddings/, networks/, build.json, manifest.json
      current         a symbolic link to builds/<id>; replacing it is the one commit point of a build
      tables, graph…  links through current/, so output/tables/commitments.csv keeps its name
      .lock           held by the build writing here

A build is written in ``builds/.staging-<id>``, its manifest (the SHA-256 of every file) last, then
renamed and made current by replacing the ``current`` link with ``os.replace``: every reader sees one
complete build, the one before or the one after. Readers check the files they read against the
manifest, so a damaged file is reported, never used.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import secrets
import shutil
import signal
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from .files import write_json_atomic

ARTEFACTS = ("records.json", "tables", "graph", "embeddings", "networks", "build.json")
MANIFEST = "manifest.json"
CURRENT = "current"
BUILDS = "builds"
LOCK = ".lock"
_STAGING = ".staging-"
_CRASH_VARIABLE = "KG87_CRASH_AT"  # tests: the publishing step at which the process kills itself


class BuildMissing(Exception):
    """No build has been published in the folder yet."""


class DamagedOutput(Exception):
    """A published file differs from what its build wrote."""


class BuildLocked(Exception):
    """Another process is writing a build into the same folder."""


def crash_point(step: str) -> None:
    """Kill this process at ``step`` when the environment asks for it (how tests interrupt a build)."""
    if os.environ.get(_CRASH_VARIABLE) == step:
        os.kill(os.getpid(), signal.SIGKILL)


@contextmanager
def writer_lock(out_dir: Path, wait: bool = False) -> Iterator[None]:
    """Hold the folder's writer lock; fail at once naming the holder's PID, or wait for it."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / LOCK, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise BuildLocked(f"another kg87 build (PID {holder}) is writing to {out_dir}/; "
                              "wait for it, or run with --wait") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def recover(out_dir: Path) -> list[str]:
    """Remove what an interrupted build left (staging folders, builds no longer current); one line each.

    Call it holding the writer lock: the folders of a running build are not leftovers.
    """
    out_dir = Path(out_dir)
    current = _current_target(out_dir)
    leftovers = [p for p in _children(out_dir / BUILDS) if p != current]
    leftovers += [p for p in _children(out_dir) if p.name.startswith((_STAGING, ".old-", ".current-"))]
    lines = []
    for path in leftovers:
        kind = "staging folder of an interrupted build" if path.name.startswith(_STAGING) else "earlier build"
        _remove(path)
        lines.append(f"removed the {kind} {path}")
    return lines


def new_staging(out_dir: Path) -> Path:
    """An empty folder for the next build, beside the published ones."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    staging = Path(out_dir) / BUILDS / f"{_STAGING}{stamp}-{secrets.token_hex(3)}"
    staging.mkdir(parents=True)
    return staging


def publish(out_dir: Path, staging: Path) -> Path:
    """Seal the staged build with its manifest and make it the current one; return its folder."""
    out_dir = Path(out_dir)
    previous = _current_target(out_dir)
    write_json_atomic(staging / MANIFEST, {"files": _digests(staging)})
    crash_point("manifest-written")
    _fsync_tree(staging)
    build = staging.with_name(staging.name.removeprefix(_STAGING))
    os.replace(staging, build)
    crash_point("build-renamed")
    _replace_link(out_dir / CURRENT, Path(BUILDS) / build.name)
    crash_point("current-replaced")
    _link_artefacts(out_dir)
    crash_point("artefacts-linked")
    if previous is not None and previous != build and previous.parent == out_dir / BUILDS:
        _remove(previous)
    return build


def current_build(out_dir: Path) -> Path:
    """The folder of the current build under ``out_dir``."""
    target = _current_target(Path(out_dir))
    if target is None or not (target / MANIFEST).is_file():
        raise BuildMissing(f"no build at {out_dir}/: run `kg87 build` first")
    return target


def read_json(out_dir: Path, name: str):
    """A JSON artefact of the current build (records.json, build.json), checked against its manifest."""
    return load_json(current_build(out_dir), name)


def load_json(build: Path, name: str):
    """A JSON artefact of the given build folder, checked against its manifest."""
    verify(build, [name])
    return json.loads((build / name).read_text(encoding="utf-8"))


def verify(build: Path, names: Iterable[str] = ARTEFACTS) -> None:
    """Check the named artefacts of a build (files or folders) against its manifest."""
    problems = damaged(build, names)
    if problems:
        raise DamagedOutput(f"output is damaged ({problems[0]}): run `kg87 build`")


def damaged(build: Path, names: Iterable[str] = ARTEFACTS) -> list[str]:
    """What differs from the build's manifest among the named artefacts: one line per file."""
    try:
        recorded: dict[str, str] = json.loads((build / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return [f"{build / MANIFEST} is missing or unreadable"]
    prefixes = tuple(names)
    wanted = {path: digest for path, digest in recorded.items() if path.split("/")[0] in prefixes}
    found = _digests(build, prefixes)
    problems = [f"{path} is missing" for path in sorted(wanted) if path not in found]
    problems += [f"{path} has changed" for path in sorted(wanted) if path in found and found[path] != wanted[path]]
    problems += [f"{path} is not part of the build" for path in sorted(set(found) - set(wanted))]
    return problems


def _digests(folder: Path, names: tuple[str, ...] | None = None) -> dict[str, str]:
    """SHA-256 of every file under ``folder`` (or under its named artefacts), by relative path."""
    out = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_file() and relative != MANIFEST and (names is None or relative.split("/")[0] in names):
            out[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def _current_target(out_dir: Path) -> Path | None:
    """The current build's folder: the target of the link, or the folder itself where a copy followed links."""
    link = out_dir / CURRENT
    if link.is_symlink():
        return out_dir / os.readlink(link)
    return link if link.is_dir() else None


def _replace_link(link: Path, target: Path) -> None:
    """Point ``link`` at ``target`` in one rename (a new link beside it, moved over it); a folder or file in
    its place (an older layout, a copy that followed links) is moved away first."""
    if link.exists() and not link.is_symlink():
        old = link.with_name(f".old-{link.name}-{os.getpid()}")
        os.replace(link, old)
        _remove(old)
    temporary = link.with_name(f".current-{link.name}-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(target)
    os.replace(temporary, link)
    _fsync_folder(link.parent)


def _link_artefacts(out_dir: Path) -> None:
    """Make output/<artefact> a link through current/ (a folder of an older layout is moved away)."""
    for name in ARTEFACTS:
        path, target = out_dir / name, Path(CURRENT) / name
        if not (path.is_symlink() and Path(os.readlink(path)) == target):
            _replace_link(path, target)


def _children(folder: Path) -> list[Path]:
    return sorted(folder.iterdir()) if folder.is_dir() else []


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _fsync_tree(folder: Path) -> None:
    """Flush every file and folder of a staged build to disk before it is made current."""
    for path in [folder, *folder.rglob("*")]:
        if path.is_dir():
            _fsync_folder(path)
        else:
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
