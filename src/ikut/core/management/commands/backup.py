from pathlib import Path

from django.core.management.base import BaseCommand

from ikut.core import backup


class Command(BaseCommand):
    help = "Write an encrypted backup of the whole database to FILE (key: IKUT_BACKUP_KEY)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)

    def handle(self, *args, file, **options):
        count = backup.write(file)
        self.stdout.write(self.style.SUCCESS(f"backup written: {file} ({count} objects, encrypted)"))
