"""The records a build extracts: the one set of facts that the graph, the tables and the embeddings view.

Every record carries one :class:`Provenance` (document, 1-based page, the quote as it stands in the
PDF, its bounding box, the heading path, a confidence and the rule that produced it). Statements —
commitments, proposals, interventions and any type registered in :mod:`kg87.model.types` — are one
:class:`Statement` type whose actor is resolved once, with its type. Records serialise to plain JSON.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar

from .errors import OutdatedOutput

BBox = tuple[float, ...]


@dataclass(frozen=True)
class Provenance:
    """Where a record comes from and how it was found."""

    document: str
    page: int
    quote: str
    bbox: BBox = ()
    section: str = ""
    confidence: float = 0.5
    rule: str = ""
    page_label: str = ""  # the page's number as printed on it (page is its position in the file)

    @classmethod
    def from_dict(cls, data: dict) -> "Provenance":
        return cls(**{**data, "bbox": tuple(data.get("bbox", ()))})


@dataclass(frozen=True)
class Actor:
    """Who a statement is by: a country (ISO3), an organisation (slug), a group or a meeting role."""

    type: str  # "country", "organisation", "group" or "role"
    id: str
    label: str

    @property
    def key(self) -> str:
        """``type:id``, e.g. ``country:NPL``."""
        return f"{self.type}:{self.id}"

    @property
    def country(self) -> str:
        """The ISO3 code when the actor is a country, else empty."""
        return self.id if self.type == "country" else ""

    @property
    def organisation(self) -> str:
        """The organisation's slug when the actor is an organisation, else empty."""
        return self.id if self.type == "organisation" else ""


@dataclass(frozen=True)
class ActionParts:
    """What a statement proposes to do: its action verb and the verb's complements, without who acts, where,
    when or how much (read by :mod:`kg87.extract.parts`)."""

    phrase: str  # the action words in their order ("ratify Protocol")
    lemmas: tuple[str, ...]  # their lemmas, lower case
    verb: str  # the action verb's lemma ("" for a nominal statement)
    language: str  # the language it was parsed in ("en", "fr", "es")

    def to_dict(self) -> dict:
        return {**asdict(self), "lemmas": list(self.lemmas)}

    @classmethod
    def from_dict(cls, data: dict) -> "ActionParts":
        return cls(str(data["phrase"]), tuple(data["lemmas"]), str(data["verb"]), str(data["language"]))


@dataclass
class Statement:
    """What an actor committed to, proposed or said, with its type's own attributes.

    ``attributes`` holds the fields its :class:`~kg87.model.types.StatementType` declares
    (a commitment's ``kind`` and ``target_year``, an intervention's ``meeting``).
    """

    id: str
    type: str
    actor: Actor
    text: str
    themes: list[str]
    provenance: Provenance
    attributes: dict[str, Any] = field(default_factory=dict)
    action_parts: ActionParts | None = None  # what an initiative proposes to do, as its extraction read it

    @property
    def slot(self) -> str:
        return self.type

    @property
    def kind(self) -> str:
        """The commitment kind where there is one, else the statement type."""
        return self.attributes.get("kind") or self.type

    def to_dict(self) -> dict:
        data = asdict(self)
        data["action_parts"] = self.action_parts.to_dict() if self.action_parts else None
        return data

    @classmethod
    def from_dict(cls, data: dict) -> "Statement":
        parts = data.get("action_parts")
        return cls(data["id"], data["type"], Actor(**data["actor"]), data["text"], list(data["themes"]),
                   Provenance.from_dict(data["provenance"]), dict(data.get("attributes", {})),
                   ActionParts.from_dict(parts) if parts else None)


@dataclass
class Event:
    """A meeting, workshop, conference or forum a document names."""

    SLOT: ClassVar[str] = "event"
    id: str
    label: str
    start_date: str | None
    location: str
    provenance: Provenance

    @property
    def slot(self) -> str:
        return self.SLOT


@dataclass(frozen=True)
class Mention:
    """One naming of a country or organisation at a place in a document."""

    SLOT: ClassVar[str] = "mention"
    kind: str  # "country" or "organisation"
    id: str
    surface: str
    block_id: str
    provenance: Provenance
    start: int = -1  # character offsets in the block's text (-1: a table cell's whole text)
    end: int = -1

    @property
    def slot(self) -> str:
        return self.SLOT


@dataclass(frozen=True)
class FoundOrganisation:
    """An organisation the gazetteer does not list, as learned from a document."""

    SLOT: ClassVar[str] = "organisation"
    id: str
    label: str
    acronym: str
    type: str
    country: str

    @property
    def slot(self) -> str:
        return self.SLOT


PATHFINDER_STATUSES = ("pathfinder_interest", "workshop_held", "workshop_scheduled")


@dataclass(frozen=True)
class StatusFact:
    """One country's pathfinder status as one place in a document states it."""

    SLOT: ClassVar[str] = "status"
    iso3: str
    status: str  # pathfinder_interest, workshop_held or workshop_scheduled
    source: str  # "list" (one of several countries named together) or "statement"
    block_id: str
    provenance: Provenance

    @property
    def slot(self) -> str:
        return self.SLOT


