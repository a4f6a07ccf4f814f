"""Provenance of facts (issue 14, item 5): every fact row has `source` and `checked_on`; "checked on DATE" only
when both exist, else "not yet checked"; a checked-on date without a source is refused; staff see the
unchecked facts and mark one checked only by entering the source they read (audited)."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from ikut.accounts.models import Role
from ikut.audit.models import AuditEntry
from ikut.rights import article_data, fact_data, rule_data
from ikut.rights.models import Article, HelpContact, OfferRule, SectorMinimumPay
from ikut.rights.provenance import unchecked_facts
from tests.helpers import make_org, make_user, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english(client):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"


def _shipped_rows():
    for item in fact_data.HELP:
        yield f"help {item['key']}", item["source"], item["checked_on"]
    for row in fact_data.MINIMUM_PAY:
        yield f"minimum pay {row[0]}", row[5], row[6]
    for item in article_data.ARTICLES:
        for ref in item["legal_references"]:
            yield f"{item['slug']} ref {ref['section']}", ref["source"], ref["checked_on"]
        for src in item["sources"]:
            yield f"{item['slug']} source {src['title']}", src["url"], src["checked_on"]


def test_every_shipped_fact_row_has_a_source_and_a_checked_on_field():
    rows = list(_shipped_rows())
    assert len(rows) > 60
    for name, source, checked_on in rows:
        assert source.startswith("https://"), name
        assert checked_on == "" or datetime.date.fromisoformat(checked_on), name


def test_no_shipped_checked_on_without_a_source():
    assert [name for name, source, checked in _shipped_rows() if checked and not source] == []


def test_only_facts_read_on_2026_11_30_carry_a_date():
    dates = {checked for _, _, checked in _shipped_rows() if checked}
    assert dates == {"2026-11-30"}
    checked_help = {item["key"] for item in fact_data.HELP if item["checked_on"]}
    # FACTS.md: OSH number, Monika-Naiset, Shelter Mona and Victim Support's hours still need a check.
    assert not checked_help & {"osh-advice", "monika-helpline", "shelter-mona", "victim-support"}
    assert all(row[6] == "" for row in fact_data.MINIMUM_PAY)


def test_database_refuses_checked_on_without_source():
    with pytest.raises(IntegrityError), transaction.atomic():
        HelpContact.objects.create(key="x", name="X", phone="112", hours="h", source="",
                                   checked_on=datetime.date(2026, 11, 30))
    row = SectorMinimumPay.objects.first()
    row.source = ""
    row.checked_on = datetime.date(2026, 11, 30)
    with pytest.raises(IntegrityError), transaction.atomic():
        row.save()


def test_loaded_database_matches_shipped_provenance():
    assert HelpContact.objects.get(key="osh-advice").checked_on is None
    assert HelpContact.objects.get(key="nollalinja").checked_on == datetime.date(2026, 11, 30)
    assert not SectorMinimumPay.objects.filter(checked_on__isnull=False).exists()
    # Rules: only those whose basis was read on 2026-11-30 carry that page and date (rule_data.RULES_CHECKED).
    checked = {(r.code, r.severity): r.source for r in OfferRule.objects.filter(checked_on__isnull=False)}
    assert checked == rule_data.RULES_CHECKED
    assert set(OfferRule.objects.filter(checked_on__isnull=False).values_list("checked_on", flat=True)) == {
        datetime.date(2026, 11, 30)}
    rest = OfferRule.objects.get(code="INSUFFICIENT_DAILY_REST", severity="red")
    assert rest.checked_on is None and "never below" not in rest.advice


# ------------------------------------------------------------------ the portal shows it
def test_portal_help_says_checked_on_only_with_source_and_date(client):
    html = client.get(reverse("portal:help", args=["en"])).content.decode()
    assert "checked on" in html and "2026-11-30" in html and "not yet checked" in html
    osh = html[html.index("Occupational safety and health authority"):]
    osh = osh[:osh.index("</li>")]
    assert "not yet checked" in osh and "checked on" not in osh
    assert "+358 295 016 620" in osh and "(0295 016 620)" in osh


def test_portal_help_says_not_yet_checked_for_a_source_without_a_date(client):
    contact = HelpContact.objects.get(key="nollalinja")
    contact.checked_on = None
    contact.save()
    html = client.get(reverse("portal:help", args=["en"])).content.decode()
    nolla = html[html.index("Nollalinja"):]
    assert "not yet checked" in nolla[:nolla.index("</li>")]


def test_portal_article_shows_checked_and_unchecked_rows(client):
    html = client.get(reverse("portal:article", args=["fi", "contract"])).content.decode()
    assert "selvitys-tyonteon-ehdoista" in html
    assert html.count("2026-11-30") >= 2  # the written-terms reference and its source page
    assert "not yet checked" in html or "ei vielä tarkistettu" in html


# ------------------------------------------------------------------ staff: unchecked facts
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


def test_unchecked_list_names_every_unchecked_fact(client, editor, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        response = client.get(reverse("rights:facts"))
    html = response.content.decode()
    assert response.status_code == 200
    keys = {f["key"] for f in unchecked_facts()}
    assert "help:osh-advice" in keys and "help:nollalinja" not in keys
    assert all(f'value="{key}"' in html for key in keys if not key.startswith(("minimum-pay", "rule")))
    assert "Administrator only" in html  # minimum pay and rules: caseworkers see them, cannot mark them


def test_mark_checked_needs_the_source_read_and_is_audited(client, editor):
    url = reverse("rights:fact_check")
    empty = client.post(url, {"fact": "help:osh-advice", "source": ""})
    assert empty.status_code == 400 and "Address of the source you read" in empty.content.decode()
    bad = client.post(url, {"fact": "help:osh-advice", "source": "javascript:alert(1)"})
    assert bad.status_code == 400
    assert HelpContact.objects.get(key="osh-advice").checked_on is None
    assert not AuditEntry.objects.filter(action="rights.fact.check").exists()

    ok = client.post(url, {"fact": "help:osh-advice", "source": "https://www.tyosuojelu.fi/puhelinneuvonta"})
    assert ok.status_code == 302
    row = HelpContact.objects.get(key="osh-advice")
    assert row.source == "https://www.tyosuojelu.fi/puhelinneuvonta"
    assert row.checked_on == datetime.date.today()
    entry = AuditEntry.objects.get(action="rights.fact.check")
    assert entry.actor == editor and entry.details["fact"] == "help:osh-advice"
    assert entry.details["source"] == "https://www.tyosuojelu.fi/puhelinneuvonta"
    assert "help:osh-advice" not in {f["key"] for f in unchecked_facts()}


def test_mark_an_article_reference_checked(client, editor):
    article = Article.objects.get(slug="working-hours")
    assert article.legal_references[3]["checked_on"] == ""
    response = client.post(reverse("rights:fact_check"), {
        "fact": "article:working-hours:ref:3", "source": "https://www.finlex.fi/fi/laki/ajantasa/2019/20190872#L5P25"})
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.legal_references[3]["checked_on"] == datetime.date.today().isoformat()
    assert article.legal_references[3]["source"].endswith("#L5P25")
    assert article.legal_references[2]["checked_on"] == ""  # only the one row


@pytest.mark.parametrize("fact", ["help:nobody", "article:pay:ref:99", "article:nope:source:0", "minimum-pay:x",
                                  "rule:999999", "something", "article:pay:body:0"])
def test_unknown_or_forged_fact_keys_are_404(client, editor, fact):
    response = client.post(reverse("rights:fact_check"), {"fact": fact, "source": "https://example.org/"})
    assert response.status_code == 404
    assert not AuditEntry.objects.filter(action="rights.fact.check").exists()


def test_caseworker_may_not_mark_minimum_pay_or_rules_but_admin_may(client, editor):
    row = SectorMinimumPay.objects.first()
    rule = OfferRule.objects.first()
    for fact in (f"minimum-pay:{row.pk}", f"rule:{rule.pk}"):
        response = client.post(reverse("rights:fact_check"), {"fact": fact, "source": "https://tes.pam.fi/"})
        assert response.status_code == 404
    row.refresh_from_db()
    assert row.checked_on is None
    admin = make_user(Role.ADMINISTRATOR, make_org("Other"))
    sign_in(client, admin)
    assert client.post(reverse("rights:fact_check"),
                       {"fact": f"minimum-pay:{row.pk}", "source": "https://tes.pam.fi/palkat"}).status_code == 302
    row.refresh_from_db()
    assert row.checked_on == datetime.date.today() and row.source == "https://tes.pam.fi/palkat"


def test_get_on_the_mark_url_changes_nothing(client, editor):
    response = client.get(reverse("rights:fact_check") + "?fact=help:osh-advice&source=https://x.example/")
    assert response.status_code == 302
    assert HelpContact.objects.get(key="osh-advice").checked_on is None


def test_minimum_pay_form_refuses_checked_on_without_source(client, admin):
    response = client.post(reverse("rights:minimum_pay_add"), {
        "sector": "beauty", "agreement": "X", "lowest_pay_group": "1", "hourly_minimum": "11.50",
        "effective_from": "2026-01-01", "source": "", "checked_on": "2026-11-30", "note": ""})
    assert response.status_code == 200
    assert "Checked on needs the source you read" in response.content.decode()
    assert not SectorMinimumPay.objects.filter(sector="beauty").exists()


# ------------------------------------------------------------------ one vocabulary: source + checked_on everywhere
def test_rules_certificates_and_course_sources_refuse_a_checked_on_without_a_source():
    from ikut.learning import loader as course_loader
    from ikut.skills.models import Certificate

    rule = OfferRule.objects.first()
    rule.source, rule.checked_on = "", datetime.date(2026, 11, 30)
    with pytest.raises(IntegrityError), transaction.atomic():
        rule.save()
    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(code="x-card", kind="card", url="", checked_on=datetime.date(2026, 11, 30))
    with pytest.raises(ValueError, match="checked_on without a source"):
        course_loader._sources({"slug": "m", "sources": [{"title": "T", "url": "", "checked_on": "2026-11-30"}]})


def test_no_verified_stamp_is_left_in_models_templates_or_shipped_data():
    """The old stamps ("last verified", verified_on, sources_verified_on, a certificate's `verified`) had no
    source read behind them; only source + checked_on remain (migrations keep their history)."""
    import re
    from pathlib import Path

    from django.apps import apps as django_apps

    for model in django_apps.get_models():
        names = {f.name for f in model._meta.get_fields()}
        assert not {n for n in names if "verified" in n}, model
    root = Path(__file__).resolve().parents[2] / "src" / "ikut"
    stamp = re.compile(r"last verified|verified_on|sources_verified|\.verified\b|\"verified\": *\"\d", re.I)
    found = []
    for path in [*root.glob("**/templates/**/*.html"), *root.glob("**/*.json"),
                 *[p for p in root.glob("**/*.py") if "migrations" not in p.parts and p.name != "loader.py"]]:
        for match in stamp.finditer(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(root)}: {match.group(0)}")
    assert found == []


def test_rules_page_says_checked_on_only_with_source_and_date(client, admin):
    OfferRule.objects.update(checked_on=None)  # as before the fact check: nothing read yet
    rule = OfferRule.objects.get(code="NO_PAYSLIP")
    html = client.get(reverse("rights:rules")).content.decode()
    assert "not yet checked" in html and "checked on" not in html.replace("not yet checked", "")
    OfferRule.objects.filter(pk=rule.pk).update(checked_on=datetime.date(2026, 11, 30))
    html = client.get(reverse("rights:rules")).content.decode()
    assert "checked on 30 Nov 2026" in html and rule.source in html


def test_rule_is_marked_checked_only_through_the_source_and_a_new_source_unchecks_it(client, admin):
    rule = OfferRule.objects.get(code="NO_PAYSLIP")
    form = client.get(reverse("rights:rule_edit", args=[rule.pk])).content.decode()
    assert 'type="date"' not in form  # no date to type in: checked means a source was read
    assert client.post(reverse("rights:fact_check"), {"fact": f"rule:{rule.pk}",
                                                      "source": rule.source}).status_code == 302
    rule.refresh_from_db()
    assert rule.checked_on == datetime.date.today()
    result = client.post("/api/rights/check-offer?lang=en", {"schema": "ikut.job-offer/1", "sector": "cleaning",
                                                              "pay": {"payslip": False}},
                         content_type="application/json").json()
    basis = next(f for f in result["flags"] if f["code"] == "NO_PAYSLIP")["legal_basis"][0]
    assert basis["checked_on"] == basis["verified"] == datetime.date.today().isoformat()
    assert basis["source"] == rule.source
    client.post(reverse("rights:rule_edit", args=[rule.pk]), {
        "ilo_indicator": rule.ilo_indicator, "message": rule.message, "advice": rule.advice,
        "source": "https://www.finlex.fi/fi/laki/ajantasa/2001/20010055#L2P16",
        "legal_basis_text": "Employment Contracts Act | 55/2001 | ch. 2 s. 16"})
    rule.refresh_from_db()
    assert rule.checked_on is None  # a source nobody has read yet
    entry = AuditEntry.objects.filter(action="rights.rule.edit").latest("seq")
    assert entry.details["check_cleared"] is True
