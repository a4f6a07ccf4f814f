"""Who may see and do what in the skills part: taxonomy, skills profiles (interview), matching.

- The taxonomy (ESCO occupations, skills, Finnish certificates) is reference data: every staff role of the
  assistance system, partner NGOs and the project office may browse it; employer contacts and participants
  use their own parts of the product instead.
- A skills profile is participant data: only users who may see the participant (ikut.access.participants)
  may read or export it; only those who may change the participant's pathway may change it. Employer
  contacts never see profiles, whatever else is true.
"""

from ikut.accounts.models import Role

from . import can, has_role, rule

TAXONOMY_ROLES = (Role.ADMINISTRATOR, Role.CASEWORKER, Role.PSYCHOSOCIAL, Role.SUPERVISOR,
                  Role.PROJECT_MANAGER, Role.DPO)
PROFILE_ROLES = (Role.CASEWORKER, Role.PSYCHOSOCIAL, Role.SUPERVISOR)


@rule("skills.taxonomy")
def browse_taxonomy(user, obj):
    return has_role(user, *TAXONOMY_ROLES)


@rule("skills.match")
def run_match(user, obj):
    """Match an anonymous profile (a list of skill URIs) against the taxonomy: no personal data involved."""
    return has_role(user, *TAXONOMY_ROLES)


@rule("skills.profiles")
def use_profiles(user, obj):
    """Without obj: may open the skills part's caseload at all. With a participant: may read its profile."""
    if not has_role(user, *PROFILE_ROLES):
        return False
    if obj is None:
        return True
    return can(user, "participants.view", obj)


@rule("skills.profile_edit")
def edit_profile(user, obj):
    if not has_role(user, Role.CASEWORKER, Role.SUPERVISOR):
        return False
    return obj is None or can(user, "participants.edit", obj)


@rule("skills.profile_export")
def export_profile(user, obj):
    if not has_role(user, *PROFILE_ROLES):
        return False
    return obj is None or can(user, "participants.view", obj)


def visible_profile_participants(user):
    from .participants import visible_participants

    if not has_role(user, *PROFILE_ROLES):
        from ikut.participants.models import Participant

        return Participant.objects.none()
    return visible_participants(user)


def get_profile_participant(user, code, action="skills.profiles"):
    """The participant with `code` if `user` may do `action` on its skills profile; otherwise 404."""
    from . import Denied, check
    from .participants import get_participant_for

    if not has_role(user, *PROFILE_ROLES):
        raise Denied(action, "participants.participant")
    participant = get_participant_for(user, code)
    check(user, action, participant)
    return participant
