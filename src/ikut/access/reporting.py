"""Rules for reporting (ikut.reporting): ESF+ indicators, situation report, surveys, dashboards.

- ESF+ indicators, exports and the situation report (aggregates only, suppressed): project manager.
- Dashboards: project manager (all participants with ESF+ reporting consent, aggregates only) and
  supervisors (their own organisation's participants, aggregates only).
- Building surveys (questions, links, opening/closing): project manager and supervisors.
- Answering a survey together with a participant: caseworkers and supervisors.
- Data completeness (which ESF+ fields are missing, per participant code): caseworkers and supervisors,
  over `organisation_caseload(user)` only (codes and missing-field names, like the caseload list; the records
  themselves open only per the participants rules). Never the project manager: it is row-level.
- Answering through an anonymous link: public (the token is the key).
- DPO, administrators, employer contacts and participants: none of the reporting pages.
"""

from ikut.accounts.models import Role

from . import has_role, rule


@rule("reporting.esf")
def esf(user, obj):
    return has_role(user, Role.PROJECT_MANAGER)


@rule("reporting.situation")
def situation(user, obj):
    return has_role(user, Role.PROJECT_MANAGER)


@rule("reporting.dashboard")
def dashboard(user, obj):
    return has_role(user, Role.PROJECT_MANAGER) or (has_role(user, Role.SUPERVISOR) and user.organisation_id)


@rule("reporting.surveys")
def surveys(user, obj):
    return has_role(user, Role.PROJECT_MANAGER, Role.SUPERVISOR)


@rule("reporting.answer_with_participant")
def answer_with_participant(user, obj):
    return has_role(user, Role.CASEWORKER, Role.SUPERVISOR)


@rule("reporting.completeness")
def completeness(user, obj):
    return has_role(user, Role.CASEWORKER, Role.SUPERVISOR)


def dashboard_scope(user):
    """The participants a user's dashboard aggregates over (None when the user has no dashboard)."""
    from ikut.participants.models import Participant
    from ikut.reporting.sources import reporting_base

    if has_role(user, Role.PROJECT_MANAGER):
        return reporting_base()
    if has_role(user, Role.SUPERVISOR) and user.organisation_id:
        return Participant.objects.filter(organisation_id=user.organisation_id, anonymised_at__isnull=True)
    return None
