from ikut.reporting import charts
from ikut.reporting.privacy import PRIMARY, SECONDARY, Cell


def test_bar_chart_draws_published_values_only():
    svg = charts.bar_chart("Phases <test>", [("Intake", Cell(12)), ("Work trial", Cell(3, PRIMARY)),
                                             ("Employment", Cell(7, SECONDARY))])
    assert svg.startswith("<svg") and "<title>Phases &lt;test&gt;</title>" in svg
    assert "<desc>Intake: 12; Work trial: &lt;5; Employment: ×</desc>" in svg
    assert svg.count('stroke-dasharray') == 2  # two suppressed bars are empty outlines
    assert ">3<" not in svg and ">7<" not in svg  # hidden values never appear


def test_line_chart_breaks_at_suppressed_points():
    points = [("2026-01", Cell(6)), ("2026-02", Cell(8)), ("2026-03", Cell(1, PRIMARY)), ("2026-04", Cell(9))]
    svg = charts.line_chart("Per month", points)
    assert svg.count("<polyline") == 1 and svg.count("<circle") == 3
    assert "&lt;5" in svg
