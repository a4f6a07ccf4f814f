"""Who may see and do what with participant records (the pathway).

Record scope:
- assigned workers (an active Assignment) see the record, its identity and the team notes;
- psychosocial notes: only psychosocial workers assigned to the participant (field-level rule);
- supervisors see their organisation's caseload list (code, phase, status, flag) and manage its teams
  (never adding themselves); any record outside their own teams they open only by breaking the glass,
  like everyone else (the record, the goals in the participant's own words, notes, history, export);
- break the glass: a caseworker, psychosocial worker or supervisor of the owner organisation may open a
  record in an emergency with a reason; the grant is time-limited, audited and flagged to supervisors;
- project managers, employer contacts, administrators, the DPO and participants never see records here
  (the DPO may run a data-subject export of their own organisation's records; participants use the portal);
- the data-subject export also needs sudo mode (checked by the view) and is audited with its reason;
- consent texts are the organisation's own content: read by its case workers and DPO, drafted by its
  supervisors and DPO, published only by its DPO; another organisation's texts answer 404.

Per-object checks cache the user's relation to a participant on the instance, so a page that asks many
questions about one record costs at most two queries.
"""

from django.db.models import Q
from django.utils import timezone

from ikut.accounts.models import Role

from . import Denied, has_role, is_active_user, rule

CASE_ROLES = (Role.CASEWORKER, Role.PSYCHOSOCIAL, Role.SUPERVISOR)
PARTICIPANT = "participants.participant"


def _models():
    from ikut.participants import models

    return models


def _is_case_user(user):
    return has_role(user, *CASE_ROLES)


def visible_participants(user, now=None):
    """The participants `user` may see in the staff UI and API (emergency grants valid at `now`, by default the
    current time)."""
    m = _models()
    if not _is_case_user(user):
        return m.Participant.objects.none()
    now = now or timezone.now()
    # One IN over a UNION ALL of the two sources, not an OR of two INs: the database answers the OR by reading every
    # record (91 ms at 100,000 on PostgreSQL), the union by looking up the user's handful of ids (0.8 ms).
    teams = m.Assignment.objects.filter(user=user, ended_at__isnull=True).values("participant_id").order_by()
    grants = m.BreakGlassGrant.objects.filter(user=user, expires_at__gt=now).values("participant_id").order_by()
    return m.Participant.objects.filter(pk__in=teams.union(grants, all=True), anonymised_at__isnull=True)


def assigned_participants(user):
    """Only the records `user` is actively assigned to ("my participants")."""
    m = _models()
    if not _is_case_user(user):
        return m.Participant.objects.none()
    return m.Participant.objects.filter(pk__in=_active_assignments_of(user), anonymised_at__isnull=True)


def assigned_to(user, participant="participant"):
    """A filter on the rows of a model with a foreign key `participant` to the record: those whose record is one of
    assigned_participants(user). For a query that joins the record anyway (to show its code): the record's own
    row answers "not anonymised", and the user's assignments are one subquery, not nested in a second one that
    reads the records again by id."""
    if not _is_case_user(user):
        return Q(pk__in=[])  # matches nothing, as assigned_participants().none()
    return Q(**{f"{participant}__in": _active_assignments_of(user), f"{participant}__anonymised_at__isnull": True})


def _active_assignments_of(user):
    return _models().Assignment.objects.filter(user=user, ended_at__isnull=True).values("participant_id")


def organisation_caseload(user):
    """The "organisation's caseload" list: a supervisor's organisation's records (one indexed filter instead
    of the OR of visible_participants, which matters at 100,000 records); for others their visible records."""
    m = _models()
    if has_role(user, Role.SUPERVISOR) and user.organisation_id:
        return m.Participant.objects.filter(organisation_id=user.organisation_id, anonymised_at__isnull=True)
    return visible_participants(user)


def relation(user, participant):
    """How `user` relates to `participant`: a dict cached on the instance for this user.

    keys: assigned (bool), case_role ("" or Assignment.CaseRole), break_glass (bool), supervisor (bool)
    """
    cache = participant.__dict__.setdefault("_access_relation", {})
    key = getattr(user, "pk", None)
    if key in cache:
        return cache[key]
    m = _models()
    rel = {"assigned": False, "case_role": "", "break_glass": False, "supervisor": False}
    if _is_case_user(user) and participant.pk and participant.anonymised_at is None:
        # The whole team in the one query: the record page shows it, and a team is a handful of people.
        assignment = next((a for a in active_assignments(participant) if a.user_id == user.pk), None)
        if assignment:
            rel.update(assigned=True, case_role=assignment.role)
        else:
            rel["break_glass"] = m.BreakGlassGrant.objects.filter(
                participant=participant, user=user, expires_at__gt=timezone.now()).exists()
        rel["supervisor"] = user.role == Role.SUPERVISOR and user.organisation_id == participant.organisation_id
    cache[key] = rel
    return rel


