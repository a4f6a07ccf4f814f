import datetime

import pytest
from django.db import IntegrityError
from django.http import Http404
from django.utils import timezone

from ikut import access
from ikut.access.participants import get_participant_for, visible_participants
from ikut.participants.models import (
    AgeBand,
    BreakGlassGrant,
    Consent,
    ConsentPurpose,
    Participant,
    has_valid_consent,
    identity_index,
    participants_with_valid_consent,
)

pytestmark = pytest.mark.django_db


def test_code_is_generated_sequential_and_unique(team):
    year = timezone.localdate().year
    second = Participant.objects.create(organisation=team.org)
    assert team.participant.code == f"IK-{year}-0001"
    assert second.code == f"IK-{year}-0002"


def test_identity_is_encrypted_and_indexed(team):
    from django.db import connection

    with connection.cursor() as cur:
        cur.execute("select first_name, date_of_birth, identity_index from participants_participant where id=%s",
                    [team.participant.pk])
        first, dob, index = cur.fetchone()
    assert "Testi" not in first and "1990" not in dob
    assert index == identity_index("testi", "HENKILO", datetime.date(1990, 5, 1))
    assert team.participant.age_band_at_entry == AgeBand.AGE_30_54


def consent(p, purpose, partner=None, **kw):
    return Consent.objects.create(participant=p, purpose=purpose, partner=partner, text_version="2026-1",
                                  text_language="th", how_given=Consent.HowGiven.SIGNED, **kw)


def test_consent_valid_until_withdrawn(team):
    p = team.participant
    assert not has_valid_consent(p, ConsentPurpose.ESF_REPORTING)
    c = consent(p, ConsentPurpose.ESF_REPORTING)
    assert has_valid_consent(p, ConsentPurpose.ESF_REPORTING)
    assert list(participants_with_valid_consent()) == [p]
    c.withdrawn_at = timezone.now()
    c.save()
    assert not has_valid_consent(p, ConsentPurpose.ESF_REPORTING)
    assert list(participants_with_valid_consent()) == []


def test_partner_consent_is_per_partner(team):
    p = team.participant
    consent(p, ConsentPurpose.SHARE_WITH_PARTNER, partner=team.ngo)
    assert has_valid_consent(p, ConsentPurpose.SHARE_WITH_PARTNER, partner=team.ngo)
    assert not has_valid_consent(p, ConsentPurpose.SHARE_WITH_PARTNER, partner=team.other)
    assert not has_valid_consent(p, ConsentPurpose.SHARE_WITH_PARTNER)


def test_partner_consent_must_name_partner(team):
    with pytest.raises(IntegrityError):
        consent(team.participant, ConsentPurpose.SHARE_WITH_PARTNER)


def test_visibility_scopes(team):
    p = team.participant
    assert p in visible_participants(team.caseworker)
    assert p in visible_participants(team.psychosocial)
    # issue 11: a supervisor who is not on the team does not see the record without break-the-glass.
    for user in (team.supervisor, team.colleague, team.outsider, team.project_manager, team.employer, team.dpo,
                 team.other_psychosocial):
        assert p not in visible_participants(user)
        with pytest.raises(Http404):
            get_participant_for(user, p.code)
    assert get_participant_for(team.caseworker, p.code) == p


def test_identity_only_for_team(team):
    p = team.participant
    assert access.can(team.caseworker, "participants.view_identity", p)
    assert access.can(team.psychosocial, "participants.view_identity", p)
    assert not access.can(team.supervisor, "participants.view_identity", p)


def test_psychosocial_notes_field_rule(team):
    p = team.participant
    assert access.can(team.psychosocial, "participants.psychosocial_notes", p)
    assert not access.can(team.caseworker, "participants.psychosocial_notes", p)
    assert not access.can(team.supervisor, "participants.psychosocial_notes", p)
    assert not access.can(team.other_psychosocial, "participants.psychosocial_notes", p)


def test_break_glass_grant_opens_record_until_expiry(team):
    p = team.participant
    grant = BreakGlassGrant.objects.create(participant=p, user=team.colleague, reason="r",
                                           expires_at=timezone.now() + datetime.timedelta(hours=1))
    assert p in visible_participants(team.colleague)
    assert access.can(team.colleague, "participants.view_identity", Participant.objects.get(pk=p.pk))
    grant.expires_at = timezone.now() - datetime.timedelta(seconds=1)
    grant.save()
    assert p not in visible_participants(team.colleague)
    assert access.can(team.colleague, "participants.break_glass", Participant.objects.get(pk=p.pk))
    assert not access.can(team.outsider, "participants.break_glass", p)


def test_organisation_caseload_is_a_subset_of_visible(team):
    """Except for supervisors: their caseload list (code, phase, status) is their organisation's, but the
    records in it open only for their own teams or with break-the-glass (issue 11)."""
    from ikut.access.participants import organisation_caseload

    other = Participant.objects.create(organisation=team.other)
    for user in (team.caseworker, team.outsider, team.project_manager):
        caseload = set(organisation_caseload(user))
        assert caseload <= set(visible_participants(user))
    assert set(organisation_caseload(team.supervisor)) == {team.participant}
    with pytest.raises(Http404):
        get_participant_for(team.supervisor, team.participant.code)
    assert other not in set(organisation_caseload(team.outsider))
