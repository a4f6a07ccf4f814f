"""issue 11 (items 6 and 7): supervisors off the team, the team picker, denied accesses in the audit log,
the duplicate search across organisations. Each test takes the attacker's path."""

from django.urls import reverse

from ikut.audit.models import AuditEntry
from ikut.participants.models import Assignment, Consent, ConsentPurpose


def _team_url(p):
    return reverse("participants:team", args=[p.code])


def test_supervisor_cannot_add_themselves_to_a_team(team, as_user):
    """Adding yourself would bypass break-the-glass: not offered, and refused when forged in the POST."""
    p = team.participant
    client = as_user(team.supervisor)
    page = client.get(_team_url(p))
    assert page.status_code == 200
    offered = {u.pk for u in page.context["form"].fields["user"].queryset}
    assert team.supervisor.pk not in offered and team.colleague.pk in offered
    response = client.post(_team_url(p), {"user": team.supervisor.pk, "role": "work_coach"})
    assert response.status_code == 200 and "user" in response.context["form"].errors
    assert not Assignment.objects.filter(participant=p, user=team.supervisor).exists()
    assert client.get(reverse("participants:detail", args=[p.code])).status_code == 404
    # assigning a colleague of the organisation still works
    assert client.post(_team_url(p), {"user": team.colleague.pk, "role": "work_coach"}).status_code == 302
    assert Assignment.objects.filter(participant=p, user=team.colleague, ended_at=None).exists()


def test_team_picker_offers_only_the_own_organisation_and_consented_partners(team, as_user):
    p = team.participant
    client = as_user(team.caseworker)  # the lead work coach
    offered = set(client.get(_team_url(p)).context["form"].fields["user"].queryset)
    assert team.outsider not in offered and team.other_psychosocial not in offered
    assert offered and all(u.organisation_id == team.caseworker.organisation_id for u in offered)
    # a forged id of another organisation's worker is refused by the server
    for forged in (team.outsider, team.other_psychosocial):
        response = client.post(_team_url(p), {"user": forged.pk, "role": "psychosocial"})
        assert response.status_code == 200 and "user" in response.context["form"].errors
        assert not Assignment.objects.filter(participant=p, user=forged).exists()
    assert as_user(team.outsider).get(reverse("participants:detail", args=[p.code])).status_code == 404
    # with the participant's valid consent to share with the partner NGO, its workers may join the team
    consent = Consent.objects.create(participant=p, purpose=ConsentPurpose.SHARE_WITH_PARTNER, partner=team.ngo,
                                     text_version="2026-1", text_language="th", how_given="signed")
    client = as_user(team.caseworker)
    offered = set(client.get(_team_url(p)).context["form"].fields["user"].queryset)
    assert team.other_psychosocial in offered and team.outsider not in offered
    consent.withdrawn_at = consent.given_at
    consent.save()
    response = client.post(_team_url(p), {"user": team.other_psychosocial.pk, "role": "psychosocial"})
    assert "user" in response.context["form"].errors  # withdrawn: no longer offered, forged POST refused


def test_denied_access_is_audited_without_the_path_and_deduplicated(team, as_user):
    p = team.participant
    client = as_user(team.outsider)
    detail = reverse("participants:detail", args=[p.code])
    for _ in range(5):
        assert client.get(detail).status_code == 404
    assert client.get(reverse("participants:detail", args=["IK-1999-0001"])).status_code == 404
    entries = list(AuditEntry.objects.filter(action="access.request.deny"))
    assert len(entries) == 1  # a flood writes one entry per user, route and object type in the window
    entry = entries[0]
    assert entry.actor_id == team.outsider.pk
    assert entry.details == {"route": "participants:detail", "rule": "participants.view",
                             "object": "participants.participant"}
    assert entry.subject_id == "" and p.code not in str(entry.details) and "/" not in str(entry.details)
    # another route is its own entry; the API's denials are audited the same way
    client.get(reverse("participants:history", args=[p.code]))
    assert client.get(f"/api/participants/{p.code}").status_code == 404
    routes = sorted(e.details["route"] for e in AuditEntry.objects.filter(action="access.request.deny"))
    assert routes == ["api:participant_detail", "participants:detail", "participants:history"]
    # a role refused the whole page (no object) is audited too
    as_user(team.employer).get(reverse("participants:dashboard"))
    assert AuditEntry.objects.filter(action="access.request.deny", actor=team.employer,
                                     details__route="participants:dashboard").exists()


def test_duplicate_search_across_organisations_says_only_that_a_record_exists(team, as_user):
    """A caseworker of another organisation learns that a record exists — not its code, owner or status."""
    p = team.participant
    p.status = "exited"
    p.save()
    response = as_user(team.outsider).post(reverse("participants:intake"), {
        "search-first_name": "Testi", "search-last_name": "Henkilö", "search-date_of_birth": "1990-05-01"})
    html = response.content.decode()
    assert response.status_code == 200 and 'id="duplicate-elsewhere"' in html
    assert p.code not in html and f"— {team.org.name} (" not in html  # (the owner is "Assistance")
    assert p.get_status_display() not in html.split('id="duplicate-results"')[1].split("</section>")[0]
    assert response.context["matches"] == []
    entry = AuditEntry.objects.get(action="participants.duplicates.search", actor=team.outsider)
    assert entry.details == {"matches": 0, "other_organisations": 1}
    # within the owner organisation the match is listed as before
    own = as_user(team.colleague).post(reverse("participants:intake"), {
        "search-first_name": "Testi", "search-last_name": "Henkilö", "search-date_of_birth": "1990-05-01"})
    assert p.code in own.content.decode() and 'id="duplicate-elsewhere"' not in own.content.decode()