def active_assignments(participant):
    """The participant's current team (assignments with their users, oldest first), read once per instance: the
    policy decides from it, and the record page lists it without asking again. Like relation(), it is kept for the
    life of the instance: after changing the team, read the participant again before asking the policy.
    Only what those two read is loaded (who and in what role; a user's name and email, which its str() shows):
    every other column of an assignment and its user costs its conversion, and a column read but not loaded
    would cost a query."""
    cached = participant.__dict__.get("_active_assignments")
    if cached is None:
        from ikut.core import fixed_sql  # imported when first used: importing the policy loads only its own modules

        cached = fixed_sql.rows("access.participants.active_assignments", [participant.pk], lambda: (
            participant.assignments.filter(ended_at__isnull=True).select_related("user").only(
                "participant", "user", "role", "user__display_name", "user__email")), owner=participant)
        participant.__dict__["_active_assignments"] = cached
    return cached


def _team(user, p):
    rel = relation(user, p)
    return rel["assigned"] or rel["break_glass"]


def _sees(user, p):
    """Open the record at all: the team or an emergency grant. Supervisors are no exception (issue 11)."""
    return _team(user, p)


def _works_on(user, p):
    """Assigned work coaches (caseworker role) may change the pathway."""
    rel = relation(user, p)
    return rel["assigned"] and user.role in (Role.CASEWORKER, Role.SUPERVISOR)


@rule("participants.view")
def view(user, obj):
    """Without obj: may use the caseload at all. With a participant: may open that record."""
    if obj is None:
        return _is_case_user(user)
    return _sees(user, obj)


@rule("participants.view_identity")
def view_identity(user, obj):
    if obj is None:
        return _is_case_user(user)
    return _team(user, obj)


@rule("participants.create")
def create(user, obj):
    return has_role(user, Role.CASEWORKER, Role.SUPERVISOR) and user.organisation_id is not None


@rule("participants.edit")
def edit(user, obj):
    """Change identity, ESF+ data, phase, plan, consents, referrals, flags, documents, exit."""
    if obj is None:
        return has_role(user, Role.CASEWORKER, Role.SUPERVISOR)
    return obj.anonymised_at is None and _works_on(user, obj)


@rule("participants.log_meeting")
def log_meeting(user, obj):
    if obj is None:
        return _is_case_user(user)
    return relation(user, obj)["assigned"]


@rule("participants.team_notes")
def team_notes(user, obj):
    """Read and write notes to the team."""
    if obj is None:
        return _is_case_user(user)
    return _team(user, obj)


@rule("participants.psychosocial_notes")
def psychosocial_notes(user, obj):
    """Field-level rule: psychosocial notes only for psychosocial workers assigned to this participant."""
    if obj is None:
        return has_role(user, Role.PSYCHOSOCIAL)
    return has_role(user, Role.PSYCHOSOCIAL) and relation(user, obj)["assigned"]


@rule("participants.documents")
def documents(user, obj):
    if obj is None:
        return _is_case_user(user)
    return _team(user, obj)


@rule("participants.history")
def history(user, obj):
    """Field history shows old and new values (identity included): the team only."""
    if obj is None:
        return _is_case_user(user)
    return _team(user, obj)


@rule("participants.viewers")
def viewers(user, obj):
    """The "who viewed this record" list: the team (a supervisor off the team breaks the glass, issue 11)."""
    if obj is None:
        return _is_case_user(user)
    return _sees(user, obj)


@rule("participants.assign")
def assign(user, obj):
    """Supervisors (re)assign their organisation's cases; the lead work coach may add team members."""
    if obj is None:
        return has_role(user, Role.SUPERVISOR, Role.CASEWORKER)
    rel = relation(user, obj)
    return obj.anonymised_at is None and (rel["supervisor"] or rel["case_role"] == "lead")


@rule("participants.break_glass")
def break_glass(user, obj):
    """Without obj: may ask for emergency access. With a participant: may get it for that record."""
    if not _is_case_user(user):
        return False
    if obj is None:
        return True
    return obj.anonymised_at is None and obj.organisation_id == user.organisation_id


@rule("participants.review_break_glass")
def review_break_glass(user, obj):
    if not has_role(user, Role.SUPERVISOR):
        return False
    return obj is None or obj.participant.organisation_id == user.organisation_id


