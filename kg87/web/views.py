"""What each page shows, as plain data: the template renders it and ``?format=json`` returns it as it is.

Every function takes the :class:`~kg87.web.corpus.Corpus` of the current build and raises
:class:`NotFound` for an id the build does not have.
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import quote

from kg87.model.records import Actor, Statement
from kg87.similarity.embeddings import most_similar

from .corpus import Corpus

FILTERS = ("country", "organisation", "theme", "kind", "document", "year")
RESULTS = 50  # statements a search shows


class NotFound(LookupError):
    """The build has no such thing; the message says what was asked for."""


def actor_ref(actor: Actor) -> dict:
    """An actor with the address of its page."""
    place = "country" if actor.type == "country" else "organisation"
    return {"type": actor.type, "id": actor.id, "label": actor.label, "href": f"/{place}/{quote(actor.id)}"}


def brief(s: Statement) -> dict:
    """A statement as lists show it."""
    return {"id": s.id, "type": s.type, "kind": s.kind, "year": s.attributes.get("target_year"),
            "actor": actor_ref(s.actor), "text": s.text, "quote": s.provenance.quote, "themes": s.themes,
            "document": s.provenance.document, "page": s.provenance.page, "page_label": s.provenance.page_label,
            "href": f"/statement/{quote(s.id)}"}


def search_view(corpus: Corpus, params: dict, encode=None) -> dict:
    """Statements matching words (text search) or nearest in meaning (semantic), within the filters chosen."""
    q, mode = params.get("q", "").strip(), params.get("mode", "text")
    chosen = {f: params.get(f, "") for f in FILTERS}
    if mode == "semantic" and q:
        ranked = _semantic(corpus, q, encode)
    else:
        mode, words = "text", q.lower().split()
        ranked = [(s, None) for s in corpus.records.statements
                  if all(w in f"{s.text} {s.provenance.quote} {s.actor.label}".lower() for w in words)]
    hits = [(s, score) for s, score in ranked if _passes(s, chosen)]
    return {"q": q, "mode": mode, "filters": chosen, "options": _options(corpus), "total": len(hits),
            "results": [{**brief(s), "score": score} for s, score in hits[:RESULTS]]}


def _semantic(corpus: Corpus, q: str, encode) -> list[tuple[Statement, float]]:
    """Every statement ranked by cosine similarity to a text (or to a statement, given its id)."""
    embeddings = corpus.embeddings
    return [(s, round(score, 3)) for s, score in most_similar(embeddings, q, len(embeddings.statements), encode)]


def _passes(s: Statement, chosen: dict) -> bool:
    values = {"country": s.actor.id if s.actor.type == "country" else None,
              "organisation": s.actor.id if s.actor.type != "country" else None,
              "kind": s.kind, "document": s.provenance.document, "year": str(s.attributes.get("target_year"))}
    return all(not wanted or (wanted in s.themes if name == "theme" else values[name] == wanted)
               for name, wanted in chosen.items())


def _options(corpus: Corpus) -> dict:
    """The values each filter offers: those the build's statements have."""
    statements = corpus.records.statements
    actors = {s.actor.id: s.actor.label for s in statements if s.actor.type != "country"}
    return {
        "country": sorted({(s.actor.id, corpus.countries[s.actor.id].label if s.actor.id in corpus.countries
                            else s.actor.label) for s in statements if s.actor.type == "country"}, key=lambda o: o[1]),
        "organisation": sorted(actors.items(), key=lambda o: o[1].lower()),
        "theme": [(slug, label) for slug, label in corpus.themes.items() if any(slug in s.themes for s in statements)],
        "kind": [(k, k) for k in sorted({s.kind for s in statements})],
        "document": [(d, d) for d in corpus.documents],
        "year": [(str(y), str(y)) for y in sorted({s.attributes.get("target_year") for s in statements} - {None})],
    }


