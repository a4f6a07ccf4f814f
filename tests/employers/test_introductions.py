import json

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from ikut.audit.models import AuditEntry
from ikut.employers import actions, matching
from ikut.employers.models import Introduction, Placement
from ikut.participants.models import Consent, Task
from tests.helpers import make_user

from .conftest import NATIONALITY, SECRET_NAME, SECRET_SURNAME

FORBIDDEN = [SECRET_NAME, SECRET_SURNAME, NATIONALITY, "+358 40", "nok@example.test"]


def _propose(w):
    return actions.propose(w.caseworker, w.offer, w.participant)


def test_propose_through_the_ui_previews_then_stores_only_allowed_keys(w, as_user, client):
    as_user(w.caseworker)
    url = reverse("employers:propose", args=[w.offer.pk, w.participant.code])
    preview = client.post(url, {"availability": "full_time", "available_from": "2027-01-10"})
    assert "What the employer will see" in preview.content.decode()
    assert not Introduction.objects.filter(participant=w.participant).exists()
    response = client.post(url, {"availability": "full_time", "available_from": "2027-01-10", "confirm": "1"})
    intro = Introduction.objects.get(participant=w.participant)
    assert response.status_code == 302
    snap = intro.profile()
    assert set(snap) <= {"skills", "certificates", "languages", "other_languages", "available_from", "availability"}
    assert [lang["code"] for lang in snap["languages"]] == ["en", "fi"]  # the first language is not revealed
    assert snap["other_languages"] == 1
    assert intro.handle.startswith("C-") and w.participant.code not in intro.handle
    entry = AuditEntry.objects.filter(action="employers.introduction.propose", subject_id=w.participant.code).get()
    assert entry.subject_id == w.participant.code and SECRET_NAME not in json.dumps(entry.details)


def test_employer_sees_only_the_pseudonymous_profile_until_consent(w, as_user, client):
    intro = _propose(w)
    as_user(w.employer)
    page = client.get(reverse("employers:introduction_detail", args=[intro.pk])).content.decode()
    assert intro.handle in page and "clean surfaces" in page
    for secret in FORBIDDEN + [w.participant.code]:
        assert secret not in page
    api = client.get(f"/api/employers/introductions/{intro.pk}")
    assert api.status_code == 200 and api.json()["person"] is None and api.json()["participant_code"] is None
    for secret in FORBIDDEN + [w.participant.code]:
        assert secret not in api.content.decode()
    listing = client.get("/api/employers/introductions").content.decode() + \
        client.get(reverse("employers:introduction_list")).content.decode()
    for secret in FORBIDDEN + [w.participant.code]:
        assert secret not in listing

    # interested → still no name until the caseworker records the participant's consent
    client.post(reverse("employers:introduction_respond", args=[intro.pk]), {"answer": "interested"})
    intro.refresh_from_db()
    assert intro.status == "interested"
    assert SECRET_NAME not in client.get(reverse("employers:introduction_detail", args=[intro.pk])).content.decode()
    # the employer cannot record consent themselves
    consent = client.post(reverse("employers:introduction_consent", args=[intro.pk]), {"confirmed": "on"})
    assert consent.status_code == 404

    as_user(w.caseworker)
    response = client.post(reverse("employers:introduction_consent", args=[intro.pk]),
                           {"confirmed": "on", "share_phone": "on"})
    assert response.status_code == 302
    as_user(w.employer)
    page = client.get(reverse("employers:introduction_detail", args=[intro.pk])).content.decode()
    assert SECRET_NAME in page and "+358 40" in page and "nok@example.test" not in page
    assert NATIONALITY not in page and w.participant.code not in page
    assert client.get(f"/api/employers/introductions/{intro.pk}").json()["person"]["name"].startswith(SECRET_NAME)
    assert AuditEntry.objects.filter(action="employers.introduction.view", subject_id=intro.handle).exists()


