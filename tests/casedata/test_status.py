"""The case status on the record: who sees and changes it, encryption, audit, history, expiry reminders and
the caseload dashboard's expiry list."""

import datetime

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from ikut.audit.models import AuditEntry
from ikut.casedata import actions
from ikut.casedata.models import CaseStatus, ExpiryReminder
from ikut.core.actors import system
from ikut.participants.models import Assignment, FieldChange, Participant, Status, Task

from .conftest import sign_in

pytestmark = pytest.mark.django_db


def _post(client, code, **extra):
    data = {"permit_type": "victim_of_trafficking", "permit_valid_until": "2027-03-01",
            "right_to_work": "unrestricted", "assistance_status": "accepted", "criminal_case": "investigation",
            "claim_status": "claimed", "claim_amount": "4200.50", "recovered_amount": "",
            "trafficking_status": "ActualVictimOfTrafficking",
            "exploitation_types": ["ForcedLabour", "Servitude"], "forced_labour_industry": "F_Construction",
            "methods_of_control": ["DebtBondage", "WithholdsDocuments"]}
    data.update(extra)
    return client.post(reverse("casedata:status", args=[code]), data)


def test_caseworker_records_status_encrypted_audited_and_in_history(team, client):
    sign_in(client, team.caseworker)
    response = _post(client, team.p.code)
    assert response.status_code == 302
    status = CaseStatus.objects.get(participant=team.p)
    assert status.permit_valid_until == datetime.date(2027, 3, 1)
    assert status.exploitation_list == ["ForcedLabour", "Servitude"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT permit_type, right_to_work, exploitation_types, permit_valid_until, claim_amount "
                       "FROM casedata_casestatus")
        raw = cursor.fetchone()
    for clear in ("victim_of_trafficking", "unrestricted", "ForcedLabour", "2027-03-01", "4200.50"):
        assert all(clear not in value for value in raw)
    entry = AuditEntry.objects.get(action="casedata.status.update")
    assert entry.subject_id == team.p.code and "permit_type" in entry.details["fields"]
    assert "victim" not in str(entry.details)
    change = FieldChange.objects.get(participant=team.p, model="casestatus", field="permit_type")
    assert change.new_value == "victim_of_trafficking" and change.changed_by == team.caseworker
    page = client.get(reverse("casedata:status", args=[team.p.code])).content.decode()
    assert "Construction" in page and "Debt bondage" in page
    assert 'value="2027-03-01"' in page  # the date input shows the saved date (saving again keeps it)
    assert AuditEntry.objects.filter(action="casedata.status.view", subject_id=team.p.code).exists()


def test_team_sees_others_do_not(team, client):
    actions.save_status(team.caseworker, team.p, {"permit_type": "temporary",
                                                               "right_to_work": "none"})
    url = reverse("casedata:status", args=[team.p.code])
    sign_in(client, team.psy)
    page = client.get(url)
    assert page.status_code == 200 and "No right to work" in page.content.decode()
    assert 'name="permit_type"' not in page.content.decode()  # sees, may not change
    assert client.post(url, {"right_to_work": "unrestricted"}).status_code == 302
    assert CaseStatus.objects.get(participant=team.p).right_to_work == "none"
    for user in (team.supervisor, team.outsider, team.pm):
        client.logout()
        sign_in(client, user)
        assert client.get(url).status_code == 404
        assert client.post(url, {"right_to_work": "unrestricted"}).status_code == 404
    assert CaseStatus.objects.get(participant=team.p).right_to_work == "none"


def test_bad_input_names_the_field_and_saves_nothing(team, client):
    sign_in(client, team.caseworker)
    response = _post(client, team.p.code, right_to_work="restricted", claim_amount="1e9",
                     exploitation_types=["NotAValue"])
    assert response.status_code == 400
    text = response.content.decode()
    assert "Amount claimed" in text and "Type(s) of exploitation" in text and "Fields the permit allows" in text
    assert not CaseStatus.objects.exists() and not FieldChange.objects.filter(model="casestatus").exists()


