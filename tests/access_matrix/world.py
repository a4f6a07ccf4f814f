"""The world every access-matrix test runs in: organisations and one user per role."""

from types import SimpleNamespace

from ikut.accounts.models import Organisation, Role
from ikut.participants.models import Participant
from tests.helpers import make_org, make_user


def build_world(extenders):
    w = SimpleNamespace()
    w.assistance = make_org("Assistance (test)", Organisation.Kind.ASSISTANCE_SYSTEM)
    w.ngo = make_org("NGO (test)", Organisation.Kind.PARTNER_NGO)
    w.company = make_org("Company (test)", Organisation.Kind.COMPANY)
    w.other_company = make_org("Other company (test)", Organisation.Kind.COMPANY)
    w.project = make_org("Project office (test)", Organisation.Kind.PROJECT_OFFICE)
    w.other_ngo = make_org("Other NGO (test)", Organisation.Kind.PARTNER_NGO)
    w.users = {
        "administrator": make_user(Role.ADMINISTRATOR, w.assistance),
        "caseworker": make_user(Role.CASEWORKER, w.assistance),
        "psychosocial": make_user(Role.PSYCHOSOCIAL, w.ngo),
        "supervisor": make_user(Role.SUPERVISOR, w.assistance),
        "project_manager": make_user(Role.PROJECT_MANAGER, w.project),
        "dpo": make_user(Role.DPO, w.assistance),
        "employer": make_user(Role.EMPLOYER, w.company),
        "participant": make_user(Role.PARTICIPANT, w.assistance),
        "outsider": make_user(Role.CASEWORKER, w.other_ngo),
    }
    w.victim_user = make_user(Role.CASEWORKER, w.assistance)  # a user the administrator may manage
    build_other_organisation(w)
    for extend in extenders:
        extend(w)
    w.all_participants = lambda: list(Participant.objects.filter(organisation__in=[w.assistance, w.ngo]))
    return w


def build_other_organisation(w):
    """Organisation B: one user per role in organisations of their own, so every role of B can be tried
    against every object of the world (tests/test_access_matrix.py::test_other_organisation)."""
    from ikut.employers.models import Company

    w.b_assistance = make_org("B Assistance (test)", Organisation.Kind.ASSISTANCE_SYSTEM)
    w.b_ngo = make_org("B NGO (test)", Organisation.Kind.PARTNER_NGO)
    w.b_company = make_org("B Company (test)", Organisation.Kind.COMPANY)
    w.b_project = make_org("B Project office (test)", Organisation.Kind.PROJECT_OFFICE)
    Company.objects.create(organisation=w.b_company, business_id="2617416-4", sector="cleaning")
    w.b_users = {
        "administrator": make_user(Role.ADMINISTRATOR, w.b_assistance),
        "caseworker": make_user(Role.CASEWORKER, w.b_assistance),
        "psychosocial": make_user(Role.PSYCHOSOCIAL, w.b_ngo),
        "supervisor": make_user(Role.SUPERVISOR, w.b_assistance),
        "project_manager": make_user(Role.PROJECT_MANAGER, w.b_project),
        "dpo": make_user(Role.DPO, w.b_assistance),
        "employer": make_user(Role.EMPLOYER, w.b_company),
        "participant": make_user(Role.PARTICIPANT, w.b_assistance),
    }
