"""Every data source of the situation report and dashboards behind one small function.

Each function returns raw counts, never rows. Counting is done in the database; the only
Python loop over rows is `phase_durations`, which must decrypt the phase history (FieldChange values are
encrypted) and runs in the background report build, never in a request.
"""

import datetime
import hashlib

from django.db.models import Count, Max, Min, Q
from django.db.models.functions import TruncMonth

from ikut.employers.models import Company, Introduction, Placement
from ikut.events.models import Event, Registration
from ikut.learning.models import Enrolment
from ikut.participants.models import Consent, FieldChange, Participant, Phase
from ikut.skills.models import LanguageSkill, Occupation, SkillsProfile, WorkExperience

from .models import Answer, Response


def median(values):
    """statistics.median, with the module imported at the first use: only report builds need it, so a web worker
    that never builds one does not hold it (issue 17, lean workers; tests/foundation/test_lean_workers.py)."""
    import statistics

    return statistics.median(values)


def reporting_base(queryset=None):
    """Participants counted in statistics under the configured legal basis (settings.IKUT_ESF_BASIS):
    everyone under "legal_obligation", only those with a valid ESF+ reporting consent under "consent"."""
    from .esf import counted_participants

    return counted_participants(queryset)


def phase_counts(queryset):
    rows = dict(queryset.values_list("current_phase").annotate(n=Count("pk")).order_by())
    return [(phase.value, str(phase.label), rows.get(phase.value, 0)) for phase in Phase]


def monthly(queryset, field, months):
    """Counts per calendar month for the `months` (list of date(Y, M, 1)); one GROUP BY query."""
    first, last = months[0], months[-1]
    end = datetime.date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    from django.db.models import DateTimeField

    lookup = f"{field}__date" if isinstance(queryset.model._meta.get_field(field), DateTimeField) else field
    rows = (queryset.filter(**{f"{lookup}__gte": first, f"{lookup}__lt": end})
            .annotate(month=TruncMonth(field)).values("month").annotate(n=Count("pk")).order_by())
    found = {}
    for row in rows:
        month = row["month"]
        if isinstance(month, datetime.datetime):
            month = month.date()
        found[month.replace(day=1)] = row["n"]
    return [(m, found.get(m, 0)) for m in months]


def last_months(today, count=12):
    months = []
    year, month = today.year, today.month
    for _i in range(count):
        months.append(datetime.date(year, month, 1))
        month -= 1
        if month == 0:
            year, month = year - 1, 12
    return list(reversed(months))


def exit_outcomes(queryset):
    """Leavers and their situation on leaving (booleans; several may be true)."""
    leavers = queryset.filter(exit_date__isnull=False)
    agg = leavers.aggregate(
        total=Count("pk"),
        employed=Count("pk", filter=Q(exit_employed=True)),
        education=Count("pk", filter=Q(exit_in_education_or_training=True)),
        searching=Count("pk", filter=Q(exit_job_searching=True)),
        qualification=Count("pk", filter=Q(exit_qualification_gained=True)),
        employed_6m=Count("pk", filter=Q(employed_6_months=True)),
    )
    reasons = dict(leavers.exclude(exit_reason="").values_list("exit_reason").annotate(n=Count("pk")).order_by())
    return agg, reasons


def phase_durations(queryset):
    """Median days from intake to (first) work trial and to (first) employment phase.

    Phase history lives in participants.FieldChange with encrypted values, so it is read and decrypted
    here, in the background build. Returns {"work_trial": (n, median|None), "employment": (n, median|None)}.
    """
    intake = dict(queryset.values_list("pk", "intake_date"))
    first = {Phase.WORK_TRIAL.value: {}, Phase.EMPLOYMENT.value: {}}
    changes = (FieldChange.objects.filter(model="participant", field="current_phase", participant_id__in=list(intake))
               .order_by("changed_at").only("participant_id", "new_value", "changed_at"))
    for change in changes.iterator():
        target = first.get(change.new_value)
        if target is not None and change.participant_id not in target:
            target[change.participant_id] = change.changed_at.date()
    out = {}
    for phase, reached in first.items():
        days = [max((day - intake[pid]).days, 0) for pid, day in reached.items() if intake.get(pid)]
        out[phase] = (len(days), median(days) if days else None)
    return out


