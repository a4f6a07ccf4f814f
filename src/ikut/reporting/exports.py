"""CSV, XLSX and PDF exports. Inputs are suppressed results only; every text cell goes through
privacy.safe_cell (formula injection); no free-text field of any record is ever written."""

import csv
import io

from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from ikut.core.pdf import render_pdf

from . import esf
from .privacy import PRIMARY_LABEL, SECONDARY_LABEL, safe_cell

ESF_COLUMNS = ["period", "period_start", "period_end", "state", "cohort", "esf_code", "key", "label", "women", "men",
               "non_binary", "gender_not_recorded", "total"]


def _value(display):
    """Published numbers as integers; suppression marks stay text."""
    return int(display) if display.lstrip("-").isdigit() else display


def esf_rows(period, published):
    for row in esf.flat_rows(period, published):
        yield [period.name, period.start.isoformat(), period.end.isoformat(), period.state, *row[:4],
               *[_value(d) for d in row[4:]]]


def esf_csv(period, published):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(ESF_COLUMNS)
    for row in esf_rows(period, published):
        writer.writerow([safe_cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _legend():
    return [
        [_("%(mark)s: fewer than 5 participants (suppressed to protect privacy)") % {"mark": PRIMARY_LABEL}],
        [_("%(mark)s: suppressed so that a smaller number cannot be worked out from the totals")
         % {"mark": SECONDARY_LABEL}],
        [_("Only participants with a valid ESF+ reporting consent are counted.") if esf.basis() == "consent"
         else _("Legal basis: legal obligation (Regulation (EU) 2021/1057, Annex I); every participant is counted.")],
        [_("\"Not recorded\" is never counted as \"no\".")],
        [_("Check this layout against the current EURA 2021 / national ESF+ form before entering it.")],
    ]


def _workbook(sheets):
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for title, header, rows in sheets:
        ws = wb.create_sheet(title[:31])
        if header:
            ws.append([safe_cell(h) for h in header])
            for cell in ws[1]:
                cell.font = Font(bold=True)
        for row in rows:
            ws.append([safe_cell(v) for v in row])
        for column in ws.columns:
            ws.column_dimensions[column[0].column_letter].width = min(
                60, max(10, *(len(str(c.value or "")) + 2 for c in column)))
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def esf_xlsx(period, published):
    notes = _legend() + [[_("Fingerprint of the computation: %(fp)s") % {"fp": published["fingerprint"]}]]
    return _workbook([("ESF+", ESF_COLUMNS, list(esf_rows(period, published))), (_("Notes"), None, notes)])


def pdf(template, context):
    return render_pdf(render_to_string(template, context))


def situation_rows(result):
    for section in result["sections"]:
        for label, value in section["rows"]:
            yield [section["title"], label, _value(value["d"]) if isinstance(value, dict) else value]
        if section.get("total"):
            yield [section["title"], _("Total"), _value(section["total"]["d"])]


def situation_xlsx(report, result):
    return _workbook([(_("Tables"), [_("Table"), _("Row"), _("Value")], list(situation_rows(result))),
                      (_("Notes"), None, _legend()[:2] + [[report.title], [report.period.name]])])