def test_consent_withdrawal_hides_the_name_again_immediately(w, as_user, client):
    intro = _propose(w)
    actions.respond(w.employer, intro, True)
    actions.record_consent(w.caseworker, intro)
    as_user(w.employer)
    url = reverse("employers:introduction_detail", args=[intro.pk])
    assert SECRET_NAME in client.get(url).content.decode()
    from ikut.participants import actions as pathway

    pathway.withdraw_consent(w.caseworker, w.consent)
    assert SECRET_NAME not in client.get(url).content.decode()
    assert client.get(f"/api/employers/introductions/{intro.pk}").json()["person"] is None
    assert all(r["person"] is None for r in client.get("/api/employers/introductions").json())
    # and a placement can no longer be created
    as_user(w.caseworker)
    assert client.get(reverse("employers:placement_create", args=[intro.pk])).status_code == 404


def test_withdrawing_the_introduction_hides_the_name(w, as_user, client):
    intro = _propose(w)
    actions.respond(w.employer, intro, True)
    actions.record_consent(w.caseworker, intro)
    as_user(w.caseworker)
    client.post(reverse("employers:introduction_withdraw", args=[intro.pk]))
    as_user(w.employer)
    assert SECRET_NAME not in client.get(reverse("employers:introduction_detail", args=[intro.pk])).content.decode()


def test_consent_step_needs_interest_and_a_recorded_consent(w):
    intro = _propose(w)
    with pytest.raises(actions.NotAllowed):
        actions.record_consent(w.caseworker, intro)  # employer has not answered
    actions.respond(w.employer, intro, True)
    w.consent.withdrawn_at = timezone.now()
    w.consent.save()
    with pytest.raises(actions.NotAllowed):
        actions.record_consent(w.caseworker, intro)
    Consent.objects.create(participant=w.participant, purpose="employer_introductions", text_version="2026-1",
                           text_language="th", how_given="signed")
    assert actions.record_consent(w.caseworker, intro).status == "shared"


def test_employer_cannot_reach_participant_urls_or_other_introductions(w, as_user, client):
    from tests.urlnames import walk

    intro = _propose(w)
    other_offer_intro = actions.propose(w.caseworker, w.other_offer, w.participant)
    as_user(w.employer)
    checked = 0
    for name, pattern, _cb in walk():
        if not name.startswith("participants:") or "<str:code>" not in pattern:
            continue
        kwargs = {"code": w.participant.code}
        if "<int:pk>" in pattern:
            kwargs["pk"] = 1
        if "<slug:purpose>" in pattern:
            kwargs["purpose"] = "participation_and_data_processing"
        assert client.get(reverse(name, kwargs=kwargs)).status_code == 404, name
        checked += 1
    assert checked >= 10
    assert client.get(reverse("participants:dashboard")).status_code == 404
    assert client.get(reverse("employers:participant_offers", args=[w.participant.code])).status_code == 404
    assert client.get(reverse("employers:propose", args=[w.offer.pk, w.participant.code])).status_code == 404
    assert client.get(reverse("employers:candidates", args=[w.offer.pk])).status_code == 404
    for url in [reverse("employers:introduction_detail", args=[other_offer_intro.pk]),
                f"/api/employers/introductions/{other_offer_intro.pk}",
                reverse("employers:introduction_consent", args=[intro.pk]),
                reverse("employers:placement_create", args=[intro.pk])]:
        assert client.get(url).status_code == 404, url
    assert client.get(reverse("employers:introduction_detail", args=[intro.pk])).status_code == 200
    # another company's contact sees neither
    as_user(w.other_employer)
    assert client.get(reverse("employers:introduction_detail", args=[intro.pk])).status_code == 404


def test_other_caseworkers_cannot_propose_or_see_the_introduction(w, as_user, client):
    intro = _propose(w)
    as_user(w.colleague)  # same organisation, not assigned
    assert client.get(reverse("employers:propose", args=[w.other_offer.pk, w.participant.code])).status_code == 404
    assert client.get(reverse("employers:introduction_detail", args=[intro.pk])).status_code == 404
    assert w.participant.code not in client.get(reverse("employers:candidates", args=[w.offer.pk])).content.decode()


