"""The duplicates as one self-contained HTML page: clusters, actors, themes, quotes, links to pages."""

from __future__ import annotations

import os
from html import escape
from pathlib import Path

from kg87.model.files import write_text_atomic
from kg87.model.records import DuplicateCluster, Statement
from kg87.model.vocabularies import action_label

STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:70rem;color:#1d2330;padding:0 1rem}
h1{font-size:1.5rem}section{border:1px solid #d5dae3;border-radius:8px;margin:1.2rem 0;padding:.8rem 1rem}
h2{font-size:1.05rem;margin:.2rem 0 .5rem}.meta{color:#5b6475;font-size:.9rem}
.theme{display:inline-block;background:#e8f0fe;border-radius:4px;padding:0 .4rem;margin-right:.3rem}
table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;padding:.35rem .4rem;
border-top:1px solid #eef0f4}th{font-weight:600;color:#5b6475;font-size:.85rem}
.bar{background:#dfe6f3;width:6rem;height:.55rem;border-radius:3px;display:inline-block;margin-right:.3rem}
.bar span{display:block;height:100%;background:#3d6fd8;border-radius:3px}
blockquote{margin:0;color:#2f3746}.central td{background:#f7f9fd}
"""


def write_duplicates_html(clusters: list[DuplicateCluster], statements: dict[str, Statement], path: Path,
                          sources: dict[str, Path]) -> None:
    """Write the clusters as an HTML report; quotes link to their PDF page where the PDF is known."""
    path = Path(path)
    actors = sorted({a for c in clusters for m in c.members
                     for a in (statements[m.statement_id].actor.label, *m.co_actors)})
    parts = [f"<!doctype html><html lang=en><meta charset=utf-8><title>kg87 — overlapping initiatives</title>"
             f"<style>{STYLE}</style><h1>Overlapping initiatives</h1>"
             f"<p class=meta>{len(clusters)} clusters · {sum(len(c.members) for c in clusters)} statements · "
             f"{len(actors)} actors. Each cluster is labelled by its most central statement; similarity is the "
             f"cosine similarity of each statement to it.</p>"]
    for c in clusters:
        themes = "".join(f"<span class=theme>{escape(t)}</span>" for t in c.themes)
        cluster_actors = sorted({a for m in c.members for a in (statements[m.statement_id].actor.label, *m.co_actors)})
        action = f"{escape(action_label(c.action))} · " if c.action else ""
        parts.append(f"<section id='{escape(c.id)}'><h2>{escape(c.label)}</h2>"
                     f"<div class=meta>{action}{escape(c.id)} · {len(c.members)} statements · "
                     f"{escape(', '.join(cluster_actors))} {themes}</div><table>"
                     "<tr><th>actor</th><th>quote</th><th>similarity</th><th>source</th></tr>")
        for n, m in enumerate(c.members):
            s = statements[m.statement_id]
            width = max(0.0, min(m.similarity, 1.0)) * 100
            actor = escape(", ".join((s.actor.label, *m.co_actors)))
            source = _source_link(s.provenance.document, s.provenance.page, sources, path)
            parts.append(f"<tr class='{'central' if n == 0 else ''}'><td>{actor}<br>"
                         f"<span class=meta>{escape(s.type)}</span></td><td><blockquote>{escape(s.provenance.quote)}"
                         f"</blockquote></td><td><span class=bar><span style='width:{width:.0f}%'></span></span>"
                         f"{m.similarity:.2f}</td><td>{source}</td></tr>")
        parts.append("</table></section>")
    write_text_atomic(path, "".join(parts) + "\n")


def _source_link(document: str, page: int, sources: dict[str, Path], report: Path) -> str:
    label = f"{escape(document)}, p. {page}"
    pdf = sources.get(document)
    if pdf is None:
        return label
    href = Path(os.path.relpath(Path(pdf).resolve(), report.resolve().parent)).as_posix()
    return f"<a href='{escape(href)}#page={page}'>{label}</a>"
