"""/api/events/participation: company participation (seminars attended, courses completed) for reporting.

Counts only, no names. Managers (administrator, project manager, supervisor) get every company; an
employer contact gets their own company; anyone else gets 404.
"""

from ninja import Router, Schema

from ikut import access
from ikut.access.events import visible_companies

from . import participation

router = Router(tags=["events"])


class ParticipationOut(Schema):
    organisation_id: int
    organisation: str
    events_attended: int
    people_attended: int
    courses_completed: int


@router.get("/participation", response=list[ParticipationOut], url_name="events_participation",
            summary="Company participation in seminars and courses (counts)")
def company_participation(request):
    user = request.auth
    access.check(user, "events.participation.view")
    rows = participation.summary(list(visible_companies(user)))
    return [{"organisation_id": r["organisation"].pk, "organisation": r["organisation"].name,
             "events_attended": r["events_attended"], "people_attended": r["people_attended"],
             "courses_completed": r["courses_completed"]} for r in rows]
