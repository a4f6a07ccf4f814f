"""The organisation caseload's plan depends on PostgreSQL knowing that organisation and status go together
(migration 0009): the statistics object must exist on a migrated database, and its estimate must follow the data."""

import pytest
from django.db import connection

from ikut.accounts.models import Organisation
from ikut.participants.models import Participant

pytestmark = pytest.mark.django_db


def test_extended_statistics_exist_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("extended statistics are PostgreSQL's (SQLite plans without them)")
    with connection.cursor() as cursor:
        cursor.execute("SELECT stxkind FROM pg_statistic_ext WHERE stxname = %s",
                       ["participants_participant_organisation_status"])
        rows = cursor.fetchall()
    assert rows and "m" in rows[0][0]  # mcv: the most common (organisation, status) pairs


def test_the_estimate_follows_an_organisation_with_few_open_records():
    if connection.vendor != "postgresql":
        pytest.skip("extended statistics are PostgreSQL's (SQLite plans without them)")
    mostly_closed = Organisation.objects.create(name="Old cases", kind=Organisation.Kind.ASSISTANCE_SYSTEM)
    busy = Organisation.objects.create(name="New cases", kind=Organisation.Kind.ASSISTANCE_SYSTEM)
    rows = [Participant(code=f"IK-T-{i:05d}", organisation=mostly_closed,
                        status=Participant.Status.OPEN if i < 5 else Participant.Status.CLOSED) for i in range(2000)]
    rows += [Participant(code=f"IK-U-{i:05d}", organisation=busy,
                         status=Participant.Status.CLOSED if i < 5 else Participant.Status.OPEN) for i in range(2000)]
    Participant.objects.bulk_create(rows)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE participants_participant")
        cursor.execute("EXPLAIN (FORMAT JSON) SELECT id FROM participants_participant "
                       "WHERE organisation_id = %s AND status = 'open'", [mostly_closed.pk])
        plan = cursor.fetchone()[0]
    estimate = plan[0]["Plan"]["Plan Rows"]
    assert estimate < 100  # 5 open; independent columns would estimate ≈ 1,000
