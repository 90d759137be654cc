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

The built-in extractors are the modules named in ``BUILTIN``; another package registers its own
under the entry-point group ``kg87.extractors`` (each entry point a module to import), as spaCy
finds its factories.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
from importlib import metadata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from kg87.model.document import Document
from kg87.model.files import digest_files
from kg87.model.records import RECORD_SLOTS
from kg87.model.types import statement_types

BUILTIN = ("entities", "pathfinders", "learned", "events")


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
    """What an extractor sees: the document, its spaCy analysis, and the records of the slots filled so far."""

    document: Document
    outputs: dict[str, list] = field(default_factory=dict)
    _analysis: object = None

    def get(self, slot: str) -> list:
        return self.outputs.get(slot, [])

    @property
    def analysis(self):
        """Every block and table cell parsed once (:func:`kg87.extract.nlp.analyse`), on first use."""
        if self._analysis is None:
            from .nlp import analyse

            self._analysis = analyse(self.document)
        return self._analysis


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


@lru_cache(maxsize=1)
def load_builtin() -> None:
    """Import the built-in extractor modules and those of installed packages; they register themselves."""
    for module in BUILTIN:
        importlib.import_module(f"kg87.extract.{module}")
    for entry_point in metadata.entry_points(group="kg87.extractors"):
        importlib.import_module(entry_point.value)


def extractors() -> list[Extractor]:
    """Every registered extractor, in an order that runs each after what it needs."""
    load_builtin()
    pending = sorted(_REGISTRY.values(), key=_builtin_rank)  # stable: registration order within a rank
    produced_by: dict[str, set[str]] = {}
    for item in pending:
        for slot in item.produces:
            produced_by.setdefault(slot, set()).add(item.name)
    unmade = sorted({f"{slot} (needed by {e.name})" for e in pending for slot in e.needs if slot not in produced_by})
    if unmade:
        raise RegistryError(f"no extractor produces {', '.join(unmade)}")
    ordered: list[Extractor] = []
    done: set[str] = set()
    while pending:  # the first ready one in the order above, so the order is stable
        item = next((e for e in pending if all(produced_by.get(slot, set()) - {e.name} <= done for slot in e.needs)),
                    None)
        if item is None:
            names = ", ".join(f"{e.name} (needs {', '.join(e.needs)})" for e in pending)
            raise RegistryError(f"extractors wait on each other: {names}")
        ordered.append(item)
        done.add(item.name)
        pending.remove(item)
    return ordered


def _builtin_rank(item: Extractor) -> int:
    """The place of the extractor's module in BUILTIN, the others after: the same order, and so the same
    fingerprint, in every process, whichever extractor module it happened to import first (a build's
    workers must find the build's fingerprint, or they hand its documents back)."""
    package, _, module = item.run.__module__.rpartition(".")
    return BUILTIN.index(module) if package == __package__ and module in BUILTIN else len(BUILTIN)


def run(document: Document, slots: Iterable[str] | None = None) -> dict[str, list]:
    """Run the extractors on a document — every one, or those ``slots`` need — and return the records by slot."""
    return run_context(document, slots).outputs


def run_context(document: Document, slots: Iterable[str] | None = None) -> Context:
    """The context after running every extractor, or only those that the given slots need, on a document."""
    context = Context(document)
    known = RECORD_SLOTS | {t.name for t in statement_types()}
    chosen = extractors() if slots is None else _needed(set(slots))
    for item in chosen:
        for record in item.run(context):
            slot = record.slot
            if slot not in item.produces or slot not in known:
                raise RegistryError(f"extractor {item.name!r} produced a {slot!r} record; it declares "
                                    f"{', '.join(item.produces)}, and the known slots are {', '.join(sorted(known))}")
            context.outputs.setdefault(slot, []).append(record)
    return context


def _needed(slots: set[str]) -> list[Extractor]:
    """The extractors that produce the slots and, before them, what those need (in run order)."""
    ordered = extractors()
    wanted = set(slots)
    chosen: list[Extractor] = []
    for item in reversed(ordered):
        if wanted & set(item.produces):
            chosen.insert(0, item)
            wanted |= set(item.needs) - set(item.produces)
    return chosen


def fingerprint(*extra: bytes) -> str:
    """A hash of the extractors' code (this package and every registered extractor's module) and of ``extra``."""
    package = Path(__file__).parent
    sources = {Path(inspect.getsourcefile(e.run)) for e in extractors()}
    sources |= set(package.glob("*.py")) | set((package / "data").glob("*"))
    declared = "".join(f"{e.name}{e.needs}{e.produces}" for e in extractors()).encode()
    return hashlib.sha256(digest_files(sources) + declared + b"".join(extra)).hexdigest()[:16]
