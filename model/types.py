"""Statement types: what each kind of statement holds, and how its table, graph and shapes show it.

A :class:`StatementType` declares its name, its table and columns, the attributes (fields) of
its own with their datatype and RDF property, and the property that names its actor. The
tables, the data dictionary, the graph triples and the SHACL shapes are all generated from
these declarations, so a new kind of statement is one ``register_statement_type`` call plus
the extractor that produces it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .records import Statement

COMMITMENT_KINDS = ("priority", "next-step", "pledge", "pathfinder-interest", "ratification", "plan", "other")
PROVENANCE_COLUMNS = ("document", "page", "quote", "section", "bbox", "confidence", "rule", "page_label")


@dataclass(frozen=True)
class Field:
    """An attribute of a statement type: a table column and, where it has one, a graph property.

    ``rdf_value`` says how its value becomes an RDF term: ``literal``; ``gYear``; ``concept:SCHEME``
    (the concept ``kgid:SCHEME/value``); or ``node:PATH:Class`` (a resource ``kgid:PATH/slug`` of
    that class, labelled with the value).
    """

    name: str
    description: str
    datatype: str = "string"
    rdf_property: str = ""
    rdf_value: str = "literal"
    required: bool = False


@dataclass(frozen=True)
class StatementType:
    """The declaration of one kind of statement."""

    name: str  # singular, e.g. "commitment"; also the statement's slot and its id's first letter
    plural: str  # the table ("commitments.csv") and the answer key's list
    rdf_class: str  # class in the kg87 ontology
    description: str  # what a row is, for the data dictionary
    columns: tuple[str, ...]  # table columns, contract columns first
    actor_columns: tuple[tuple[str, str, str], ...]  # (column, Actor attribute, description)
    fields: tuple[Field, ...] = ()
    actor_property: str = ""  # a property naming the actor besides kg87:actor ("proposer", "speaker")
    actor_classes: tuple[str, ...] = ()  # classes the actor must have; () for any

    @property
    def table(self) -> str:
        return f"{self.plural}.csv"

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    def value(self, statement: Statement, column: str):
        """The value of one column for a statement of this type."""
        actor = next((attr for col, attr, _ in self.actor_columns if col == column), None)
        if actor:
            return getattr(statement.actor, actor)
        if column in ("id", "text", "themes"):
            return getattr(statement, column)
        if column in PROVENANCE_COLUMNS:
            return getattr(statement.provenance, column)
        return statement.attributes.get(column)


_TYPES: dict[str, StatementType] = {}


_RESERVED_LETTERS = {"e"}  # event ids are e-…


def register_statement_type(statement_type: StatementType) -> StatementType:
    """Add a statement type: its name must be new and its first letter (its ids' prefix) its own."""
    if statement_type.name in _TYPES:
        raise ValueError(f"statement type {statement_type.name!r} is already registered")
    letter = statement_type.name[0]
    taken = next((t.name for t in _TYPES.values() if t.name[0] == letter), None)
    if taken or letter in _RESERVED_LETTERS:
        raise ValueError(f"statement type {statement_type.name!r}: its ids would start with {letter}-, "
                         f"like those of {taken or 'events'}; choose a name with another first letter")
    _TYPES[statement_type.name] = statement_type
    return statement_type


def type_of_id(statement_id: str) -> StatementType:
    """The statement type of a statement id (c-… a commitment, p-… a proposal, …)."""
    found = next((t for t in _TYPES.values() if statement_id[:2] == f"{t.name[0]}-"), None)
    if found is None:
        raise ValueError(f"{statement_id!r} is not the id of a statement of a registered type")
    return found


def unregister_statement_type(name: str) -> None:
    """Remove a statement type (for tests that register one of their own)."""
    _TYPES.pop(name, None)


def statement_types() -> tuple[StatementType, ...]:
    """Every registered statement type, in registration order."""
    return tuple(_TYPES.values())


def statement_type(name: str) -> StatementType:
    return _TYPES[name]


COMMITMENT = register_statement_type(StatementType(
    name="commitment", plural="commitments", rdf_class="Commitment",
    description="What a country or organisation committed to: priorities, next steps, pledges, pathfinder "
                "interest, ratifications and plans.",
    columns=("id", "actor_type", "actor_id", "actor_label", "text", "themes", "kind", "target_year",
             *PROVENANCE_COLUMNS, "actor_country", "actor_organisation"),
    actor_columns=(("actor_type", "type", "country or organisation."),
                   ("actor_id", "id", "ISO 3166-1 alpha-3 code of a country (NPL) or the slug of an "
                                      "organisation (ilo)."),
                   ("actor_label", "label", "Name of the country or organisation that committed."),
                   ("actor_country", "country", "actor_id when the actor is a country (a key of countries.csv); "
                                                "empty otherwise."),
                   ("actor_organisation", "organisation", "actor_id when the actor is an organisation (a key of "
                                                          "organisations.csv); empty otherwise.")),
    fields=(Field("kind", f"One of {', '.join(COMMITMENT_KINDS)}.", rdf_property="kind",
                  rdf_value="concept:commitment-kind", required=True),
            Field("target_year", "Year by which the commitment is to be achieved; empty if none is stated.",
                  datatype="gYear", rdf_property="targetYear", rdf_value="gYear")),
    actor_classes=("Country", "Organisation"),
))

PROPOSAL = register_statement_type(StatementType(
    name="proposal", plural="proposals", rdf_class="Proposal",
    description="What a working group, action group, meeting session or organisation proposed or recommended.",
    columns=("id", "proposer_label", "text", "themes", *PROVENANCE_COLUMNS),
    actor_columns=(("proposer_label", "label", "The working group, action group, session or organisation "
                                               "that proposed it."),),
    actor_property="proposer",
))

INTERVENTION = register_statement_type(StatementType(
    name="intervention", plural="interventions", rdf_class="Intervention",
    description="What a country or organisation said or asked at a meeting.",
    columns=("id", "speaker_id", "speaker_label", "meeting", "text", "document", "page", "quote", "themes", "bbox",
             "confidence", "rule", "page_label", "speaker_country", "speaker_organisation"),
    actor_columns=(("speaker_id", "key", "country:ISO3 or organisation:slug of the speaker, or role:name for a "
                                         "role such as the Chair."),
                   ("speaker_label", "label", "Name of the speaker."),
                   ("speaker_country", "country", "ISO3 code when the speaker is a country (a key of "
                                                  "countries.csv); empty otherwise."),
                   ("speaker_organisation", "organisation", "Slug when the speaker is an organisation (a key of "
                                                            "organisations.csv); empty otherwise.")),
    fields=(Field("meeting", "Name of the meeting at which it was said.", rdf_property="atEvent",
                  rdf_value="node:event:Event"),),
    actor_property="speaker",
))
