"""The kg87 command line: one subcommand per user task.

    kg87 build [PATH ...]           read PDFs, write the graph and tables under output/
    kg87 check                      verify the build's files against its manifest, and the cache
    kg87 ask NAME [--param K=V]     answer a named question (kg87 ask --list shows them)
    kg87 sparql QUERY_OR_FILE       run any SPARQL query on the graph
    kg87 similar TEXT               statements that resemble a text (or a statement id)
    kg87 duplicates [--html FILE]   overlapping initiatives across actors and documents
    kg87 eval --gold FILE           score the tables against an answer key
    kg87 eval --split dev|test      build and score a split of the evaluation corpus
    kg87 train                      learn the statement model from the dev keys
    kg87 validate                   check the graph against the shipped SHACL shapes
    kg87 export [--format F]        Turtle, N-Triples, JSON-LD, CSV bundle, GraphML, manifest
    kg87 push URL                   upload the graph to a SPARQL 1.1 Graph Store endpoint
    kg87 serve [--port 8087]        the browser UI and a read-only SPARQL endpoint on 127.0.0.1

Heavy libraries (spaCy, pdfplumber, sentence-transformers) are imported only by the
commands that need them, so questions answer at once.
"""

from __future__ import annotations

import sys

import click
from rich.markup import escape

from .building import build
from .publishing import export_command, push_command, validate_command
from .checking import check
from .duplicates import duplicates
from .output import errors
from .questions import ask, similar, sparql
from .scoring import evaluate, train_command
from .serving import serve


class _Commands(click.Group):
    """The kg87 group: a missing, damaged or locked build ends any command with one line, not a traceback."""

    def invoke(self, ctx: click.Context):
        from kg87.model.builds import BuildLocked, BuildMissing, DamagedOutput

        try:
            return super().invoke(ctx)
        except (BuildMissing, DamagedOutput, BuildLocked) as exc:
            errors.print(f"[red]{escape(str(exc))}[/red]", highlight=False, soft_wrap=True)
            sys.exit(2)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kg87")
def main() -> None:
    """kg87 turns Alliance 8.7 meeting reports and briefing packs into a knowledge graph
    that answers who committed to what, on which theme, by when, and where it says so.

    Start with `kg87 build` (reads corpus/), then `kg87 ask --list`.
    """


for command in (build, check, ask, sparql, similar, duplicates, evaluate, train_command, validate_command, export_command,
                push_command, serve):
    main.add_command(command)
