"""Commitments, first pass: the items under a country's slide or section are its commitments.

A bullet, or a paragraph set under a sub-heading (a slide column such as "Child Labour"),
that stands below a heading naming a country is a commitment of that country. A "Next
Steps" paragraph is split into one commitment per action. Kind and target year come from
the words of the item and its headings; themes from theme keywords in both.
"""

from __future__ import annotations

import re
from typing import Iterator

from kg87.records import CommitmentRecord, statement_id

from .document import Block, Document
from .entities import redact_emails
from .gazetteer import Gazetteer, load_gazetteer
from .pathfinders import StatusFact
from .proposals import classify, document_author
from .themes import themes_of

_NEXT_STEPS = re.compile(r"^\s*next\s+steps?\b[^:]*:\s*", re.I)
_YEAR = re.compile(r"(?:\b(?:by|before|until|in|end of|from|avant|jusqu'en|en)|d'ici)\s+(?:the\s+end\s+of\s+)?"
                   r"(?:\w+\s+)?((?:19|20)\d\d)\b", re.I)
_PAREN_YEAR = re.compile(r"\((?:[A-Za-z]+\s+)?((?:19|20)\d\d)\)")
_ACTION_BREAK = re.compile(r"(?<=[.;])\s+(?=[A-Za-z])")  # "...; finalize ..." starts an action too


def country_heading(block: Block, gazetteer: Gazetteer) -> tuple[int, str] | None:
    """(depth, iso3) of the innermost heading above the block that names a country."""
    for depth in range(len(block.section) - 1, -1, -1):
        heading = block.section[depth]
        if len(heading.split()) > 6:
            continue
        for candidate in (heading, heading.replace(" ", "")):
            country = gazetteer.country(candidate.strip(" :"))
            if country:
                return depth, country.iso3
    return None


def commitments(document: Document, gazetteer: Gazetteer | None = None) -> Iterator[CommitmentRecord]:
    """The first-pass commitments of a document."""
    gazetteer = gazetteer or load_gazetteer()
    author = document_author(document)
    for block in document.blocks():
        if block.kind == "heading":
            continue
        found = country_heading(block, gazetteer)
        if not found:
            continue
        depth, iso3 = found
        under_subheading = depth < len(block.section) - 1
        is_next_steps = bool(_NEXT_STEPS.match(block.text))
        if not (block.kind == "bullet" or (under_subheading and _is_item(block)) or is_next_steps):
            continue
        if classify(block, author):
            continue  # a proposal under the country's section, not the country's commitment
        label = gazetteer.countries[iso3].label
        context = block.section[depth + 1:]
        for text, rule in _actions(block.text, is_next_steps):
            yield _commitment(document, block, iso3, label, text, context, is_next_steps, rule)


def _is_item(block: Block) -> bool:
    """A paragraph that reads as a list item: set in a column, short, one sentence (a slide box)."""
    sentences = len(re.findall(r"[.;!?](?:\s|$)", block.text.rstrip(".") + " "))
    return bool(block.column) and len(block.text.split()) <= 45 and sentences <= 1


_ACTION_COLUMN = re.compile(r"^(actions?|activit(?:y|ies|é|és)|measures?|mesures?|interventions?)$", re.I)
_DEADLINE_COLUMN = re.compile(r"deadline|timeline|timeframe|date|échéance|calendrier|délai|by when", re.I)


