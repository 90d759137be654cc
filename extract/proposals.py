"""Proposals: the items of "Key proposals", "Key takeaways", "Recommendations", "Agreed
actions" lists and of a work plan's outputs, attributed to the group they stand under.

The proposer is the nearest heading above the list that is not itself a list label (the
session or working group); items of a work plan that speaks of "the Action Group" are
attributed to the action group the document part is about. Themes come from the item and
the title of the document part it stands in (a supply-chains workshop's proposals are on
supply chains), not from the session title, which often lists every theme at once.
"""

from __future__ import annotations

import re
from typing import Iterator

from kg87.model.document import Block, Document
from kg87.model.gazetteer import load_gazetteer, slugify
from kg87.model.records import Actor, Provenance, Statement, statement_id

from .registry import Context, extractor
from .text import redact_emails
from .themes import themes_of

_PROPOSAL_LIST = re.compile(
    r"\b(key\s+proposals?|key\s+takeaways?|recommendations?|agreed\s+actions?|proposals?|points\s+for\s+discussion|"
    r"propositions?|recommandations?|actions\s+convenues|principales\s+propositions|points\s+de\s+discussion)\b", re.I)
_AUTHOR = re.compile(r"\b(?:Prepared|Written|Drafted|Submitted|Préparé|Rédigé)\s+(?:by|par)\s+(?:the\s+|le\s+|la\s+|l['’])?"
                     r"([A-Z][\w.&'’ -]+?)(?=\s+(?:for|pour)\b|\s*[,;–(]|\.\s|$)")
_WORK_PLAN = re.compile(r"\b(work\s*plan|plan\s+de\s+travail)\b", re.I)
_OUTPUT = re.compile(r"^(?:output|outcome|produit|résultat)\s+\d+\s*[.:]\s*", re.I)
_ACTION_GROUP = re.compile(r"((?:[A-Z][\w-]*\s+)+Action\s+Group|Action\s+Group\s+on\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)")


def _is_label(heading: str) -> bool:
    return heading.rstrip().endswith(":")


def _named_action_group(section: list[str]) -> str | None:
    for heading in section:
        match = _ACTION_GROUP.search(heading)
        if match:
            return re.sub(r"\s+", " ", match.group(1)).strip()
    return None


def _proposer(block: Block, list_depth: int) -> str | None:
    """The nearest non-label heading above the list heading at ``list_depth``."""
    for heading in reversed(block.section[:list_depth]):
        if not _is_label(heading):
            if re.search(r"\bthe\s+action\s+group\b", heading, re.I):
                return _named_action_group(block.section) or heading
            return heading
    return None


def document_author(document: Document) -> str | None:
    """The body a document says prepared it ("Prepared by the Alliance 8.7 Secretariat ...")."""
    for block in list(document.blocks())[:12]:
        match = _AUTHOR.search(block.text)
        if match:
            return match.group(1).strip()
    return None


@extractor("proposals", produces=("proposal",))
def proposals(context: Context) -> Iterator[Statement]:
    """The proposals of a document."""
    document = context.document
    author = document_author(document)
    for block in document.blocks():
        if block.kind == "heading":
            continue
        found = classify(block, author)
        if not found:
            continue
        proposer, text, rule = found
        text = redact_emails(text)
        country = load_gazetteer().country(proposer)
        actor = Actor("country", country.iso3, proposer) if country else Actor("group", slugify(proposer), proposer)
        yield Statement(
            id=statement_id("proposal", document.sha256, block.page, text, proposer), type="proposal",
            actor=actor, text=text, themes=themes_of(text, *block.section[:1]),
            provenance=Provenance(document.name, block.page, redact_emails(block.text), block.bbox,
                                  block.heading_path, 0.8, rule),
        )


def classify(block: Block, author: str | None = None) -> tuple[str, str, str] | None:
    """(proposer, text, rule) when the block is a proposal, else None.

    Items under a list label ("Key proposals:") are the proposals of the session above it;
    items under a heading that is itself the list ("Points for discussion by ...") are the
    proposals of the document's author when it names one.
    """
    innermost = block.section[-1] if block.section else ""
    if block.kind == "bullet" and _PROPOSAL_LIST.search(innermost):
        if _is_label(innermost):
            proposer = _proposer(block, len(block.section) - 1)
        else:
            proposer = author or _proposer(block, len(block.section) - 1)
        return (proposer, block.text, "proposal-list-item") if proposer else None
    plan = next((h for h in block.section if _WORK_PLAN.search(h)), None)
    if plan is None:
        return None
    group = _named_action_group(block.section) or plan
    if _OUTPUT.match(block.text):
        return group, _OUTPUT.sub("", block.text), "work-plan-output"
    if block.kind == "bullet" and _WORK_PLAN.search(innermost):
        return group, block.text, "work-plan-item"
    return None
