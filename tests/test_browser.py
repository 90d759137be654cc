"""`kg87 serve` in a real browser: headless Chromium (Debian's `chromium`) driven by Playwright against a uvicorn
server on 127.0.0.1. Each test saves a screenshot under output/screenshots/. Skipped, with the reason, where
Playwright or /usr/bin/chromium is missing or Chromium cannot start (`make test` installs it where it can)."""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT
from kg87.graph.sandbox import QueryLimits
from kg87.model.builds import read_json
from kg87.web.app import create_app
from kg87.web.site import ServeOptions

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "output" / "screenshots"
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is absent: install Debian's chromium "
                                "(`apt-get install -y chromium`; `make test` does it where it runs as root)")
NEPAL_QUERY = """PREFIX kg87: <https://w3id.org/kg87/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?label (COUNT(?commitment) AS ?commitments)
WHERE { ?country kg87:iso3 "NPL" ; rdfs:label ?label . ?commitment a kg87:Commitment ; kg87:actor ?country . }
GROUP BY ?label"""


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        except sync_api.Error as exc:
            pytest.skip(f"{CHROMIUM} does not start here: {str(exc).splitlines()[0]}")
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def server(corpus_build, tmp_path_factory):
    """The app on a free port of 127.0.0.1, served by uvicorn in a thread, over a private copy of the build."""
    import uvicorn

    out = tmp_path_factory.mktemp("browse") / "output"
    shutil.copytree(corpus_build[1], out, symlinks=True)
    app = create_app(out, ServeOptions(QueryLimits(timeout=5.0)))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    uvicorn_server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uvicorn_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not uvicorn_server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", out
    uvicorn_server.should_exit = True
    thread.join(10)
    app.state.site.close()


@pytest.fixture
def page(browser, request):
    """A fresh tab that collects the console's errors; its screenshot is saved after the test."""
    tab = browser.new_page(viewport={"width": 1280, "height": 860})
    tab.errors = []
    tab.on("console", lambda message: message.type == "error" and tab.errors.append(message.text))
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    yield tab
    tab.close()


def _shot(tab, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(SHOTS / f"{name}.png"))
    assert (SHOTS / f"{name}.png").stat().st_size > 10_000


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def test_a_commitment_of_nepal_is_highlighted_over_its_quote(server, page):
    import pdfplumber

    base, out = server
    page.goto(f"{base}/country/NPL")
    assert page.locator("h1").inner_text().startswith("Nepal")
    page.locator("section.theme a.statement").first.click()
    page.wait_for_url(re.compile(r"/statement/"))
    page.wait_for_function("() => { const i = document.getElementById('page-image'); "
                           "return i.complete && i.naturalWidth > 0; }")
    view = page.request.get(page.url + "?format=json").json()
    image = page.locator("#page-image").bounding_box()
    scale = view["figure"]["width"] / image["width"]
    boxes = [box.bounding_box() for box in page.locator("rect.highlight").all()]
    boxes = [((b["x"] - image["x"]) * scale, (b["y"] - image["y"]) * scale, (b["x"] + b["width"] - image["x"]) * scale,
              (b["y"] + b["height"] - image["y"]) * scale) for b in boxes]
    pdf_path = read_json(out, "build.json")["sources"][view["statement"]["document"]]
    with pdfplumber.open(pdf_path) as pdf:
        words = pdf.pages[view["statement"]["page"] - 1].extract_words()
    covered = " ".join(w["text"] for w in words if any(x0 <= (w["x0"] + w["x1"]) / 2 <= x1 and
                                                       top <= (w["top"] + w["bottom"]) / 2 <= bottom
                                                       for x0, top, x1, bottom in boxes))
    quote = page.locator("#quote").inner_text()
    assert boxes and _words(quote) <= _words(covered), f"highlighted: {covered!r}, quote: {quote!r}"
    assert len(_words(covered) - _words(quote)) <= 2, f"the highlight covers more than the quote: {covered!r}"
    assert not page.errors
    _shot(page, "statement-highlight")


def test_a_named_question_runs_from_its_form(server, page):
    base, _ = server
    page.goto(f"{base}/query")
    form = page.locator("#question-commitments")
    form.locator("select[name=country]").select_option(label="Nepal")
    form.locator("button[type=submit]").click()
    page.wait_for_url(re.compile(r"/query/commitments\?country=NPL$"))
    countries = page.locator("table.answer tbody td:first-child").all_inner_texts()
    assert countries and set(countries) == {"Nepal"}
    assert page.locator("#answer-count").inner_text().startswith(f"{len(countries)} row")
    assert not page.errors
    _shot(page, "named-question")


def test_a_sparql_query_runs_in_the_editor(server, page):
    base, _ = server
    page.goto(f"{base}/query#editor")
    editor = page.locator("#sparql-text")
    editor.fill(NEPAL_QUERY)
    editor.press("Control+Enter")
    page.wait_for_selector("#sparql-results table")
    assert page.locator("#sparql-results tbody td").first.inner_text() == "Nepal"
    assert page.locator("#sparql-highlight .tok-keyword").count() >= 4
    assert page.locator("#sparql-highlight .tok-variable").count() >= 4
    assert re.match(r"1 row in \d+ ms", page.locator("#sparql-status").inner_text())
    assert not page.errors
    page.locator("#editor").scroll_into_view_if_needed()
    _shot(page, "sparql-editor")
    editor.fill("DELETE WHERE { ?s ?p ?o }")
    page.locator("#sparql-run").click()
    page.wait_for_selector("#sparql-results pre.error")
    assert "read-only" in page.locator("#sparql-results").inner_text()


def test_an_accepted_duplicate_cluster_stays_accepted_after_a_reload(server, page):
    base, out = server
    page.goto(f"{base}/duplicates")
    cluster = page.locator("section.cluster").first
    cluster_id = cluster.get_attribute("id")
    assert cluster.get_attribute("data-review") == ""
    cluster.locator("button.accept").click()
    page.wait_for_load_state()
    page.reload()
    section = page.locator(f"section.cluster[id='{cluster_id}']")
    assert section.get_attribute("data-review") == "accepted"
    assert section.locator(".tag.review").inner_text() == "accepted"
    assert section.locator("button.accept").is_disabled()
    assert page.locator("#decisions + table tbody tr").count() == 1
    assert (out / "reviews" / "duplicates.json").is_file()
    assert not page.errors
    section.scroll_into_view_if_needed()
    _shot(page, "duplicate-accepted")
