"""The duplicates page: clusters with their reasons, and the reviewer's accept / reject decisions.

A decision is stored as `kg87 duplicates --accept/--reject` stores it (one per pair of the cluster's members,
in ``output/reviews/duplicates.json``), so it survives a reload, a restart and a rebuild; the clusters shown
are recomputed with it at once.
"""

from __future__ import annotations

import threading
from itertools import groupby

from kg87.model.vocabularies import action_label

from .corpus import Corpus
from .views import NotFound, brief

_WRITING = threading.Lock()  # one decision at a time: each reads, adds to and rewrites the file


def duplicates_view(corpus: Corpus) -> dict:
    """Every cluster (decisions applied) and the decisions taken, newest first."""
    from kg87.similarity.reviews import load_reviews

    clusters = corpus.clusters()
    reviews = sorted(load_reviews(corpus.out_dir), key=lambda r: (r.decided, r.reviewer, r.duplicate), reverse=True)
    decisions = []
    for (decided, reviewer, duplicate), pairs in groupby(reviews, key=lambda r: (r.decided, r.reviewer, r.duplicate)):
        pairs = list(pairs)
        ids = sorted({i for r in pairs for i in (r.first, r.second)})
        decisions.append({"decided": decided, "reviewer": reviewer, "duplicate": duplicate, "pairs": len(pairs),
                          "statements": [{"id": i, "href": f"/statement/{i}" if i in corpus.statements else ""}
                                         for i in ids]})
    return {"clusters": [_cluster_view(c, corpus) for c in clusters],
            "statement_count": sum(len(c.members) for c in clusters), "decisions": decisions}


def _cluster_view(cluster, corpus: Corpus) -> dict:
    return {"id": cluster.id, "label": cluster.label, "relation": cluster.relation, "review": cluster.review,
            "action": action_label(cluster.action) if cluster.action else "", "themes": cluster.themes,
            "terms": cluster.shared_terms,
            "members": [{**brief(corpus.statements[m.statement_id]), "probability": round(m.probability, 3),
                         "similarity": round(m.similarity, 3), "co_actors": m.co_actors}
                        for m in cluster.members if m.statement_id in corpus.statements]}


def decide_cluster(corpus: Corpus, cluster_id: str, duplicate: bool, reviewer: str | None) -> dict:
    """Store a decision on every pair of a cluster's members (a cluster shown now, or one the build made)."""
    from kg87.similarity.reviews import decide, record_reviews

    clusters = {c.id: c for c in (*corpus.records.duplicates, *corpus.clusters())}
    cluster = clusters.get(cluster_id)
    if cluster is None:
        raise NotFound(f"No duplicate cluster {cluster_id!r} in this build")
    members = [corpus.statements[m.statement_id] for m in cluster.members if m.statement_id in corpus.statements]
    with _WRITING:
        new = decide(members, duplicate, reviewer)
        record_reviews(corpus.out_dir, new)
    return {"cluster": cluster_id, "duplicate": duplicate, "pairs": len(new),
            "statements": [s.id for s in members], "reviewer": new[0].reviewer if new else ""}
