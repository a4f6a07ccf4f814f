import os
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from ikut.core.numbers import argument


class Command(BaseCommand):
    help = "Serve IKUT production-style: gunicorn, static files through WhiteNoise, DEBUG off."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default=os.environ.get("IKUT_BIND", "127.0.0.1:8000"))
        parser.add_argument("--workers", type=argument(1, 64), default=os.environ.get("IKUT_WORKERS", "3"))
        parser.add_argument("--no-migrate", action="store_true", help="do not apply migrations first")

    def handle(self, *args, bind, workers, no_migrate, **options):
        if settings.DEBUG:
            raise CommandError("DEBUG must be off for `ikut serve`.")
        if not no_migrate:
            call_command("migrate", interactive=False, verbosity=0)
        call_command("collectstatic", interactive=False, verbosity=0)
        self.stdout.write(f"Serving IKUT on http://{bind} with {workers} workers")
        sys.stdout.flush()
        # Several workers: the app imported once in the master, the workers forked from it, sharing its pages. One
        # worker shares with no one: preloading would only add the master's copy (+16 MB in all, measured).
        preload = ["--config", "python:ikut.core.gunicorn_conf"] if workers > 1 else []
        os.execvp(sys.executable, [sys.executable, "-m", "gunicorn", "ikut.wsgi:application",
                                   "--bind", bind, "--workers", str(workers), *preload,
                                   # No gunicorn access log: paths can carry tokens. IKUT logs route names.
                                   "--forwarded-allow-ips", os.environ.get("IKUT_FORWARDED_ALLOW_IPS", "127.0.0.1")])
