"""Supply-chain self-assessment: a questionnaire that produces a risk summary with concrete recommendations.

Built on the Finnish guidance for businesses (HEUNI 2018, published with the Ministry of Social Affairs and
Health: "seven steps towards better risk management", the quick risk assessment, and the precautions for
direct recruitment and for working with subcontractors), the Contractor's Liability Act and the Finnish Tax
Administration's guidance for clients. The questions and wording are ours; each recommendation names the
source it rests on. Every answer option carries risk points; "critical" answers (someone keeps workers'
passports) make the result high whatever else was answered.
"""

from django.utils.translation import gettext_lazy as _

VERSION = "2026-1"
# Provenance (docs/rights.md): each source carries the date someone read it for these recommendations, or ""
# ("not yet checked"). The sources were chosen when the questionnaire was written; no reading is recorded yet.

SOURCES = {
    "heuni": {
        "short": "HEUNI 2018",
        "title": "HEUNI Report 88c: Guidelines for Businesses and Employers for Risk Management in Subcontracting "
                 "Chains (HEUNI with the Ministry of Social Affairs and Health, 2018; also in Finnish and Swedish)",
        "url": "https://www.heuni.fi/material/attachments/heuni/reports/aUBaR9OYb/"
               "HEUNI_report_88c_Guide_for_businesses_and_employers_1405.pdf",
        "checked_on": "",
    },
    "contractor_act": {
        "short": "1233/2006",
        "title": "Act on the Contractor's Obligations and Liability when Work is Contracted Out (1233/2006, "
                 "tilaajavastuulaki)",
        "url": "https://www.finlex.fi/fi/laki/ajantasa/2006/20061233",
        "checked_on": "",
    },
    "vero": {
        "short": "vero.fi",
        "title": "Finnish Tax Administration: Client – pay attention to the risks of labour exploitation",
        "url": "https://vero.fi/en/grey-economy-crime/how-to-act/know-the-risks-of-exploitation",
        "checked_on": "",
    },
}

YES, NO, UNKNOWN = "yes", "no", "unknown"
YES_NO = [(YES, _("Yes")), (NO, _("No")), (UNKNOWN, _("I don't know"))]
CRITICAL = 10

