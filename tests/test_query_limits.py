"""Every query has limits: read-only, no SERVICE unless allowed, a timeout, a row cap, a memory cap, Ctrl-C."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg87.cli import main

CROSS_PRODUCT = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SORTED_CROSS_PRODUCT = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?f ?c"


def sparql(out: Path, query: str, *options: str):
    return CliRunner().invoke(main, ["sparql", query, "--out", str(out), "--format", "csv", *options])


@pytest.mark.parametrize("update", [
    "INSERT DATA { <https://example.org/a> <https://example.org/b> <https://example.org/c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "LOAD <https://example.org/data.ttl>",
    "CLEAR ALL",
    "DROP DEFAULT",
])
def test_updates_are_refused_as_read_only(corpus_build, update):
    _, out = corpus_build
    result = sparql(out, update)
    assert result.exit_code == 2 and "read-only" in result.output and "Traceback" not in result.output
    assert "true" in sparql(out, "ASK { ?s ?p ?o }").output  # the graph is still there


@pytest.fixture
def listener():
    """A local port that records whether anything connected to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.2)
    calls = []

    def accept():
        while not calls and server.fileno() != -1:
            try:
                calls.append(server.accept())
            except OSError:
                continue
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], calls
    server.close()


def test_service_is_refused_and_nothing_leaves_the_machine(corpus_build, listener):
    _, out = corpus_build
    port, calls = listener
    query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
    result = sparql(out, query)
    assert result.exit_code == 2 and "SERVICE" in result.output and "--allow-service" in result.output
    time.sleep(0.3)
    assert calls == []


def test_ask_and_construct_answer(corpus_build):
    _, out = corpus_build
    assert sparql(out, "ASK { ?s a <https://w3id.org/kg87/ontology#Country> }").output.split() == ["ask", "true"]
    assert sparql(out, "ASK { ?s a <https://example.org/Nothing> }").output.split() == ["ask", "false"]
    result = sparql(out, "CONSTRUCT { ?c a <https://example.org/Place> } WHERE { ?c a "
                         "<https://w3id.org/kg87/ontology#Country> }")
    lines = result.output.splitlines()
    assert result.exit_code == 0 and lines[0] == "subject,predicate,object" and len(lines) > 3
    assert all(line.endswith(",https://example.org/Place") for line in lines[1:])


def test_the_row_cap_cuts_the_answer_and_says_so(corpus_build):
    _, out = corpus_build
    result = sparql(out, "SELECT ?s WHERE { ?s ?p ?o }", "--max-rows", "7")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 8
    assert "--max-rows" in result.stderr


def test_a_cross_product_stops_at_the_timeout(corpus_build):
    _, out = corpus_build
    started = time.monotonic()
    result = sparql(out, CROSS_PRODUCT, "--timeout", "2")
    assert result.exit_code == 2 and "stopped after 2 s" in result.output
    assert time.monotonic() - started < 6


def test_a_query_that_grows_stops_at_its_memory_cap(corpus_build):
    _, out = corpus_build
    started = time.monotonic()
    result = sparql(out, SORTED_CROSS_PRODUCT, "--max-memory", "300", "--timeout", "120")
    assert result.exit_code == 2 and "300 MB" in result.output
    assert time.monotonic() - started < 60


def test_ctrl_c_stops_a_running_query(corpus_build):
    _, out = corpus_build
    kg87 = Path(sys.executable).parent / "kg87"
    # as from a terminal: a shell's background job (`pytest … &`) ignores Ctrl-C, and a child inherits that
    run = subprocess.Popen([kg87, "sparql", CROSS_PRODUCT, "--out", out, "--timeout", "300"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                           preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(3)  # start-up, then the query is under way
    assert run.poll() is None
    run.send_signal(signal.SIGINT)
    started = time.monotonic()
    run.wait(timeout=10)
    assert time.monotonic() - started < 5 and run.returncode != 0


def test_a_plain_script_can_ask_without_a_main_guard(corpus_build, tmp_path):
    _, out = corpus_build
    script = tmp_path / "notes.py"
    script.write_text(f"import kg87\nkg = kg87.open({str(out)!r})\n"
                      "print(len(kg.sparql('SELECT ?c WHERE {{ ?c a <https://w3id.org/kg87/ontology#Country> }}')))\n"
                      "print('done')\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.split()
    assert lines[-1] == "done" and lines.count("done") == 1 and int(lines[0]) > 0  # the script ran once