@dataclass
class DocumentInfo:
    """What was read of one PDF."""

    name: str
    sha256: str
    title: str
    pages: int
    reader: str
    page_errors: dict[int, str] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    language: str = ""  # ISO 639-1 code of the language most of it is written in
    page_labels: dict[int, str] = field(default_factory=dict)  # page → the number printed on it, where one is


@dataclass
class CountryRecord:
    """A country named in the build, with its codes, pathfinder status and first mention."""

    iso3: str
    label: str
    iso2: str
    m49: str
    provenance: Provenance
    pathfinder_interest: bool | None = None
    workshop_held: bool | None = None
    workshop_scheduled: bool | None = None
    mentions: int = 0


@dataclass
class OrganisationRecord:
    """An organisation named in the build, with acronym, type and first mention."""

    id: str
    label: str
    acronym: str
    type: str
    country: str
    provenance: Provenance
    mentions: int = 0


@dataclass
class DuplicateMember:
    """A statement in a duplicate cluster: its similarity to the most central one, the probability that
    it duplicates it, and co-actors."""

    statement_id: str
    similarity: float
    co_actors: list[str] = field(default_factory=list)  # other actors of the same quote (a joint statement)
    probability: float = 1.0  # that it duplicates the most central statement (1 for that statement)


@dataclass
class DuplicateCluster:
    """Near-duplicate or overlapping initiatives of different actors or documents."""

    id: str
    label: str  # the text of its most central statement
    themes: list[str]
    members: list[DuplicateMember]
    action: str = ""  # the action-type slug its members share, "" when none
    relation: str = "overlap"  # "restatement": one actor's initiative restated within one document
    shared_terms: list[str] = field(default_factory=list)  # words its members share that few others use
    review: str = ""  # "accepted" when a reviewer accepted every pair of its members, "partly accepted" when some


@dataclass(frozen=True)
class DuplicateReview:
    """A reviewer's decision on a pair of initiatives: duplicates or not, by whom and when."""

    first: str  # statement ids, first < second
    second: str
    duplicate: bool
    reviewer: str
    decided: str  # ISO 8601, UTC
    first_text: str = ""
    second_text: str = ""


@dataclass
class Records:
    """Everything one build extracted, across all its documents."""

    documents: list[DocumentInfo] = field(default_factory=list)
    countries: list[CountryRecord] = field(default_factory=list)
    organisations: list[OrganisationRecord] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    duplicates: list[DuplicateCluster] = field(default_factory=list)
    reviews: list[DuplicateReview] = field(default_factory=list)  # the decisions applied to ``duplicates``

    def of_type(self, statement_type: str) -> list[Statement]:
        """The statements of one type, in build order."""
        return [s for s in self.statements if s.type == statement_type]

    def statement_index(self) -> dict[str, Statement]:
        return {s.id: s for s in self.statements}

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Records":
        """Records read back from ``records.json``; OutdatedOutput if another version of kg87 wrote it."""
        try:
            return cls._from_dict(data)
        except (KeyError, TypeError, AttributeError) as exc:
            raise OutdatedOutput(f"the build was written by another version of kg87 ({type(exc).__name__}: "
                                 f"{exc}): run `kg87 build` again") from None

    @classmethod
    def _from_dict(cls, data: dict) -> "Records":
        return cls(
            documents=[DocumentInfo(**{**d, "page_errors": {int(k): v for k, v in d.get("page_errors", {}).items()},
                                       "page_labels": {int(k): v for k, v in d.get("page_labels", {}).items()}})
                       for d in data.get("documents", [])],
            countries=[_with_provenance(CountryRecord, row) for row in data.get("countries", [])],
            organisations=[_with_provenance(OrganisationRecord, row) for row in data.get("organisations", [])],
            statements=[Statement.from_dict(row) for row in data.get("statements", [])],
            events=[_with_provenance(Event, row) for row in data.get("events", [])],
            duplicates=[DuplicateCluster(**{**c, "members": [DuplicateMember(**m) for m in c["members"]]})
                        for c in data.get("duplicates", [])],
            reviews=[DuplicateReview(**r) for r in data.get("reviews", [])],
        )


_RECORD_KINDS = {kind.SLOT: kind for kind in (Mention, FoundOrganisation, StatusFact, Event)}
RECORD_SLOTS = frozenset(_RECORD_KINDS)  # the slots of records other than statements


def record_to_dict(record) -> dict:
    return asdict(record)


def record_from_dict(slot: str, data: dict):
    """A record of a slot read back from its dict (statement slots hold Statements)."""
    kind = _RECORD_KINDS.get(slot)
    if kind is None:
        return Statement.from_dict(data)
    if kind is FoundOrganisation:
        return kind(**data)
    return _with_provenance(kind, data)


def _with_provenance(kind, row: dict):
    names = {f.name for f in fields(kind)}
    values = {k: v for k, v in row.items() if k in names}
    return kind(**{**values, "provenance": Provenance.from_dict(row["provenance"])})


def statement_id(kind: str, document_sha: str, page: int, text: str, actor: str = "") -> str:
    """A stable id: the same statement in the same document always gets the same id."""
    digest = hashlib.sha256(f"{kind}|{document_sha}|{page}|{actor}|{text}".encode()).hexdigest()
    return f"{kind[0]}-{digest[:12]}"
