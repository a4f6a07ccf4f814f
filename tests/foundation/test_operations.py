import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from ikut.accounts.models import ApiToken, Role
from ikut.audit import log
from ikut.core import backup
from tests.helpers import make_user, sign_in

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_health_and_readiness(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok"}


@pytest.mark.django_db
def test_readiness_counts_the_migrations_not_applied(client):
    """A migration file the database has no record of makes the probe answer 503 with Django's count (the fast
    check of core.migration_files hands over to Django's plan)."""
    from django.db import connection
    from django.db.migrations.loader import MigrationLoader
    from django.db.migrations.recorder import MigrationRecorder

    app_label, name = sorted(MigrationLoader(connection).graph.leaf_nodes())[0]
    MigrationRecorder(connection).record_unapplied(app_label, name)
    response = client.get("/readyz")
    assert response.status_code == 503 and response.json() == {"status": "unavailable", "migrations_pending": 1}


@pytest.mark.django_db
def _ms(dump):
    return re.sub(r'(T\d\d:\d\d:\d\d)\.000(Z|[+-]\d\d:\d\d)"', r'\1\2"', dump)


def test_backup_restores_to_an_identical_database(tmp_path, org, settings, django_db_blocker):
    user = make_user(Role.CASEWORKER, org)
    user.display_name = "Nok Backup-Testcase"
    user.save()
    log.record(user, "accounts.password.change", user)
    # Content that migrations ship, as edited in this database: the restore must keep the edit, not
    # bring back the shipped version.
    from ikut.rights.models import ArticleVersion

    removed = ArticleVersion.objects.order_by("pk").first()
    assert removed is not None, "the rights content migration should have shipped articles"
    removed.delete()
    before = backup.dump_json()
    path = tmp_path / "ikut.backup"
    call_command("backup", str(path))
    blob = path.read_bytes()
    assert b"Nok Backup-Testcase" not in blob and user.email.encode() not in blob  # encrypted envelope
    # Restore into a brand-new database, migrated from nothing.
    env = {**os.environ, "IKUT_ENV": "test", "DJANGO_SETTINGS_MODULE": "ikut.settings_test"}
    target = tmp_path / "restored.sqlite3"
    env["DATABASE_URL"] = f"sqlite:///{target}"
    run = subprocess.run([sys.executable, "-m", "ikut.cli", "restore", str(path)], env=env, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    dump = subprocess.run([sys.executable, "-c", (
        "import django; django.setup(); from ikut.core import backup; print(backup.dump_json())")],
        env=env, capture_output=True, text=True, timeout=300)
    assert dump.returncode == 0, dump.stderr
    # The dump keeps timestamps to the millisecond: a value with 0.000412 s reads back as .000, written "…32Z"
    # instead of "…32.000Z" — the same instant at the backup's precision.
    assert json.loads(_ms(dump.stdout)) == json.loads(_ms(before))
    verify = subprocess.run([sys.executable, "-m", "ikut.cli", "audit", "verify"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert verify.returncode == 0, verify.stderr


@pytest.mark.django_db
def test_restore_refuses_a_database_that_holds_data(tmp_path, org):
    make_user(Role.CASEWORKER, org)
    path = tmp_path / "b.backup"
    call_command("backup", str(path))
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="empty database"):
        call_command("restore", str(path))


def test_production_settings_refuse_to_start_without_secrets(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("IKUT_", "SECRET_KEY", "DJANGO_"))}
    env.update(IKUT_ENV="production", ALLOWED_HOSTS="ikut.example", IKUT_DATA_DIR=str(tmp_path))
    run = subprocess.run([sys.executable, "-m", "ikut.cli", "check"], env=env, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode != 0
    assert "SECRET_KEY" in run.stderr


def test_check_deploy_is_clean_in_production(tmp_path):
    from cryptography.fernet import Fernet

    env = {k: v for k, v in os.environ.items() if not k.startswith(("IKUT_", "DJANGO_"))}
    env.update(IKUT_ENV="production", ALLOWED_HOSTS="ikut.example", IKUT_DATA_DIR=str(tmp_path),
               SECRET_KEY="p" + Fernet.generate_key().decode() * 2, IKUT_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
               IKUT_BLIND_INDEX_KEY="blind-index-key-for-the-check-deploy-test",
               IKUT_AUDIT_KEY="audit-key-for-the-check-deploy-test-0123456789")
    run = subprocess.run([sys.executable, "-m", "ikut.cli", "check", "--deploy", "--fail-level", "WARNING"],
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "no issues" in run.stdout


@pytest.mark.django_db
def test_api_with_session_and_with_token(client, org):
    user = make_user(Role.CASEWORKER, org)
    assert client.get("/api/me").status_code == 401
    sign_in(client, user)
    assert client.get("/api/me").json()["role"] == "caseworker"
    _token, raw = ApiToken.issue(user, "integration")
    other = Client()
    response = other.get("/api/me", HTTP_AUTHORIZATION=f"Bearer {raw}")
    assert response.status_code == 200 and response.json()["email"] == user.email
    assert other.get("/api/me", HTTP_AUTHORIZATION="Bearer ikut_wrong").status_code == 401
    schema = client.get("/api/openapi.json").json()
    assert schema["info"]["title"] == "IKUT API" and "/api/me" in schema["paths"]


@pytest.mark.django_db
def test_pages_send_privacy_headers_and_strict_csp(client):
    response = client.get(reverse("accounts:login"))
    assert response["Cache-Control"] == "no-store"
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"


@pytest.mark.django_db
def test_404_page_is_friendly_and_leaks_nothing(client, org):
    user = make_user(Role.CASEWORKER, org)
    sign_in(client, user)
    response = client.get("/participants/IK-2099-0001-does-not-exist/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Traceback" not in body and "IK-2099" not in body


@pytest.mark.django_db
def test_a_deliberate_404_is_not_logged_as_an_error_but_a_crash_is(client, org, caplog):
    import logging

    from ikut.core.middleware import RequestLogMiddleware

    sign_in(client, make_user(Role.CASEWORKER, org))
    with caplog.at_level(logging.INFO, logger="ikut.request"):
        assert client.get("/participants/IK-2099-0001/").status_code == 404
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any(getattr(r, "ikut", {}).get("status") == 404 for r in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="ikut.request"):
        RequestLogMiddleware(lambda r: None).process_exception(
            __import__("django.test").test.RequestFactory().get("/"), ValueError("boom"))
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == ["unhandled exception"]


@pytest.mark.parametrize("addr,url", [("127.0.0.1:8000", "http://127.0.0.1:8000"), ("8123", "http://127.0.0.1:8123"),
                                      ("0.0.0.0:9000", "http://127.0.0.1:9000"), ("demo.local:80", "http://demo.local:80"),
                                      ("[::]:8000", "http://[::1]:8000")])
def test_demo_links_point_where_the_demo_serves(addr, url):
    from ikut.core.management.commands.demo import site_url_for

    assert site_url_for(addr) == url


def test_500_page_renders_without_context():
    from django.test import RequestFactory

    from ikut.core.views import error_500

    response = error_500(RequestFactory().get("/"))
    assert response.status_code == 500 and b"Traceback" not in response.content


@pytest.mark.worker
def test_task_runs_in_a_real_worker_process(tmp_path):
    """Enqueue with the production database backend, then `ikut worker --batch` runs it in its own process."""
    env = {**os.environ, "IKUT_ENV": "test", "DJANGO_SETTINGS_MODULE": "ikut.settings_test",
           "IKUT_TASK_BACKEND": "django_tasks_db.DatabaseBackend",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'worker.sqlite3'}"}

    def ikut(*args):
        run = subprocess.run([sys.executable, "-m", "ikut.cli", *args], env=env, capture_output=True, text=True,
                             timeout=300)
        assert run.returncode == 0, run.stdout + run.stderr
        return run.stdout

    def python(code):
        run = subprocess.run([sys.executable, "-c", "import django; django.setup()\n" + code], env=env,
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        return run.stdout.strip()

    ikut("migrate", "--verbosity", "0")
    result_id = python("from ikut.core.tasks import ping_task; print(ping_task.enqueue('from-the-test').id)")
    status = f"from ikut.core.tasks import ping_task; print(ping_task.get_result('{result_id}').status)"
    assert python(status) == "READY"
    ikut("worker", "--batch")
    assert python(status) == "SUCCESSFUL"
    assert python("from ikut.audit.models import AuditEntry; print(AuditEntry.objects.filter("
                  "action='core.worker.ping', details__value='from-the-test').count())") == "1"
