from django.core.management.base import BaseCommand, CommandError

from ikut.skills.esco_import import ImportRefused, Progress, import_esco


class Command(BaseCommand):
    help = ("Import the official ESCO CSV download from DIR (occupations_xx.csv, skills_xx.csv, ISCOGroups_xx.csv, "
            "occupationSkillRelations_xx.csv, broaderRelationsOccPillar_xx.csv). Re-running updates in place; "
            "a download with a missing required column is refused and nothing is changed.")

    def add_arguments(self, parser):
        parser.add_argument("directory")
        parser.add_argument("--languages", default="en", help="comma-separated, e.g. en,fi,sv (default en)")
        parser.add_argument("--release", default=None, help="release version to record (default: from DIR name)")

    def handle(self, directory, languages, release, **options):
        try:
            record = import_esco(directory, languages.split(","), version=release, progress=Progress(self.stderr._out))
        except ImportRefused as exc:
            raise CommandError(f"import refused, database unchanged: {exc}") from None
        c = record.counts
        self.stdout.write(f"Imported {record.version} [{record.languages}] in {record.seconds:.1f} s")
        for key in ("isco_groups", "occupations", "skills"):
            if key in c:
                self.stdout.write(f"  {key}: {c[key]['created']} created, {c[key]['updated']} updated")
        r = c["relations"]
        self.stdout.write(f"  relations: {r['total']} in release ({r['created']} created, {r['updated']} updated, "
                          f"{r['deleted']} removed)")
        skipped = {k: v for k, v in record.skipped.items() if v}
        self.stdout.write("  skipped: " + (", ".join(f"{k} {v}" for k, v in skipped.items()) or "none"))