def country_view(corpus: Corpus, iso3: str) -> dict:
    """A country's pathfinder status, its commitments by theme, the country × theme overview and its events."""
    country = corpus.countries.get(iso3)
    if country is None:
        raise NotFound(f"No country {iso3!r} in this build")
    own = [s for s in corpus.records.statements if s.actor.type == "country" and s.actor.id == iso3]
    commitments = [s for s in own if s.type == "commitment"]
    by_theme = [{"slug": slug, "label": label, "commitments": [brief(s) for s in commitments if slug in s.themes]}
                for slug, label in corpus.themes.items()]
    unthemed = [brief(s) for s in commitments if not s.themes]
    return {
        "country": {"iso3": country.iso3, "label": country.label, "iso2": country.iso2, "m49": country.m49,
                    "mentions": country.mentions},
        "pathfinder": {"interest": country.pathfinder_interest, "workshop_held": country.workshop_held,
                       "workshop_scheduled": country.workshop_scheduled},
        "commitment_count": len(commitments),
        "themes": [t for t in by_theme if t["commitments"]]
        + ([{"slug": "", "label": "No theme", "commitments": unthemed}] if unthemed else []),
        "overview": theme_overview(corpus, iso3),
        "events": _events(corpus, iso3, own),
        "other": [brief(s) for s in own if s.type != "commitment"],
    }


def theme_overview(corpus: Corpus, current: str = "") -> dict:
    """How many commitments each country made on each theme (the themes any country committed on)."""
    counts: dict[str, Counter] = {}
    for s in corpus.records.statements:
        if s.type == "commitment" and s.actor.type == "country":
            counts.setdefault(s.actor.id, Counter()).update([*s.themes, None])  # None counts the commitments
    if current:
        counts.setdefault(current, Counter())
    themes = [(slug, label) for slug, label in corpus.themes.items() if any(c[slug] for c in counts.values())]
    rows = [{"iso3": iso3, "label": corpus.countries[iso3].label if iso3 in corpus.countries else iso3,
             "href": f"/country/{quote(iso3)}", "counts": [counts[iso3][slug] for slug, _ in themes],
             "total": counts[iso3][None], "current": iso3 == current} for iso3 in counts]
    return {"themes": [{"slug": slug, "label": label} for slug, label in themes],
            "rows": sorted(rows, key=lambda r: r["label"])}


def _events(corpus: Corpus, iso3: str, own: list[Statement]) -> list[dict]:
    """The events a country took part in: those at which it spoke, and those whose name or sentence names it."""
    spoke_at = {s.attributes.get("meeting") for s in own} - {None, ""}
    found: dict[tuple, dict] = {}
    for e, named in zip(corpus.records.events, corpus.event_countries):
        if e.label in spoke_at or iso3 in named:
            view = found.setdefault((e.label, e.start_date), {"label": e.label, "start_date": e.start_date,
                                                              "location": e.location, "sources": []})
            view["sources"].append({"document": e.provenance.document, "page": e.provenance.page})
    return sorted(found.values(), key=lambda e: (e["start_date"] or "", e["label"]))


def countries_view(corpus: Corpus) -> dict:
    """Every country the build names, with its pathfinder status, and the country × theme overview."""
    return {"countries": [{"iso3": c.iso3, "label": c.label, "href": f"/country/{quote(c.iso3)}",
                           "mentions": c.mentions, "pathfinder_interest": c.pathfinder_interest,
                           "workshop_held": c.workshop_held, "workshop_scheduled": c.workshop_scheduled}
                          for c in sorted(corpus.records.countries, key=lambda c: c.label)],
            "overview": theme_overview(corpus)}


