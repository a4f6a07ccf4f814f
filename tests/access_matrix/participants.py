"""Access matrix for the pathway. The world's caseworker (lead) and psychosocial worker are assigned to the
world participant (owned by the Assistance System); the supervisor is of the owner organisation but not on
the team, so (issue 11) the record itself is 404 for them without break-the-glass — they keep the caseload
list and the team page; the outsider is a caseworker of another organisation and assigned to nothing."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from ikut.participants.models import (
    Assignment,
    BreakGlassGrant,
    Consent,
    ConsentPurpose,
    ConsentText,
    Document,
    Goal,
    Participant,
    Referral,
    RiskFlag,
    Task,
)

from . import Case

CASE_USERS = {"caseworker", "psychosocial", "supervisor", "outsider"}
# Consent texts are the organisation's own: the list shows each user their organisation's; the world's texts
# belong to the Assistance System (the caseworker, supervisor and DPO); the DPO alone publishes.
TEXT_READERS = CASE_USERS | {"dpo"}
TEXT_VIEW = {"caseworker", "supervisor", "dpo"}
TEXT_EDITORS = {"supervisor", "dpo"}
CREATORS = {"caseworker", "supervisor", "outsider"}
SEES = {"caseworker", "psychosocial"}  # the team; a supervisor not on it needs break-the-glass
TEAM = {"caseworker", "psychosocial"}
LEAD = {"caseworker"}


def extend_world(w):
    from ikut.participants import actions

    p = Participant.objects.create(organisation=w.assistance, first_name="Matrix", last_name="Person",
                                   date_of_birth=datetime.date(1991, 2, 3), language="th")
    lead = Assignment.objects.create(participant=p, user=w.users["caseworker"], role=Assignment.CaseRole.LEAD)
    Assignment.objects.create(participant=p, user=w.users["psychosocial"], role=Assignment.CaseRole.PSYCHOSOCIAL)
    extra = Assignment.objects.create(participant=p, user=w.victim_user, role=Assignment.CaseRole.WORK_COACH)
    share = Consent.objects.create(participant=p, purpose=ConsentPurpose.SHARE_WITH_PARTNER, partner=w.ngo,
                                   text_version="2026-1", text_language="th", how_given="signed")
    Consent.objects.create(participant=p, purpose=ConsentPurpose.FOLLOW_UP_CONTACT, text_version="2026-1",
                           text_language="th", how_given="signed")
    goal = Goal.objects.create(participant=p, phase="intake", own_words="Work in a kitchen")
    task = Task.objects.create(participant=p, phase="intake", title="Hygiene passport",
                               due_date=timezone.localdate())
    flag = RiskFlag.objects.create(participant=p, kind="unsafe_phone")
    referral = Referral.objects.create(participant=p, partner=w.ngo, service="psychosocial_support", consent=share,
                                       shared_fields=["first_name"])
    document = actions.upload_document(w.users["caseworker"], p, Document.Kind.CV,
                                       SimpleUploadedFile("cv.pdf", b"%PDF-1.4 test", content_type="application/pdf"))
    grant = BreakGlassGrant.objects.create(participant=p, user=w.victim_user, reason="emergency test",
                                           expires_at=timezone.now() + datetime.timedelta(hours=1))
    w.participant, w.p_goal, w.p_task, w.p_flag, w.p_referral = p, goal, task, flag, referral
    # The owner organisation's consent texts: one published, one open draft (another organisation's users and the
    # partner NGO's psychosocial worker get 404 for both).
    w.p_text = ConsentText.objects.create(organisation=w.assistance, purpose=ConsentPurpose.PARTICIPATION,
                                          language="en", version=1, title="Matrix consent wording", body="Text.",
                                          state=ConsentText.State.PUBLISHED, published_at=timezone.now())
    w.p_text_draft = ConsentText.objects.create(organisation=w.assistance, purpose=ConsentPurpose.PARTICIPATION,
                                                language="en", version=2, title="Matrix consent wording",
                                                body="Text, new.")
    w.extra_secrets = getattr(w, "extra_secrets", []) + ["Matrix consent wording"]
    w.p_consent, w.p_document, w.p_grant, w.p_lead, w.p_extra = share, document, grant, lead, extra


def code(w):
    return {"code": w.participant.code}


def with_pk(attr):
    return lambda w: {"code": w.participant.code, "pk": getattr(w, attr).pk}


MATRIX = {
    "participants:dashboard": Case(allow=CASE_USERS),
    "participants:intake": Case(allow=CREATORS),
    "participants:intake_create": Case(allow=CREATORS, method="post", data={},
                                       note="an empty form answers 400 to creators"),
    "participants:break_glass": Case(allow=CASE_USERS),
    "participants:break_glass_review": Case(allow={"supervisor"}),
    "participants:break_glass_reviewed": Case(allow={"supervisor"}, method="post",
                                              kwargs=lambda w: {"pk": w.p_grant.pk}, data={"note": "ok"}),
    "participants:detail": Case(allow=SEES, kwargs=code),
    "participants:edit": Case(allow=LEAD, kwargs=code),
    "participants:set_phase": Case(allow=LEAD, method="post", kwargs=code, data={"phase": "skills_identification"}),
    "participants:consents": Case(allow=LEAD, kwargs=code),
    "participants:consent_withdraw": Case(allow=LEAD, method="post", kwargs=with_pk("p_consent")),
    "participants:consent_agreed": Case(allow=LEAD, kwargs=with_pk("p_consent"),
                                        note="a consent from before versioned texts says its text is not stored"),
    "participants:consent_print": Case(allow=LEAD, kwargs=lambda w: {"code": w.participant.code,
                                                                     "purpose": "participation_and_data_processing"}),
    "participants:consent_texts": Case(allow=TEXT_READERS, note="each user sees their own organisation's texts"),
    "participants:consent_text_new": Case(allow=TEXT_EDITORS),
    "participants:consent_text_load": Case(allow=TEXT_EDITORS, method="post"),
    "participants:consent_text": Case(allow=TEXT_VIEW, kwargs=lambda w: {"pk": w.p_text.pk}),
    "participants:consent_text_edit": Case(allow=TEXT_EDITORS, kwargs=lambda w: {"pk": w.p_text_draft.pk}),
    "participants:consent_text_revise": Case(allow=TEXT_EDITORS, method="post",
                                             kwargs=lambda w: {"pk": w.p_text.pk}),
    "participants:consent_text_publish": Case(allow={"dpo"}, kwargs=lambda w: {"pk": w.p_text_draft.pk},
                                              note="supervisors write drafts; only the DPO publishes"),
    "participants:goal_add": Case(allow=LEAD, method="post", kwargs=code,
                                  data={"goal-phase": "intake", "goal-own_words": "A job"}),
    "participants:goal_update": Case(allow=LEAD, method="post", kwargs=with_pk("p_goal"), data={"status": "done"}),
    "participants:task_add": Case(allow=LEAD, method="post", kwargs=code,
                                  data={"task-phase": "intake", "task-title": "Call Kela"}),
    "participants:task_update": Case(allow=LEAD, method="post", kwargs=with_pk("p_task"), data={"status": "done"}),
    "participants:plan_pdf": Case(allow=TEAM, kwargs=code),
    "participants:meeting_add": Case(allow=TEAM, kwargs=code),
    "participants:note_add": Case(allow=TEAM, method="post", kwargs=code, data={"kind": "team", "body": "Hello"}),
    "participants:flag_add": Case(allow=LEAD, method="post", kwargs=code, data={"flag-kind": "health"}),
    "participants:flag_resolve": Case(allow=LEAD, method="post", kwargs=with_pk("p_flag")),
    "participants:safety_plan": Case(allow=LEAD, kwargs=code),
    "participants:referral_add": Case(allow=LEAD, kwargs=code),
    "participants:referral_status": Case(allow=LEAD, method="post", kwargs=with_pk("p_referral"),
                                         data={"status": "accepted"}),
    "participants:document_upload": Case(allow=TEAM, kwargs=code),
    "participants:document_download": Case(allow=TEAM, kwargs=with_pk("p_document")),
    "participants:exit": Case(allow=LEAD, kwargs=code),
    "participants:follow_up": Case(allow=LEAD, kwargs=code),
    "participants:portal_login": Case(allow=LEAD, kwargs=code),
    "participants:portal_login_disable": Case(allow=LEAD, kwargs=code,
                                              note="without a portal login it sends the lead back to the login page"),
    "participants:team": Case(allow={"caseworker", "supervisor"}, kwargs=code,
                              note="the lead work coach and the owner organisation's supervisors"),
    "participants:team_end": Case(allow={"caseworker", "supervisor"}, method="post", kwargs=with_pk("p_extra")),
    "participants:history": Case(allow=TEAM, kwargs=code),
    "participants:viewers": Case(allow=SEES, kwargs=code),
    "participants:export": Case(allow=SEES | {"dpo"}, kwargs=code,
                                note="the DPO of the owner organisation answers data-subject requests; the "
                                     "allowed get the sudo page first"),
    # API
    "api:list_participants": Case(allow=CASE_USERS),
    "api:participant_detail": Case(allow=SEES, kwargs=code),
    "api:participant_consents": Case(allow=TEAM, kwargs=code),
}