# (key, area, question, choices, {answer: points}, recommendation shown when points > 0, source)
QUESTIONS = [
    ("subcontractors", "chain", _("Do subcontractors, staffing agencies or service providers do work on your "
                                  "premises or for you (cleaning, kitchen, construction, transport)?"),
     YES_NO, {YES: 1, UNKNOWN: 1},
     _("Map who actually does the work for you: list every subcontractor and agency and who they use in turn."),
     "heuni"),
    ("chain_levels", "chain", _("How many levels does your longest subcontracting chain have?"),
     [("0", _("None")), ("1", _("One")), ("2", _("Two")), ("3", _("Three or more")), (UNKNOWN, _("I don't know"))],
     {"2": 1, "3": 3, UNKNOWN: 3},
     _("Limit chains to one or two levels and require your approval before any further subcontracting; "
       "the longer the chain, the less you can see."), "vero"),
    ("contractor_checks", "chain", _("Before and during a contract, do you collect the reports the Contractor's "
                                     "Liability Act requires (tax and pension records, trade register, "
                                     "collective agreement, occupational health care)?"),
     YES_NO, {NO: 3, UNKNOWN: 2},
     _("Collect the Contractor's Liability Act reports before signing and at least every 12 months, and "
       "keep them on file."), "contractor_act"),
    ("contract_terms", "chain", _("Do your contracts require subcontractors to follow Finnish terms of "
                                  "employment, let you audit them, and end the contract if workers are "
                                  "exploited?"),
     YES_NO, {NO: 2, UNKNOWN: 2},
     _("Add a clause on terms of employment, a right to audit (pay records, working hours, housing) and "
       "termination if exploitation is found."), "heuni"),
    ("agencies", "recruitment", _("Do you or your subcontractors recruit through agencies, in Finland or "
                                  "abroad?"),
     YES_NO, {YES: 1, UNKNOWN: 1},
     _("Check each recruitment agency: registration, who pays its fees, and what it promises workers."), "heuni"),
    ("fees", "recruitment", _("Have any workers paid recruitment fees, travel or visa costs to get the job?"),
     YES_NO, {YES: CRITICAL, UNKNOWN: 3},
     _("Apply the employer-pays principle: workers must never pay to get a job. Ask workers (not only the "
       "agency) what they paid, and repay fees and debts that tie them to the job."), "heuni"),
    ("housing", "housing", _("Do you, a subcontractor or an agency provide housing for workers?"),
     YES_NO, {YES: 1, UNKNOWN: 1},
     _("Visit the housing: space, privacy, the rent compared with local rents, and whether workers can "
       "move out without losing the job."), "heuni"),
    ("housing_deducted", "housing", _("Is rent deducted from pay, or must workers live in the housing to keep "
                                      "the job?"),
     YES_NO, {YES: 3, UNKNOWN: 2},
     _("Separate housing from the job: a separate, fair lease, rent paid by the worker, no obligation to "
       "live there."), "heuni"),
    ("documents", "documents", _("Does anyone (you, a subcontractor, an agency, a landlord) keep workers' "
                                 "passports, residence permits, bank cards or bank codes?"),
     YES_NO, {YES: CRITICAL, UNKNOWN: 3},
     _("Nobody may keep a worker's passport, residence permit, bank card or codes. Make sure workers hold "
       "their own documents; if they are kept, contact the police or the Assistance System for Victims of "
       "Human Trafficking."), "heuni"),
    ("own_account", "documents", _("Is pay always paid into each worker's own bank account, which only the "
                                    "worker controls?"),
     YES_NO, {NO: 3, UNKNOWN: 2},
     _("Require payment into the worker's own account and check bank transfers in audits."), "vero"),
    ("pay_records", "pay", _("Do you see evidence that subcontractors' workers are paid by the collective "
                             "agreement (payslips, working-hour records)?"),
     YES_NO, {NO: 3, UNKNOWN: 2},
     _("Ask for payslips and working-hour records for the workers on your premises, and compare them with "
       "the collective agreement and with hours actually worked."), "heuni"),
    ("reporting", "pay", _("Can workers raise problems confidentially, in a language they understand, without "
                           "fear of losing the job?"),
     YES_NO, {NO: 2, UNKNOWN: 1},
     _("Give workers a confidential channel in their language and the contacts of help services (trade "
       "unions, the occupational safety authority, the Assistance System)."), "heuni"),
]
AREAS = {"chain": _("Subcontracting chains"), "recruitment": _("Recruitment agencies and fees"),
         "housing": _("Workers' housing"), "documents": _("Passports, documents and bank accounts"),
         "pay": _("Pay records and reporting")}
LEVELS = {"low": _("Low"), "medium": _("Medium"), "high": _("High")}


def questions():
    return QUESTIONS


def evaluate(answers):
    """answers: {key: value} → {"score", "level", "critical": [keys], "recommendations": [...]}.

    Unanswered questions count as "don't know"."""
    total, critical, recommendations = 0, [], []
    for key, area, _question, choices, points, advice, source in QUESTIONS:
        value = answers.get(key, UNKNOWN)
        if value not in {c for c, _label in choices}:
            value = UNKNOWN
        p = points.get(value, 0)
        total += p
        if p >= CRITICAL:
            critical.append(key)
        if p > 0:
            recommendations.append({"key": key, "area": area, "points": p, "critical": p >= CRITICAL,
                                    "advice": advice, "source": source})
    if critical or total >= 12:
        level = "high"
    elif total >= 5:
        level = "medium"
    else:
        level = "low"
    recommendations.sort(key=lambda r: -r["points"])
    return {"score": min(total, 255), "level": level, "critical": critical, "recommendations": recommendations}
