"""Demo participants: fictional people from PERSONAS.md, one or more in every pathway phase.

Every name carries "(demo)". Assigned to the demo work coach (Aino) and psychosocial worker (Marja), with
consents, plan goals in the participant's own words, tasks, meetings (one today), notes and flags.
Idempotent: running `ikut demo` twice does not duplicate them.
"""

import datetime

from django.utils import timezone, translation

from ikut.accounts.models import Organisation

from .models import (
    Assignment,
    Consent,
    ConsentPurpose,
    ConsentText,
    Goal,
    Meeting,
    Note,
    Participant,
    Phase,
    Referral,
    RiskFlag,
    Status,
    Task,
    follow_up_due_date,
    identity_index,
)

PEOPLE = [
    # first, last, dob, language, nationality, languages, phase, gender, employment, education, contact
    dict(first_name="Amina", last_name="Warsame (demo)", date_of_birth=datetime.date(2004, 3, 14), language="so",
         nationality="Somalia", languages_spoken="Somali, some Swedish", current_phase=Phase.INTAKE,
         gender="woman", employment_status_at_entry="inactive", education_level="isced_0_2",
         contact_channel="via_worker", third_country_national=True, foreign_background="yes",
         homeless_or_housing_exclusion="yes",
         goals=[("Haluan oppia lukemaan suomea ja saada oman kodin.",
                 "I want to learn to read Finnish and have my own home.")],
         note="Came via the Assistance System last week. Needs pictures and short steps; Somali interpreter.",
         psy="First session: very tired, sleeps badly. Agreed on weekly sessions with an interpreter."),
    dict(first_name="Blessing", last_name="Okafor (demo)", date_of_birth=datetime.date(1999, 7, 2), language="en",
         nationality="Nigeria", languages_spoken="English, Nigerian Pidgin", current_phase=Phase.SKILLS,
         gender="woman", employment_status_at_entry="unemployed", education_level="isced_3_4",
         contact_channel="via_worker", third_country_national=True, foreign_background="yes",
         goals=[("I want a job in a beauty salon or to study to be a practical nurse.",
                 "Haluan töihin kauneusalalle tai opiskella lähihoitajaksi.")],
         flag=("exploiter_contact", "Received messages from an unknown number that knew her old address."),
         note="Changes phone numbers often: contact only through Aino in person.",
         psy="Worried about being found. We made a plan for what to do if she sees them again."),
    dict(first_name="Nok", last_name="Saelim (demo)", date_of_birth=datetime.date(1988, 9, 21), language="th",
         nationality="Thailand", languages_spoken="Thai, a little English", current_phase=Phase.RIGHTS,
         gender="woman", employment_status_at_entry="long_term_unemployed", education_level="isced_0_2",
         contact_channel="sms", third_country_national=True, foreign_background="yes", portal=True,
         goals=[("อยากทำงานในครัวโรงแรม และได้บัตรสุขอนามัย", "Haluan töihin hotellin keittiöön ja saada hygieniapassin."),
                ("อยากส่งเงินกลับบ้านได้อย่างปลอดภัย", "Haluan lähettää rahaa kotiin turvallisesti.")],
         flag=("unsafe_phone", "Her former recruiter once checked her phone. No voicemail, no detailed texts."),
         note="Recruitment debt discussed with Victim Support Finland. Passport returned by police.",
         psy="Shame about the debt came up again. Normalised; she decides what to tell her family."),
    dict(first_name="Oleksandr", last_name="Kovalenko (demo)", date_of_birth=datetime.date(1981, 1, 30),
         language="uk", nationality="Ukraine", languages_spoken="Ukrainian, Russian", current_phase=Phase.JOB_READINESS,
         gender="man", employment_status_at_entry="unemployed", education_level="isced_3_4", contact_channel="phone",
         third_country_national=True, foreign_background="yes",
         goals=[("Хочу працювати на будівництві легально, з договором.",
                 "Haluan rakennustöihin laillisesti, työsopimuksella.")],
         note="Has a driving licence (C) and years of formwork. Occupational safety card course booked.",
         psy=""),
    dict(first_name="Hieu", last_name="Nguyen (demo)", date_of_birth=datetime.date(1995, 11, 5), language="vi",
         nationality="Vietnam", languages_spoken="Vietnamese", current_phase=Phase.WORK_TRIAL,
         gender="man", employment_status_at_entry="unemployed", education_level="isced_0_2", contact_channel="phone",
         third_country_national=True, foreign_background="yes",
         goals=[("Tôi muốn làm đầu bếp ở một nhà hàng trả lương công bằng.",
                 "Haluan kokiksi ravintolaan, jossa palkka on reilu.")],
         note="Work trial at a restaurant kitchen started Monday; employer briefed on working-hours rules.",
         psy=""),
    dict(first_name="Maria", last_name="Santos (demo)", date_of_birth=datetime.date(1990, 6, 12), language="tl",
         nationality="Philippines", languages_spoken="Tagalog, English", current_phase=Phase.EMPLOYMENT,
         gender="woman", employment_status_at_entry="unemployed", education_level="isced_5_8", contact_channel="email",
         third_country_national=True, foreign_background="yes",
         goals=[("Gusto kong magtrabaho bilang tagapag-alaga nang may kontrata.",
                 "Haluan hoiva-alalle työsopimuksella.")],
         note="Signed a fixed-term contract with a cleaning company. Checking the payslip together next month.",
         psy=""),
    dict(first_name="Ion", last_name="Rusu (demo)", date_of_birth=datetime.date(1997, 4, 18), language="ro",
         nationality="Moldova", languages_spoken="Romanian, Russian", current_phase=Phase.FOLLOW_UP,
         gender="man", employment_status_at_entry="unemployed", education_level="isced_3_4", contact_channel="phone",
         third_country_national=True, foreign_background="yes", exited=True,
         goals=[("Vreau un loc de muncă stabil în depozit.", "Haluan vakituisen työn varastossa.")],
         note="Exited with a permanent warehouse job. Follow-up call agreed.", psy=""),
]


