"""The kg87 command line: one subcommand per user task.

    kg87 build [PATH ...]           read PDFs, write the graph and tables under output/
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

Heavy libraries (spaCy, pdfplumber, sentence-transformers) are imported only by the
commands that need them, so questions answer at once.
"""

from __future__ import annotations

import click

from .building import build
from .publishing import export_command, push_command, validate_command
from .duplicates import duplicates
from .questions import ask, similar, sparql
from .scoring import evaluate, train_command


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kg87")
def main() -> None:
    """kg87 turns Alliance 8.7 meeting reports and briefing packs into a knowledge graph
    that answers who committed to what, on which theme, by when, and where it says so.

    Start with `kg87 build` (reads corpus/), then `kg87 ask --list`.
    """


for command in (build, ask, sparql, similar, duplicates, evaluate, train_command, validate_command, export_command,
                push_command):
    main.add_command(command)
