"""Which migrations the database has not recorded, from the migration *file names*, for the readiness probe.

Django's answer (MigrationExecutor.migration_plan) imports every migration module of every installed app (92 files)
and builds their graph; a web worker then holds them for good (+1.8 MB per worker, issue 17), and the proxy asks
`/readyz` of every worker. When every migration file on disk is recorded as applied, Django's plan is empty (its
graph holds only migrations found on disk), so that answer needs no migration imported: `unrecorded()` lists the
files the way MigrationLoader.load_disk finds them (its package rule and its file-name filter, copied here) and
compares them with the recorder's rows. Only when something is unrecorded does the caller ask Django for the exact
plan. tests/foundation/test_lean_workers.py checks this list against MigrationLoader's own on every run, so a
Django upgrade that changes how migrations are found fails there instead of answering "ready" wrongly."""

import pkgutil
from importlib import import_module

from django.apps import apps
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder


def on_disk():
    """{(app label, migration name)} of every installed app's migration files, none of them imported."""
    found = set()
    for config in apps.get_app_configs():
        package_name, _explicit = MigrationLoader.migrations_module(config.label)
        if package_name is None:
            continue
        try:
            package = import_module(package_name)  # the package's __init__ only
        except ModuleNotFoundError:
            continue  # an app without migrations (the loader's "unmigrated apps")
        if not hasattr(package, "__path__") or (getattr(package, "__file__", None) is None
                                                and not isinstance(package.__path__, list)):
            continue  # a migrations.py module or an empty namespace folder: unmigrated too
        found |= {(config.label, name) for _, name, is_package in pkgutil.iter_modules(package.__path__)
                  if not is_package and name[0] not in "_~"}
    return found


def unrecorded(connection):
    """Migration files the database has no applied record of; empty when the database is fully migrated."""
    return on_disk() - set(MigrationRecorder(connection).applied_migrations())
