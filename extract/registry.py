"""Extractors as registered components, in the manner of spaCy's component registry.

An extractor is a function of a :class:`Context` (the document, and what the extractors before
it produced) that yields records. It declares what it needs and what it produces as *slots*:
``mention``, ``organisation``, ``status``, ``event`` and one slot per statement type
(``commitment``, ``proposal``, ``intervention``, …). The pipeline runs the extractors in
dependency order — an extractor runs after every other extractor that produces a slot it
needs — and files each record under its own slot::

    from kg87.extract.registry import extractor

    @extractor("commitments.toy", needs=("mention",), produces=("commitment",))
    def toy_commitments(context):
        for mention in context.get("mention"):
            yield Statement(...)

The built-in extractors are the modules named in ``BUILTIN``; another module registers its own
extractors by being imported before the build.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from kg87.model.document import Document

BUILTIN = ("entities", "pathfinders", "proposals", "sections", "cues", "interventions", "events")


class RegistryError(ValueError):
    """Extractors whose declarations cannot be satisfied (a cycle, a missing slot, a record out of place)."""


@dataclass(frozen=True)
class Extractor:
    name: str
    needs: tuple[str, ...]
    produces: tuple[str, ...]
    run: Callable[["Context"], Iterable[object]]


@dataclass
class Context:
    """What an extractor sees: the document and the records of the slots filled so far."""

    document: Document
    outputs: dict[str, list] = field(default_factory=dict)

    def get(self, slot: str) -> list:
        return self.outputs.get(slot, [])


_REGISTRY: dict[str, Extractor] = {}


def extractor(name: str, *, needs: Iterable[str] = (), produces: Iterable[str]):
    """Register the decorated function as the extractor ``name``."""
    def register(function: Callable[[Context], Iterable[object]]):
        if name in _REGISTRY and _REGISTRY[name].run is not function:
            raise RegistryError(f"an extractor named {name!r} is already registered")
        _REGISTRY[name] = Extractor(name, tuple(needs), tuple(produces), function)
        return function
    return register


def unregister(name: str) -> None:
    """Remove an extractor (for tests that register one of their own)."""
    _REGISTRY.pop(name, None)


def load_builtin() -> None:
    """Import the built-in extractor modules, which register themselves."""
    for module in BUILTIN:
        importlib.import_module(f"kg87.extract.{module}")


def extractors() -> list[Extractor]:
    """Every registered extractor, in an order that runs each after what it needs."""
    load_builtin()
    pending = list(_REGISTRY.values())
    produced_by: dict[str, set[str]] = {}
    for item in pending:
        for slot in item.produces:
            produced_by.setdefault(slot, set()).add(item.name)
    ordered: list[Extractor] = []
    done: set[str] = set()
    while pending:  # the first ready one in registration order, so the order is stable
        item = next((e for e in pending if all(produced_by.get(slot, set()) - {e.name} <= done for slot in e.needs)),
                    None)
        if item is None:
            names = ", ".join(f"{e.name} (needs {', '.join(e.needs)})" for e in pending)
            raise RegistryError(f"extractors wait on each other: {names}")
        ordered.append(item)
        done.add(item.name)
        pending.remove(item)
    return ordered


def run(document: Document) -> dict[str, list]:
    """Run every extractor on a document; return the records by slot."""
    context = Context(document)
    for item in extractors():
        for record in item.run(context):
            slot = record.slot
            if slot not in item.produces:
                raise RegistryError(f"extractor {item.name!r} produced a {slot!r} record but declares only "
                                    f"{', '.join(item.produces)}")
            context.outputs.setdefault(slot, []).append(record)
    return context.outputs


def fingerprint(*extra: bytes) -> str:
    """A hash of the extractors' code (every registered extractor's module) and of ``extra``."""
    digest = hashlib.sha256()
    sources = {Path(inspect.getsourcefile(e.run)) for e in extractors()}
    package = Path(__file__).parent
    sources |= set(package.glob("*.py")) | set((package / "data").glob("*"))
    for path in sorted(sources, key=lambda p: (p.name, str(p))):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    for item in (*extra, *(f"{e.name}{e.needs}{e.produces}".encode() for e in extractors())):
        digest.update(item)
    return digest.hexdigest()[:16]
