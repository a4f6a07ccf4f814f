"""The world every access-matrix test runs in: organisations and one user per role."""

from types import SimpleNamespace

from ikut.accounts.models import Organisation, Role
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
    for extend in extenders:
        extend(w)
    return w
