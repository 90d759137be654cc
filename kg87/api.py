"""kg87 from Python: one published build as an object answering in pandas DataFrames.

    import kg87

    kg = kg87.open("output")                   # the current build; nothing is read yet
    kg.commitments(country="Nepal")            # a table, filtered by its columns
    kg.ask("by-theme", theme="child-labour")   # a named question, parameters bound
    kg.sparql("SELECT ...", country="NPL")     # any read-only query, within limits
    kg.similar("TEXT or a statement id")       # the statements most like it
    kg.duplicates()                            # the duplicate clusters
    kg.graph                                   # an rdflib Graph over the store

An object reads only the build that was current when it was opened, never a mix with a newer one;
once a newer build is published (which removes the older), it raises BuildMissing saying to open
again. Each query (``.ask``, ``.sparql``) runs in a fresh worker process (:mod:`kg87.graph.sandbox`), so
a runaway query is stopped at its limits and a plain script needs no main guard. Imports stay light:
pandas, rdflib and numpy are imported by the methods that need them.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
import warnings
import weakref
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from kg87.model.builds import BuildMissing, current_build, read_json, verify

if TYPE_CHECKING:
    import pandas as pd
    from rdflib import Graph

    from kg87.graph.sandbox import QueryLimits
    from kg87.model.records import Statement
    from kg87.similarity.embeddings import Embeddings

TABLES = ("countries", "organisations", "commitments", "proposals", "interventions", "events", "duplicates")
SIMILAR_COLUMNS = ("score", "actor", "kind", "text", "document", "page", "id")
# Where each table holds a country's ISO3 code, so ``country=`` filters it by name or code.
COUNTRY_CELLS = {"countries": ("iso3", "{}"), "commitments": ("actor_id", "{}"), "organisations": ("country", "{}"),
                 "interventions": ("speaker_id", "country:{}")}
LIST_COLUMNS = ("themes", "cluster_themes", "co_actors")  # ;-separated: a filter keeps rows holding the value
_INTEGERS = ("page", "mentions", "target_year")
_NUMBERS = ("confidence", "similarity", "probability", "score")
_BOOLEANS = ("pathfinder_interest", "workshop_held", "workshop_scheduled")


def resolve_param(key: str, value: str) -> str:
    """A named question's parameter as the graph holds it: a country name becomes its ISO3 code
    (Viet Nam → VNM; an unknown one is upper-cased), a theme's label its slug (Child labour →
    child-labour); other values pass as they are."""
    if key == "country":
        from kg87.model.gazetteer import load_gazetteer

        country = load_gazetteer().country(value)
        return country.iso3 if country else value.upper()
    if key == "theme":
        from kg87.model.vocabularies import load_themes

        return next((t.slug for t in load_themes() if value.casefold() == t.label.casefold()), value)
    return value


def similar_row(score: float, statement: Statement) -> dict:
    """One answer of a similarity search, by SIMILAR_COLUMNS."""
    return {"score": score, "actor": statement.actor.label, "kind": statement.kind, "text": statement.text,
            "document": statement.provenance.document, "page": statement.provenance.page, "id": statement.id}


class KG87:
    """A published kg87 build: its tables as DataFrames, SPARQL on its graph, similarity search.

    Open it with :func:`kg87.open`. Tables, embeddings and the graph are read when first used.
    """

    def __init__(self, out_dir: str | Path = "output", limits: QueryLimits | None = None):
        self.out_dir = Path(out_dir)
        self.build = current_build(self.out_dir).resolve()  # raises BuildMissing: "run `kg87 build` first"
        self.limits = limits
        self._view = _pinned_view(self.build)  # what the read functions are given as the output folder
        weakref.finalize(self, shutil.rmtree, self._view, True)
        self._frames: dict[str, pd.DataFrame] = {}

    @property
    def id(self) -> str:
        """The build's id (its folder name under builds/)."""
        return self.build.name

    @cached_property
    def documents(self) -> list[str]:
        """The file names of the documents the build read."""
        return list(read_json(self._folder(), "build.json")["documents"])

    @property
    def tables(self) -> list[str]:
        """The names of the build's tables (each also a method: ``kg.commitments()``)."""
        self._folder()  # raises BuildMissing when a newer build has replaced this one
        names = [path.stem for path in (self.build / "tables").glob("*.csv")]
        return sorted(names, key=lambda name: (TABLES.index(name) if name in TABLES else len(TABLES), name))

    def __repr__(self) -> str:
        try:
            tables, documents = self.tables, self.documents
        except BuildMissing:
            return f"<kg87 build {self.id} from {self.out_dir}/, since replaced: kg87.open it again>"
        names = ", ".join(documents[:3]) + (f" and {len(documents) - 3} more" if len(documents) > 3 else "")
        counts = ", ".join(f"{name} {_count_rows(self.build / 'tables' / f'{name}.csv')}" for name in tables)
        return f"<kg87 build {self.id} from {self.out_dir}/\n {len(documents)} documents: {names}\n rows: {counts}>"

    @cached_property
    def graph(self) -> Graph:
        """The build's graph as an rdflib Graph over its read-only Oxigraph store."""
        from kg87.graph.store import open_graph

        return open_graph(self._folder())

    def table(self, name: str, **filters) -> pd.DataFrame:
        """A table of the build, its columns in the contract's order, numbers and booleans typed.

        Each keyword keeps the rows whose column holds that value: ``themes="child-labour"``
        (a ;-separated list holds it among others), ``page=9``; ``country=`` takes a name or an
        ISO3 code. An unknown column raises TypeError naming the known ones.
        """
        frame = self._frame(name)
        return _typed(frame[_selection(frame, name, filters)].reset_index(drop=True))

    def countries(self, **filters) -> pd.DataFrame:
        """Countries (iso3, label, pathfinder_interest, workshop_held, workshop_scheduled, mentions, …)."""
        return self.table("countries", **filters)

    def organisations(self, **filters) -> pd.DataFrame:
        """Organisations (id, label, acronym, type, mentions, …)."""
        return self.table("organisations", **filters)

    def commitments(self, **filters) -> pd.DataFrame:
        """Q1: who committed to what (id, actor_type, actor_id, actor_label, text, themes, kind, target_year,
        document, page, quote, …). ``country=`` keeps a country's own commitments."""
        return self.table("commitments", **filters)

    def proposals(self, **filters) -> pd.DataFrame:
        """Q3: what the groups proposed (id, proposer_label, text, themes, document, page, quote, …)."""
        return self.table("proposals", **filters)

    def interventions(self, **filters) -> pd.DataFrame:
        """Q4: what speakers said or asked (id, speaker_id, speaker_label, meeting, text, document, page, …)."""
        return self.table("interventions", **filters)

    def events(self, **filters) -> pd.DataFrame:
        """Meetings, workshops and other events (id, label, start_date, location, document, page, …)."""
        return self.table("events", **filters)

    def duplicates(self, **filters) -> pd.DataFrame:
        """Q6: the build's duplicate clusters, one row per member (cluster, statement_id, actor_label, text,
        similarity, document, page, …)."""
        return self.table("duplicates", **filters)

    def sparql(self, query: str, **params) -> pd.DataFrame:
        """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query read-only within the limits; each keyword binds the
        variable of its name (an http(s) value as an IRI, anything else as a string), never pasted in."""
        return self._answer(query, {key: str(value) for key, value in params.items()})

    def ask(self, name: str, **params) -> pd.DataFrame:
        """Answer a named question (``kg87 ask --list``): ``kg.ask("commitments", country="Nepal")``."""
        from kg87.queries import named_queries

        queries = named_queries()
        if name not in queries:
            raise ValueError(f"no question named {name!r}; the questions are: {', '.join(queries)}")
        unknown = sorted(set(params) - set(queries[name].params))
        if unknown:
            raise TypeError(f"{name} takes {', '.join(queries[name].params) or 'no parameters'}, "
                            f"not {', '.join(unknown)}")
        return self._answer(queries[name].text, {key: resolve_param(key, str(value)) for key, value in params.items()})

    def similar(self, text_or_id: str, k: int = 10) -> pd.DataFrame:
        """Q7: the k commitments, proposals and interventions most like a text, or like a statement id
        (c-…, p-…, i-…) but itself, best first (cosine similarity of their embeddings)."""
        import pandas as pd

        from kg87.similarity.embeddings import most_similar

        rows = [similar_row(score, s) for s, score in most_similar(self._embeddings, text_or_id, k)]
        return pd.DataFrame(rows, columns=list(SIMILAR_COLUMNS))

    @cached_property
    def _embeddings(self) -> Embeddings:
        from kg87.similarity.embeddings import read_embeddings

        return read_embeddings(self._folder())

    def _answer(self, text: str, bindings: dict[str, str]) -> pd.DataFrame:
        import pandas as pd

        from kg87.graph.sandbox import QueryLimits, ask_limited

        answer = ask_limited(self._folder(), text, bindings, self.limits or QueryLimits())
        if answer.truncated:
            warnings.warn(f"only the first {len(answer.rows)} rows are returned: open with "
                          "limits=QueryLimits(max_rows=…) for more", stacklevel=3)
        return _typed(pd.DataFrame(answer.rows, columns=answer.columns, dtype=str))

    def _frame(self, name: str) -> pd.DataFrame:
        """A table as read, every cell a string, checked against the build's manifest (read once)."""
        if name not in self._frames:
            if name not in self.tables:
                raise ValueError(f"no table named {name!r}; the tables are: {', '.join(self.tables)}")
            import pandas as pd

            verify(self.build, ["tables"])
            path = self.build / "tables" / f"{name}.csv"
            self._frames[name] = pd.read_csv(path, dtype=str, keep_default_na=False)
        return self._frames[name]

    def _folder(self) -> Path:
        """What the read functions are given as the output folder: a view of this build alone."""
        if not (self.build / "manifest.json").is_file():
            raise BuildMissing(f"the build {self.id} opened from {self.out_dir}/ has been replaced by a newer "
                               f"one: kg87.open({str(self.out_dir)!r}) again")
        return self._view


