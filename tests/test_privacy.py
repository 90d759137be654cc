"""Personal data: e-mail addresses and phone numbers are removed where text is read, in the forms PDFs print
them, numbers that are not personal data stay, and `kg87 export` refuses a file that still looks like holding
some. End to end: the privacy fixture PDF leaves none of its addresses and numbers in any output."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
import pytest
from click.testing import CliRunner

from conftest import ROOT
from kg87.cli import main
from kg87.extract.text import EMAIL_REMOVED, PHONE_REMOVED, is_personal, redact_personal
from kg87.publish.privacy import personal_data, refusal

PDF = ROOT / "tests" / "data" / "privacy" / "privacy-report.pdf"
# Every phone number printed in the fixture, by the digits that identify it (no country code, no leading 0).
PHONES = {"+84 24 3936 4172": "2439364172", "+41 22 555 0101": "225550101", "(+977) 1-4-238716": "14238716",
          "0044 20 7946 0418": "2079460418", "+63 2 8527 3019": "285273019", "024 3826 7315": "2438267315",
          "0912 604 837": "912604837", "01 45 67 83 29": "145678329", "022 917 40 62": "229174062",
          "2345-6781": "23456781", "+41 22 555 0187": "225550187", "+1 (212) 555-0143": "2125550143",
          "+84 24 3936 4406": "2439364406"}
# Every address printed in the fixture, by its local part and the pieces of domain a half-redacted one leaves.
LOCAL_PARTS = ("thuy.nguyenthi", "rita.okafor", "m.haddad", "j.baptiste", "samira.belkacem", "p.castellanos",
               "minh.tran")
ADDRESS_PIECES = ("molisa.example", "trabajo.example", "example. org", "(at)", "(dot)", "[at]", "[dot]",
                  " at example dot ")
DIGIT_RUN = re.compile(r"\d(?:[\s()+./-]{0,3}\d)*")

REDACTED = [
    ("write to jane.doe@example.org today", f"write to {EMAIL_REMOVED} today"),
    ("reached at thuy.nguyen@molisa.example. gov.vn for details", f"reached at {EMAIL_REMOVED} for details"),
    ("comments go to x.y@example. org before June", f"comments go to {EMAIL_REMOVED} before June"),
    ("its delegation, p.c@ trabajo.example.gob.pe, said", f"its delegation, {EMAIL_REMOVED}, said"),
    ("requests to j.baptiste [at] example [dot] org.", f"requests to {EMAIL_REMOVED}."),
    ("a focal point, m.haddad(at)example(dot)net.", f"a focal point, {EMAIL_REMOVED}."),
    ("sent to samira.belkacem at example dot org or", f"sent to {EMAIL_REMOVED} or"),
    ("write to jdoe AT ilo DOT org", f"write to {EMAIL_REMOVED}"),
    ("The Ministry will set up a hotline, +41 22 555 0101, by 2025.",
     f"The Ministry will set up a hotline, {PHONE_REMOVED}, by 2025."),
    ("call +1 (212) 555-0199 today", f"call {PHONE_REMOVED} today"),
    ("the line (+977) 1-4-123456 in all provinces", f"the line {PHONE_REMOVED} in all provinces"),
    ("dial 0044 20 7946 0958 from abroad", f"dial {PHONE_REMOVED} from abroad"),
    ("Tel.: 024 3826 9999. Mobile: 0912 345 678.", f"Tel.: {PHONE_REMOVED}. Mobile: {PHONE_REMOVED}."),
    ("Tél. : 01 45 67 89 00, Fax 022 799 61 11", f"Tél. : {PHONE_REMOVED}, Fax {PHONE_REMOVED}"),
    ("Teléfono: 2345-6781", f"Teléfono: {PHONE_REMOVED}"),
    ("Phone 020 7946 0958 / 020 7946 0959", f"Phone {PHONE_REMOVED}"),
]
NOT_PERSONAL = [
    "the national action plan for 2021–2025 and the plan for 2021-2025",
    "agreed on 12.05.2023 and again on 12/05/2023",
    "ratify C182 and the Forced Labour Convention, 1930 (No. 29)",
    "paragraph 12 on page 45, 38 per cent, 12.5%, a rise of +2.5%",
    "allocate USD 1,500,000 (EUR 1.4 million) in FY2025/26",
    "resolution A/RES/70/1 and document GB.347/INS/5",
    "Mobile monitoring teams ran in 2021-2025; Mobile 2025/26 was planned",
    "www.alliance87.org @Alliance8_7 #Achieve87",
    "Tel Aviv hosted 120 delegates in 2019",
]


@pytest.mark.parametrize("text, redacted", REDACTED)
def test_each_form_of_address_and_phone_number_is_removed(text, redacted):
    assert redact_personal(text) == redacted


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_numbers_that_are_not_personal_data_are_kept(text):
    assert redact_personal(text) == text
    assert personal_data(text) is None  # the wider export check does not refuse them either


def test_a_cell_that_is_only_an_address_or_a_number_is_personal():
    assert is_personal(" jane.doe@example.org ") and is_personal("+84 24 3936 4406")
    assert not is_personal("UNICEF, jane.doe@example.org") and not is_personal("2021-2025")


@pytest.mark.parametrize("text, kind", [
    ("jane@localhost", "an e-mail address"),  # no dot: not surely an address
    ("name [at] unicef", "an e-mail address"),
    ("call 00 44 20 7946 0958", "a phone number"),  # a space after the 00
    ("+1 2 3 4 5 6 7 8 9", "a phone number"),  # grouped as no phone number is
])
def test_the_export_check_is_wider_than_the_redaction(text, kind):
    assert redact_personal(text) == text
    assert personal_data(text) == kind


@pytest.mark.parametrize("text", [text for text, _ in REDACTED])
def test_the_export_check_sees_everything_the_redaction_removes(text):
    assert personal_data(text) is not None


def test_a_refusal_names_the_file_and_the_kind_never_the_data():
    message = refusal({"csv/commitments.csv": b"id,text\nc-1,The hotline will open\n",
                       "graph.nt": b'<a> <b> "call +41 22 555 0101" .'})
    assert message.startswith("graph.nt would contain a phone number; nothing was written")
    assert "555" not in message and "commitments" not in message
    assert refusal({"graph.nt": b'<a> <b> "The hotline will open in 2026"@en .'}) is None


def test_export_writes_nothing_when_a_rendered_file_holds_a_phone_number(privacy_build, tmp_path, monkeypatch):
    from kg87.publish import export as export_module

    monkeypatch.setattr(export_module, "ntriples", lambda triples: b'<x> <y> "Tel.: 024 3826 7315" .\n')
    with pytest.raises(export_module.ExportError, match="graph.nt would contain a phone number"):
        export_module.export(privacy_build, tmp_path / "refused", validate=False)
    result = CliRunner().invoke(main, ["export", "--out", str(privacy_build), "--to", str(tmp_path / "cli")])
    assert result.exit_code == 1 and "graph.nt would contain a phone number" in result.output
    assert "7315" not in result.output and "Traceback" not in result.output
    assert not (tmp_path / "refused").exists() and not (tmp_path / "cli").exists()


@pytest.fixture(scope="module")
def privacy_build(tmp_path_factory) -> Path:
    """The privacy PDF built and exported (into ``export/``) with the commands a user runs: the build folder."""
    out = tmp_path_factory.mktemp("privacy")
    runner = CliRunner()
    built = runner.invoke(main, ["build", str(PDF), "--out", str(out)])
    assert built.exit_code == 0, built.output
    exported = runner.invoke(main, ["export", "--out", str(out), "--to", str(out / "export")])
    assert exported.exit_code == 0, exported.output
    return out


def planted(text: str) -> list[str]:
    """The fixture's addresses and phone numbers found in a text, by local part, domain piece or digits."""
    lowered = text.lower()
    found = [part for part in LOCAL_PARTS + ADDRESS_PIECES if part in lowered]
    runs = [re.sub(r"\D", "", run) for run in DIGIT_RUN.findall(text)]
    return found + [printed for printed, digits in PHONES.items() if any(digits in run for run in runs)]


