"""Commitments from document structure: the items under a country's slide or section are its commitments.

A bullet, or a paragraph set under a sub-heading (a slide column such as "Child Labour"),
that stands below a heading naming a country is a commitment of that country. A "Next
Steps" paragraph is split into one commitment per action. Kind and target year come from
the words of the item and its headings; themes from theme keywords in both. The rows of a
roadmap table under a country's heading, and a country's own announcement of pathfinder
interest, are its commitments too.
"""

from __future__ import annotations

import re
from typing import Iterator

from kg87.model.document import Block, Document
from kg87.model.gazetteer import Gazetteer, load_gazetteer
from kg87.model.records import Provenance, Statement

from .dates import target_year, year_in
from .registry import Context, extractor
from .statements import commitment, country_actor
from .text import redact_emails
from .themes import themes_of

_NEXT_STEPS = re.compile(r"^\s*next\s+steps?\b[^:]*:\s*", re.I)
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


@extractor("commitments.sections", needs=("proposal",), produces=("commitment",))
def section_commitments(context: Context) -> Iterator[Statement]:
    """Items under a country's heading; a block that holds a proposal is the proposal's, not the country's."""
    document, gazetteer = context.document, load_gazetteer()
    proposals = {(p.provenance.page, p.provenance.bbox) for p in context.get("proposal")}
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
        if (block.page, block.bbox) in proposals:
            continue
        headings = block.section[depth + 1:]
        for text, rule in _actions(block.text, is_next_steps):
            yield _item_commitment(document, block, iso3, text, headings, is_next_steps, rule)


def _is_item(block: Block) -> bool:
    """A paragraph that reads as a list item: set in a column, short, one sentence (a slide box)."""
    sentences = len(re.findall(r"[.;!?](?:\s|$)", block.text.rstrip(".") + " "))
    return bool(block.column) and len(block.text.split()) <= 45 and sentences <= 1


_ACTION_COLUMN = re.compile(r"^(actions?|activit(?:y|ies|é|és)|measures?|mesures?|interventions?)$", re.I)
_DEADLINE_COLUMN = re.compile(r"deadline|timeline|timeframe|date|échéance|calendrier|délai|by when", re.I)


@extractor("commitments.roadmap-tables", produces=("commitment",))
def table_commitments(context: Context) -> Iterator[Statement]:
    """Rows of a roadmap table (Outcome | Action | Responsible | Deadline) under a country's heading.

    The country is the actor even where a ministry is named responsible; the deadline gives the year.
    """
    document, gazetteer = context.document, load_gazetteer()
    for page in document.pages:
        for table in page.tables:
            action = next((i for i, h in enumerate(table.header) if _ACTION_COLUMN.match(h.strip())), None)
            if action is None:
                continue
            deadline = next((i for i, h in enumerate(table.header) if _DEADLINE_COLUMN.search(h)), None)
            above = [b for b in page.blocks if b.bbox[3] <= table.bbox[1] + 1] or page.blocks[:1]
            last = above[-1] if above else None
            headings = (last.section + ([last.text] if last.kind == "heading" else [])) if last else []
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
                where = Provenance(document.name, page.number, text, cell.bbox, " > ".join(headings), 0.8,
                                   "roadmap-table-row")
                yield commitment(document.sha256, country_actor(iso3), text, where, kind="plan",
                                 target_year=target_year(f"by {when}") or year_in(when),
                                 themes=themes_of(text, *(c.text for c in row if c.col != action)))


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


def _item_commitment(document: Document, block: Block, iso3: str, text: str, headings: list[str],
                     is_next_steps: bool, rule: str) -> Statement:
    text = redact_emails(text)
    if is_next_steps or re.search(r"next\s+steps?", " ".join(headings), re.I):
        kind = "next-step"
    elif re.search(r"\bwill\b", text):
        kind = "plan"
    else:
        kind = "priority"
    where = Provenance(document.name, block.page, redact_emails(block.text), block.bbox, block.heading_path,
                       0.8 if block.kind == "bullet" else 0.7, rule)
    return commitment(document.sha256, country_actor(iso3), text, where, kind=kind, target_year=target_year(text),
                      themes=themes_of(text, *headings))


@extractor("commitments.pathfinder", needs=("status",), produces=("commitment",))
def pathfinder_commitments(context: Context) -> Iterator[Statement]:
    """A country's own announcement of pathfinder interest is a commitment of kind pathfinder-interest."""
    for fact in context.get("status"):
        if fact.status != "pathfinder_interest" or fact.source != "statement":
            continue
        quote = fact.provenance.quote
        where = Provenance(fact.provenance.document, fact.provenance.page, quote, fact.provenance.bbox, "", 0.7,
                           "pathfinder-intention")
        yield commitment(context.document.sha256, country_actor(fact.iso3), quote, where,
                         kind="pathfinder-interest", target_year=target_year(quote), themes=themes_of(quote))