def _consent_texts(organisation, dpo):
    """IKUT's starting consent texts (machine-drafted, fi/sv/en), published by the demo DPO, once."""
    from . import actions

    if dpo is None or ConsentText.objects.filter(organisation=organisation).exists():
        return
    for draft in actions.load_starting_consent_texts(dpo):
        actions.publish_consent_text(dpo, draft)


def _consent(p, purpose, worker, partner=None, days_ago=30):
    """A consent on the published text in the participant's language, else the English one read with an
    interpreter in the participant's language."""
    from .consent_texts import text_for

    text, _fallback = text_for(p.organisation, purpose, p.language)
    signed = text is not None and text.language == p.language
    return Consent.objects.create(
        participant=p, purpose=purpose, partner=partner, text=text,
        text_version=text.label if text else "2026-1", text_language=text.language if text else p.language,
        how_given=Consent.HowGiven.SIGNED if signed else Consent.HowGiven.ORAL_WITH_INTERPRETER,
        interpreter_language="" if signed else p.language,
        given_at=timezone.now() - datetime.timedelta(days=days_ago), recorded_by=worker)


def seed(world):
    orgs, users = world["organisations"], world["users"]
    assistance, ngo = orgs["assistance"], orgs["ngo"]
    coach, psy = users["caseworker"], users["psychosocial"]
    portal_user = users.get("participant")
    for partner in ("Victim Support Finland (demo)", "Employment services (demo)"):  # referral partners
        Organisation.objects.get_or_create(name=partner, defaults={"kind": Organisation.Kind.PARTNER_NGO})
    _consent_texts(assistance, users.get("dpo"))
    today = timezone.localdate()
    now = timezone.localtime()
    created = []
    for i, spec in enumerate(PEOPLE):
        spec = dict(spec)
        goals, note, psy_note = spec.pop("goals"), spec.pop("note"), spec.pop("psy")
        flag, portal, exited = spec.pop("flag", None), spec.pop("portal", False), spec.pop("exited", False)
        index = identity_index(spec["first_name"], spec["last_name"], spec["date_of_birth"])
        if Participant.objects.filter(identity_index=index).exists():
            continue
        phase_index = [p.value for p in Phase].index(spec["current_phase"])
        intake = today - datetime.timedelta(days=20 + 45 * phase_index)
        p = Participant(organisation=assistance, created_by=coach, intake_date=intake, **spec)
        if portal and portal_user and not Participant.objects.filter(user=portal_user).exists():
            p.user = portal_user
        if exited:
            exit_date = today - datetime.timedelta(days=160)
            p.status, p.exit_date, p.exit_reason = Participant.Status.CLOSED, exit_date, "employed"
            p.exit_employed = True
        p.save()
        created.append(p)
        Assignment.objects.create(participant=p, user=coach, role=Assignment.CaseRole.LEAD, assigned_by=coach)
        if psy_note or i < 3:
            Assignment.objects.create(participant=p, user=psy, role=Assignment.CaseRole.PSYCHOSOCIAL, assigned_by=coach)
        _consent(p, ConsentPurpose.PARTICIPATION, coach)
        if i > 0:
            _consent(p, ConsentPurpose.ESF_REPORTING, coach)
            _consent(p, ConsentPurpose.FOLLOW_UP_CONTACT, coach)
            share = _consent(p, ConsentPurpose.SHARE_WITH_PARTNER, coach, partner=ngo)
            Referral.objects.create(participant=p, partner=ngo, service=Referral.Service.PSYCHOSOCIAL,
                                    consent=share, shared_fields=["first_name", "languages_spoken"],
                                    status=Referral.State.ACCEPTED, sent_by=coach,
                                    note="Referral for psychosocial support (demo).")
        if phase_index >= 3:
            _consent(p, ConsentPurpose.EMPLOYER_INTRODUCTIONS, coach)
        for own, fi in goals:
            Goal.objects.create(participant=p, phase=spec["current_phase"] if phase_index < 6 else Phase.EMPLOYMENT,
                                own_words=own, own_words_fi=fi, created_by=coach,
                                status=Status.IN_PROGRESS if not exited else Status.DONE)
        for ph in [x.value for x in Phase][: phase_index + 1][-3:]:
            done = ph != spec["current_phase"]
            with translation.override("en"):  # the demo's texts: English, with the team's Finnish beside
                title = f"{Phase(ph).label} — step (demo)"
            with translation.override("fi"):
                title_fi = f"{Phase(ph).label} — tehtävä (demo)"
            due = intake + datetime.timedelta(days=14) if done else today + datetime.timedelta(days=7 - i * 3)
            Task.objects.create(participant=p, phase=ph, title=title, title_fi=title_fi, owner=coach, due_date=due,
                                status=Status.DONE if done else Status.PLANNED)
        if exited:
            Task.objects.create(participant=p, phase=Phase.FOLLOW_UP, kind=Task.Kind.FOLLOW_UP, owner=coach,
                                title="Six-month follow-up: ask about work or studies",
                                title_fi="Kuuden kuukauden seuranta", due_date=follow_up_due_date(p.exit_date))
        interp = p.language if p.language not in ("en", "fi") else ""
        Meeting.objects.create(participant=p, kind=Meeting.Kind.COACHING, worker=coach,
                               starts_at=now - datetime.timedelta(days=7), duration_minutes=60,
                               interpreter_used=bool(interp), interpreter_language=interp,
                               attendance=Meeting.Attendance.ATTENDED, summary=note)
        if i < 3:
            Meeting.objects.create(participant=p, kind=Meeting.Kind.COACHING, worker=coach,
                                   starts_at=now.replace(hour=9 + 2 * i, minute=0, second=0, microsecond=0),
                                   duration_minutes=45, interpreter_used=bool(interp), interpreter_language=interp)
        Note.objects.create(participant=p, kind=Note.Kind.TEAM, body=note, author=coach)
        if psy_note:
            Meeting.objects.create(participant=p, kind=Meeting.Kind.PSYCHOSOCIAL, worker=psy,
                                   starts_at=now - datetime.timedelta(days=3), duration_minutes=50,
                                   interpreter_used=bool(interp), interpreter_language=interp,
                                   attendance=Meeting.Attendance.ATTENDED)
            Note.objects.create(participant=p, kind=Note.Kind.PSYCHOSOCIAL, body=psy_note, author=psy)
        if flag:
            RiskFlag.objects.create(participant=p, kind=flag[0], note=flag[1], raised_by=coach)
    world["participants"] = {p.first_name.lower(): p for p in Participant.objects.filter(
        organisation=assistance, last_name__isnull=False).order_by("code")[:50] if p.last_name.endswith("(demo)")}
    return created
