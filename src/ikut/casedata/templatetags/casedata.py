"""The caseload dashboard's "upcoming expiries" panel: one query, whatever the caseload's size."""

import datetime

from django import template
from django.utils import timezone

from ikut.access.participants import assigned_participants

from ..models import REMINDER_DAYS, CaseStatus, ExpiryReminder

register = template.Library()
LIMIT = 20


@register.inclusion_tag("casedata/_expiries.html")
def upcoming_expiries(user):
    today = timezone.localdate()
    horizon = today + datetime.timedelta(days=max(REMINDER_DAYS))
    rows = list(CaseStatus.objects.filter(participant__in=assigned_participants(user).filter(status="open")
                                          .values("pk"), next_expiry_on__lte=horizon)
                .select_related("participant").only("permit_valid_until", "reflection_period_until",
                                                    "next_expiry_on", "participant__code")
                .order_by("next_expiry_on")[:LIMIT])
    items = []
    for status in rows:
        for subject, ends_on in status.expiries():
            if ends_on <= horizon:
                items.append({"code": status.participant.code, "label": ExpiryReminder.Subject(subject).label,
                              "ends_on": ends_on,
                              "days": (ends_on - today).days, "ago": (today - ends_on).days})
    items.sort(key=lambda i: (i["ends_on"], i["code"]))
    return {"items": items, "days": max(REMINDER_DAYS)}
