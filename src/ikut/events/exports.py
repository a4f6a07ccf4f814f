"""Attendee exports (CSV and XLSX), safe from formula injection.

A cell that a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return)
gets a leading apostrophe, so it shows as text and never runs (OWASP "CSV injection").
"""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    if value is None:
        return ""
    text = str(value)
    if text.startswith(DANGEROUS):
        return "'" + text
    return text


def rows(event):
    header = [_("Name"), _("Email"), _("Company"), _("Status"), _("Registered"), _("Checked in")]
    yield header
    for r in event.registrations.select_related("organisation").order_by("created_at", "pk"):
        yield [r.name, r.email, r.organisation.name if r.organisation else "", r.get_status_display(),
               timezone.localtime(r.created_at).strftime("%Y-%m-%d %H:%M"),
               timezone.localtime(r.checked_in_at).strftime("%Y-%m-%d %H:%M") if r.checked_in_at else ""]


def to_csv(event):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows(event):
        writer.writerow([neutralise(v) for v in row])
    return "\ufeff" + buffer.getvalue()  # BOM so Excel reads UTF-8


def to_xlsx(event):
    from openpyxl import Workbook  # ~30 MB: loaded by the first export, not by every worker at start-up

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Attendees"
    for row in rows(event):
        # Strings only, each neutralised; openpyxl would otherwise store "=..." as a formula.
        sheet.append([neutralise(v) for v in row])
        for cell in sheet[sheet.max_row]:
            cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