def test_reminders_on_save_and_by_the_daily_job(team):
    today = datetime.date(2027, 1, 1)
    coach = team.caseworker
    # Permit ends in 120 days: nothing yet; the daily job makes the 90-day task on day 30, then the 30-day one.
    changed = actions.save_status(coach, team.p, {"permit_valid_until": today + datetime.timedelta(days=120)},
                                  today=today)
    assert changed == ["permit_valid_until"]  # what it returns: the tracked fields it changed
    assert not Task.objects.filter(participant=team.p).exists()
    assert actions.housekeeping(system("casedata-housekeeping"), today=today + datetime.timedelta(days=29)) == 0
    assert actions.housekeeping(system("casedata-housekeeping"), today=today + datetime.timedelta(days=30)) == 1
    assert actions.housekeeping(system("casedata-housekeeping"), today=today + datetime.timedelta(days=31)) == 0  # once
    task = Task.objects.get(participant=team.p)
    assert task.owner == team.caseworker and "residence permit ends on 01.05.2027" in task.title
    assert task.due_date == today + datetime.timedelta(days=30)
    assert actions.housekeeping(system("casedata-housekeeping"), today=today + datetime.timedelta(days=90)) == 1
    assert Task.objects.filter(participant=team.p).count() == 2
    assert ExpiryReminder.objects.filter(participant=team.p).count() == 2


def test_reminder_at_once_when_saved_inside_the_window_and_dropped_when_the_date_changes(team):
    today = datetime.date(2027, 1, 1)
    coach = team.caseworker
    actions.save_status(coach, team.p, {"reflection_period_until": today + datetime.timedelta(days=20)},
                        today=today)
    task = Task.objects.get(participant=team.p)  # only the 30-day reminder: the 90-day one is past
    assert "reflection period ends" in task.title and task.due_date == today
    actions.save_status(coach, team.p, {"reflection_period_until": today + datetime.timedelta(days=200)},
                        today=today)
    task.refresh_from_db()
    assert task.status == Status.DROPPED
    assert Task.objects.filter(participant=team.p).count() == 1


def test_dashboard_lists_upcoming_expiries_with_bounded_queries(team, client, django_assert_max_num_queries):
    today = timezone.localdate()
    coach = team.caseworker
    actions.save_status(coach, team.p, {"permit_valid_until": today + datetime.timedelta(days=45)})
    sign_in(client, team.caseworker)
    url = reverse("participants:dashboard")
    page = client.get(url).content.decode()
    assert team.p.code in page and "Residence permit" in page and "in 45 days" in page
    for i in range(25):
        p = Participant.objects.create(organisation=team.org, first_name=f"E{i}", language="en")
        Assignment.objects.create(participant=p, user=team.caseworker, role="lead")
        actions.save_status(coach, p, {"permit_valid_until": today + datetime.timedelta(days=60 + i),
                                         "reflection_period_until": today + datetime.timedelta(days=10)})
    client.get(url)
    with django_assert_max_num_queries(18):
        page = client.get(url).content.decode()
    assert page.count("Reflection period") >= 20
    # Someone else's caseload does not list them.
    client.logout()
    sign_in(client, team.outsider)
    assert team.p.code not in client.get(url).content.decode()


def test_retention_wipes_the_case_data(team):
    from ikut.participants.actions import anonymise

    actions.save_status(team.caseworker, team.p, {"permit_valid_until": timezone.localdate(),
                                                               "right_to_work": "none"})
    assert ExpiryReminder.objects.filter(participant=team.p).exists()
    anonymise(system("retention"), team.p)
    assert not CaseStatus.objects.exists() and not ExpiryReminder.objects.exists()


def test_the_daily_command_creates_due_reminders_once(team):
    from io import StringIO

    from django.core.management import call_command

    today = timezone.localdate()
    CaseStatus.objects.create(participant=team.p, permit_valid_until=today + datetime.timedelta(days=29))
    out = StringIO()
    call_command("casedata_housekeeping", stdout=out)
    assert "1 reminder task(s) created" in out.getvalue()
    call_command("casedata_housekeeping", stdout=out)
    assert Task.objects.filter(participant=team.p).count() == 1
    assert AuditEntry.objects.filter(action="casedata.reminders.create").count() == 1


def test_the_data_subject_export_includes_the_case_status(team, client):
    actions.save_status(team.caseworker, team.p, {"permit_type": "temporary",
                                                               "right_to_work": "restricted",
                                                               "allowed_sectors": "cleaning"})
    from ikut.participants.export import export_data

    data = export_data(team.p, team.caseworker)
    assert data["case_status"][0]["permit_type"] == "temporary"
    assert data["case_status"][0]["allowed_sectors"] == "cleaning"
