"""The extracted records: the one set of facts that the graph and the tables are views of.

Each statement carries its provenance (document, 1-based page, the quote as it stands in
the PDF, and the quote's bounding box on the page). Records serialise to plain JSON.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, fields


@dataclass
class DocumentRecord:
    name: str
    sha256: str
    title: str
    pages: int
    reader: str
    page_errors: dict[int, str] = field(default_factory=dict)
    countries: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)


@dataclass
class CountryRecord:
    iso3: str
    label: str
    iso2: str = ""
    m49: str = ""
    pathfinder_interest: bool | None = None
    workshop_held: bool | None = None
    workshop_scheduled: bool | None = None
    mentions: int = 0
    document: str = ""
    page: int = 0
    quote: str = ""
    bbox: tuple[float, ...] = ()


@dataclass
class OrganisationRecord:
    id: str
    label: str
    acronym: str = ""
    type: str = "other"
    country: str = ""
    mentions: int = 0
    document: str = ""
    page: int = 0
    quote: str = ""
    bbox: tuple[float, ...] = ()


@dataclass
class CommitmentRecord:
    id: str
    actor_type: str
    actor_id: str
    actor_label: str
    text: str
    themes: list[str]
    kind: str
    target_year: int | None
    document: str
    page: int
    quote: str
    bbox: tuple[float, float, float, float]
    section: str = ""
    confidence: float = 0.5
    rule: str = ""


@dataclass
class ProposalRecord:
    id: str
    proposer_label: str
    text: str
    themes: list[str]
    document: str
    page: int
    quote: str
    bbox: tuple[float, float, float, float]
    section: str = ""
    confidence: float = 0.5
    rule: str = ""


@dataclass
class InterventionRecord:
    id: str
    speaker_id: str
    speaker_label: str
    meeting: str
    text: str
    themes: list[str]
    document: str
    page: int
    quote: str
    bbox: tuple[float, float, float, float]
    confidence: float = 0.5
    rule: str = ""


@dataclass
class EventRecord:
    id: str
    label: str
    start_date: str | None
    location: str
    document: str
    page: int
    quote: str
    bbox: tuple[float, float, float, float]


@dataclass
class DuplicateMember:
    statement_id: str
    table: str  # commitment or proposal
    actor_label: str
    text: str
    similarity: float  # cosine similarity to the cluster's most central statement
    document: str
    page: int
    quote: str
    co_actors: list[str] = field(default_factory=list)  # other actors of the same quote (a joint statement)


@dataclass
class DuplicateCluster:
    """Near-duplicate or overlapping initiatives of different actors or documents."""

    id: str
    label: str  # the text of its most central statement
    themes: list[str]
    members: list[DuplicateMember]
    action: str = ""  # the action-type slug its members share, "" when none


@dataclass
class Records:
    """Everything one build extracted, across all its documents."""

    documents: list[DocumentRecord] = field(default_factory=list)
    countries: list[CountryRecord] = field(default_factory=list)
    organisations: list[OrganisationRecord] = field(default_factory=list)
    commitments: list[CommitmentRecord] = field(default_factory=list)
    proposals: list[ProposalRecord] = field(default_factory=list)
    interventions: list[InterventionRecord] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    duplicates: list[DuplicateCluster] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Records":
        def load(kind, rows):
            names = {f.name for f in fields(kind)}
            return [kind(**{k: v for k, v in row.items() if k in names}) for row in rows]

        records = cls(
            documents=load(DocumentRecord, data.get("documents", [])),
            countries=load(CountryRecord, data.get("countries", [])),
            organisations=load(OrganisationRecord, data.get("organisations", [])),
            commitments=load(CommitmentRecord, data.get("commitments", [])),
            proposals=load(ProposalRecord, data.get("proposals", [])),
            interventions=load(InterventionRecord, data.get("interventions", [])),
            events=load(EventRecord, data.get("events", [])),
            duplicates=[DuplicateCluster(**{**c, "members": [DuplicateMember(**m) for m in c["members"]]})
                        for c in data.get("duplicates", [])],
        )
        for row in (records.countries + records.organisations + records.commitments + records.proposals
                    + records.interventions + records.events):
            row.bbox = tuple(row.bbox)
        return records


def statement_id(kind: str, document_sha: str, page: int, text: str, actor: str = "") -> str:
    """A stable id: the same statement in the same document always gets the same id."""
    digest = hashlib.sha256(f"{kind}|{document_sha}|{page}|{actor}|{text}".encode()).hexdigest()
    return f"{kind[0]}-{digest[:12]}"
