"""Company participation in seminars and trainings, for other apps and reporting.

    from ikut.events import participation
    participation.for_organisation(org)   # one company: the events its people registered for/attended
    participation.summary(orgs)           # many companies: counts per company (one query)

These return aggregates about the organisation (no attendee names or emails) and survive retention:
anonymising an event keeps each registration's organisation and check-in time.
Callers must check access first (rule "events.participation.view").
"""

from django.db.models import Count, Q

from .models import Event, Registration

S = Registration.Status


def for_organisation(org):
    """[{"event": Event, "registered": n, "attended": n}] for events people of `org` registered for."""
    events = (Event.objects.filter(registrations__organisation=org)
              .annotate(registered=Count("registrations", filter=Q(registrations__organisation=org,
                                                                     registrations__status=S.CONFIRMED)),
                        attended=Count("registrations", filter=Q(registrations__organisation=org,
                                                                   registrations__checked_in_at__isnull=False)))
              .distinct().order_by("-starts_at"))
    return [{"event": e, "registered": e.registered, "attended": e.attended} for e in events]


def summary(orgs):
    """[{"organisation": org, "events_attended": n, "people_attended": n, "courses_completed": n}]."""
    from ikut.learning import progress

    ids = [o.pk for o in orgs]
    rows = {r["organisation"]: r for r in (
        Registration.objects.filter(organisation_id__in=ids, checked_in_at__isnull=False)
        .values("organisation").annotate(events_attended=Count("event", distinct=True), people_attended=Count("pk")))}
    completions = progress.completions_by_organisation(ids)
    return [{"organisation": o, "events_attended": rows.get(o.pk, {}).get("events_attended", 0),
             "people_attended": rows.get(o.pk, {}).get("people_attended", 0),
             "courses_completed": completions.get(o.pk, 0)} for o in orgs]


def counts_by_event(events):
    ids = [e.pk for e in events]
    return {r["event"]: r for r in Registration.objects.filter(event_id__in=ids).values("event").annotate(
        confirmed=Count("pk", filter=Q(status=S.CONFIRMED)), offered=Count("pk", filter=Q(status=S.OFFERED)),
        waitlisted=Count("pk", filter=Q(status=S.WAITLISTED)), pending=Count("pk", filter=Q(status=S.PENDING)),
        attended=Count("pk", filter=Q(checked_in_at__isnull=False)))}


def feedback_summary(event):
    from django.db.models import Avg

    qs = event.feedback.all()
    agg = qs.aggregate(n=Count("pk"), overall=Avg("overall"), relevance=Avg("relevance"),
                       will_act=Count("pk", filter=Q(will_act=True)))
    agg["comments"] = [f.comment for f in qs if f.comment]
    return agg
