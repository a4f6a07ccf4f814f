import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand

from ikut.core import demo


class Command(BaseCommand):
    help = "Create or reuse the demo database (SQLite in the data folder), load demo data, print logins, serve."

    def add_arguments(self, parser):
        parser.add_argument("--addr", default="127.0.0.1:8000", help="where to serve (default 127.0.0.1:8000)")
        parser.add_argument("--no-serve", action="store_true", help="prepare and print logins, do not serve")

    def handle(self, *args, addr, no_serve, **options):
        if not os.environ.get("IKUT_SITE_URL"):
            # Links in demo emails (invitations, tickets) point where this demo serves.
            settings.SITE_URL = site_url_for(addr)
        host = settings.SITE_URL.split("://", 1)[-1].rsplit(":", 1)[0].strip("[]")
        if host not in settings.ALLOWED_HOSTS and "*" not in settings.ALLOWED_HOSTS:
            settings.ALLOWED_HOSTS.append(host)
        call_command("migrate", interactive=False, verbosity=0)
        call_command("createcachetable", verbosity=0)
        demo.seed_all()
        self.stdout.write(self.style.SUCCESS("\nIKUT demo — all people and companies are fictional.\n"))
        self.stdout.write(f"Password for every demo login: {demo.DEMO_PASSWORD}\n")
        self.stdout.write(f"{'Role':32} {'Login':28} TOTP secret (add to an authenticator app)")
        for role, email, secret in demo.logins():
            self.stdout.write(f"{role:32} {email:28} {secret}")
        self.stdout.write("\nCurrent second-factor code for a login:  ikut totp aino@demo.ikut.fi"
                          "   (from a checkout: ./dev ikut totp aino@demo.ikut.fi)")
        self.stdout.write("Participant logins have no second factor.\n")
        if not no_serve:
            self.stdout.write(f"Serving on http://{addr}/  (Ctrl+C to stop)\n")
            call_command("runserver", addr, use_reloader=False)


def site_url_for(addr):
    """The address a browser uses for `runserver ADDR`: "8001" -> http://127.0.0.1:8001, "0.0.0.0:80" ->
    http://127.0.0.1:80 (all interfaces include the local one), "[::]:8000" -> http://[::1]:8000."""
    host, _sep, port = addr.rpartition(":")
    if not host:
        host = "127.0.0.1"
    host = {"0.0.0.0": "127.0.0.1", "0": "127.0.0.1", "[::]": "[::1]"}.get(host, host)
    return f"http://{host}:{port}"