def prior_sectors(queryset):
    """Participants (distinct) per sector of prior work, from skills profiles."""
    rows = (WorkExperience.objects.filter(profile__participant__in=queryset, occupation__isnull=False)
            .exclude(occupation__sector="")
            .values_list("occupation__sector").annotate(n=Count("profile__participant", distinct=True)).order_by())
    labels = dict(Occupation._meta.get_field("sector").choices)
    return sorted(((str(labels.get(sector, sector)), n) for sector, n in rows), key=lambda r: (-r[1], r[0]))


def languages(queryset):
    rows = (LanguageSkill.objects.filter(profile__participant__in=queryset)
            .values_list("code").annotate(n=Count("profile__participant", distinct=True)).order_by())
    return sorted(((code, n) for code, n in rows), key=lambda r: (-r[1], r[0]))


def placements(queryset):
    """Placements per status from the employers app."""
    rows = (Placement.objects.filter(participant__in=queryset).values_list("status")
            .annotate(n=Count("pk")).order_by())
    labels = dict(Placement.Status.choices)
    return [(str(labels.get(status, status)), n) for status, n in sorted(rows)]


def placement_outcomes(queryset):
    """Outcomes of ended placements (hired / not hired / ended early)."""
    rows = dict(Placement.objects.filter(participant__in=queryset).exclude(outcome="").values_list("outcome")
                .annotate(n=Count("pk")).order_by())
    return [(str(label), rows.get(value, 0)) for value, label in Placement._meta.get_field("outcome").choices]


def days_to_first_placement(queryset):
    """(n, median days) from intake to the start of a participant's first placement (employers app).

    The database gives one row per participant (MIN(start_date)); only the median is taken in Python."""
    rows = (Placement.objects.filter(participant__in=queryset).values("participant")
            .annotate(first=Min("start_date")).values_list("first", "participant__intake_date").order_by())
    days = [max((first - intake).days, 0) for first, intake in rows if first and intake]
    return len(days), (median(days) if days else None)


def events_by_kind(months=None, organisation=None):
    """Seminars and trainings held (published) and attendance."""
    events = Event.objects.filter(published=True)
    kinds = dict(events.values_list("kind").annotate(n=Count("pk")).order_by())
    attended = dict(Registration.objects.filter(event__published=True, checked_in_at__isnull=False)
                    .values_list("event__kind").annotate(n=Count("pk")).order_by())
    labels = dict(Event.Kind.choices)
    result = {"events": [(str(labels[k]), kinds.get(k, 0)) for k in labels],
              "attended": [(str(labels[k]), attended.get(k, 0)) for k in labels]}
    if months:
        result["monthly"] = monthly(events, "starts_at", months)
    return result


def course_completions():
    return Enrolment.objects.aggregate(enrolled=Count("pk"),
                                       completed=Count("pk", filter=Q(completed_at__isnull=False)))


# --- Data fingerprint (cache key) ---------------------------------------------------------------------

def fingerprint(extra=""):
    """A hash over counts and latest change of every source table: a report is rebuilt when it changes."""
    parts = [extra]
    parts.append(Participant.objects.aggregate(n=Count("pk"), m=Max("updated_at")))
    parts.append(Consent.objects.aggregate(n=Count("pk"), g=Max("given_at"), w=Max("withdrawn_at"),
                                           v=Count("pk", filter=Q(withdrawn_at__isnull=True))))
    parts.append(FieldChange.objects.filter(field="current_phase").aggregate(n=Count("pk"), m=Max("pk")))
    parts.append(Response.objects.aggregate(n=Count("pk"), m=Max("pk")))
    parts.append(Answer.objects.aggregate(n=Count("pk"), m=Max("pk")))
    for model, stamp in ((SkillsProfile, "updated_at"), (WorkExperience, "pk"), (LanguageSkill, "pk"),
                         (Placement, "pk"), (Company, "updated_at"), (Introduction, "pk"), (Event, "pk"),
                         (Registration, "pk"), (Enrolment, "pk")):
        parts.append((model._meta.label, model.objects.aggregate(n=Count("pk"), m=Max(stamp))))
    return hashlib.sha256(repr(parts).encode()).hexdigest()
