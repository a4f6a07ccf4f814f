"""HTCDS exports and import as actions: consent, audit and the transaction live here; the CLI, the pages
and the API call these after asking the access policy.

- identifiable export: every chosen case needs a valid "case transfer to a named organisation" consent
  naming the receiving organisation, checked at the moment of export; one audit entry per case;
- de-identified export: k-anonymous rows (ikut.casedata.htcds.deidentified_rows), one audit entry;
- import: the whole file is validated first, then written in one transaction; a duplicate (same name and
  date of birth, also with first and last name swapped) is updated when the importer may change it and
  refused otherwise; an update changes only the fields present in the file, never the pathway's status. Any
  problem names the file, row and field, and nothing is written.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from ikut.audit import log
from ikut.core.actors import user_of
from ikut.participants.actions import ConsentMissing, duplicate_indexes, record_changes, snapshot
from ikut.participants.models import Assignment, Consent, ConsentPurpose, Participant

from . import htcds
from .actions import plan_reminders, write_status
from .models import CaseStatus

PERSON_FIELDS = list(htcds.PERSON_COLUMNS)


def transfer_partners(participant):
    """Organisations a valid case-transfer consent of `participant` names."""
    from ikut.accounts.models import Organisation

    ids = Consent.objects.filter(participant=participant).valid(ConsentPurpose.CASE_TRANSFER).values("partner_id")
    return Organisation.objects.filter(pk__in=ids).order_by("name")


def require_transfer_consent(participants, organisation):
    with_consent = set(Consent.objects.filter(participant__in=[p.pk for p in participants])
                       .valid(ConsentPurpose.CASE_TRANSFER, organisation).values_list("participant_id", flat=True))
    missing = [p.code for p in participants if p.pk not in with_consent or p.anonymised_at]
    if missing:
        raise ConsentMissing(_("No valid consent to transfer the case to %(org)s: %(codes)s.")
                             % {"org": organisation.name, "codes": ", ".join(missing)})


def export_identifiable(actor, participants, organisation, fmt, *, reason="", ip=None):
    """The HTCDS document (JSON or CSV text) of `participants`, for `organisation`. Raises ConsentMissing."""
    participants = list(participants)
    with transaction.atomic():
        require_transfer_consent(participants, organisation)
        statuses = {s.participant_id: s for s in CaseStatus.objects.filter(participant__in=[p.pk for p in
                                                                                           participants])}
        records = [htcds.case_record(p, statuses.get(p.pk)) for p in participants]
        for p in participants:
            log.record(actor, "casedata.htcds.export", p, reason=reason, ip=ip,
                       details={"to": organisation.pk, "format": fmt, "cases": len(participants)})
    return htcds.to_json(records) if fmt == "json" else htcds.to_csv(records)


def export_deidentified(actor, participants, *, k=htcds.K_MIN, scope="", ip=None):
    """CSV of k-anonymous rows for `participants` (a queryset); audited with counts only."""
    participants = list(participants.filter(anonymised_at__isnull=True).order_by("pk"))
    statuses = {s.participant_id: s for s in CaseStatus.objects.filter(participant__in=[p.pk for p in
                                                                                       participants])}
    rows, left_out = htcds.deidentified_rows([(p, statuses.get(p.pk)) for p in participants], k=k)
    log.record(actor, "casedata.htcds.export_deidentified", ip=ip,
               details={"rows": len(rows), "left_out": left_out, "k": k, "scope": scope})
    return htcds.to_csv(rows, columns=htcds.DEIDENTIFIED), len(rows), left_out


def import_document(actor, data, filename, organisation, *, lead=None, may_update=None, ip=None):
    """Create or update participant records from an HTCDS document. Returns {"created": [codes],
    "updated": [codes]}. Raises htcds.ImportProblem; nothing is written then.

    `may_update(participant) -> bool` decides whether an existing duplicate may be changed (None: yes)."""
    rows = htcds.read_document(data, filename)
    parsed = [(n, *htcds.parse_case(case, filename, n), htcds.present_fields(case)) for n, case in rows]
    created, updated = [], []
    user = user_of(actor)
    with transaction.atomic():
        seen = {}
        for n, person, status, (person_present, status_present) in parsed:
            indexes = duplicate_indexes(person["first_name"], person["last_name"], person["date_of_birth"])
            for index in indexes:
                if index in seen:
                    raise htcds.ImportProblem(filename, n, "prs_FirstName",
                                              f"the same person as row {seen[index]} of this file")
            for index in indexes:
                seen[index] = n
            matches = list(Participant.objects.filter(identity_index__in=indexes, anonymised_at__isnull=True)
                           .select_related("organisation")) if indexes else []
            if len(matches) > 1:
                raise htcds.ImportProblem(filename, n, "prs_FirstName",
                                          "more than one existing record has this name and date of birth")
            if matches:
                participant = matches[0]
                if may_update is not None and not may_update(participant):
                    raise htcds.ImportProblem(filename, n, "prs_FirstName",
                                              "a record with this name and date of birth exists that you may "
                                              "not change; ask its organisation")
                _update(actor, participant, {f: person[f] for f in person_present}, ip)
                _save_status(actor, participant, {f: status[f] for f in status_present}, ip)
                updated.append(participant.code)
            else:
                participant = Participant(organisation=organisation, created_by=user, **person)
                participant.save()
                if lead is not None:
                    Assignment.objects.create(participant=participant, user=lead, role=Assignment.CaseRole.LEAD,
                                              assigned_by=lead)
                log.record(actor, "participants.participant.create", participant, ip=ip,
                           details={"via": "htcds_import"})
                created.append(participant.code)
                _save_status(actor, participant, status, ip)
        log.record(actor, "casedata.htcds.import", ip=ip,
                   details={"created": len(created), "updated": len(updated), "organisation": organisation.pk})
    return {"created": created, "updated": updated}


def _update(actor, participant, person, ip):
    """Identity fields present in the file; an import never changes the pathway's status or phase."""
    before = snapshot(participant, PERSON_FIELDS)
    for field, value in person.items():
        setattr(participant, field, value)
    participant.save()
    changed = record_changes(participant, participant, before, user_of(actor))
    if changed:
        log.record(actor, "participants.participant.update", participant, ip=ip,
                   details={"fields": changed, "via": "htcds_import"})


def _save_status(actor, participant, data, ip):
    status = CaseStatus.objects.filter(participant=participant).first() or CaseStatus(participant=participant)
    if not data and not status.pk:
        return
    write_status(actor, participant, status, data, ip=ip, via="htcds_import")
    plan_reminders(participant, status)
