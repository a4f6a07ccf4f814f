"""Everything held about one participant, for data-subject requests (GDPR art. 15 and 20)."""

from django.utils import timezone

from ikut import access

from .actions import _as_text
from .models import Meeting, Note, Participant


def _row(obj, fields):
    return {f: _as_text(getattr(obj, f)) for f in fields}


def export_data(p, user):
    """A JSON-serialisable dict. Psychosocial notes are included only when the exporting user may read them
    (assigned psychosocial worker) or is the DPO; otherwise the export says so."""
    from ikut.accounts.models import Role

    psy = access.can(user, "participants.psychosocial_notes", p) or getattr(user, "role", "") == Role.DPO
    kinds = [Note.Kind.TEAM] + ([Note.Kind.PSYCHOSOCIAL] if psy else [])
    record = _row(p, ["code", *Participant.IDENTITY_FIELDS, "language", "current_phase", "status", "intake_date",
                      *Participant.ESF_ENTRY_FIELDS, "exit_date", "exit_reason", *Participant.EXIT_SITUATIONS,
                      "employed_6_months", "follow_up_recorded_at", "safety_plan"])
    record["organisation"] = p.organisation.name
    return {
        "meta": {"generated_at": timezone.now().isoformat(timespec="seconds"), "code": p.code,
                 "psychosocial_notes_included": psy},
        "participant": record,
        "team": [{"worker": str(a.user), "role": a.role, "assigned_at": _as_text(a.assigned_at),
                  "ended_at": _as_text(a.ended_at)} for a in p.assignments.select_related("user")],
        "consents": [dict(_row(c, ["purpose", "text_version", "text_language", "given_at", "how_given",
                                   "interpreter_language", "withdrawn_at"]),
                          partner=c.partner.name if c.partner_id else "",
                          # the wording agreed to (consents from before versioned texts have none stored)
                          text_title=c.text.title if c.text_id else "", text=c.text.body if c.text_id else "")
                     for c in p.consents.select_related("partner", "text")],
        "goals": [_row(g, ["phase", "own_words", "own_words_fi", "status", "created_at"]) for g in p.goals.all()],
        "tasks": [_row(t, ["phase", "kind", "title", "title_fi", "due_date", "status", "completed_at"])
                  for t in p.tasks.all()],
        "meetings": [_row(m, ["kind", "starts_at", "duration_minutes", "interpreter_used", "interpreter_language",
                              "attendance"] + (["summary"] if psy or m.kind != Meeting.Kind.PSYCHOSOCIAL else []))
                     for m in p.meetings.all()],
        "notes": [_row(n, ["kind", "created_at", "body"]) for n in p.notes.filter(kind__in=kinds)],
        "referrals": [dict(_row(r, ["service", "status", "sent_at", "shared_fields", "note"]),
                           partner=r.partner.name, consent_purpose=r.consent.purpose)
                      for r in p.referrals.select_related("partner", "consent")],
        "risk_flags": [_row(f, ["kind", "note", "raised_at", "resolved_at"]) for f in p.risk_flags.all()],
        "documents": [_row(d, ["kind", "filename", "content_type", "size", "uploaded_at"]) for d in p.documents.all()],
        "history": [_row(c, ["model", "field", "old_value", "new_value", "changed_at"]) for c in p.changes.all()],
        "case_status": _case_status(p),
    }


def _case_status(p):
    """Trafficking case data (ikut.casedata), when recorded."""
    from ikut.casedata.models import CaseStatus

    return [_row(s, CaseStatus.TRACKED_FIELDS) for s in CaseStatus.objects.filter(participant=p)]
