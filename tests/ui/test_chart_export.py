"""Chart export: PNG at the chosen resolution (optionally transparent), SVG with every seat marked up,
PDF with one page of the chart's size; the same scene as the screen; usable without a window."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import textwrap  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402
from xml.etree import ElementTree  # noqa: E402

import pytest  # noqa: E402
from charts_data import large_chamber, maslikhat_17, sample, seats_by_party  # noqa: E402
from PySide6.QtGui import QImage  # noqa: E402

from kzseats_gui.charts.options import ChartOptions  # noqa: E402
from kzseats_gui.ui.paper.chart_export import (  # noqa: E402
    DEFAULT_HEIGHT,
    DEFAULT_WIDTH,
    ExportError,
    chart_scene,
    export_chart,
)

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def mazhilis():
    return sample("mazhilis-2023.xlsx")


def pdf_pages(data: bytes) -> list[tuple[float, float]]:
    """Page sizes (points) of a PDF, read from its page objects."""
    pages = re.findall(rb"/Type\s*/Page(?!s)(.*?)endobj", data, re.S)
    sizes = []
    for page in pages:
        box = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", page)
        sizes.append((float(box.group(1)), float(box.group(2))) if box else (0.0, 0.0))
    return sizes


@pytest.mark.parametrize("dpi", [72, 150, 300])
def test_png_has_the_pixel_size_of_the_dpi(qapp, tmp_path, mazhilis, dpi):
    path = tmp_path / "chart.png"
    export_chart(*mazhilis, path, dpi=dpi)
    image = QImage(str(path))
    assert not image.isNull()
    scene = chart_scene(*mazhilis)
    assert (image.width(), image.height()) == (round(scene.width * dpi / 72), round(scene.height * dpi / 72))
    assert image.dotsPerMeterX() == round(dpi / 0.0254)


def test_png_background_is_opaque_or_transparent(qapp, tmp_path, mazhilis):
    opaque, clear = tmp_path / "opaque.png", tmp_path / "clear.png"
    export_chart(*mazhilis, opaque, dpi=72)
    export_chart(*mazhilis, clear, dpi=72, transparent=True)
    corner_opaque = QImage(str(opaque)).pixelColor(1, 1)
    corner_clear = QImage(str(clear)).pixelColor(1, 1)
    assert corner_opaque.alpha() == 255 and corner_opaque.lightness() == 255
    assert QImage(str(clear)).hasAlphaChannel()
    assert corner_clear.alpha() == 0


def test_png_draws_the_seats_in_party_colours(qapp, tmp_path, mazhilis):
    path = tmp_path / "chart.png"
    export_chart(*mazhilis, path, dpi=144)
    image = QImage(str(path))
    scene = chart_scene(*mazhilis)
    scale = 144 / 72
    filled = [s for s in scene.seats if s.style.value == "filled"]
    for seat in filled[:: max(1, len(filled) // 12)]:
        # off the centre: a greyscale pattern may cross it
        colour = image.pixelColor(round((seat.x + seat.r / 2) * scale), round((seat.y + seat.r / 2) * scale))
        assert colour.name().upper() == seat.fill.upper()


def test_in_greyscale_every_party_reads_apart(qapp, tmp_path, mazhilis):
    """Printed in greyscale, any two parties differ in grey or in their pattern (bars across the seat)."""
    path = tmp_path / "chart.png"
    export_chart(*mazhilis, path, dpi=144)
    grey = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
    scale = 144 / 72
    looks = {}
    for seat in chart_scene(*mazhilis).seats:
        if seat.style.value != "filled" or seat.kind.value != "party" or seat.party in looks:
            continue
        points = [(seat.r / 2, seat.r / 2), (seat.r / 2, 0), (0, seat.r / 2)]  # plain, across, upright
        looks[seat.party] = [
            grey.pixelColor(round((seat.x + dx) * scale), round((seat.y + dy) * scale)).value()
            for dx, dy in points
        ]
    assert len(looks) >= 6
    parties = list(looks)
    for i, first in enumerate(parties):
        for second in parties[i + 1 :]:
            difference = max(abs(a - b) for a, b in zip(looks[first], looks[second], strict=True))
            assert difference >= 25, (first, second, looks[first], looks[second])


@pytest.mark.parametrize("case", ["sample", "maslikhat", "large"])
def test_svg_has_every_seat_once_with_party_and_tier(qapp, tmp_path, mazhilis, case):
    election, result = {"sample": lambda: mazhilis, "maslikhat": maslikhat_17, "large": large_chamber}[case]()
    path = tmp_path / "chart.svg"
    export_chart(election, result, path)
    root = ElementTree.parse(path).getroot()
    seats = [e for e in root.iter() if e.get("class") == "seat"]
    assert len(seats) == result.settings.total_seats
    assert sorted(int(e.get("data-index")) for e in seats) == list(range(len(seats)))
    assert Counter(e.get("data-party") for e in seats) == seats_by_party(result)
    assert {e.get("data-tier") for e in seats} <= {"list", "district"}
    tiers = Counter((e.get("data-party"), e.get("data-tier")) for e in seats)
    for party in result.parties:
        assert tiers[(party.name, "list")] == party.list_seats
        assert tiers[(party.name, "district")] == party.district_seats


def test_svg_keeps_kazakh_names(qapp, tmp_path):
    election, result = maslikhat_17()
    path = tmp_path / "мәслихат.svg"
    export_chart(election, result, path)
    text = path.read_text(encoding="utf-8")
    assert 'data-party="«Ақ жол» демократиялық партиясы"' in text
    assert "Әлия Қоңырбаева" in text


def test_pdf_is_one_page_of_the_chart_size(qapp, tmp_path, mazhilis):
    path = tmp_path / "chart.pdf"
    export_chart(*mazhilis, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    sizes = pdf_pages(data)
    assert len(sizes) == 1
    assert sizes[0] == pytest.approx((DEFAULT_WIDTH, DEFAULT_HEIGHT), abs=1)


def test_order_and_neutral_options_reach_the_file(qapp, tmp_path, mazhilis):
    path = tmp_path / "chart.svg"
    export_chart(*mazhilis, path, options=ChartOptions(order="seats", neutral="right"))
    seats = [e for e in ElementTree.parse(path).getroot().iter() if e.get("class") == "seat"]
    seats.sort(key=lambda e: int(e.get("data-index")))
    assert seats[0].get("data-party") == "Amanat"
    assert seats[-1].get("data-party") == "Independent"


def test_unknown_format_and_bad_dpi_are_refused_without_leaving_files(qapp, tmp_path, mazhilis):
    with pytest.raises(ExportError):
        export_chart(*mazhilis, tmp_path / "chart.gif")
    with pytest.raises(ExportError):
        export_chart(*mazhilis, tmp_path / "chart.png", dpi=0)
    assert list(tmp_path.iterdir()) == []


def test_works_without_a_qt_application(tmp_path):
    """The command line calls export_chart in a process that has no Qt application yet."""
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from charts_data import sample
        from PySide6.QtCore import QCoreApplication
        from kzseats_gui.ui.paper.chart_export import export_chart
        assert QCoreApplication.instance() is None
        election, result = sample()
        for suffix in ("png", "pdf", "svg"):
            export_chart(election, result, {str(tmp_path)!r} + "/chart." + suffix, dpi=60)
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert {p.name for p in tmp_path.iterdir()} == {"chart.png", "chart.pdf", "chart.svg"}
