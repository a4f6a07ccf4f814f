"""`ikut load-course [FILE ...]`: load course content (JSON) into the database. Without arguments it loads
every course shipped in src/ikut/learning/content/. Safe to run again: it updates in place."""

from django.core.management.base import BaseCommand

from ikut.learning import loader


class Command(BaseCommand):
    help = "Load course content from JSON files (default: the courses shipped with IKUT)."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*")

    def handle(self, *args, files, **options):
        courses = [loader.load(f) for f in files] if files else loader.load_all()
        for course in courses:
            self.stdout.write(f"loaded {course.slug}: {course.modules.count()} modules")
