"""Who may see and change trafficking case data (ikut.casedata) and exchange cases in HTCDS.

- the status on the record (permit, right to work, Assistance System, criminal case, claim, exploitation):
  the assigned team sees it (like team notes: assigned workers and break-the-glass grants); assigned work
  coaches and supervisors change it (participants.edit). Supervisors who are not on the team see only
  the upcoming-expiry dates on the caseload, not the status itself;
- identifiable HTCDS export (case transfer): those who may change the record, only under a valid
  "case transfer to a named organisation" consent naming the receiver (checked in the action), in sudo
  mode in the UI;
- HTCDS import: those who may create participant records;
- de-identified HTCDS export: supervisors (their organisation's cases) and project managers (all).
"""

from ikut.accounts.models import Role

from . import can, has_role, rule
from .participants import relation


@rule("casedata.view")
def view(user, obj):
    if obj is None:
        return has_role(user, Role.CASEWORKER, Role.PSYCHOSOCIAL, Role.SUPERVISOR)
    rel = relation(user, obj)
    return rel["assigned"] or rel["break_glass"]


@rule("casedata.edit")
def edit(user, obj):
    if obj is None:
        return has_role(user, Role.CASEWORKER, Role.SUPERVISOR)
    return can(user, "participants.edit", obj)


@rule("casedata.transfer")
def transfer(user, obj):
    """Identifiable HTCDS export of a case (the consent is checked by the action)."""
    if obj is None:
        return has_role(user, Role.CASEWORKER, Role.SUPERVISOR)
    return can(user, "participants.edit", obj)


@rule("casedata.import")
def import_cases(user, obj):
    return can(user, "participants.create")


# The smallest k of a de-identified export (k-anonymity; ikut.casedata.htcds.K_MIN is this value). Kept here, with
# who may export, so that the API's parameter default does not import the HTCDS code (issue 17, lean workers).
DEIDENTIFIED_K_MIN = 5


@rule("casedata.deidentified")
def deidentified(user, obj):
    return has_role(user, Role.PROJECT_MANAGER) or (has_role(user, Role.SUPERVISOR) and user.organisation_id)


def deidentified_scope(user):
    """Participants a de-identified export by `user` covers."""
    from ikut.participants.models import Participant

    qs = Participant.objects.filter(anonymised_at__isnull=True)
    if has_role(user, Role.PROJECT_MANAGER):
        return qs
    if has_role(user, Role.SUPERVISOR) and user.organisation_id:
        return qs.filter(organisation_id=user.organisation_id)
    return qs.none()
