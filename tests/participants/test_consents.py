"""Each consent rule: nothing is shared, referred or followed up without a valid consent; withdrawal is
immediate (and revokes open referrals made under it)."""

import pytest
from django.urls import reverse
from django.utils import timezone

from ikut.audit.models import AuditEntry
from ikut.participants import actions
from ikut.participants.models import (
    Consent,
    ConsentPurpose,
    Participant,
    Referral,
    has_valid_consent,
    participants_with_valid_consent,
)

pytestmark = pytest.mark.django_db


def give(p, purpose, partner=None):
    return Consent.objects.create(participant=p, purpose=purpose, partner=partner, text_version="2026-1",
                                  text_language="th", how_given=Consent.HowGiven.ORAL_WITH_INTERPRETER,
                                  interpreter_language="th")


def refer(client, p, partner):
    return client.post(reverse("participants:referral_add", args=[p.code]),
                       {"partner": partner.pk, "service": "psychosocial_support", "shared_fields": ["first_name"],
                        "note": "Please contact"})


def test_record_consent_through_the_page(team, as_user):
    from tests.helpers import published_consent_text

    text = published_consent_text(team.org, ConsentPurpose.SHARE_WITH_PARTNER, "th")
    client = as_user(team.caseworker)
    url = reverse("participants:consents", args=[team.participant.code])
    response = client.post(url, {"text": text.pk, "how_given": "signed"})
    assert response.status_code == 400 and "partner" in response.context["form"].errors
    response = client.post(url, {"text": text.pk, "partner": team.ngo.pk, "how_given": "oral_with_interpreter"})
    assert "interpreter_language" in response.context["form"].errors
    response = client.post(url, {"text": text.pk, "partner": team.ngo.pk, "how_given": "oral_with_interpreter",
                                 "interpreter_language": "th"})
    assert response.status_code == 302
    assert has_valid_consent(team.participant, ConsentPurpose.SHARE_WITH_PARTNER, team.ngo)
    assert AuditEntry.objects.filter(action="participants.consent.give", subject_id=team.participant.code).exists()


def test_no_referral_without_consent(team, as_user):
    client = as_user(team.caseworker)
    response = refer(client, team.participant, team.ngo)
    assert response.status_code == 400
    assert "partner" in response.context["form"].errors
    assert not Referral.objects.exists()


def test_referral_needs_consent_for_that_partner(team, as_user):
    give(team.participant, ConsentPurpose.SHARE_WITH_PARTNER, team.other)
    client = as_user(team.caseworker)
    assert refer(client, team.participant, team.ngo).status_code == 400
    assert not Referral.objects.exists()
    give(team.participant, ConsentPurpose.SHARE_WITH_PARTNER, team.ngo)
    assert refer(client, team.participant, team.ngo).status_code == 302
    referral = Referral.objects.get()
    assert referral.consent.partner == team.ngo and referral.shared_fields == ["first_name"]
    entry = AuditEntry.objects.get(action="participants.referral.send")
    assert entry.details["consent"] == referral.consent_id and "Testi" not in str(entry.details)


def test_other_purposes_do_not_allow_sharing(team, as_user):
    for purpose in (ConsentPurpose.PARTICIPATION, ConsentPurpose.ESF_REPORTING,
                    ConsentPurpose.EMPLOYER_INTRODUCTIONS, ConsentPurpose.FOLLOW_UP_CONTACT):
        give(team.participant, purpose)
    assert refer(as_user(team.caseworker), team.participant, team.ngo).status_code == 400


def test_withdrawal_is_immediate_and_revokes_referrals(team, as_user):
    consent = give(team.participant, ConsentPurpose.SHARE_WITH_PARTNER, team.ngo)
    client = as_user(team.caseworker)
    assert refer(client, team.participant, team.ngo).status_code == 302
    referral = Referral.objects.get()
    assert actions.shareable_data(referral)["first_name"] == "Testi"
    url = reverse("participants:consent_withdraw", args=[team.participant.code, consent.pk])
    # the first click only shows what will happen: nothing is withdrawn yet
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 200
        html = response.content.decode()
        assert "Partner NGO" in html and 'name="confirm" value="yes"' in html
    assert has_valid_consent(team.participant, ConsentPurpose.SHARE_WITH_PARTNER, team.ngo)
    response = client.post(url, {"confirm": "yes"})
    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.status == Referral.State.REVOKED
    assert not has_valid_consent(team.participant, ConsentPurpose.SHARE_WITH_PARTNER, team.ngo)
    with pytest.raises(actions.ConsentMissing):
        actions.shareable_data(referral)
    assert refer(client, team.participant, team.ngo).status_code == 400
    # a revoked referral cannot be reopened
    client.post(reverse("participants:referral_status", args=[team.participant.code, referral.pk]),
                {"status": "accepted"})
    referral.refresh_from_db()
    assert referral.status == Referral.State.REVOKED
    assert AuditEntry.objects.get(action="participants.consent.withdraw").details["referrals_revoked"] == 1
    # the history shows the withdrawal, the referral and its revocation
    from ikut.participants.models import FieldChange

    changes = {(c.model, c.field) for c in FieldChange.objects.filter(participant=team.participant)}
    assert {("consent", "withdrawn_at"), ("referral", "partner"), ("referral", "status")} <= changes


def test_withdrawn_esf_consent_leaves_reporting_at_once(team):
    consent = give(team.participant, ConsentPurpose.ESF_REPORTING)
    other = Participant.objects.create(organisation=team.org)
    give(other, ConsentPurpose.PARTICIPATION)
    assert list(participants_with_valid_consent()) == [team.participant]
    assert list(Participant.objects.with_valid_consent(ConsentPurpose.ESF_REPORTING)) == [team.participant]
    consent.withdrawn_at = timezone.now()
    consent.save()
    assert not participants_with_valid_consent().exists()


def test_employer_introductions_need_their_own_consent(team):
    give(team.participant, ConsentPurpose.PARTICIPATION)
    assert not has_valid_consent(team.participant, ConsentPurpose.EMPLOYER_INTRODUCTIONS)
    consent = give(team.participant, ConsentPurpose.EMPLOYER_INTRODUCTIONS)
    assert has_valid_consent(team.participant, ConsentPurpose.EMPLOYER_INTRODUCTIONS)
    consent.withdrawn_at = timezone.now()
    consent.save()
    assert not has_valid_consent(team.participant, ConsentPurpose.EMPLOYER_INTRODUCTIONS)


def test_follow_up_needs_follow_up_consent(team, as_user):
    p = team.participant
    client = as_user(team.caseworker)
    client.post(reverse("participants:exit", args=[p.code]),
                {"exit_date": timezone.localdate().isoformat(), "exit_reason": "employed", "exit_employed": "true"})
    url = reverse("participants:follow_up", args=[p.code])
    response = client.post(url, {"employed_6_months": "true"})
    assert response.status_code == 200 and response.context["form"].non_field_errors()
    p.refresh_from_db()
    assert p.employed_6_months is None
    give(p, ConsentPurpose.FOLLOW_UP_CONTACT)
    assert client.post(url, {"employed_6_months": "true"}).status_code == 302
    p.refresh_from_db()
    assert p.employed_6_months is True and p.follow_up_recorded_at == timezone.localdate()
