"""Making statements: the one place a commitment's id, actor and attributes are put together."""

from __future__ import annotations

from kg87.model.gazetteer import load_gazetteer
from kg87.model.records import Actor, Provenance, Statement, statement_id


def country_actor(iso3: str) -> Actor:
    """A country as an actor, labelled with its English name."""
    return Actor("country", iso3, load_gazetteer().countries[iso3].label)


def commitment(document_sha: str, actor: Actor, text: str, provenance: Provenance, *, kind: str,
               target_year: int | None, themes: list[str]) -> Statement:
    """A commitment statement with its stable id."""
    return Statement(
        id=statement_id("commitment", document_sha, provenance.page, text, actor.id), type="commitment",
        actor=actor, text=text, themes=themes, provenance=provenance,
        attributes={"kind": kind, "target_year": target_year},
    )
