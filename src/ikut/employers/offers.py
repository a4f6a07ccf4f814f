"""Placement offer → `ikut.job-offer/1` (the rights app's job-offer check input schema)."""

from ikut.rights import offer_check

from .models import Offer


def _num(value):
    return float(value) if value is not None else None


def to_job_offer(offer: Offer) -> dict:
    """Convert an offer to the job-offer check schema. Only fields the offer states are included, so an
    absent answer raises no flag that depends on it."""
    company = offer.company
    doc = {
        "schema": offer_check.INPUT_SCHEMA,
        "sector": company.sector,
        "job_title": offer.title[:500],
        "employer": {"name": company.name[:500], "business_id": company.business_id},
        "contract": {"written": offer.written_contract},
        "hours": {"per_day": _num(offer.hours_per_day), "days_per_week": _num(offer.days_per_week),
                  "overtime_paid": offer.overtime_paid},
        "costs": {"recruitment_fee_eur": _num(offer.recruitment_fee_eur) or 0.0,
                  "housing_deducted_from_pay": offer.housing_deducted},
        "housing": {"provided_by_employer": offer.housing_provided, "must_live_there": offer.must_live_in_housing},
        "control": {"employer_keeps_id_documents": offer.documents == Offer.Documents.EMPLOYER,
                    "free_to_leave_workplace_and_housing": offer.free_to_leave},
    }
    if offer.contract_type:
        doc["contract"]["type"] = offer.contract_type
        if offer.contract_type == Offer.ContractType.FIXED_TERM and offer.fixed_term_months:
            doc["contract"]["fixed_term_months"] = offer.fixed_term_months
    if offer.trial_period_months is not None:
        doc["contract"]["trial_period_months"] = offer.trial_period_months
    if offer.pay_per != Offer.PayPer.NONE and offer.pay_amount is not None:
        doc["pay"] = {"amount": _num(offer.pay_amount), "per": offer.pay_per,
                      "into_bank_account": offer.pay_into_bank_account, "payslip": offer.payslip}
    if offer.housing_eur_per_month is not None:
        doc["costs"]["housing_eur_per_month"] = _num(offer.housing_eur_per_month)
    return doc


def run_check(offer: Offer, lang="en") -> dict:
    """Run the job-offer check; the result (flags with messages) is stored on the offer by the caller."""
    return offer_check.check(to_job_offer(offer), lang)
