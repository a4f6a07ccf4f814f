import datetime

import pytest

from ikut.accounts.models import Organisation, Role
from ikut.participants.models import Assignment, Participant
from tests.helpers import make_org, make_user


@pytest.fixture
def team(db):
    """An organisation with an assigned caseworker and psychosocial worker, a supervisor, an unassigned
    caseworker of the same organisation and an outsider caseworker of another organisation."""
    org = make_org("Assistance", Organisation.Kind.ASSISTANCE_SYSTEM)
    ngo = make_org("Partner NGO", Organisation.Kind.PARTNER_NGO)
    other = make_org("Other NGO", Organisation.Kind.PARTNER_NGO)
    t = type("Team", (), {})()
    t.org, t.ngo, t.other = org, ngo, other
    t.caseworker = make_user(Role.CASEWORKER, org)
    t.psychosocial = make_user(Role.PSYCHOSOCIAL, ngo)
    t.supervisor = make_user(Role.SUPERVISOR, org)
    t.colleague = make_user(Role.CASEWORKER, org)
    t.outsider = make_user(Role.CASEWORKER, other)
    t.other_psychosocial = make_user(Role.PSYCHOSOCIAL, ngo)
    t.project_manager = make_user(Role.PROJECT_MANAGER, org)
    t.employer = make_user(Role.EMPLOYER, make_org("Company", Organisation.Kind.COMPANY))
    t.dpo = make_user(Role.DPO, org)
    t.participant = Participant.objects.create(
        organisation=org, first_name="Testi", last_name="Henkilö", date_of_birth=datetime.date(1990, 5, 1),
        language="th", created_by=t.caseworker)
    Assignment.objects.create(participant=t.participant, user=t.caseworker, role=Assignment.CaseRole.LEAD)
    Assignment.objects.create(participant=t.participant, user=t.psychosocial,
                              role=Assignment.CaseRole.PSYCHOSOCIAL)
    return t


@pytest.fixture(autouse=True)
def _tmp_storage(settings, tmp_path):
    settings.STORAGES = {**settings.STORAGES, "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {"location": str(tmp_path / "files")}}}


@pytest.fixture
def as_user(client):
    from tests.helpers import sign_in

    def _as(user):
        client.logout()
        return sign_in(client, user)

    return _as


@pytest.fixture
def empty_fixed_sql():
    """No compiled shape kept from another test: each test's first call compiles, as in a fresh process."""
    from ikut.core import fixed_sql

    fixed_sql.clear()
    yield
    fixed_sql.clear()
