"""Provenance of facts: every fact row carries `source` (an address) and `checked_on` (the date someone read
that source, or empty). A fact counts as checked only when both exist; the UI says "checked on DATE" then,
"not yet checked" otherwise. A checked-on date without a source is refused (database constraint for
HelpContact and SectorMinimumPay rows; `validate_items` for the article's JSON rows).

Fact rows, each named by a key used in the staff "unchecked facts" page:
  help:<key>                 a help contact
  minimum-pay:<pk>           a minimum-pay row
  rule:<pk>                  a job-offer rule (its legal basis and wording)
  article:<slug>:ref:<n>     the n-th legal reference of an article
  article:<slug>:source:<n>  the n-th source of an article
"""

import datetime
import re

from ikut.core.formats import date_text

PHONE_INTERNATIONAL = re.compile(r"\+358 (\d[\d ]+\d)")


def national_phone(phone):
    """"+358 295 463 177" -> "0295 463 177"; "" when the number has only one form (112, 116 006)."""
    match = PHONE_INTERNATIONAL.fullmatch(phone or "")
    return "0" + match.group(1) if match else ""


def is_checked(source, checked_on):
    return bool(source) and bool(checked_on)


def parse_date(value):
    if not value:
        return None
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(value)


def validate_items(items, source_key):
    """Raise ValueError naming the row when a row has a checked_on without a source or a bad date."""
    for number, item in enumerate(items, 1):
        checked = item.get("checked_on") or ""
        if checked:
            try:
                parse_date(checked)
            except ValueError:
                raise ValueError(f"row {number}: checked_on {checked!r} is not a date (YYYY-MM-DD)") from None
            if not item.get(source_key):
                raise ValueError(f"row {number}: checked_on without a source")


def article_rows(article):
    """The article's fact rows for display: label, source, checked_on (date or None), key."""
    rows = []
    for n, ref in enumerate(article.legal_references):
        label = f"{ref.get('statute', '')} {ref.get('number', '')}"
        if ref.get("section"):
            label += f", {ref['section']}"
        rows.append({"key": f"article:{article.slug}:ref:{n}", "label": label, "source": ref.get("source", ""),
                     "checked_on": parse_date(ref.get("checked_on"))})
    for n, src in enumerate(article.sources):
        rows.append({"key": f"article:{article.slug}:source:{n}", "label": src.get("title", ""),
                     "source": src.get("url", ""), "checked_on": parse_date(src.get("checked_on"))})
    for row in rows:
        row["checked"] = is_checked(row["source"], row["checked_on"])
    return rows


def unchecked_facts():
    """Every fact row that is not yet checked, for the staff page (public content only, no personal data)."""
    from .models import Article, HelpContact, OfferRule, SectorMinimumPay

    facts = []
    for h in HelpContact.objects.all():
        if not is_checked(h.source, h.checked_on):
            facts.append({"key": f"help:{h.key}", "kind": "help", "label": f"{h.name} — {h.phone}",
                          "source": h.source})
    for m in SectorMinimumPay.objects.all():
        if not is_checked(m.source, m.checked_on):
            facts.append({"key": f"minimum-pay:{m.pk}", "kind": "minimum-pay",
                          "label": f"{m.get_sector_display()}: {m.hourly_minimum} € ({date_text(m.effective_from)})",
                          "source": m.source})
    for r in OfferRule.objects.all():
        if not is_checked(r.source, r.checked_on):
            facts.append({"key": f"rule:{r.pk}", "kind": "rule", "label": f"{r.code} ({r.severity})",
                          "source": r.source})
    for article in Article.objects.all():
        for row in article_rows(article):
            if not row["checked"]:
                facts.append({"key": row["key"], "kind": "article", "label": f"{article.slug}: {row['label']}",
                              "source": row["source"]})
    return facts
