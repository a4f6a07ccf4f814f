"""Access matrix for the rights library (staff editing) and the job-offer check API (public)."""

from . import EVERYONE, Case

# "outsider" is a caseworker of another organisation: content is not organisation-bound, so caseworkers
# of any organisation may edit and translate it.
EDITORS = {"administrator", "caseworker", "supervisor", "project_manager", "outsider"}
ADMIN = {"administrator"}

OFFER = {"schema": "ikut.job-offer/1", "sector": "cleaning", "control": {"employer_keeps_id_documents": True}}


def _min_pay(w):
    return {"pk": w.min_pay.pk}


def _rule(w):
    return {"pk": w.rule.pk}


def extend_world(w):
    from ikut.rights.models import OfferRule, SectorMinimumPay

    w.min_pay = SectorMinimumPay.objects.order_by("pk").first()
    w.rule = OfferRule.objects.get(code="ISOLATION")


MATRIX = {
    "rights:library": Case(allow=EDITORS),
    "rights:article": Case(allow=EDITORS, kwargs={"slug": "pay"}),
    "rights:version_edit": Case(allow=EDITORS, kwargs={"slug": "pay", "lang": "uk"}),
    "rights:minimum_pay": Case(allow=EDITORS),
    "rights:minimum_pay_add": Case(allow=ADMIN),
    "rights:minimum_pay_edit": Case(allow=ADMIN, kwargs=_min_pay),
    "rights:rules": Case(allow=EDITORS),
    "rights:rule_edit": Case(allow=ADMIN, kwargs=_rule),
    "api:check_offer": Case(allow=EVERYONE, method="post", json=True, data=OFFER,
                            note="public on purpose: the portal uses it without an account; stateless"),
}


def _fact(w):
    return {"fact": "help:osh-advice", "source": "https://www.tyosuojelu.fi/"}


MATRIX |= {
    "rights:facts": Case(allow=EDITORS),
    # POST marks a help contact checked (content editors); the view redirects (302) when allowed.
    "rights:fact_check": Case(allow=EDITORS, method="post", data=_fact),
}