@rule("participants.export")
def export(user, obj):
    """Data-subject export: the assigned team (or an emergency grant) and the organisation's DPO; sudo mode too."""
    if obj is None:
        return has_role(user, *CASE_ROLES, Role.DPO)
    if has_role(user, Role.DPO):
        return obj.anonymised_at is None and obj.organisation_id == user.organisation_id
    return _sees(user, obj)


@rule("participants.dashboard")
def dashboard(user, obj):
    return _is_case_user(user)


# --- Consent texts (issue 16, item 4): an organisation's own content, no personal data ---------------------------
# Case workers and the DPO read and print their organisation's texts; supervisors and the DPO write drafts;
# only the DPO publishes, because a published text is what participants are told about their data (the DPO
# answers for that, GDPR art. 38-39) and it cannot be changed afterwards.
CONSENT_TEXT_READERS = (*CASE_ROLES, Role.DPO)
CONSENT_TEXT_EDITORS = (Role.SUPERVISOR, Role.DPO)
CONSENT_TEXT_PUBLISHERS = (Role.DPO,)
CONSENT_TEXT = "participants.consenttext"


def _own_text(user, roles, obj):
    if not has_role(user, *roles) or user.organisation_id is None:
        return False
    return obj is None or obj.organisation_id == user.organisation_id


@rule("participants.consent_text.view")
def view_consent_text(user, obj):
    """Without obj: may open the consent texts at all. With a text: it is their own organisation's."""
    return _own_text(user, CONSENT_TEXT_READERS, obj)


@rule("participants.consent_text.edit")
def edit_consent_text(user, obj):
    """Write drafts and start a new version from a published one (own organisation)."""
    return _own_text(user, CONSENT_TEXT_EDITORS, obj)


@rule("participants.consent_text.publish")
def publish_consent_text(user, obj):
    return _own_text(user, CONSENT_TEXT_PUBLISHERS, obj)


def get_consent_text_for(user, pk, action="participants.consent_text.view"):
    """The consent text `pk` of the user's own organisation if they may do `action` on it; otherwise 404
    (another organisation's text is indistinguishable from one that does not exist)."""
    from . import can

    text = _models().ConsentText.objects.filter(pk=pk, organisation_id=getattr(user, "organisation_id", None)).first()
    if text is None or not can(user, action, text):
        raise Denied(action, CONSENT_TEXT)
    return text


def get_participant_for(user, code, action="participants.view", queryset=None, shape=None):
    """The participant with `code` if `user` may do `action` on it; otherwise 404. `shape`: a fixed_sql key naming
    `queryset`'s shape (the same select_related/defer on every call with that key): its SQL is compiled once."""
    m = _models()
    qs = queryset if queryset is not None else m.Participant.objects.select_related("organisation")
    if shape is None:
        participant = qs.filter(code=code, anonymised_at__isnull=True).first()
    else:
        from ikut.core import fixed_sql

        found = fixed_sql.rows(("access.participants.get_participant_for", shape), [code],
                               lambda: _first(qs.filter(code=code, anonymised_at__isnull=True)))
        participant = found[0] if found else None
    if participant is None or not is_active_user(user) or not view(user, participant):
        raise Denied(action, PARTICIPANT)
    if action != "participants.view":
        from . import can

        if not can(user, action, participant):
            raise Denied(action, PARTICIPANT)
    return participant


def _first(queryset):
    """What QuerySet.first() reads, as a queryset: ordered by pk unless ordered already, one row."""
    return (queryset if queryset.ordered else queryset.order_by("pk"))[:1]


def get_participant_for_team(user, code):
    """The participant for the team page: who may assign (lead work coach, the organisation's supervisors)
    gets it without being able to open the record itself; otherwise 404."""
    from . import can

    participant = _models().Participant.objects.select_related("organisation").filter(
        code=code, anonymised_at__isnull=True).first()
    if participant is None or not can(user, "participants.assign", participant):
        raise Denied("participants.assign", PARTICIPANT)
    return participant


def get_participant_for_export(user, code):
    """Like get_participant_for, for the data-subject export (the DPO may export without viewing)."""
    from . import can

    m = _models()
    participant = m.Participant.objects.select_related("organisation").filter(
        code=code, anonymised_at__isnull=True).first()
    if participant is None or not can(user, "participants.export", participant):
        raise Denied("participants.export", PARTICIPANT)
    return participant


def participant_for_portal_user(user):
    """The participant's own record for the portal (role participant), or None."""
    if not has_role(user, Role.PARTICIPANT):
        return None
    return _models().Participant.objects.filter(user=user, anonymised_at__isnull=True).first()
