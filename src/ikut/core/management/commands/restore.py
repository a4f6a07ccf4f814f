from pathlib import Path

from django.core.management.base import BaseCommand

from ikut.core import backup


class Command(BaseCommand):
    help = "Restore an encrypted backup into an empty database (DATABASE_URL; migrations are applied first)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file, **options):
        count = backup.restore(file)
        self.stdout.write(self.style.SUCCESS(f"restored {count} objects from {file}"))
