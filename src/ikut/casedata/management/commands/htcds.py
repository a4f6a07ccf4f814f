"""`ikut htcds export|import`: interchange in the IOM Human Trafficking Case Data Standard (docs/htcds.md).

  ikut htcds export OUT.json|OUT.csv --to ORG --reason TEXT [--participant CODE ...]
      identifiable export; every case needs a valid case-transfer consent naming ORG (id or exact name);
      without --participant: every case holding such a consent. Audited per case.
  ikut htcds export --deidentified OUT.csv [--k 5] [--organisation ORG]
      one k-anonymous row per case (k at least 5); no names, birth dates, contact data or free text.
  ikut htcds import FILE --organisation ORG [--lead EMAIL]
      create or update records after the duplicate check, in one transaction; a broken file changes
      nothing and the error names the file, row and field.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from ikut.accounts.models import Organisation, User
from ikut.core.actors import system
from ikut.participants.actions import ConsentMissing
from ikut.participants.models import Consent, ConsentPurpose, Participant

from ... import htcds, transfer


def _organisation(value):
    qs = Organisation.objects.filter(is_active=True)
    found = qs.filter(pk=int(value)).first() if str(value).isdigit() else qs.filter(name=value).first()
    if found is None:
        raise CommandError(f"no active organisation {value!r} (give its id or exact name)")
    return found


class Command(BaseCommand):
    help = "HTCDS export (identifiable or de-identified) and import."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser("export", help="export cases")
        export.add_argument("out", help="OUT.json or OUT.csv")
        export.add_argument("--participant", action="append", default=[], metavar="CODE")
        export.add_argument("--to", help="receiving organisation (id or exact name); identifiable export")
        export.add_argument("--reason", default="", help="why (logged); identifiable export")
        export.add_argument("--deidentified", action="store_true")
        export.add_argument("--k", type=int, default=htcds.K_MIN, help="k-anonymity (at least 5)")
        export.add_argument("--organisation", help="de-identified: only this organisation's cases")
        imp = sub.add_parser("import", help="import an HTCDS JSON or CSV file")
        imp.add_argument("file")
        imp.add_argument("--organisation", required=True, help="owner organisation of new records (id or name)")
        imp.add_argument("--lead", help="email of the lead work coach for new records")

    def handle(self, *args, **options):
        with translation.override("en"):
            if options["action"] == "import":
                return self._import(options)
            if options["deidentified"]:
                return self._deidentified(options)
            return self._identifiable(options)

    def _identifiable(self, o):
        out = Path(o["out"])
        fmt = out.suffix.lower().lstrip(".")
        if fmt not in ("json", "csv"):
            raise CommandError("OUT must end in .json or .csv")
        if not o["to"]:
            raise CommandError("--to ORGANISATION is required (the consent must name it)")
        if not o["reason"].strip():
            raise CommandError("--reason is required (it is logged with the export)")
        organisation = _organisation(o["to"])
        if o["participant"]:
            found = {p.code: p for p in Participant.objects.filter(code__in=o["participant"],
                                                                   anonymised_at__isnull=True)}
            missing = [c for c in o["participant"] if c not in found]
            if missing:
                raise CommandError(f"no such participant: {', '.join(missing)}")
            cases = [found[c] for c in dict.fromkeys(o["participant"])]
        else:
            ids = Consent.objects.valid(ConsentPurpose.CASE_TRANSFER, organisation).values("participant_id")
            cases = list(Participant.objects.filter(pk__in=ids, anonymised_at__isnull=True).order_by("code"))
        try:
            content = transfer.export_identifiable(system("htcds export"), cases, organisation, fmt,
                                                   reason=o["reason"].strip()[:300])
        except ConsentMissing as exc:
            raise CommandError(" ".join(str(m) for m in exc.messages)) from None
        out.write_text(content, encoding="utf-8")
        self.stdout.write(f"{len(cases)} case(s) written to {out} for {organisation.name}")

    def _deidentified(self, o):
        if o["k"] < htcds.K_MIN:
            raise CommandError(f"--k must be at least {htcds.K_MIN}")
        qs = Participant.objects.all()
        if o["organisation"]:
            qs = qs.filter(organisation=_organisation(o["organisation"]))
        content, rows, left_out = transfer.export_deidentified(system("htcds export"), qs, k=o["k"],
                                                               scope="organisation" if o["organisation"] else "all")
        Path(o["out"]).write_text(content, encoding="utf-8")
        self.stdout.write(f"{rows} row(s) written to {o['out']} (k={o['k']}); {left_out} case(s) left out "
                          f"because no generalisation made them share a group of {o['k']}")

    def _import(self, o):
        path = Path(o["file"])
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        if path.stat().st_size > htcds.MAX_BYTES:
            raise CommandError(f"{path.name}: larger than {htcds.MAX_BYTES // (1024 * 1024)} MB")
        organisation = _organisation(o["organisation"])
        lead = None
        if o["lead"]:
            lead = User.objects.filter(email__iexact=o["lead"], organisation=organisation, is_active=True).first()
            if lead is None:
                raise CommandError(f"no active user {o['lead']!r} in {organisation.name}")
        try:
            result = transfer.import_document(system("htcds import"), path.read_bytes(), path.name, organisation,
                                              lead=lead)
        except htcds.ImportProblem as exc:
            raise CommandError(f"{exc}; nothing was imported") from None
        self.stdout.write(f"{len(result['created'])} created, {len(result['updated'])} updated: "
                          + ", ".join(result["created"] + result["updated"]))
