from django.urls import reverse

from ikut.audit.models import AuditEntry
from ikut.employers import assessment
from ikut.employers.models import SelfAssessment

SAFE = {"subcontractors": "no", "chain_levels": "0", "contractor_checks": "yes", "contract_terms": "yes",
        "agencies": "no", "fees": "no", "housing": "no", "housing_deducted": "no", "documents": "no",
        "own_account": "yes", "pay_records": "yes", "reporting": "yes"}


def test_safe_answers_give_low_risk_without_recommendations():
    result = assessment.evaluate(SAFE)
    assert result == {"score": 0, "level": "low", "critical": [], "recommendations": []}


def test_kept_passports_are_critical_whatever_else_was_answered():
    result = assessment.evaluate(dict(SAFE, documents="yes"))
    assert result["level"] == "high" and result["critical"] == ["documents"]
    assert result["recommendations"][0]["key"] == "documents"
    assert result["recommendations"][0]["source"] in assessment.SOURCES


def test_unknowns_and_long_chains_raise_the_level():
    medium = assessment.evaluate(dict(SAFE, subcontractors="yes", chain_levels="3", contract_terms="unknown"))
    assert medium["level"] == "medium" and {r["key"] for r in medium["recommendations"]} == {
        "subcontractors", "chain_levels", "contract_terms"}
    assert assessment.evaluate({})["level"] == "high"  # nothing known is not "low"


def test_every_source_has_an_address_and_a_checked_on_only_with_it():
    """Provenance (issue 14): a source carries `checked_on` (a date someone read it, or "") and no other
    stamp; no source is stamped without a reading behind it."""
    import datetime

    for source in assessment.SOURCES.values():
        assert source["url"].startswith("https://") and "verified" not in source
        assert source["checked_on"] == "" or datetime.date.fromisoformat(source["checked_on"])
    assert {q[6] for q in assessment.QUESTIONS} <= set(assessment.SOURCES)


def test_company_fills_in_the_questionnaire_and_history_is_kept(w, as_user, client):
    as_user(w.employer)
    url = reverse("employers:assessment_new", args=[w.company.pk])
    response = client.post(url, dict(SAFE, fees="unknown"))
    first = SelfAssessment.objects.get(company=w.company)
    assert response.status_code == 302 and first.risk_level == "low" and first.score == 3
    response = client.post(url, dict(SAFE, documents="yes"))
    page = client.get(response["Location"]).content.decode()
    assert "High" in page and "passport" in page and "not yet checked" in page and "last verified" not in page
    assert SelfAssessment.objects.filter(company=w.company).count() == 2
    assert AuditEntry.objects.filter(action="employers.assessment.create").count() == 2
    incomplete = client.post(url, {"fees": "no"})
    assert incomplete.status_code == 200 and "error-summary" in incomplete.content.decode()
    as_user(w.other_employer)
    assert client.get(response["Location"]).status_code == 404
