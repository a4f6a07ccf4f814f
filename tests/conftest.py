import os

import pytest

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")

import contextlib

from tests.helpers import make_org, make_user, sign_in  # noqa: E402


def _flush_past_the_audit_truncate_guard():
    """Transactional tests empty the database with TRUNCATE after each test; on PostgreSQL a trigger refuses
    TRUNCATE of the audit table (audit migration 0003). Let the test teardown's flush through, and only it."""
    from django.db.backends.postgresql.operations import DatabaseOperations

    original = DatabaseOperations.sql_flush

    def sql_flush(self, style, tables, **kwargs):
        statements = original(self, style, tables, **kwargs)
        if "audit_auditentry" not in tables:
            return statements
        return ["ALTER TABLE audit_auditentry DISABLE TRIGGER audit_auditentry_no_truncate", *statements,
                "ALTER TABLE audit_auditentry ENABLE TRIGGER audit_auditentry_no_truncate"]

    DatabaseOperations.sql_flush = sql_flush


with contextlib.suppress(ImportError):  # psycopg not installed: SQLite only
    _flush_past_the_audit_truncate_guard()


@pytest.fixture
def org(db):
    return make_org()


@pytest.fixture
def user_factory(db):
    return make_user


@pytest.fixture
def signed_in(client):
    """signed_in(user) -> a test client signed in as `user` with a verified second factor."""

    def _sign_in(user):
        return sign_in(client, user)

    return _sign_in


@pytest.fixture(autouse=True)
def _fresh_caches():
    from django.core.cache import cache

    from ikut.core import i18n

    i18n.status.cache_clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def matrix_world(django_db_setup, django_db_blocker):
    """The access-matrix world (tests/access_matrix), built once and committed; each test runs in a transaction
    that is rolled back, so every test sees the same untouched world. Transactional tests flush the database,
    so none may run after the first user of this world: its users (tests/test_access_matrix.py,
    tests/test_fuzz.py) sit at the top level of tests/, which pytest collects after the app folders and e2e."""
    from tests import access_matrix
    from tests.access_matrix.world import build_world

    _matrix, extenders = access_matrix.load()
    with django_db_blocker.unblock():
        yield build_world(extenders)


@pytest.fixture(autouse=True)
def _audit_chain_verifies(request):
    """Every test that wrote audit entries ends with a verified chain (`ikut audit verify`).

    Cheap: the chain is walked only when the test appended entries. A test that breaks the chain on
    purpose says so with @pytest.mark.audit_tampering."""
    if "_django_db_helper" not in request.fixturenames and not request.node.get_closest_marker("django_db"):
        yield
        return
    # Set the database up before this fixture, so the check below runs before the test's rollback.
    request.getfixturevalue("_django_db_helper")
    from django.db.models.signals import post_save

    from ikut.audit.models import AuditEntry

    written = []

    def _on_save(sender, instance, created, **kwargs):
        written.append(instance.seq)

    post_save.connect(_on_save, sender=AuditEntry, weak=False, dispatch_uid="tests-audit-chain")
    try:
        yield
    finally:
        post_save.disconnect(sender=AuditEntry, dispatch_uid="tests-audit-chain")
    if written and not request.node.get_closest_marker("audit_tampering"):
        from ikut.audit.log import verify

        ok, message, _checked = verify()
        assert ok, f"audit chain does not verify after this test: {message}"
