"""`ikut`: Django's command line with IKUT's settings, plus IKUT's own commands.

  ikut demo            migrate, load demo data, print a login per role, serve http://127.0.0.1:8000
  ikut serve           production-style server (gunicorn + WhiteNoise, DEBUG off)
  ikut worker          run background tasks from the database queue (reconnects, reclaims, retries)
  ikut tasks [--failed]  queue counts per status, or the tasks that failed after every attempt
  ikut audit verify [--checkpoint FILE]   check the keyed audit chain (and against signed checkpoints)
  ikut audit checkpoint [--out FILE|syslog] write the signed head of the audit chain outside the database
  ikut rotate-keys     re-encrypt every encrypted value with the first IKUT_ENCRYPTION_KEYS key
  ikut backup FILE / ikut restore FILE   encrypted backup and restore
  ikut retention --dry-run|--apply       anonymise participant records closed past the retention period
  ikut check-offer OFFER.json [--lang xx]          job-offer check (ikut.job-offer/1 -> ikut.offer-check/1)
  ikut match PROFILE.json [--limit N] [--lang xx]  rank occupations for a skills profile (ikut.match/1)
  ikut import-esco DIR [--languages en,fi,sv]      import the official ESCO CSV download
  ikut esf-report --period NAME [--format csv|xlsx|json] [--out FILE] / --list   ESF+ table of a period
  ikut load-starter-taxonomy / load-rights-content / load-course   (re)load the shipped content
  ikut events-housekeeping   reminders, waiting-list offers, attendee retention (run every 15 min)
  ikut casedata-housekeeping permit and reflection-period expiry reminder tasks (run daily)
  ikut htcds export OUT.json|OUT.csv --to ORG --reason TEXT [--participant CODE ...]   HTCDS case transfer
  ikut htcds export --deidentified OUT.csv [--k 5]     de-identified, k-anonymous HTCDS rows
  ikut htcds import FILE --organisation ORG [--lead EMAIL]   import HTCDS cases (all or nothing)
  ikut translations    extract and compile translation catalogues (--status: every language's state)
  ikut totp EMAIL      show the current second-factor code of a demo user (development only)
  ikut help [COMMAND]  every command, Django's included, or one command's options

Hyphens and underscores are interchangeable in command names (rotate-keys = rotate_keys).
"""

import os
import sys

IKUT_COMMANDS = __doc__


def main(argv=None):
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings")
    if len(argv) > 1 and argv[1] in {"demo", "totp"}:
        # The demo runs with throw-away development secrets kept in the data folder.
        os.environ.setdefault("IKUT_ENV", "development")
        os.environ.setdefault("IKUT_DEMO", "1")
    if len(argv) == 1 or argv[1] in {"-h", "--help", "help"}:
        # Listing commands needs no secrets: use the in-memory test configuration when none is chosen.
        os.environ.setdefault("IKUT_ENV", "test")
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
    if len(argv) > 2 and argv[1] == "help" and not argv[2].startswith("-"):
        argv[2] = argv[2].replace("-", "_")
    if len(argv) == 1 or argv[1] in {"-h", "--help"}:
        print(IKUT_COMMANDS)
        if len(argv) == 1:
            return
    from django.core.management import execute_from_command_line

    execute_from_command_line(argv)


if __name__ == "__main__":
    main()
