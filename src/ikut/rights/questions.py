"""The job-offer check as plain-language questions (portal and staff), mapped onto ikut.job-offer/1.

Each question is (field path, kind, question text, icon). Yes/no questions have three answers: yes,
no, and "I don't know" (the field is then left out: not known raises no flag).
"""

from django.utils.translation import gettext_lazy as _

from ikut.core.numbers import NumberError, parse_number

from . import offer_texts
from .models import SECTORS

MAX_NUMBER = 10**9  # the rules engine's own ceiling (offer_check.py)

YES_NO, NUMBER, CHOICE = "yes_no", "number", "choice"


def _new(path):
    """Label of a question added for issue 13 (texts in rights/offer_texts.py, every portal language)."""
    return offer_texts.lazy_text("q." + path)


PER_CHOICES = [("hour", _("per hour")), ("day", _("per day")), ("week", _("per week")),
               ("month", _("per month")), ("piece", _("per piece or per kilo"))]
CONTRACT_TYPES = [("permanent", _("Permanent (no end date)")), ("fixed_term", _("Fixed term (has an end date)"))]

# (title, icon, [questions])
SECTIONS = [
    (_("Your safety"), "shield", [
        ("control.employer_keeps_id_documents", YES_NO, _("Will the employer or recruiter keep your passport or ID card?")),
        ("control.employer_controls_bank_account", YES_NO, _("Will someone else control your bank account or bank card?")),
        ("control.phone_or_contacts_restricted", YES_NO, _("Will your phone or your contact with other people be limited?")),
        ("control.free_to_leave_workplace_and_housing", YES_NO, _("Are you free to leave the workplace and the housing when you are not working?")),
        ("control.threats_or_violence", YES_NO, _("Has anyone threatened you or hurt you?")),
        ("control.job_differs_from_promise", YES_NO, _("Is the job different from what you were promised?")),
        ("control.threatens_to_report_to_authorities", YES_NO, _new("control.threatens_to_report_to_authorities")),
    ]),
    (_("Money you pay"), "coins", [
        ("costs.recruitment_fee_eur", NUMBER, _("Fee you must pay to get the job (euros)")),
        ("costs.debt_eur", NUMBER, _("Money you would owe the employer or recruiter (euros)")),
        ("costs.protective_equipment_charged", YES_NO, _new("costs.protective_equipment_charged")),
    ]),
    (_("Contract"), "contract", [
        ("contract.written", YES_NO, _("Is there a written contract?")),
        ("contract.understood", YES_NO, _("Do you understand the contract?")),
        ("contract.type", CHOICE, _("Type of contract")),
        ("contract.fixed_term_months", NUMBER, _("If fixed term: how many months?")),
        ("contract.trial_period_months", NUMBER, _("Trial period (months)")),
        ("contract.must_register_as_self_employed", YES_NO, _new("contract.must_register_as_self_employed")),
        ("contract.seasonal", YES_NO, _new("contract.seasonal")),
    ]),
    (_("Pay"), "pay", [
        ("pay.amount", NUMBER, _("Pay before tax (euros)")),
        ("pay.per", CHOICE, _("The pay is")),
        ("pay.into_bank_account", YES_NO, _("Will the pay go into your own bank account?")),
        ("pay.payslip", YES_NO, _("Will you get a payslip?")),
        ("pay.withheld_or_late", YES_NO, _("Will part of the pay be held back or paid late?")),
        ("pay.part_returned_to_employer", YES_NO, _new("pay.part_returned_to_employer")),
        ("pay.unpaid_trial_days", NUMBER, _new("pay.unpaid_trial_days")),
    ]),
    (_("Working hours"), "clock", [
        ("hours.per_day", NUMBER, _("Hours of work per day")),
        ("hours.days_per_week", NUMBER, _("Days of work per week")),
        ("hours.overtime_paid", YES_NO, _("Is extra pay given for overtime?")),
        ("hours.rest_between_shifts_hours", NUMBER, _("Hours of rest between the end of one work day and the start of the next")),
    ]),
    (_("Housing"), "house", [
        ("housing.provided_by_employer", YES_NO, _("Does the employer arrange your housing?")),
        ("housing.must_live_there", YES_NO, _("Must you live there to keep the job?")),
        ("costs.housing_eur_per_month", NUMBER, _("Rent per month (euros)")),
        ("costs.housing_deducted_from_pay", YES_NO, _("Is the rent taken from your pay?")),
    ]),
    (_("Employer"), "building", [
        ("employer.business_id", "text", _("Employer's business ID (Y-tunnus), if you know it")),
    ]),
]

# Questions whose answer can raise a red flag and that a worker can ask the employer before accepting:
# left unanswered, each becomes an "ask about this" line on the result (unknown is not fine).
RED_LEVEL = [
    "control.employer_keeps_id_documents", "control.employer_controls_bank_account",
    "control.phone_or_contacts_restricted", "control.free_to_leave_workplace_and_housing",
    "costs.recruitment_fee_eur", "costs.debt_eur", "pay.amount", "pay.withheld_or_late",
    "pay.part_returned_to_employer", "hours.per_day", "hours.days_per_week", "hours.overtime_paid",
    "hours.rest_between_shifts_hours", "contract.trial_period_months",
]

CHOICES = {"contract.type": CONTRACT_TYPES, "pay.per": PER_CHOICES, "sector": SECTORS}
LABELS = {path: label for _t, _i, qs in SECTIONS for path, _k, label in qs} | {"sector": _("Type of work")}


class AnswerError(ValueError):
    def __init__(self, field, message):
        self.field, self.message = field, message
        super().__init__(field)


def _set(doc, path, value):
    section, key = path.split(".")
    doc.setdefault(section, {})[key] = value


def unanswered_red_level(doc):
    """Labels of the red-level questions left unanswered in an ikut.job-offer/1 document, in form order."""
    def answered(path):
        section, key = path.split(".")
        return key in doc.get(section, {})

    return [LABELS[path] for path in RED_LEVEL if not answered(path)]


def offer_from_answers(data):
    """Build an ikut.job-offer/1 dict from form answers. Raises AnswerError(field, message) for answers that
    cannot be read; the rules engine validates the rest."""
    doc = {"schema": "ikut.job-offer/1"}
    sector = data.get("sector", "")
    if sector not in dict(SECTORS):
        raise AnswerError("sector", _("Please choose the type of work."))
    doc["sector"] = sector
    for _title, _icon, questions in SECTIONS:
        for path, kind, _label in questions:
            raw = (data.get(path) or "").strip()
            if not raw or raw == "unknown":
                continue
            if kind == YES_NO:
                if raw not in ("yes", "no"):
                    raise AnswerError(path, _("Please answer yes, no or I don't know."))
                _set(doc, path, raw == "yes")
            elif kind == NUMBER:
                if raw.lstrip().startswith("-"):
                    raise AnswerError(path, _("Please write a number that is zero or more."))
                try:  # bounded before any arithmetic: "1e1000000" must not become a million-digit integer
                    number = parse_number(raw, minimum=0, maximum=MAX_NUMBER)
                except NumberError:  # one message, already in every portal language
                    raise AnswerError(path, _("Please write a number, for example 12.50.")) from None
                _set(doc, path, int(number) if number == number.to_integral_value() else float(number))
            elif kind == CHOICE:
                if raw not in dict(CHOICES[path]):
                    raise AnswerError(path, _("Please choose one of the options."))
                _set(doc, path, raw)
            else:
                _set(doc, path, raw[:100])
    return doc
