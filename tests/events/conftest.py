import datetime

import pytest
from django.utils import timezone

from ikut.accounts.models import Organisation, Role
from ikut.events.models import Event
from tests.helpers import make_org, make_user


@pytest.fixture
def make_event(db):
    def _make(**fields):
        now = timezone.now()
        defaults = dict(title_en="Seminar (test)", title_fi="Seminaari (testi)", published=True, location="Helsinki",
                        starts_at=now + datetime.timedelta(days=7), ends_at=now + datetime.timedelta(days=7, hours=2),
                        capacity=2)
        defaults.update(fields)
        return Event.objects.create(**defaults)

    return _make


@pytest.fixture
def company(db):
    return make_org("Company (test)", Organisation.Kind.COMPANY)


@pytest.fixture
def manager(db):
    return make_user(Role.PROJECT_MANAGER, make_org("Project (test)", Organisation.Kind.PROJECT_OFFICE))