def test_the_fixture_prints_every_planted_address_and_number():
    with pdfplumber.open(PDF) as pdf:
        text = "\n".join(page.extract_text() for page in pdf.pages)
    missing = set(LOCAL_PARTS) | set(PHONES) | {"molisa.example", "trabajo.example", "example. org", "[at]", "(at)"}
    assert missing - set(planted(text)) == set()
    assert "molisa.example.\ngov.vn" in text and "p.castellanos@\ntrabajo" in text  # broken across lines


def test_no_planted_address_or_number_is_in_any_output(privacy_build):
    from kg87.graph.store import read_triples
    import pyoxigraph as ox

    files = {path.resolve() for path in privacy_build.rglob("*") if path.is_file()}
    names = {path.name for path in files}
    assert {"records.json", "commitments.csv", "statements.json", "similarity.graphml", "graph.nt",
            "graph.jsonld", "manifest.json"} <= names and any(p.parent.name == "cache" for p in files)
    for path in files:
        data = path.read_bytes()
        assert planted(data.decode("utf-8", errors="replace")) == [], path
        if path.suffix in (".json", ".csv", ".graphml", ".nt", ".ttl", ".jsonld", ".md"):
            assert personal_data(data.decode("utf-8")) is None, path
    triples = ox.serialize(read_triples(privacy_build), format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    assert len(triples) > 10_000 and planted(triples) == []


def test_placeholders_stand_where_the_data_was_and_other_numbers_stay(privacy_build):
    commitments = (privacy_build / "tables" / "commitments.csv").read_text(encoding="utf-8")
    assert f"The ILO will set up a hotline for fishers, {PHONE_REMOVED}, by 2026" in commitments
    assert f"line {PHONE_REMOVED} to all seven provinces by 2027" in commitments
    assert f"can be reached at {EMAIL_REMOVED} for the training calendar" in commitments  # broken after a dot
    assert "(No. 29) and on C182 by 2026" in commitments and "USD 1,500,000" in commitments
    from kg87.extract.nlp import analysis_text
    from kg87.read.pdf import read_pdf

    parsed = "\n".join(analysis_text(block.text) for block in read_pdf(PDF).blocks())  # what every quote is cut from
    for kept in ("2021-2025", "paragraph 12", "12.05.2023", "A/RES/70/1", "38 per cent", "within 48 hours"):
        assert kept in parsed, kept
    records = (privacy_build / "records.json").read_text(encoding="utf-8")
    assert "within 48 hours" in records  # as the records quoting the ITUC's turn print it
    quotes = re.findall(r'"quote": "((?:[^"\\]|\\.)*)"', records)
    assert quotes and all("38 per cent" in q for q in quotes if "per cent of the workers" in q)  # where one is quoted
