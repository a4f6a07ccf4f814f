"""Course progress for other apps and reporting.

    from ikut.learning import progress
    progress.for_organisation(org)            # [{"course", "started", "completed"}] counts for one company
    progress.completions_by_organisation(ids) # {org_id: completed enrolments}

Counts only: no learner names. Callers check access first (rule "events.participation.view").
"""

from django.db.models import Count, Q

from .models import Course, Enrolment


def for_organisation(org):
    courses = (Course.objects.filter(enrolments__organisation=org)
               .annotate(started=Count("enrolments", filter=Q(enrolments__organisation=org)),
                         completed=Count("enrolments", filter=Q(enrolments__organisation=org,
                                                                enrolments__completed_at__isnull=False)))
               .distinct().order_by("slug"))
    return [{"course": c, "started": c.started, "completed": c.completed} for c in courses]


def completions_by_organisation(org_ids):
    rows = (Enrolment.objects.filter(organisation_id__in=org_ids, completed_at__isnull=False)
            .values("organisation").annotate(n=Count("pk")))
    return {r["organisation"]: r["n"] for r in rows}

