"""`kg87 push` against a real SPARQL server (`oxigraph serve` on 127.0.0.1), then Q1 asked over HTTP."""

from __future__ import annotations

import base64
import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg87.cli import main
from kg87.publish.formats.ntriples import ntriples
from kg87.graph.store import open_graph, read_triples, run_query
from kg87.publish.push import PushError, build_graph_iri, push_graph, query_endpoint

ROOT = Path(__file__).resolve().parent.parent
Q1 = (ROOT / "queries" / "commitments.rq").read_text(encoding="utf-8")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`oxigraph serve` on a free port of 127.0.0.1 with a fresh store; its base URL. Stopped afterwards."""
    exe = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if exe is None:
        pytest.skip("the `oxigraph` server is not installed (pip install oxigraph, or .[test])")
    folder = tmp_path_factory.mktemp("oxigraph")
    url = f"http://127.0.0.1:{free_port()}"
    log = open(folder / "server.log", "wb")
    process = subprocess.Popen([exe, "serve", "--location", str(folder / "store"), "--bind", url[len("http://"):]],
                               stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(url + "/", timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"oxigraph serve did not start: {(folder / 'server.log').read_text()}")
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


@pytest.fixture(scope="module")
def pushed(server, corpus_build):
    """The corpus graph pushed once: (server URL, named graph, triple count, build folder)."""
    _, out = corpus_build
    triples = read_triples(out)
    graph = build_graph_iri(out)
    result = push_graph(server + "/store", ntriples(triples), graph)
    assert result.status in (200, 201, 204) and result.attempts == 1
    return server, graph, len(triples), out


def normalised(result):
    """Rows with the GROUP_CONCAT of themes as a set: the concatenation order is the engine's choice."""
    return [{**row, "themes": sorted(row["themes"].split(";"))} for row in result.rows]


@pytest.mark.parametrize("bindings", [{}, {"country": "NPL"}, {"country": "VNM"}])
def test_q1_over_http_answers_as_locally(pushed, bindings):
    server, graph, _, out = pushed
    remote = query_endpoint(server + "/query", Q1, bindings, default_graph=graph)
    local = run_query(open_graph(out), Q1, bindings)
    assert remote.columns == local.columns
    assert len(remote.rows) == len(local.rows) > 0
    assert normalised(remote) == normalised(local)
    if bindings:
        assert {row["country"] for row in remote.rows} == {bindings["country"]}


def test_parameters_are_bound_as_terms_not_pasted(pushed):
    server, graph, _, _ = pushed
    hostile = 'NPL" } ?s ?p ?o . { ?s ?p "'
    assert query_endpoint(server + "/query", Q1, {"country": hostile}, default_graph=graph).rows == []


def test_pushing_again_replaces_the_graph(pushed):
    server, graph, count, out = pushed
    push_graph(server + "/store", ntriples(read_triples(out)), graph)
    assert query_endpoint(server + "/query", COUNT).rows == [{"n": str(count)}]
    inside = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert query_endpoint(server + "/query", inside, default_graph=graph).rows == [{"n": str(count)}]


def test_push_command(pushed):
    server, graph, count, out = pushed
    result = CliRunner().invoke(main, ["push", server + "/store", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"Pushed {count} triples" in result.output and graph in result.output
    assert query_endpoint(server + "/query", COUNT).rows == [{"n": str(count)}]


def test_a_server_that_is_down_gives_one_clear_line(corpus_build):
    _, out = corpus_build
    url = f"http://127.0.0.1:{free_port()}/store"
    result = CliRunner().invoke(main, ["push", url, "--out", str(out), "--retries", "1", "--no-validate"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    assert "Push failed" in result.output and url in result.output and "refused" in result.output.lower()
    assert "after 2 attempts" in result.output and "server is running" in result.output


def test_a_wrong_endpoint_names_the_status_and_what_to_do(pushed):
    server, graph, _, _ = pushed
    with pytest.raises(PushError) as caught:
        push_graph(server + "/nowhere", b"", graph)
    message = str(caught.value)
    assert "\n" not in message and server + "/nowhere" in message and "HTTP 404" in message
    assert "Graph Store Protocol endpoint" in message


@contextmanager
def local_server(handler):
    """A throwaway HTTP server on 127.0.0.1 answering with ``handler``; its /store URL."""
    httpd = http.server.HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}/store"
    finally:
        httpd.shutdown()
        httpd.server_close()


class Recorder(http.server.BaseHTTPRequestHandler):
    """Records each PUT (path, content type, authorization, body) and answers with the next status."""

    statuses: list[int] = []
    seen: list[tuple] = []

    def do_PUT(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.seen.append((self.path, self.headers["Content-Type"], self.headers["Authorization"], body))
        self.send_response(self.statuses[len(self.seen) - 1])
        if self.statuses[len(self.seen) - 1] == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="kg87"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_server_errors_are_retried_with_backoff():
    handler = type("Flaky", (Recorder,), {"statuses": [503, 503, 204], "seen": []})
    with local_server(handler) as url:
        result = push_graph(url, b"<a:s> <a:p> <a:o> .\n", "https://w3id.org/kg87/graph/x", backoff=0.01)
    assert result.status == 204 and result.attempts == 3
    assert handler.seen[0] == ("/store?graph=https%3A%2F%2Fw3id.org%2Fkg87%2Fgraph%2Fx", "application/n-triples",
                               None, b"<a:s> <a:p> <a:o> .\n")


def test_a_store_that_asks_for_a_login_gets_one():
    handler = type("Guarded", (Recorder,), {"statuses": [401, 201], "seen": []})
    with local_server(handler) as url:
        result = push_graph(url, b"", "https://w3id.org/kg87/graph/x", user="kg87", password="s3cret")
    assert result.status == 201
    assert handler.seen[1][2] == "Basic " + base64.b64encode(b"kg87:s3cret").decode()
