import datetime
from types import SimpleNamespace

import pytest

from ikut.accounts.models import Organisation, Role
from ikut.participants.models import Assignment, Consent, ConsentPurpose, Participant
from tests.employers.conftest import as_user, w  # noqa: F401  (fixtures reused)
from tests.helpers import make_org, make_user
from tests.helpers import sign_in as _sign_in


def sign_in(client, user):
    """Signed in, reading English wording (the default language is Finnish)."""
    from django.conf import settings

    _sign_in(client, user)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture
def team(db):
    """An assistance organisation with a lead caseworker, a psychosocial worker, a supervisor, an outsider of
    another organisation, a receiving NGO and one participant with identity."""
    t = SimpleNamespace()
    t.org = make_org("Assistance (casedata)", Organisation.Kind.ASSISTANCE_SYSTEM)
    t.ngo = make_org("Receiving NGO", Organisation.Kind.PARTNER_NGO)
    t.other = make_org("Other NGO", Organisation.Kind.PARTNER_NGO)
    t.caseworker = make_user(Role.CASEWORKER, t.org)
    t.psy = make_user(Role.PSYCHOSOCIAL, t.org)
    t.supervisor = make_user(Role.SUPERVISOR, t.org)
    t.outsider = make_user(Role.CASEWORKER, t.other)
    t.pm = make_user(Role.PROJECT_MANAGER, make_org("Project office", Organisation.Kind.PROJECT_OFFICE))
    t.p = Participant.objects.create(organisation=t.org, first_name="Amara", last_name="Okafor-Test",
                                     date_of_birth=datetime.date(1990, 5, 17), nationality="Nigeria",
                                     email="amara@example.test", phone="+358401234567", gender="woman",
                                     language="en")
    Assignment.objects.create(participant=t.p, user=t.caseworker, role=Assignment.CaseRole.LEAD)
    Assignment.objects.create(participant=t.p, user=t.psy, role=Assignment.CaseRole.PSYCHOSOCIAL)
    return t


def give_transfer_consent(participant, organisation):
    return Consent.objects.create(participant=participant, purpose=ConsentPurpose.CASE_TRANSFER,
                                  partner=organisation, text_version="2026-1", text_language="en",
                                  how_given="signed")
