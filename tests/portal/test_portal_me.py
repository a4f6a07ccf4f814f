"""The signed-in participant's own page: their plan, appointments and skills — never anyone else's."""

import datetime

import pytest
from django.utils import timezone

from ikut.accounts.models import Role
from ikut.audit.models import AuditEntry
from ikut.participants.models import Goal, Meeting, Participant, Task
from tests.helpers import make_org, make_user, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def world():
    org = make_org()
    me_user = make_user(Role.PARTICIPANT, org)
    other_user = make_user(Role.PARTICIPANT, org)
    me = Participant.objects.create(organisation=org, first_name="Nok", last_name="Demo",
                                    date_of_birth=datetime.date(1988, 1, 1), language="th", user=me_user)
    other = Participant.objects.create(organisation=org, first_name="Other", last_name="Person",
                                       date_of_birth=datetime.date(1990, 1, 1), language="vi", user=other_user)
    for p, word in [(me, "hotel kitchen"), (other, "secret other goal")]:
        Goal.objects.create(participant=p, phase="intake", own_words=f"Work in a {word}")
        Task.objects.create(participant=p, phase="intake", title=f"Hygiene passport course ({word})",
                            due_date=datetime.date.today() + datetime.timedelta(days=7))
        Meeting.objects.create(participant=p, kind="coaching", starts_at=timezone.now() + datetime.timedelta(days=2),
                               summary=f"staff summary {word}")
    return me_user, other_user, me


def test_participant_sees_own_plan_and_appointments_only(client, world, django_assert_max_num_queries):
    me_user, _other_user, me = world
    sign_in(client, me_user)
    with django_assert_max_num_queries(20):
        response = client.get("/portal/th/me/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Work in a hotel kitchen" in html and "Hygiene passport course (hotel kitchen)" in html
    assert "secret other goal" not in html
    assert "staff summary" not in html  # meeting summaries are the workers' notes
    assert response["Cache-Control"] == "no-store"
    entry = AuditEntry.objects.filter(action="portal.me.view").latest("seq")
    assert entry.subject_id == me.code and entry.actor_id == me_user.pk
    assert "hotel" not in str(entry.details)


def test_participant_without_a_record_sees_a_friendly_page(client):
    user = make_user(Role.PARTICIPANT, make_org())
    sign_in(client, user)
    response = client.get("/portal/fi/me/")
    assert response.status_code == 200


@pytest.mark.parametrize("role", ["caseworker", "administrator", "supervisor"])
def test_staff_cannot_use_the_participant_page(client, role):
    sign_in(client, make_user(role, make_org()))
    assert client.get("/portal/fi/me/").status_code == 404


def test_anonymous_is_sent_to_sign_in(client):
    response = client.get("/portal/fi/me/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
