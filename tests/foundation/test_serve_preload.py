"""`ikut serve` imports the app once in gunicorn's master and forks the workers from it (ikut.core.gunicorn_conf):
gunicorn reads that configuration from the very command line `ikut serve` runs, and the master shares nothing with
the workers that must be theirs alone (a database connection, a running thread). The workers serving requests are
tested by tests/foundation/test_two_servers.py and tests/rights/test_content_cache.py (PostgreSQL)."""

import gc
import json
import subprocess
import sys
import threading

import pytest
from django.core.management import call_command

from ikut.core import gunicorn_conf
from ikut.core.management.commands import serve


def gunicorn_config(monkeypatch, workers):
    """gunicorn's configuration as read from the command line `ikut serve --no-migrate --workers N` hands to
    os.execvp (collectstatic skipped)."""
    from gunicorn.app.wsgiapp import WSGIApplication

    run = []
    monkeypatch.setattr(serve, "call_command", lambda *args, **kwargs: None)
    monkeypatch.setattr(serve.os, "execvp", lambda file, argv: run.append(argv))
    call_command("serve", "--no-migrate", "--workers", str(workers))
    assert run[0][1:3] == ["-m", "gunicorn"]
    monkeypatch.setattr(sys, "argv", ["gunicorn", *run[0][3:]])
    return WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]").cfg


def test_gunicorn_reads_the_preload_configuration_from_the_served_command_line(monkeypatch):
    config = gunicorn_config(monkeypatch, workers=2)
    assert config.preload_app is True and config.workers == 2
    assert config.settings["when_ready"].get() is gunicorn_conf.when_ready


def test_a_single_worker_imports_the_app_itself(monkeypatch):
    """One worker shares with no one: a preloaded master would only add its own copy of the app."""
    config = gunicorn_config(monkeypatch, workers=1)
    assert config.preload_app is False and config.workers == 1


def test_the_master_closes_its_connections_and_freezes_the_collector_before_forking(monkeypatch):
    """Whatever opened a database connection or a cache client while the app was imported, no worker inherits a
    socket another worker also talks on. (Spied: SQLite's in-memory test database ignores close().)"""
    from django.core.cache import caches
    from django.db import connections

    closed = []
    # Only the main thread, as in gunicorn's master: earlier tests of the same run may leave threads behind (the
    # browser tests' asyncio loop), and refusing those is the next test's subject, not this one's.
    monkeypatch.setattr(gunicorn_conf.threading, "enumerate", lambda: [threading.main_thread()])
    monkeypatch.setattr(connections, "close_all", lambda: closed.append("databases"))
    monkeypatch.setattr(caches, "close_all", lambda: closed.append("caches"))
    try:
        gunicorn_conf.when_ready(None)
        assert closed == ["databases", "caches"]
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_master_refuses_to_fork_with_a_thread_running():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait, name="made-while-importing")
    thread.start()
    try:
        with pytest.raises(RuntimeError, match="made-while-importing"):
            gunicorn_conf.when_ready(None)
        assert gc.get_freeze_count() == 0
    finally:
        stop.set()
        thread.join()
        gc.unfreeze()


def test_the_master_imports_what_every_worker_would_import_before_forking(tmp_path):
    """The URLconfs with every view and API router, and cryptography: imported once in the master, shared by the
    workers (a fresh process, as gunicorn's master after --preload has imported ikut.wsgi)."""
    code = ("import gc, json, sys\n"
            "from ikut.wsgi import application\n"
            "before = {'views': 'ikut.participants.views' in sys.modules, 'crypto': 'cryptography' in sys.modules}\n"
            "from ikut.core import gunicorn_conf\n"
            "gunicorn_conf.when_ready(None)\n"
            "after = {'views': 'ikut.participants.views' in sys.modules, 'crypto': 'cryptography' in sys.modules}\n"
            "print(json.dumps([before, after, gc.get_freeze_count() > 0]))\n")
    env = {"DJANGO_SETTINGS_MODULE": "ikut.settings", "IKUT_ENV": "test", "IKUT_DATA_DIR": str(tmp_path),
           "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    before, after, frozen = json.loads(run.stdout.strip().splitlines()[-1])
    assert before == {"views": False, "crypto": False}  # ikut.wsgi alone imports neither (the lean workers)
    assert after == {"views": True, "crypto": True} and frozen
