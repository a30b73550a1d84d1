"""`kzseats template`, `export`, `chart`, `sensitivity`, `simulate` as a user runs them."""

from __future__ import annotations

import openpyxl
from cli_run import kzseats
from defusedxml import ElementTree


def test_template_is_written_and_reads_back(tmp_path):
    out = tmp_path / "new.xlsx"
    run = kzseats("template", out, "--body", "maslikhat-regional")
    assert run.code == 0, run.err
    names = [name.casefold() for name in openpyxl.load_workbook(out).sheetnames]
    assert "parties" in names and "election" in names


def test_export_writes_a_results_workbook(sample_2023, tmp_path):
    out = tmp_path / "results.xlsx"
    run = kzseats("export", sample_2023, "--out", out)
    assert run.code == 0, run.err
    book = openpyxl.load_workbook(out, read_only=True)
    assert len(book.sheetnames) >= 4


def test_chart_svg_has_one_element_per_seat(sample_2023, tmp_path):
    out = tmp_path / "chart.svg"
    run = kzseats("chart", sample_2023, "--out", out)
    assert run.code == 0, run.err
    root = ElementTree.parse(out).getroot()
    seats = [e for e in root.iter() if e.get("class") == "seat"]
    assert len(seats) == 98
    amanat = [s for s in seats if "Amanat" in s.get("data-party")]
    assert len(amanat) == 62
    assert sum(1 for s in amanat if s.get("data-tier") == "district") == 22
    assert sum(1 for s in seats if s.get("data-party") == "Independent") == 7


def test_chart_png_and_pdf(sample_2023, tmp_path):
    png, pdf = tmp_path / "chart.png", tmp_path / "chart.pdf"
    assert kzseats("chart", sample_2023, "--out", png, "--dpi", "96").code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert kzseats("chart", sample_2023, "--out", pdf).code == 0
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_chart_rejects_an_unknown_format(sample_2023, tmp_path):
    run = kzseats("chart", sample_2023, "--out", tmp_path / "chart.gif")
    assert run.code == 2 and "Traceback" not in run.err


def test_sensitivity_json_follows_the_contract(sample_2023):
    run = kzseats("sensitivity", sample_2023, "--json")
    assert run.code == 0, run.err
    parties = {p["name"]: p for p in run.json()["parties"]}
    assert len(parties) == 7
    baytaq = next(p for name, p in parties.items() if "Baytaq" in name)
    # (146431 + x) * 100 >= 5 * (6366441 + x)  ->  95 x >= 17,189,105  ->  x >= 180,937.95
    assert baytaq["votes_to_threshold"] == 180_938
    assert baytaq["votes_to_lose_seat"] is None
    amanat = next(p for name, p in parties.items() if "Amanat" in name)
    assert amanat["votes_to_threshold"] == 0 and amanat["votes_to_gain_seat"] >= 1


def test_simulate_is_reproducible_and_spread_zero_is_the_plain_result(sample_2023):
    first = kzseats("simulate", sample_2023, "--runs", 50, "--seed", 7, "--json")
    again = kzseats("simulate", sample_2023, "--runs", 50, "--seed", 7, "--json")
    assert first.code == 0, first.err
    assert first.json() == again.json()
    flat = kzseats("simulate", sample_2023, "--runs", 20, "--spread", 0, "--json").json()
    amanat = next(p for p in flat["parties"] if "Amanat" in p["name"])
    assert amanat["seats_p05"] == amanat["seats_p95"] == amanat["seats_mean"]
    assert flat["p_majority"][amanat["name"]] == 1.0


def test_output_piped_into_a_reader_that_stops_early_is_not_an_error():
    """``kzseats allocate … | head``: the closed pipe is the reader's choice, not bad input."""
    import subprocess

    from cli_run import KZSEATS, SAMPLES

    with subprocess.Popen([str(KZSEATS), "allocate", str(SAMPLES / "mazhilis-2023.xlsx")],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader is gone before a line is written: every write hits EPIPE
        errors = process.stderr.read().decode()
        assert process.wait(timeout=120) == 0, errors
    assert "Broken pipe" not in errors and "Traceback" not in errors


def test_report_and_chart_in_russian_and_kazakh(sample_2023, tmp_path):
    """``--lang`` prints the report and draws the chart in the commission's language and number style;
    without it both stay English, as before."""
    from test_legal_basis import pdf_text

    russian, english = tmp_path / "ru.pdf", tmp_path / "en.pdf"
    assert kzseats("report", sample_2023, "--out", russian, "--lang", "ru").code == 0
    assert kzseats("report", sample_2023, "--out", english).code == 0
    ru = " ".join(pdf_text(russian, 1).split())
    assert "Подписи членов комиссии" in ru and "318 322,05" in ru and "53,90 %" in ru
    en = " ".join(pdf_text(english, 1).split())
    assert "Signatures of the commission members" in en and "318 322.05" in en
    kazakh = tmp_path / "kk.svg"
    assert kzseats("chart", sample_2023, "--out", kazakh, "--lang", "kk").code == 0
    texts = " ".join(e.text or "" for e in ElementTree.parse(kazakh).getroot().iter())
    assert "Тізім бойынша мандат" in texts
    run = kzseats("report", sample_2023, "--out", tmp_path / "x.pdf", "--lang", "de")
    assert run.code == 2 and "Traceback" not in run.err