def test_matching_both_ways(w, as_user, client):
    as_user(w.caseworker)
    page = client.get(reverse("employers:candidates", args=[w.offer.pk])).content.decode()
    assert w.participant.code in page
    page = client.get(reverse("employers:participant_offers", args=[w.participant.code])).content.decode()
    assert "Office cleaning work trial" in page and "Kitchen work trial" in page


def test_score_factors():
    needs = matching.OfferNeeds(required_skills={1, 2}, optional_skills={3}, required_certs={10},
                                optional_certs=set(), languages={"fi": 2}, location="helsinki")
    full = matching.PersonProfile(skills={1, 2, 3}, certificates={10}, languages={"fi": 3}, location="helsinki")
    assert matching.score(needs, full)["score"] == 1.0
    assert matching.score(needs, full)["location_match"] is True
    half = matching.PersonProfile(skills={1}, certificates={10}, languages={"fi": 2})
    result = matching.score(needs, half)
    assert result["missing_skills"] == [2] and 0.5 < result["score"] < 1
    no_card = matching.PersonProfile(skills={1, 2, 3}, languages={"fi": 3})
    assert matching.score(needs, no_card)["score"] == matching.REQUIRED_CERT_CAP
    assert matching.score(needs, no_card)["missing_certificates"] == [10]
    empty = matching.OfferNeeds(set(), set(), set(), set(), {})
    assert matching.score(empty, full)["score"] == 0.0


def test_placement_feeds_the_pathway_and_problems_reach_the_caseworker(w, as_user, client,
                                                                     django_capture_on_commit_callbacks):
    intro = _propose(w)
    actions.respond(w.employer, intro, True)
    actions.record_consent(w.caseworker, intro)
    as_user(w.caseworker)
    response = client.post(reverse("employers:placement_create", args=[intro.pk]),
                           {"start_date": timezone.localdate().isoformat(), "mentor_name": "Mentor Maija"})
    assert response.status_code == 302
    placement = Placement.objects.get(participant=w.participant)
    w.participant.refresh_from_db()
    assert w.participant.current_phase == "work_trial"
    assert Task.objects.filter(participant=w.participant, phase="work_trial", status="in_progress").exists()
    detail = client.get(reverse("participants:detail", args=[w.participant.code])).content.decode()
    assert "Work trial at Siisti Oy (test)" in detail

    as_user(w.employer)
    assert SECRET_NAME in client.get(reverse("employers:placement_detail", args=[placement.pk])).content.decode()
    client.post(reverse("employers:placement_check_in", args=[placement.pk]),
                {"ci-held_on": timezone.localdate().isoformat(), "ci-summary": "Going well"})
    assert w.participant.meetings.filter(kind="other").count() == 1
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("employers:placement_problem", args=[placement.pk]),
                    {"pr-raised_by_side": "employer", "pr-description": "Late twice"})
    task = Task.objects.filter(participant=w.participant, owner=w.caseworker, title__isnull=False).order_by("-pk")[0]
    assert "Placement problem" in task.title and task.status == "planned"
    problem = placement.problems.get()
    as_user(w.other_employer)
    assert client.post(reverse("employers:problem_resolve", args=[problem.pk])).status_code == 404
    as_user(w.caseworker)
    client.post(reverse("employers:problem_resolve", args=[problem.pk]))
    problem.refresh_from_db()
    task.refresh_from_db()
    assert problem.resolved_at is not None and task.status == "done"
    as_user(w.employer)
    assert len(mail.outbox) == 1 and "Late twice" not in mail.outbox[0].body and SECRET_NAME not in mail.outbox[0].body
    client.post(reverse("employers:placement_outcome", args=[placement.pk]),
                {"out-outcome": "hired", "out-contract_type": "permanent", "out-hours_per_week": "37.5"})
    placement.refresh_from_db()
    w.participant.refresh_from_db()
    assert placement.outcome == "hired" and placement.status == "ended"
    assert w.participant.current_phase == "employment"
    assert actions.exit_suggestion(w.participant) == {"exit_employed": True, "exit_reason": "employed"}


