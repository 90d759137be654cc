"""The duplicates as one self-contained HTML page (a Jinja2 template): clusters, their reasons,
quotes and absolute links to the PDF pages, with filters by theme, actor, country and document."""

from __future__ import annotations

from pathlib import Path

from kg87.model.files import write_text_atomic
from kg87.model.records import DuplicateCluster, Statement
from kg87.model.vocabularies import action_label

FILTERS = {"theme": "themes", "actor": "actors", "country": "countries", "document": "documents"}  # name: view key


def write_duplicates_html(clusters: list[DuplicateCluster], statements: dict[str, Statement], path: Path,
                          sources: dict[str, Path], threshold: float) -> None:
    """Write the clusters as an HTML report; quotes link to their PDF page where the PDF is known."""
    from jinja2 import Environment, PackageLoader

    environment = Environment(loader=PackageLoader("kg87.publish", "templates"), autoescape=True)
    views = [_cluster_view(c, statements, sources) for c in clusters]
    filters = {name: sorted({value for view in views for value in view[key]}) for name, key in FILTERS.items()}
    html = environment.get_template("duplicates.html").render(
        clusters=views, filters=filters, actors=filters["actor"], threshold=threshold,
        statement_count=sum(len(c.members) for c in clusters))
    write_text_atomic(Path(path), html)


def _cluster_view(cluster: DuplicateCluster, statements: dict[str, Statement], sources: dict[str, Path]) -> dict:
    """What the template shows of one cluster."""
    members = [(m, statements[m.statement_id]) for m in cluster.members]
    return {
        "id": cluster.id, "label": cluster.label, "relation": cluster.relation, "review": cluster.review,
        "themes": cluster.themes,
        "action": action_label(cluster.action) if cluster.action else "", "terms": cluster.shared_terms,
        "actors": sorted({a for m, s in members for a in (s.actor.label, *m.co_actors)}),
        "countries": sorted({s.actor.label for _, s in members if s.actor.type == "country"}),
        "documents": sorted({s.provenance.document for _, s in members}),
        "members": [{"actor": ", ".join((s.actor.label, *m.co_actors)), "type": s.type, "quote": s.provenance.quote,
                     "probability": m.probability, "width": round(m.probability * 100),
                     "source": f"{s.provenance.document}, p. {s.provenance.page}",
                     "href": _page_link(s.provenance.document, s.provenance.page, sources)}
                    for m, s in members],
    }


def _page_link(document: str, page: int, sources: dict[str, Path]) -> str:
    """An absolute file: link to the page of the document's PDF, or "" when the PDF is not known."""
    pdf = sources.get(document)
    return f"{Path(pdf).resolve().as_uri()}#page={page}" if pdf is not None else ""
