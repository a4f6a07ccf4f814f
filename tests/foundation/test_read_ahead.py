"""Content stamps read ahead (ikut.core.versions.read_ahead / run_fresh): on PostgreSQL the stamp query is sent
before the work on the content this process holds and its answer collected after it. It must be exactly as fresh
as reading first, counted like any other query, and leave Django's connection as it found it — also when the
work raised, when the transaction is aborted, and when another connection changed the stamp behind its back."""

import psycopg
import pytest
from django.conf import settings
from django.db import DatabaseError, connection, transaction

from ikut.core import versions
from ikut.core.models import ContentVersion
from ikut.skills import matching
from ikut.skills.matching import match
from ikut.skills.models import Occupation, OccupationSkill, Skill
from ikut.skills.profile_document import ProfileError
from ikut.skills.starter import load_starter

COOK = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e"
NEW_SKILL = "http://data.europa.eu/esco/skill/test-read-ahead"

postgres_only = pytest.mark.skipif(settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
                                   reason="the stamp is read ahead only on PostgreSQL (SQLite has no round trip)")


def profile(skills):
    return {"schema": "ikut.skills-profile/1", "skills": skills}


def cook_skills():
    return list(OccupationSkill.objects.filter(occupation__uri=COOK, relation="essential")
                .values_list("skill__uri", flat=True))


@pytest.fixture
def taxonomy(db):
    load_starter()
    matching.invalidate()
    matching.get_index()  # this process now holds the index: the next match reads the stamp ahead


def pg_idle():
    from psycopg import pq

    return connection.connection.pgconn.transaction_status in (pq.TransactionStatus.IDLE,
                                                               pq.TransactionStatus.INTRANS)


def test_a_skill_added_in_an_edit_is_matched_although_the_held_index_refuses_it(taxonomy):
    """The held index does not know the new skill (ProfileError on it), but the stamp moved: the work is done
    again on the fresh index instead of refusing a valid profile."""
    skill = Skill.objects.create(uri=NEW_SKILL, labels={"en": {"preferred": "plating"}})
    OccupationSkill.objects.create(occupation=Occupation.objects.get(uri=COOK), skill=skill, relation="essential")
    result = match(profile([*cook_skills()]), limit=50)
    cook = next(o for o in result["occupations"] if o["uri"] == COOK)
    assert cook["missing_essential"] == [] and cook["explain"]["essential"]["have"] == len(cook_skills())


def test_an_unknown_skill_is_still_refused_when_nothing_changed(taxonomy):
    with pytest.raises(ProfileError):
        match(profile([NEW_SKILL]))
    assert match(profile(cook_skills()), limit=1)["occupations"]  # the connection is usable afterwards


@postgres_only
def test_the_read_ahead_is_one_counted_query_and_leaves_the_connection_ready(taxonomy, django_assert_num_queries):
    skills = cook_skills()
    with django_assert_num_queries(1) as captured:
        match(profile(skills), limit=5)
    assert ContentVersion._meta.db_table in captured.captured_queries[0]["sql"]
    assert pg_idle()
    with pytest.raises(ProfileError), django_assert_num_queries(1):
        match(profile([NEW_SKILL]))  # the work raised: the answer was still collected
    assert pg_idle()
    assert Occupation.objects.filter(uri=COOK).exists()


@postgres_only
def test_in_an_aborted_transaction_it_fails_as_any_query_does(taxonomy):
    with transaction.atomic():
        with pytest.raises(DatabaseError), connection.cursor() as cursor:
            cursor.execute("SELECT 1 / 0")
        with pytest.raises(DatabaseError):  # "current transaction is aborted", through Django's error wrapping
            match(profile(cook_skills()))
        transaction.set_rollback(True)


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_a_stamp_changed_by_another_connection_is_seen_by_the_next_match():
    """Autocommit, connection idle (as in a gunicorn worker): another process commits a new stamp and a
    changed row; the next match here uses it."""
    load_starter()
    matching.invalidate()
    needed = cook_skills()
    before = next(o for o in match(profile(needed), limit=50)["occupations"] if o["uri"] == COOK)
    assert before["explain"]["languages"]["needed"] != "C2"
    db = settings.DATABASES["default"]
    with psycopg.connect(host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"], dbname=db["NAME"],
                         password=db["PASSWORD"] or None, autocommit=True) as other:
        other.execute(f"UPDATE {Occupation._meta.db_table} SET language_level = 'C2' WHERE uri = %s", [COOK])
        other.execute(f"UPDATE {ContentVersion._meta.db_table} SET token = 'edited-elsewhere' WHERE name = %s",
                      [matching.TAXONOMY])
    after = next(o for o in match(profile(needed), limit=50)["occupations"] if o["uri"] == COOK)
    assert after["explain"]["languages"]["needed"] == "C2"
    assert versions.stamp(matching.TAXONOMY) == "edited-elsewhere" and pg_idle()


def _prepared_statements():
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM pg_prepared_statements")
        return {row[0] for row in cursor.fetchall()}


@postgres_only
@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_stamp_is_a_prepared_statement_and_still_fresh(django_assert_num_queries):
    """A gunicorn worker reads the stamp in autocommit: the statement is prepared once per session, each read is
    still one counted query with the current stamp, and a statement gone behind its back (a pooler, DEALLOCATE)
    costs a read the ordinary way, not a wrong or failed answer."""
    name = versions._STAMP_STATEMENT.decode()
    versions.bump("read-ahead-test")
    first = versions.stamp("read-ahead-test")
    with django_assert_num_queries(1), versions.read_ahead("read-ahead-test") as ahead:
        pass
    assert ahead.token == first and name in _prepared_statements() and pg_idle()
    db = settings.DATABASES["default"]
    with psycopg.connect(host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"], dbname=db["NAME"],
                         password=db["PASSWORD"] or None, autocommit=True) as other:
        other.execute(f"UPDATE {ContentVersion._meta.db_table} SET token = 'edited-elsewhere' WHERE name = %s",
                      ["read-ahead-test"])
    with django_assert_num_queries(1), versions.read_ahead("read-ahead-test") as ahead:
        pass
    assert ahead.token == "edited-elsewhere" and ahead._prepared
    with connection.cursor() as cursor:
        cursor.execute("DEALLOCATE ALL")
    with versions.read_ahead("read-ahead-test") as ahead:
        pass
    assert ahead.token == "edited-elsewhere" and pg_idle() and name not in _prepared_statements()
    with versions.read_ahead("read-ahead-test") as ahead:  # prepared again
        pass
    assert ahead.token == "edited-elsewhere" and ahead._prepared and name in _prepared_statements()
    with transaction.atomic(), versions.read_ahead("read-ahead-test") as ahead:  # in a transaction: unnamed
        pass
    assert ahead.token == "edited-elsewhere" and not ahead._prepared
