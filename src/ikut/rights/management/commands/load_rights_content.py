from django.apps import apps
from django.core.management.base import BaseCommand

from ikut.rights import loader


class Command(BaseCommand):
    help = "Load the shipped rights content: job-offer rules, help contacts, minimum pay, articles."

    def add_arguments(self, parser):
        parser.add_argument("--update", action="store_true",
                            help="also refresh existing rules and non-reviewed article versions from the shipped data")

    def handle(self, *args, update, **options):
        counts = loader.load_all(apps.get_model, update=update)
        self.stdout.write("created: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