def organisation_view(corpus: Corpus, actor_id: str) -> dict:
    """An organisation's (or group's) commitments, proposals and interventions, by meeting."""
    actor = corpus.actors.get(actor_id)
    if actor is None:
        raise NotFound(f"No organisation or group {actor_id!r} in this build")
    own = [s for s in corpus.records.statements if s.actor.type != "country" and s.actor.id == actor_id]
    meetings: dict[str, dict] = {}
    for s in own:
        document = corpus.documents.get(s.provenance.document)
        meeting = s.attributes.get("meeting") or (document.title if document else s.provenance.document)
        group = meetings.setdefault(meeting, {"meeting": meeting, "commitment": [], "proposal": [], "intervention": []})
        group.setdefault(s.type, []).append(brief(s))
    return {"organisation": {"id": actor_id, "label": actor.label, "type": getattr(actor, "type", ""),
                             "acronym": getattr(actor, "acronym", ""), "country": getattr(actor, "country", "")},
            "counts": dict(Counter(s.type for s in own)), "meetings": list(meetings.values())}


def organisations_view(corpus: Corpus) -> dict:
    """Every organisation and group of the build, with how many statements each made."""
    made = Counter(s.actor.id for s in corpus.records.statements if s.actor.type != "country")
    return {"organisations": sorted(({"id": key, "label": actor.label, "href": f"/organisation/{quote(key)}",
                                      "type": getattr(actor, "type", ""), "acronym": getattr(actor, "acronym", ""),
                                      "statements": made[key]} for key, actor in corpus.actors.items()),
                                    key=lambda o: (-o["statements"], o["label"].lower()))}


def documents_view(corpus: Corpus) -> dict:
    """What the build read: each document's pages, reader and pages that failed; the files that failed and why."""
    made = Counter(s.provenance.document for s in corpus.records.statements)
    info = corpus.info
    return {"documents": [{"name": d.name, "title": d.title, "pages": d.pages, "reader": d.reader,
                           "sha256": d.sha256, "statements": made[d.name],
                           "page_errors": [{"page": p, "reason": r} for p, r in sorted(d.page_errors.items())]}
                          for d in corpus.records.documents],
            "failures": info.get("failures", []), "warnings": info.get("warnings", []),
            "finished": info.get("finished", ""), "seconds": info.get("seconds"), "build": corpus.build.name}


def statement_view(corpus: Corpus, statement_id: str) -> dict:
    """A statement with its provenance, its clusters, the statements nearest in meaning and its page's image."""
    s = corpus.statements.get(statement_id)
    if s is None:
        raise NotFound(f"No statement {statement_id!r} in this build")
    embeddings = corpus.embeddings
    similar = [] if embeddings.index_of(s.id) is None else [{**brief(other), "score": round(score, 3)}
                                                           for other, score in most_similar(embeddings, s.id, 8)]
    clusters = [{"id": c.id, "label": c.label, "review": c.review, "href": f"/duplicates#{c.id}"}
                for c in corpus.clusters() if any(m.statement_id == s.id for m in c.members)]
    where = s.provenance
    return {"statement": {**brief(s), "section": where.section, "bbox": list(where.bbox),
                          "confidence": where.confidence, "rule": where.rule, "attributes": s.attributes},
            "similar": similar, "clusters": clusters, "figure": _figure(corpus, s)}


def _figure(corpus: Corpus, s: Statement) -> dict:
    """The statement's PDF page as an image with its quote's line boxes, or why it cannot be shown."""
    from .pdfpages import page_size, quote_boxes, source_pdf

    where = s.provenance
    document = corpus.documents.get(where.document)
    pdf = source_pdf(corpus.info.get("sources", {}).get(where.document), document.sha256) if document else None
    if pdf is None:
        return {"image": None, "note": f"{where.document} is no longer where the build read it, or has changed "
                                       "since: build again to see its page"}
    width, height = page_size(pdf, where.page)
    boxes = quote_boxes(pdf, where.page, where.bbox) if len(where.bbox) == 4 else []
    return {"image": f"/page/{quote(where.document)}/{where.page}.png", "width": round(width, 2),
            "height": round(height, 2), "boxes": [dict(zip(("x0", "top", "x1", "bottom"), b)) for b in boxes]}