def _pinned_view(build: Path) -> Path:
    """A private folder whose ``current`` link names ``build``: read through it, nothing sees a later build."""
    view = Path(tempfile.mkdtemp(prefix="kg87-view-"))
    (view / "current").symlink_to(build, target_is_directory=True)
    return view


def _selection(frame: pd.DataFrame, table: str, filters: dict) -> pd.Series:
    """The rows holding every filter's value (see :meth:`KG87.table`)."""
    import pandas as pd

    keep = pd.Series(True, index=frame.index)
    for key, value in filters.items():
        if key == "country" and table in COUNTRY_CELLS:
            column, form = COUNTRY_CELLS[table]
            wanted = form.format(resolve_param("country", str(value)))
        elif key in frame.columns:
            column, wanted = key, _cell(value)
        else:
            known = [*frame.columns, *(["country"] if table in COUNTRY_CELLS and "country" not in frame else [])]
            raise TypeError(f"{table}() has no column {key!r} to filter by; its columns: {', '.join(known)}")
        cells = frame[column]
        if column in LIST_COLUMNS:
            keep &= cells.map(lambda cell, member=wanted: member in cell.split(";"))
        else:
            keep &= cells == wanted
    return keep


def _cell(value) -> str:
    """A filter value as the CSV writes it (True → true)."""
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Known numeric and true/false columns converted, empty cells missing; a column that does not convert
    throughout stays text."""
    import pandas as pd

    types = {**dict.fromkeys(_INTEGERS, "Int64"), **dict.fromkeys(_NUMBERS, "Float64")}
    for column in frame.columns:
        cells = frame[column]
        if column in types:
            try:
                frame[column] = pd.to_numeric(cells.mask(cells == "")).astype(types[column])
            except (ValueError, TypeError):
                pass
        elif column in _BOOLEANS and set(cells) <= {"true", "false", ""}:
            frame[column] = cells.map({"true": True, "false": False, "": None}).astype("boolean")
    return frame


def _count_rows(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return max(sum(1 for _ in csv.reader(handle)) - 1, 0)
