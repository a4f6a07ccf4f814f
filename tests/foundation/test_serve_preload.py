"""`ikut serve` imports the app once in gunicorn's master and forks the workers from it (ikut.core.gunicorn_conf):
gunicorn reads that configuration from the very command line `ikut serve` runs, and the master shares nothing with
the workers that must be theirs alone (a database connection, a running thread). The workers serving requests are
tested by tests/foundation/test_two_servers.py and tests/rights/test_content_cache.py (PostgreSQL)."""

import gc
import sys
import threading

import pytest
from django.core.management import call_command

from ikut.core import gunicorn_conf
from ikut.core.management.commands import serve


def served_command(monkeypatch):
    """The command line `ikut serve --no-migrate` hands to os.execvp (collectstatic skipped)."""
    run = []
    monkeypatch.setattr(serve, "call_command", lambda *args, **kwargs: None)
    monkeypatch.setattr(serve.os, "execvp", lambda file, argv: run.append(argv))
    call_command("serve", "--no-migrate", "--workers", "2")
    return run[0]


def test_gunicorn_reads_the_preload_configuration_from_the_served_command_line(monkeypatch):
    from gunicorn.app.wsgiapp import WSGIApplication

    argv = served_command(monkeypatch)
    assert argv[1:3] == ["-m", "gunicorn"]
    monkeypatch.setattr(sys, "argv", ["gunicorn", *argv[3:]])
    config = WSGIApplication("%(prog)s [OPTIONS] [APP_MODULE]").cfg
    assert config.preload_app is True and config.workers == 2
    assert config.settings["when_ready"].get() is gunicorn_conf.when_ready


def test_the_master_closes_its_connections_and_freezes_the_collector_before_forking(monkeypatch):
    """Whatever opened a database connection or a cache client while the app was imported, no worker inherits a
    socket another worker also talks on. (Spied: SQLite's in-memory test database ignores close().)"""
    from django.core.cache import caches
    from django.db import connections

    closed = []
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
