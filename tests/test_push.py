"""`kg87 push` against a real SPARQL server (`oxigraph serve` on 127.0.0.1), then Q1 asked over HTTP;
and against hostile local servers: silent, trickling, asking for a login."""

from __future__ import annotations

import asyncio
import base64
import http.server
import shutil
import socket
import subprocess
import sys
import threading
import time
import traceback
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
    # As the output says: the default graph is empty, the named graph answers.
    assert f"GRAPH <{graph}>" in result.output and f"default-graph-uri={graph}" in result.output
    assert query_endpoint(server + "/query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows == [{"n": "0"}]


def test_push_to_the_default_graph_makes_a_plain_query_find_the_triples(pushed):
    server, _, count, out = pushed
    try:
        result = CliRunner().invoke(main, ["push", server + "/store", "--default-graph", "--out", str(out)])
        assert result.exit_code == 0 and "to the default graph" in result.output, result.output
        assert query_endpoint(server + "/query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows == [
            {"n": str(count)}]
    finally:
        push_graph(server + "/store", b"", None)  # the default graph empty again, as the other tests expect
    assert query_endpoint(server + "/query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows == [{"n": "0"}]


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
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}/store"
    finally:
        httpd.shutdown()
        httpd.server_close()


class Recorder(http.server.BaseHTTPRequestHandler):
    """Records each PUT (path, content type, authorization, body) and answers with the next status
    (a 401 with ``challenge`` and ``answer`` as its body)."""

    statuses: list[int] = []
    seen: list[tuple] = []
    challenge = 'Basic realm="kg87"'
    answer = b""

    def do_PUT(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.seen.append((self.path, self.headers["Content-Type"], self.headers["Authorization"], body))
        status = self.statuses[len(self.seen) - 1]
        self.send_response(status)
        if status == 401:
            self.send_header("WWW-Authenticate", self.challenge)
        self.send_header("Content-Length", str(len(self.answer) if status == 401 else 0))
        self.end_headers()
        if status == 401:
            self.wfile.write(self.answer)

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
    assert handler.seen[0][2] is None, "the password went out before the server asked for it"
    assert handler.seen[1][2] == "Basic " + base64.b64encode(b"kg87:s3cret").decode()


def test_a_store_that_asks_for_digest_gets_digest():
    challenge = 'Digest realm="kg87", nonce="4f1c2a", qop="auth", algorithm=MD5'
    handler = type("Digested", (Recorder,), {"statuses": [401, 204], "seen": [], "challenge": challenge})
    with local_server(handler) as url:
        assert push_graph(url, b"", "https://w3id.org/kg87/graph/x", user="kg87", password="s3cret").status == 204
    assert handler.seen[0][2] is None
    assert handler.seen[1][2].startswith('Digest username="kg87", realm="kg87", nonce="4f1c2a"')
    assert "s3cret" not in handler.seen[1][2]


def test_push_graph_works_inside_a_running_event_loop():
    handler = type("Plain", (Recorder,), {"statuses": [204], "seen": []})

    async def notebook_cell():
        return push_graph(url, b"", "https://w3id.org/kg87/graph/x")

    with local_server(handler) as url:
        assert asyncio.run(notebook_cell()).status == 204


# Hostile servers: every push ends by its deadline (--timeout), whatever the server does.

DEADLINE = 1.5
MARGIN = 1.5  # reading and serialising the graph before the push starts, and thread scheduling


@contextmanager
def silent_server():
    """A server on 127.0.0.1 that accepts connections and never reads or answers; its /store URL."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.1)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept():
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except TimeoutError:
                pass

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/store"
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        listener.close()


class Trickler(http.server.BaseHTTPRequestHandler):
    """Reads the request, sends an HTTP status line, then one byte every 0.5 s until ``stop`` is set."""

    stop = threading.Event()

    def do_PUT(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response_only(200)
        self.flush_headers()
        try:
            while not self.stop.wait(0.5):
                self.wfile.write(b"x")
        except OSError:  # the client hung up
            pass

    def log_message(self, *args):
        pass


@contextmanager
def trickle_server():
    handler = type("Trickle", (Trickler,), {"stop": threading.Event()})
    with local_server(handler) as url:
        try:
            yield url
        finally:
            handler.stop.set()


def push_in_time(args: list[str], seconds: float):
    """`kg87 push ARGS` in a thread: (its CliRunner result, seconds taken); fails if still running after ``seconds``."""
    outcome = {}
    thread = threading.Thread(target=lambda: outcome.update(result=CliRunner().invoke(main, ["push", *args])),
                              daemon=True)
    started = time.monotonic()
    thread.start()
    thread.join(seconds)
    elapsed = time.monotonic() - started
    assert not thread.is_alive(), f"kg87 push still running after {seconds} s"
    return outcome["result"], elapsed


@pytest.mark.parametrize("hostile_server", [silent_server, trickle_server])
def test_a_server_that_never_finishes_answering_is_cut_off_at_the_deadline(corpus_build, hostile_server):
    _, out = corpus_build
    with hostile_server() as url:
        result, elapsed = push_in_time([url, "--out", str(out), "--no-validate", "--timeout", str(DEADLINE)],
                                       DEADLINE + MARGIN)
    assert DEADLINE <= elapsed < DEADLINE + MARGIN
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert f"could not push the graph at {url}: no complete answer within {DEADLINE:g} s (1 attempt)" in result.output
    assert "--timeout" in result.output


@pytest.mark.parametrize("url, shown", [
    ("file:///tmp/x", "file:///tmp/x"),
    ("ftp://kg87:s3cret@example.org/store", "ftp://kg87:***@example.org/store"),
    ("http:///store", "http:///store"),
    ("http://example.org:port/store", "http://example.org:port/store"),
    ("https://kg87:s3cr/et@example.org/store", "https://kg87:***@example.org/store"),  # "/" not written %2F
])
def test_a_url_that_is_not_http_is_refused_before_anything_is_read(corpus_build, monkeypatch, url, shown):
    _, out = corpus_build

    def must_not_read(_):
        raise AssertionError("the graph was read for a URL that cannot be pushed to")

    monkeypatch.setattr("kg87.graph.store.read_triples", must_not_read)
    result = CliRunner().invoke(main, ["push", url, "--out", str(out), "--no-validate"])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit), result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output
    assert f"cannot send to {shown}: " in result.output and "http://" in result.output
    assert "s3cr" not in result.output


PASSWORD = "s3cr@t:pw"  # written %-encoded in URLs
URL_PASSWORD = "s3cr%40t%3Apw"


def no_password_in(*texts: str) -> bool:
    return not any(PASSWORD in text or URL_PASSWORD in text for text in texts)


def test_a_password_in_the_url_is_used_and_never_shown(corpus_build, monkeypatch):
    _, out = corpus_build
    monkeypatch.delenv("KG87_PUSH_PASSWORD", raising=False)
    handler = type("Guarded", (Recorder,), {"statuses": [401, 204], "seen": []})
    with local_server(handler) as url:
        with_login = url.replace("http://", f"http://kg87:{URL_PASSWORD}@")
        result = CliRunner().invoke(main, ["push", with_login, "--out", str(out), "--no-validate"])
    assert result.exit_code == 0, result.output
    assert handler.seen[1][2] == "Basic " + base64.b64encode(f"kg87:{PASSWORD}".encode()).decode()
    assert url.replace("http://", "http://kg87:***@") in result.output
    assert no_password_in(result.stdout, result.stderr)


@pytest.mark.parametrize("server_says", [b"", f"wrong password {PASSWORD} for kg87".encode()])
def test_a_refused_password_is_never_shown(server_says):
    handler = type("Refusing", (Recorder,), {"statuses": [401, 401], "seen": [], "answer": server_says})
    with local_server(handler) as url:
        with pytest.raises(PushError) as caught:
            push_graph(url.replace("http://", f"http://kg87:{URL_PASSWORD}@"), b"", "https://w3id.org/kg87/graph/x")
    message = "".join(traceback.format_exception(caught.value))
    assert "HTTP 401" in message and url.replace("http://", "http://kg87:***@") in message
    assert no_password_in(message, repr(caught.value))


def test_a_password_in_the_url_of_a_server_that_is_down_is_never_shown():
    url = f"http://kg87:{URL_PASSWORD}@127.0.0.1:{free_port()}/store"
    with pytest.raises(PushError) as caught:
        push_graph(url, b"", "https://w3id.org/kg87/graph/x", retries=0)
    message = "".join(traceback.format_exception(caught.value))
    assert "refused" in message.lower() and "http://kg87:***@127.0.0.1" in message
    assert no_password_in(message)


@pytest.mark.parametrize("where", ["NETRC", "HOME"])
def test_a_netrc_entry_gives_the_login(corpus_build, monkeypatch, tmp_path, where):
    _, out = corpus_build
    monkeypatch.delenv("KG87_PUSH_PASSWORD", raising=False)
    monkeypatch.delenv("NETRC", raising=False)
    netrc_file = tmp_path / ".netrc"
    netrc_file.write_text(f"machine 127.0.0.1 login kg87 password {PASSWORD}\n", encoding="utf-8")
    netrc_file.chmod(0o600)
    monkeypatch.setenv(where, str(netrc_file if where == "NETRC" else tmp_path))
    handler = type("Guarded", (Recorder,), {"statuses": [401, 204], "seen": []})
    with local_server(handler) as url:
        result = CliRunner().invoke(main, ["push", url, "--out", str(out), "--no-validate"])
    assert result.exit_code == 0, result.output
    assert handler.seen[1][2] == "Basic " + base64.b64encode(f"kg87:{PASSWORD}".encode()).decode()
    assert no_password_in(result.stdout, result.stderr)
