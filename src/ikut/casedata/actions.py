"""Writes of trafficking case data, one function per action, each in one transaction and audited.

Expiry reminders: a task for the case's lead work coach is created 90 and 30 days before a residence
permit or a reflection period ends. `plan_reminders` runs when the status is saved (so a date already
inside the window gets its task at once) and from the daily `ikut casedata-housekeeping` (so a date
reaching the window later gets it that day). Each reminder is made once: `ExpiryReminder` remembers it by
a blind key over (what, end date, days before); a changed end date makes new reminders and drops the open
tasks of the old date.
"""

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from ikut.audit import log
from ikut.core.actors import user_of
from ikut.core.crypto import blind_index
from ikut.participants import system_tasks
from ikut.participants.actions import record_changes, snapshot
from ikut.participants.models import Assignment, Status, Task

from .models import CaseStatus, ExpiryReminder, reminder_dates

OPEN = [Status.PLANNED, Status.IN_PROGRESS]


def status_of(participant):
    """The participant's CaseStatus, or an unsaved empty one."""
    return CaseStatus.objects.filter(participant=participant).first() or CaseStatus(participant=participant)


@transaction.atomic
def save_status(actor, participant, data, today=None, *, ip=None):
    """Save the case status from cleaned form data; history rows and an audit entry name the changed fields."""
    status = CaseStatus.objects.select_for_update().filter(participant=participant).first() or \
        CaseStatus(participant=participant)
    changed = write_status(actor, participant, status, data, ip=ip)
    plan_reminders(participant, status, today=today)
    return changed


def write_status(actor, participant, status, data, *, ip=None, via=None):
    """Write `data` into a participant's case status (`status`: theirs, or a new unsaved one) and save it: each
    tracked field that changed gets a history row, and one audit entry names them (with `via`, how: an import)."""
    before = snapshot(status, CaseStatus.TRACKED_FIELDS) if status.pk else {f: "" for f in CaseStatus.TRACKED_FIELDS}
    for field, value in data.items():
        setattr(status, field, value)
    status.updated_by = user_of(actor)
    status.save()
    changed = record_changes(participant, status, before, status.updated_by)
    if changed:
        details = {"fields": changed} if via is None else {"fields": changed, "via": via}
        log.record(actor, "casedata.status.update", participant, details=details, ip=ip)
    return changed


def _lead(participant):
    assignments = list(Assignment.objects.filter(participant=participant, ended_at__isnull=True)
                       .select_related("user").order_by("assigned_at"))
    lead = next((a.user for a in assignments if a.role == Assignment.CaseRole.LEAD), None)
    return lead or (assignments[0].user if assignments else None)


TITLES = {
    ExpiryReminder.Subject.PERMIT: (
        gettext_noop("The residence permit ends on %(date)s: check the renewal and the right to work "
                     "(%(days)s days left)."),
        "Oleskelulupa päättyy %(date)s: tarkista jatkolupa ja oikeus tehdä töitä "
                                    "(%(days)s päivää jäljellä)."),
    ExpiryReminder.Subject.REFLECTION: (
        gettext_noop("The reflection period ends on %(date)s: plan the next steps with the "
                     "participant (%(days)s days left)."),
        "Harkinta-aika päättyy %(date)s: suunnittele jatko osallistujan kanssa "
                                        "(%(days)s päivää jäljellä)."),
}


def plan_reminders(participant, status, today=None):
    """Create the reminder tasks that are due by `today` and not yet made; drop open ones of changed dates."""
    today = today or timezone.localdate()
    wanted = {}
    for subject, ends_on in status.expiries() if status.pk else []:
        # The closest window reached: saved 20 days before the end, only the 30-day reminder is made.
        reached = [days for days, on in reminder_dates(ends_on) if on <= today <= ends_on]
        if reached:
            days = min(reached)
            wanted[blind_index("expiry", subject, ends_on.isoformat(), days)] = (subject, ends_on, days)
    existing = {r.key: r for r in ExpiryReminder.objects.filter(participant=participant)}
    current = set(status.expiries()) if status.pk else set()
    stale = [r.task_id for r in existing.values() if (r.subject, r.ends_on) not in current and r.task_id]
    if stale:
        Task.objects.filter(pk__in=stale, status__in=OPEN).update(status=Status.DROPPED)
    made = 0
    owner = None
    for key, (subject, ends_on, days) in wanted.items():
        if key in existing:
            continue
        owner = owner or _lead(participant)
        english, finnish = TITLES[subject]
        values = {"date": ends_on.strftime("%d.%m.%Y"), "days": (ends_on - today).days}
        task = Task.objects.create(participant=participant, phase=participant.current_phase, owner=owner,
                                   due_date=max(today, ends_on - datetime.timedelta(days=days)),
                                   title=_(english) % values, title_fi=finnish % values,
                                   text_key=subject, text_values=system_tasks.values(date=ends_on))
        ExpiryReminder.objects.create(participant=participant, subject=subject, ends_on=ends_on, days_before=days,
                                      task=task, key=key)
        made += 1
    return made


def housekeeping(actor, today=None):
    """The daily job (`ikut casedata-housekeeping`, actor: its system actor): reminders for every open record
    whose next end date is within the largest window."""
    from .models import REMINDER_DAYS

    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=max(REMINDER_DAYS))
    made = 0
    for status in (CaseStatus.objects.filter(next_expiry_on__lte=horizon, next_expiry_on__gte=today,
                                             participant__status="open", participant__anonymised_at__isnull=True)
                   .select_related("participant")):
        with transaction.atomic():
            made += plan_reminders(status.participant, status, today=today)
    if made:
        log.record(actor, "casedata.reminders.create", details={"tasks": made})
    return made