def test_introduction_list_query_counts(w, as_user, client, django_assert_max_num_queries):
    from ikut.participants.models import Assignment, Participant

    for i in range(12):
        p = Participant.objects.create(organisation=w.assistance, first_name=f"P{i}", language="en")
        Assignment.objects.create(participant=p, user=w.caseworker, role="lead")
        Consent.objects.create(participant=p, purpose="employer_introductions", text_version="1", text_language="en",
                               how_given="signed")
        intro = actions.propose(w.caseworker, w.offer, p)
        if i % 2:
            actions.respond(w.employer, intro, True)
            actions.record_consent(w.caseworker, intro)
    for user in (w.employer, w.caseworker):
        as_user(user)
        client.get(reverse("employers:introduction_list"))
        with django_assert_max_num_queries(14):
            assert client.get(reverse("employers:introduction_list")).status_code == 200
        with django_assert_max_num_queries(16):
            rows = client.get("/api/employers/introductions").json()
        assert len(rows) == 12
    as_user(w.employer)
    assert sum(1 for r in client.get("/api/employers/introductions").json() if r["person"]) == 6


def test_a_new_user_without_company_profile_sees_a_notice(w, as_user, client):
    from ikut.accounts.models import Organisation, Role
    from tests.helpers import make_org

    user = make_user(Role.EMPLOYER, make_org("No profile yet", Organisation.Kind.COMPANY))
    as_user(user)
    assert "no profile yet" in client.get(reverse("employers:home")).content.decode()


def test_candidates_page_query_count_does_not_grow_with_the_caseload(w, as_user, client,
                                                                     django_assert_max_num_queries):
    from ikut.participants.models import Assignment, Participant
    from ikut.skills.models import ProfileSkill, SkillsProfile

    for i in range(20):
        p = Participant.objects.create(organisation=w.assistance, first_name=f"P{i}", language="en")
        Assignment.objects.create(participant=p, user=w.caseworker, role="lead")
        profile = SkillsProfile.objects.create(participant=p)
        ProfileSkill.objects.create(profile=profile, skill=w.skill_clean, source="experience", confidence="confirmed")
    as_user(w.caseworker)
    url = reverse("employers:candidates", args=[w.offer.pk])
    client.get(url)
    with django_assert_max_num_queries(22):  # fixed: session/MFA, offer, 4 profile tables, audit
        page = client.get(url).content.decode()
    assert w.participant.code in page  # the one with the hygiene passport ranks first


def test_a_hire_prefills_the_exit_form_and_the_record_links_to_offers(w, as_user, client):
    intro = _propose(w)
    actions.respond(w.employer, intro, True)
    actions.record_consent(w.caseworker, intro)
    as_user(w.caseworker)
    client.post(reverse("employers:placement_create", args=[intro.pk]),
                {"start_date": timezone.localdate().isoformat(), "mentor_name": "Mentor Maija"})
    placement = Placement.objects.get(participant=w.participant)
    detail = client.get(reverse("participants:detail", args=[w.participant.code])).content.decode()
    assert reverse("employers:participant_offers", args=[w.participant.code]) in detail
    exit_form = client.get(reverse("participants:exit", args=[w.participant.code])).content.decode()
    assert 'name="exit_employed" value="true" id="id_exit_employed_1" checked' not in exit_form  # not hired yet
    as_user(w.employer)
    response = client.post(reverse("employers:placement_outcome", args=[placement.pk]),
                           {"out-outcome": "hired", "out-contract_type": "permanent", "out-hours_per_week": "37.5"})
    assert response.status_code == 302
    as_user(w.caseworker)
    exit_form = client.get(reverse("participants:exit", args=[w.participant.code])).content.decode()
    assert 'name="exit_employed" value="true" id="id_exit_employed_1" checked' in exit_form
    assert '<option value="employed" selected>' in exit_form
