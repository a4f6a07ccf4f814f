from django.core.management.base import BaseCommand, CommandError

from ikut.audit import log


class Command(BaseCommand):
    help = "Audit log tools. `ikut audit verify` walks the hash chain and names the first tampered entry."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["verify"], help="verify: check the whole chain")

    def handle(self, *args, **options):
        ok, message, _ = log.verify()
        if not ok:
            raise CommandError(f"TAMPERED: {message}")
        self.stdout.write(self.style.SUCCESS(message))
