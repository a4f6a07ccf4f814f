from django.core.management.base import BaseCommand

from ikut.skills.starter import load_starter


class Command(BaseCommand):
    help = "Load (or refresh) the built-in starter taxonomy: occupations, key skills and Finnish certificates."

    def handle(self, *args, **options):
        record = load_starter()
        counts = ", ".join(f"{k}: {v}" for k, v in record.counts.items())
        self.stdout.write(f"Loaded {record.version} ({counts}) in {record.seconds:.2f} s")
