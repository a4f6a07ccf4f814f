"""Staff side of the rights library: edit and translate articles, review, minimum pay, rules."""

import datetime

import pytest
from django.urls import reverse

from ikut.accounts.models import Role
from ikut.audit.models import AuditEntry
from ikut.rights.models import ArticleVersion, OfferRule, SectorMinimumPay
from tests.helpers import make_org, make_user, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def editor(client):
    user = make_user(Role.CASEWORKER, make_org())
    sign_in(client, user)
    return user


@pytest.fixture
def admin(client):
    user = make_user(Role.ADMINISTRATOR, make_org())
    sign_in(client, user)
    return user


def test_library_lists_every_topic_with_status_per_language(client, editor, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        response = client.get(reverse("rights:library"))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('class="st-draft"') >= 24 * 16  # every article in every portal language
    assert 'class="st-missing"' not in html
    assert "Employment contract and written terms" in html
    ArticleVersion.objects.filter(article__slug="tax", language="ti").delete()
    assert 'class="st-missing"' in client.get(reverse("rights:library")).content.decode()


def test_article_page_queries_are_pinned(client, editor, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        assert client.get(reverse("rights:article", args=["pay"])).status_code == 200


def test_translate_a_missing_language_as_draft(client, editor):
    url = reverse("rights:version_edit", args=["pay", "uk"])
    page = client.get(url).content.decode()
    assert "Pay and collective agreements" in page  # the English source is shown to the translator
    response = client.post(url, {"title": "Зарплата", "summary": "", "body": "Перший абзац.\n\nДругий.",
                                 "status": "draft"})
    assert response.status_code == 302
    version = ArticleVersion.objects.get(article__slug="pay", language="uk")
    assert version.status == "draft" and version.reviewer is None and version.paragraphs == ["Перший абзац.", "Другий."]
    entry = AuditEntry.objects.filter(action="rights.article_version.edit").latest("seq")
    assert entry.details == {"slug": "pay", "language": "uk", "status": "draft"}
    assert "Зарплата" in client.get("/portal/uk/rights/pay/").content.decode()


def test_marking_reviewed_records_the_reviewer(client, editor):
    url = reverse("rights:version_edit", args=["tax", "fi"])
    version = ArticleVersion.objects.get(article__slug="tax", language="fi")
    client.post(url, {"title": version.title, "summary": version.summary, "body": version.body, "status": "reviewed"})
    version.refresh_from_db()
    assert version.status == "reviewed" and version.reviewer == editor
    assert version.reviewed_on == datetime.date.today()
    assert "has not yet been checked" not in client.get("/portal/fi/rights/tax/").content.decode()


def test_version_form_errors_name_the_field(client, editor):
    response = client.post(reverse("rights:version_edit", args=["pay", "fi"]), {"title": "", "body": "",
                                                                                   "status": "draft"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "title" in html.lower() and "errorlist" in html


def test_unknown_language_is_404(client, editor):
    assert client.get(reverse("rights:version_edit", args=["pay", "xx"])).status_code == 404


def test_article_references_parse_and_validate(client, editor):
    url = reverse("rights:article", args=["safety"])
    bad = client.post(url, {"legal_references": "only one part", "sources": ""})
    assert bad.status_code == 200 and "Legal references, line 1" in bad.content.decode()
    # A checked-on date without the source read is refused, naming the field.
    unsourced = client.post(url, {"legal_references":
                                  "Occupational Safety and Health Act | 738/2002 | s. 8 | | 2026-11-27",
                                  "sources": ""})
    assert unsourced.status_code == 200 and "Legal references: a checked-on date needs" in unsourced.content.decode()
    good = client.post(url, {"legal_references": "Occupational Safety and Health Act | 738/2002 | s. 8",
                             "sources": "Työsuojelu | https://www.tyosuojelu.fi/ | 2026-11-27"})
    assert good.status_code == 302
    from ikut.rights.models import Article

    article = Article.objects.get(slug="safety")
    assert article.legal_references == [{"statute": "Occupational Safety and Health Act", "number": "738/2002",
                                         "section": "s. 8", "source": "", "checked_on": ""}]
    assert article.sources == [{"title": "Työsuojelu", "url": "https://www.tyosuojelu.fi/",
                                "checked_on": "2026-11-27"}]


def test_minimum_pay_table_marks_outdated_and_unconfirmed(client, editor):
    SectorMinimumPay.objects.create(sector="beauty", agreement="Old", lowest_pay_group="1", hourly_minimum="10.00",
                                    effective_from=datetime.date.today() - datetime.timedelta(days=400),
                                    source="https://example.org/")
    html = client.get(reverse("rights:minimum_pay")).content.decode()
    assert "possibly outdated" in html and "not confirmed" in html
    assert reverse("rights:minimum_pay_add") not in html  # caseworkers may not change it


def test_admin_adds_minimum_pay_and_the_check_uses_it(client, admin):
    response = client.post(reverse("rights:minimum_pay_add"), {
        "sector": "beauty", "agreement": "Kampaamoalan TES (test)", "lowest_pay_group": "1", "hourly_minimum": "11.50",
        "effective_from": datetime.date.today().isoformat(), "source": "https://example.org/tes",
        "checked_on": datetime.date.today().isoformat(), "note": ""})
    assert response.status_code == 302
    row = SectorMinimumPay.objects.get(sector="beauty")
    assert row.updated_by == admin
    assert AuditEntry.objects.filter(action="rights.minimum_pay.edit").exists()
    from ikut.rights.offer_check import check

    result = check({"schema": "ikut.job-offer/1", "sector": "beauty", "pay": {"amount": 9, "per": "hour"}})
    assert [f["code"] for f in result["flags"]] == ["PAY_BELOW_MINIMUM"]


def test_minimum_pay_validation_names_the_field(client, admin):
    response = client.post(reverse("rights:minimum_pay_add"), {"sector": "beauty", "hourly_minimum": "0"})
    html = response.content.decode()
    assert response.status_code == 200 and "Hourly minimum must be more than zero." in html
    assert "Source" in html  # missing required fields are named too


def test_admin_edits_rule_wording_and_basis(client, admin):
    rule = OfferRule.objects.get(code="NO_PAYSLIP")
    response = client.post(reverse("rights:rule_edit", args=[rule.pk]), {
        "ilo_indicator": rule.ilo_indicator, "message": "No payslip.", "advice": rule.advice,
        "source": rule.source,
        "legal_basis_text": "Employment Contracts Act | 55/2001 | ch. 2 s. 16"})
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.message == "No payslip." and rule.legal_basis[0]["section"] == "ch. 2 s. 16"
    empty = client.post(reverse("rights:rule_edit", args=[rule.pk]), {
        "message": "x", "advice": "y", "legal_basis_text": ""})
    assert "Legal basis" in empty.content.decode() and empty.status_code == 200


def test_nav_shows_rights_entries_to_editors_only(client, editor):
    from ikut.core.nav import nav_for

    names = [item["name"] for item in nav_for(editor)]
    assert "rights:library" in names and "rights:minimum_pay" in names
    participant = make_user(Role.PARTICIPANT, make_org())
    assert "rights:library" not in [item["name"] for item in nav_for(participant)]
    admin_names = [item["name"] for item in nav_for(make_user(Role.DPO, make_org()))]
    assert "rights:minimum_pay" not in admin_names