def table_commitments(document: Document, gazetteer: Gazetteer | None = None) -> Iterator[CommitmentRecord]:
    """Rows of a roadmap table (Outcome | Action | Responsible | Deadline) under a country's heading.

    The country is the actor even where a ministry is named responsible; the deadline gives the year.
    """
    gazetteer = gazetteer or load_gazetteer()
    for page in document.pages:
        for table in page.tables:
            action = next((i for i, h in enumerate(table.header) if _ACTION_COLUMN.match(h.strip())), None)
            if action is None:
                continue
            deadline = next((i for i, h in enumerate(table.header) if _DEADLINE_COLUMN.search(h)), None)
            above = [b for b in page.blocks if b.bbox[3] <= table.bbox[1] + 1] or page.blocks[:1]
            context = above[-1] if above else None
            headings = (context.section + ([context.text] if context.kind == "heading" else [])) if context else []
            found = country_heading(Block("", page.number, "paragraph", "", table.bbox, 0, False,
                                          section=headings), gazetteer)
            if not found:
                continue
            iso3 = found[1]
            for row in table.rows():
                cells = {c.col: c for c in row}
                if action not in cells or not cells[action].text:
                    continue
                cell = cells[action]
                when = cells[deadline].text if deadline is not None and deadline in cells else ""
                text = redact_emails(cell.text)
                year = target_year(f"by {when}") or _year_in(when)
                yield CommitmentRecord(
                    id=statement_id("commitment", document.sha256, page.number, text, iso3),
                    actor_type="country", actor_id=iso3, actor_label=gazetteer.countries[iso3].label, text=text,
                    themes=themes_of(text, *(c.text for c in row if c.col != action)), kind="plan",
                    target_year=year, document=document.name, page=page.number, quote=text, bbox=cell.bbox,
                    section=" > ".join(headings), confidence=0.8, rule="roadmap-table-row",
                )


def _year_in(text: str) -> int | None:
    match = re.search(r"\b((?:19|20)\d\d)\b", text)
    return int(match.group(1)) if match else None


def _actions(text: str, is_next_steps: bool) -> Iterator[tuple[str, str]]:
    """One text per action: a Next Steps paragraph splits at each sentence opening with a verb."""
    if not is_next_steps:
        yield text, "country-section-item"
        return
    body = _NEXT_STEPS.sub("", text)
    actions: list[str] = []
    for sentence in _ACTION_BREAK.split(body):
        for part in re.split(r";\s+(?=[a-z]+\s)", sentence):
            first = part.split(" ", 1)[0].lower()
            if actions and (first in {"it", "the", "this", "which", "they", "these", "and"} or not part[:1].isalpha()):
                actions[-1] = f"{actions[-1]} {part}"
            else:
                actions.append(part)
    for action in actions:
        yield action.strip(), "next-steps-action"


def _commitment(document: Document, block: Block, iso3: str, label: str, text: str,
                context: list[str], is_next_steps: bool, rule: str) -> CommitmentRecord:
    text = redact_emails(text)
    headings = " ".join(context)
    if is_next_steps or re.search(r"next\s+steps?", headings, re.I):
        kind = "next-step"
    elif re.search(r"\bwill\b", text):
        kind = "plan"
    else:
        kind = "priority"
    return CommitmentRecord(
        id=statement_id("commitment", document.sha256, block.page, text, iso3),
        actor_type="country", actor_id=iso3, actor_label=label, text=text,
        themes=themes_of(text, *context), kind=kind, target_year=target_year(text),
        document=document.name, page=block.page, quote=redact_emails(block.text), bbox=block.bbox,
        section=block.heading_path, confidence=0.8 if block.kind == "bullet" else 0.7, rule=rule,
    )


def target_year(text: str) -> int | None:
    """The year a text sets as a deadline ('by 2020', 'before July 2019', '(September 2019)')."""
    match = _YEAR.search(text) or _PAREN_YEAR.search(text)
    return int(match.group(1)) if match else None


def pathfinder_commitments(document: Document, facts: list[StatusFact],
                           gazetteer: Gazetteer | None = None) -> Iterator[CommitmentRecord]:
    """A country's own announcement of pathfinder interest is a commitment of kind pathfinder-interest."""
    gazetteer = gazetteer or load_gazetteer()
    for fact in facts:
        if fact.status != "pathfinder_interest" or fact.source != "statement":
            continue
        yield CommitmentRecord(
            id=statement_id("commitment", document.sha256, fact.page, fact.quote, fact.iso3),
            actor_type="country", actor_id=fact.iso3, actor_label=gazetteer.countries[fact.iso3].label,
            text=fact.quote, themes=themes_of(fact.quote), kind="pathfinder-interest",
            target_year=target_year(fact.quote), document=document.name, page=fact.page, quote=fact.quote,
            bbox=fact.bbox, section="", confidence=0.7, rule="pathfinder-intention",
        )
