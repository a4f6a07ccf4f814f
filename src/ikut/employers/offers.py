"""Placement offer → `ikut.job-offer/1` (the rights app's job-offer check input schema).

The employer answers the same questions as the survivor's check, as required yes/no (or number) answers with
no default. QUESTIONS maps each answer on the offer to its field in the job-offer document, so both sides
run through the same document and the same engine (rights.offer_check). An unanswered question (None) is
left out of the document — and keeps the offer from being published (unknown is not fine).
"""

from django.utils.translation import gettext_lazy as _

from ikut.rights import offer_check

from .models import Offer

YES_NO, NUMBER, DOCUMENTS = "yes_no", "number", "documents"

# (model field, ikut.job-offer/1 path, kind, question shown to the employer)
QUESTIONS = [
    ("written_contract", "contract.written", YES_NO, _("Is there a written contract or written terms?")),
    ("understood_language", "contract.understood", YES_NO,
     _("Are the terms given in a language the worker understands?")),
    ("seasonal", "contract.seasonal", YES_NO, _("Is this seasonal work (Seasonal Workers Act)?")),
    ("must_register_self_employed", "contract.must_register_as_self_employed", YES_NO,
     _("Must the worker register as self-employed to do this work?")),
    ("pay_into_bank_account", "pay.into_bank_account", YES_NO,
     _("Is the pay paid into the worker's own bank account?")),
    ("payslip", "pay.payslip", YES_NO, _("Does the worker get a payslip?")),
    ("pay_withheld", "pay.withheld_or_late", YES_NO,
     _("Is any part of the pay held back (for example as a deposit) or paid late?")),
    ("pay_part_returned", "pay.part_returned_to_employer", YES_NO,
     _("Must the worker give any part of the pay back to the employer or someone else?")),
    ("unpaid_trial_days", "pay.unpaid_trial_days", NUMBER, _("Unpaid trial days before the work (0 if none)")),
    ("overtime_paid", "hours.overtime_paid", YES_NO, _("Is overtime paid extra?")),
    ("rest_between_shifts_hours", "hours.rest_between_shifts_hours", NUMBER,
     _("Shortest rest between two working days (hours)")),
    ("recruitment_fee_eur", "costs.recruitment_fee_eur", NUMBER,
     _("Fee the worker pays to get the job (euros, 0 if none)")),
    ("debt_eur", "costs.debt_eur", NUMBER,
     _("Money the worker will owe the employer or a recruiter, e.g. for travel (euros, 0 if none)")),
    ("ppe_charged", "costs.protective_equipment_charged", YES_NO,
     _("Does the worker pay for protective clothes or safety equipment?")),
    ("housing_provided", "housing.provided_by_employer", YES_NO, _("Does the employer provide housing?")),
    ("must_live_in_housing", "housing.must_live_there", YES_NO,
     _("Must the worker live in the employer's housing to keep the job?")),
    ("housing_deducted", "costs.housing_deducted_from_pay", YES_NO, _("Is the housing cost deducted from pay?")),
    ("documents", "control.employer_keeps_id_documents", DOCUMENTS, _("Who keeps the passport and ID documents?")),
    ("bank_account_controlled", "control.employer_controls_bank_account", YES_NO,
     _("Does the employer or anyone else hold or control the worker's bank account or card?")),
    ("phone_restricted", "control.phone_or_contacts_restricted", YES_NO,
     _("Is the worker's phone use or contact with other people restricted?")),
    ("free_to_leave", "control.free_to_leave_workplace_and_housing", YES_NO,
     _("May workers leave the workplace and the housing freely in their own time?")),
    ("threats", "control.threats_or_violence", YES_NO,
     _("Are workers ever threatened, fined or physically punished?")),
    ("differs_from_promise", "control.job_differs_from_promise", YES_NO,
     _("Can the tasks, pay or place differ from what the worker was told when recruited?")),
    ("threatens_to_report", "control.threatens_to_report_to_authorities", YES_NO,
     _("Is a worker ever told they will be reported to the police or immigration (e.g. if they complain)?")),
]
FIELDS = [q[0] for q in QUESTIONS]
LABELS = {q[0]: q[3] for q in QUESTIONS}


def _num(value):
    return float(value) if value is not None else None


def _answer(offer, field, kind):
    """The answer in job-offer/1 form, or None when not answered."""
    value = getattr(offer, field)
    if kind == DOCUMENTS:
        return None if not value else value == Offer.Documents.EMPLOYER
    if kind == NUMBER:
        return _num(value)
    return value


def unanswered_questions(offer):
    return [label for field, _path, kind, label in QUESTIONS if _answer(offer, field, kind) is None]


def to_job_offer(offer: Offer) -> dict:
    """Convert an offer to the job-offer check schema. Only answered questions are included."""
    company = offer.company
    doc = {
        "schema": offer_check.INPUT_SCHEMA,
        "sector": company.sector,
        "job_title": offer.title[:500],
        "employer": {"name": company.name[:500], "business_id": company.business_id},
        "contract": {}, "pay": {}, "hours": {}, "costs": {}, "housing": {}, "control": {},
    }
    for field, path, kind, _label in QUESTIONS:
        value = _answer(offer, field, kind)
        if value is not None:
            section, key = path.split(".")
            doc[section][key] = value
    if offer.hours_per_day is not None:
        doc["hours"]["per_day"] = _num(offer.hours_per_day)
    if offer.days_per_week is not None:
        doc["hours"]["days_per_week"] = _num(offer.days_per_week)
    if offer.contract_type:
        doc["contract"]["type"] = offer.contract_type
        if offer.contract_type == Offer.ContractType.FIXED_TERM and offer.fixed_term_months:
            doc["contract"]["fixed_term_months"] = offer.fixed_term_months
    if offer.trial_period_months is not None:
        doc["contract"]["trial_period_months"] = offer.trial_period_months
    if offer.pay_per != Offer.PayPer.NONE and offer.pay_amount is not None:
        doc["pay"] |= {"amount": _num(offer.pay_amount), "per": offer.pay_per}
    if offer.housing_eur_per_month is not None:
        doc["costs"]["housing_eur_per_month"] = _num(offer.housing_eur_per_month)
    return {key: value for key, value in doc.items() if value != {}}


def run_check(offer: Offer, lang="en") -> dict:
    """Run the job-offer check; the result (flags with messages) is stored on the offer by the caller."""
    return offer_check.check(to_job_offer(offer), lang)
