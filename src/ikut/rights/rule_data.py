"""The shipped rules of the job-offer check, help contacts and sector minimum pay (loaded into the
database by `ikut load-rights-content` and the data migration; staff keep them current in the UI).

English texts are marked with gettext_noop so the catalogues carry their translations; a translation
stored on the rule in the database (OfferRule.translations) wins over the catalogue.
"""

from django.utils.translation import gettext_noop

from .offer_texts import NEW_TEXTS

# The stamp the rules carried until migration 0007 (written with the rules, no source read behind it): used only
# when older migrations load rules into their historical schema. Today a rule has source + checked_on (empty).
VERIFIED = "2026-11-28"

ECA = "Employment Contracts Act"
WHA = "Working Hours Act"
CC = "Criminal Code"
FINLEX_ECA = "https://www.finlex.fi/en/laki/kaannokset/2001/en20010055"
FINLEX_WHA = "https://www.finlex.fi/fi/laki/ajantasa/2019/20190872"
FINLEX_CC = "https://www.finlex.fi/en/laki/kaannokset/1889/en18890039"
REST_PERIODS = "https://www.yrittajat.fi/yrittajan-abc/tyonantajan-abc/tyoaika/lepoajat-318244"


def ref(statute, number, section):
    return {"statute": statute, "number": number, "section": section}


TRAFFICKING = ref(CC, "39/1889", "ch. 25 s. 3")
EXTORTIONATE = ref(CC, "39/1889", "ch. 47 s. 3a")

# Daily rest (FACTS.md 2026-11-30, Working Hours Act 872/2019 s. 25): 11 hours is the rule and lawful exceptions
# exist, so the advice is a question to ask, not a floor ("never below 9 hours" was wrong). The English text is
# the msgid of every rights catalogue; migration 0006 replaces the old text in existing databases.
DAILY_REST_ADVICE = gettext_noop(
    "You have the right to at least 11 hours of rest between working days. The law allows shorter rest only in some "
    "cases, for example in period-based work or by agreement. Ask why your rest would be this short, and get advice "
    "before you agree.")
OLD_DAILY_REST_ADVICE = ("You have the right to at least 11 hours of rest between working days. It may be shortened "
                         "only in special cases, never below 9 hours.")

# code, severity, ILO indicator, legal basis, message, advice, source
RULES = [
    ("ID_DOCUMENTS_RETAINED", "red", "Retention of identity documents", [TRAFFICKING],
     gettext_noop("The employer wants to keep your passport or other identity documents."),
     gettext_noop("Your passport belongs to you. No employer may keep it, not even 'for safety'. Talk to someone you trust "
        "or call the Assistance System before you accept."), FINLEX_CC),
    ("BANK_ACCOUNT_CONTROLLED", "red", "Withholding of wages", [ref(ECA, "55/2001", "ch. 2 s. 16"), TRAFFICKING],
     gettext_noop("The employer controls your bank account or bank card."),
     gettext_noop("Pay must go into your own bank account that only you control. Keep your bank card and codes yourself."),
     FINLEX_ECA),
    ("ISOLATION", "red", "Isolation", [TRAFFICKING],
     gettext_noop("Your phone or your contacts with other people would be restricted."),
     gettext_noop("You have the right to keep your phone and to meet and call anyone you want. Restricting this is a "
        "serious warning sign."), FINLEX_CC),
    ("RESTRICTED_MOVEMENT", "red", "Restriction of movement", [TRAFFICKING],
     gettext_noop("You would not be free to leave the workplace or the housing."),
     gettext_noop("You must be free to come and go outside working hours. If you cannot leave, call for help."), FINLEX_CC),
    ("THREATS_OR_VIOLENCE", "red", "Intimidation and threats; physical and sexual violence",
     [TRAFFICKING, ref(CC, "39/1889", "ch. 25 s. 7")],
     gettext_noop("There have been threats or violence."),
     gettext_noop("Threats and violence are crimes. If you are in danger now, call 112. You can also call the Assistance "
        "System at any time."), FINLEX_CC),
    ("DECEPTION", "red", "Deception", [TRAFFICKING, EXTORTIONATE],
     gettext_noop("The job is different from what you were promised."),
     gettext_noop("Ask for the real terms in writing before you start. A job that changes after you arrive is a common "
        "sign of exploitation."), FINLEX_CC),
    ("RECRUITMENT_FEE", "red", "Debt bondage",
     [ref("ILO Private Employment Agencies Convention", "C181", "Art. 7"), TRAFFICKING],
     gettext_noop("You are asked to pay a fee to get the job."),
     gettext_noop("Workers should not pay for getting a job. A recruitment fee can turn into a debt that traps you."),
     "https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C181"),
    ("DEBT_BONDAGE", "red", "Debt bondage", [TRAFFICKING, EXTORTIONATE],
     gettext_noop("You would owe money to the employer or the recruiter."),
     gettext_noop("A debt to the employer or recruiter can be used to control you. Get advice before you accept."),
     FINLEX_CC),
    ("WAGES_WITHHELD", "red", "Withholding of wages", [ref(ECA, "55/2001", "ch. 2 s. 16"), EXTORTIONATE],
     gettext_noop("Pay would be held back or paid late."),
     gettext_noop("Pay must be paid in full on the agreed pay days. The employer may not keep your pay as a guarantee."),
     FINLEX_ECA),
    ("PAY_BELOW_MINIMUM", "red", "Abusive working and living conditions",
     [ref(ECA, "55/2001", "ch. 2 s. 7"), EXTORTIONATE],
     gettext_noop("The pay is below the lowest pay of the sector's collective agreement."),
     gettext_noop("In Finland the generally applicable collective agreement sets the lowest pay for the sector. Ask a "
        "trade union or the occupational safety authority to check the pay."), FINLEX_ECA),
    ("EXCESSIVE_HOURS", "red", "Excessive overtime", [ref(WHA, "872/2019", "s. 18")],
     gettext_noop("The working hours are over 48 hours a week."),
     gettext_noop("Working time may not exceed 48 hours a week on average, overtime included. Long hours put your "
        "health and safety at risk."), FINLEX_WHA),
    ("OVERTIME_UNPAID", "red", "Excessive overtime", [ref(WHA, "872/2019", "ss. 16 and 20")],
     NEW_TEXTS["OVERTIME_UNPAID_RED"][0], NEW_TEXTS["OVERTIME_UNPAID_RED"][1], FINLEX_WHA),
    # Advice corrected 2026-11-30: rest can lawfully be shorter than 9 hours (yrittajat.fi: "Jaksotyössä ...
    # vähintään yhdeksän tunnin ... sopia vuorokausilevon lyhentämisestä. Lepoajan on kuitenkin aina oltava
    # vähintään seitsemän tuntia. Työaikalain 29 pykälässä on lueteltu ne tilanteet, joissa ... viiteen tuntiin
    # lyhennettyä"), so "never below 9 hours" was wrong. The rule stays unchecked: WHA s. 25 is not confirmed.
    ("INSUFFICIENT_DAILY_REST", "red", "Abusive working and living conditions", [ref(WHA, "872/2019", "s. 25")],
     gettext_noop("There would be less than 9 hours of rest between shifts."),
     gettext_noop(DAILY_REST_ADVICE), REST_PERIODS),
    ("INSUFFICIENT_DAILY_REST", "amber", "Abusive working and living conditions", [ref(WHA, "872/2019", "s. 25")],
     gettext_noop("There would be less than 11 hours of rest between shifts."),
     gettext_noop("The normal minimum is 11 hours of rest between working days. Ask why it would be shorter."), FINLEX_WHA),
    ("NO_WEEKLY_REST", "red", "Excessive overtime", [ref(WHA, "872/2019", "s. 27")],
     gettext_noop("You would work 7 days a week."),
     gettext_noop("You have the right to a weekly rest of at least 35 hours in a row, preferably on Sunday."), FINLEX_WHA),
    ("TRIAL_PERIOD_TOO_LONG", "red", "Abusive working and living conditions", [ref(ECA, "55/2001", "ch. 1 s. 4")],
     gettext_noop("The trial period is longer than the law allows."),
     gettext_noop("A trial period can be at most 6 months, and in a fixed-term job at most half of its length."),
     FINLEX_ECA),
    ("NO_WRITTEN_TERMS", "amber", "Deception", [ref(ECA, "55/2001", "ch. 2 s. 4")],
     gettext_noop("There is no written contract or written terms."),
     gettext_noop("Ask for the main terms in writing: pay, hours, place of work, duration. The employer must give them."),
     FINLEX_ECA),
    ("TERMS_NOT_UNDERSTOOD", "amber", "Abuse of vulnerability", [ref(ECA, "55/2001", "ch. 2 s. 4")],
     gettext_noop("You do not understand the contract."),
     gettext_noop("Do not sign what you do not understand. Ask for the terms in a language you understand, or ask someone "
        "to explain them."), FINLEX_ECA),
    ("PAID_IN_CASH", "amber", "Withholding of wages", [ref(ECA, "55/2001", "ch. 2 s. 16")],
     gettext_noop("Pay would not go into your bank account."),
     gettext_noop("Pay should be paid into your own bank account. Cash pay leaves no proof of what you were paid."),
     FINLEX_ECA),
    ("NO_PAYSLIP", "amber", "Withholding of wages", [ref(ECA, "55/2001", "ch. 2 s. 16")],
     gettext_noop("You would not get a payslip."),
     gettext_noop("You have the right to a payslip that shows your pay, hours and deductions every pay day."), FINLEX_ECA),
    ("HOUSING_TIED_TO_JOB", "amber", "Abuse of vulnerability", [TRAFFICKING],
     gettext_noop("You would have to live in housing arranged by the employer."),
     gettext_noop("If you lose the job you may also lose your home. Ask what happens to the housing if the job ends."),
     FINLEX_CC),
    ("HOUSING_DEDUCTED", "amber", "Abusive working and living conditions", [ref(ECA, "55/2001", "ch. 2 s. 17")],
     gettext_noop("Rent would be taken from your pay."),
     gettext_noop("Deductions from pay are limited by law and must be shown on the payslip. Ask for a separate rental "
        "agreement."), FINLEX_ECA),
    ("HOUSING_COST_HIGH", "amber", "Abusive working and living conditions", [EXTORTIONATE],
     gettext_noop("Housing would cost more than 30 percent of your gross monthly pay."),
     gettext_noop("Compare the rent with normal rents in the area. High rent to the employer can keep you in debt."),
     FINLEX_CC),
    ("INVALID_BUSINESS_ID", "amber", "Deception",
     [ref("Act on the Business Information System", "244/2001", "s. 3")],
     gettext_noop("The employer's business ID does not look valid."),
     gettext_noop("Check the company in the public business register (ytj.fi). A real Finnish company has a valid "
        "business ID."), "https://www.ytj.fi/en/"),
    ("PAY_MINIMUM_UNKNOWN", "info", "", [ref(ECA, "55/2001", "ch. 2 s. 10")],
     gettext_noop("We do not know the lowest pay for this sector."),
     gettext_noop("Ask a trade union which collective agreement applies and what its lowest pay is."), FINLEX_ECA),
    ("PIECE_RATE_ONLY", "info", "", [ref(ECA, "55/2001", "ch. 2 s. 10")],
     gettext_noop("The pay is by piece (for example per kilo), not by time."),
     gettext_noop("Piece pay can fall very low. Ask what a normal worker earns in an hour and keep your own record of "
        "hours and amounts."), FINLEX_ECA),
]

# Rules added for issue 13. Their legal basis is not in ../shared/FACTS.md with a source that was read, so
# they ship as "source to be checked" (no stamp even in the old schema of migrations 0003-0006); see
# NEW_RULES_UNCHECKED.
SWA = "Seasonal Workers Act"
OSHA = "Occupational Safety and Health Act"
TO_CHECK = "section to be checked"
RULES += [
    ("OVERTIME_UNPAID", "amber", "Excessive overtime", [ref(WHA, "872/2019", TO_CHECK)],
     NEW_TEXTS["OVERTIME_UNPAID_AMBER"][0], NEW_TEXTS["OVERTIME_UNPAID_AMBER"][1], ""),
    ("WAGE_KICKBACK", "red", "Withholding of wages", [ref(ECA, "55/2001", "ch. 2 s. 16"), EXTORTIONATE],
     NEW_TEXTS["WAGE_KICKBACK"][0], NEW_TEXTS["WAGE_KICKBACK"][1], ""),
    ("FORCED_SELF_EMPLOYMENT", "amber", "Deception", [ref(ECA, "55/2001", "ch. 1 s. 1")],
     NEW_TEXTS["FORCED_SELF_EMPLOYMENT"][0], NEW_TEXTS["FORCED_SELF_EMPLOYMENT"][1], ""),
    ("UNPAID_TRIAL_WORK", "amber", "Withholding of wages", [ref(ECA, "55/2001", "ch. 1 s. 4")],
     NEW_TEXTS["UNPAID_TRIAL_WORK"][0], NEW_TEXTS["UNPAID_TRIAL_WORK"][1], ""),
    ("WORKER_PAYS_FOR_PPE", "amber", "Abusive working and living conditions", [ref(OSHA, "738/2002", "s. 15")],
     NEW_TEXTS["WORKER_PAYS_FOR_PPE"][0], NEW_TEXTS["WORKER_PAYS_FOR_PPE"][1], ""),
    ("THREATS_ABOUT_RESIDENCE_STATUS", "red", "Intimidation and threats",
     [TRAFFICKING, ref("Aliens Act", "301/2004", "s. 52a")],
     NEW_TEXTS["THREATS_ABOUT_RESIDENCE_STATUS"][0], NEW_TEXTS["THREATS_ABOUT_RESIDENCE_STATUS"][1], ""),
    ("SEASONAL_HOUSING_DEDUCTED", "red", "Abusive working and living conditions",
     [ref(SWA, "907/2017", TO_CHECK), ref("Directive 2014/36/EU", "2014/36/EU", "Art. 20")],
     NEW_TEXTS["SEASONAL_HOUSING_DEDUCTED"][0], NEW_TEXTS["SEASONAL_HOUSING_DEDUCTED"][1], ""),
    ("PAY_MINIMUM_UNCONFIRMED", "info", "", [ref(ECA, "55/2001", "ch. 2 s. 7")],
     NEW_TEXTS["PAY_MINIMUM_UNCONFIRMED"][0], NEW_TEXTS["PAY_MINIMUM_UNCONFIRMED"][1], ""),
]
# (code, severity) of rules whose legal basis is "source to be checked": loaded with no verified date.
# OVERTIME_UNPAID red is included because the red/amber split follows FACTS.md, which asks for the
# Working Hours Act section numbers to be checked on finlex.fi before citing them. Fact check 2026-11-30: the
# Working Hours Act sections, the Seasonal Workers Act's rent section and ECA ch. 2 s. 7 were not found, so
# these four stay; the other new rules' bases were read (RULES_CHECKED).
NEW_RULES_UNCHECKED = {("OVERTIME_UNPAID", "red"), ("OVERTIME_UNPAID", "amber"),
                       ("SEASONAL_HOUSING_DEDUCTED", "red"), ("PAY_MINIMUM_UNCONFIRMED", "info")}

# Rules whose legal basis was read on CHECKED (docs/rights.md, "Fact check 2026-11-30"): (code, severity) → the
# page read, which the loader stores as the rule's source with checked_on = CHECKED. The pages
# (quotes in rights/article_data.py and article_data_new.py, where the same pages confirm the articles' rows):
# syrjinta.fi — Criminal Code ch. 25 ss. 3 and 3a are the trafficking offences; finlex.fi Act 302/2004 — ch. 47
# ss. 3 and 3a (work discrimination, extortionate work discrimination); finlex.fi Act 398/2013 — ECA ch. 2 s. 16
# (pay into the account the employee names, cash only for a compelling reason, a pay statement with each
# payment); tes.pam.fi — ECA ch. 1 s. 4 (trial period at most 6 months, at most half of a fixed term under 12
# months); tyosuojelu.fi — the written statement of key terms (7 days / one month); verkkotes.fi — ECA ch. 2 s. 17
# limits set-off; codexis.cz — ILO C181 Art. 7 (agencies charge workers no fees); kpflaki.com — Criminal Code
# ch. 25 s. 7 (menace); eduskunta.fi HE 215/2022 — ECA ch. 1 s. 1 decides who is an employee; verkkotes.fi — OSH
# Act s. 15 (protective equipment); edilex.fi HE 183/2006 — Aliens Act s. 52a; migri.fi — taking back paid
# salaries and threats about the residence permit are exploitation by an employer.
CHECKED = "2026-11-30"
_TRAFFICKING_SECTIONS = "https://www.syrjinta.fi/web/EN/what-is-trafficking-in-human-beings-"
_PAY_PAYMENT = "https://finlex.fi/fi/laki/alkup/2013/20130398"
_MIGRI_EXPLOITATION = "https://migri.fi/en/significant-negligence-or-exploitation-by-employer"
RULES_CHECKED = {
    ("ID_DOCUMENTS_RETAINED", "red"): _TRAFFICKING_SECTIONS,
    ("BANK_ACCOUNT_CONTROLLED", "red"): _PAY_PAYMENT,
    ("ISOLATION", "red"): _TRAFFICKING_SECTIONS,
    ("RESTRICTED_MOVEMENT", "red"): _TRAFFICKING_SECTIONS,
    ("THREATS_OR_VIOLENCE", "red"): "https://www.kpflaki.com/post/milloin-uhkaus-on-laiton",
    ("DECEPTION", "red"): _TRAFFICKING_SECTIONS,
    ("RECRUITMENT_FEE", "red"): "https://public.codexis.cz/zakon/38-2003-sb-m-s-sdeleni-o-prijeti-umluvy-c-181-o-"
                                "soukromych-agenturach-prace-CR8456/clanek-7-CL7",
    ("DEBT_BONDAGE", "red"): _TRAFFICKING_SECTIONS,
    ("WAGES_WITHHELD", "red"): _PAY_PAYMENT,
    ("TRIAL_PERIOD_TOO_LONG", "red"): "https://tes.pam.fi/huvipuisto-tes-tyosopimus/",
    ("NO_WRITTEN_TERMS", "amber"): "https://tyosuojelu.fi/tyosuhde/tyosopimus/selvitys-tyonteon-ehdoista",
    ("TERMS_NOT_UNDERSTOOD", "amber"): "https://tyosuojelu.fi/tyosuhde/tyosopimus/selvitys-tyonteon-ehdoista",
    ("PAID_IN_CASH", "amber"): _PAY_PAYMENT,
    ("NO_PAYSLIP", "amber"): _PAY_PAYMENT,
    ("HOUSING_TIED_TO_JOB", "amber"): _TRAFFICKING_SECTIONS,
    ("HOUSING_DEDUCTED", "amber"): "https://www.verkkotes.fi/fi/38-tyosopimuksen-irtisanomisajat-ja-tyosuhteen-"
                                   "kestoajan-maaraytyminen",
    ("HOUSING_COST_HIGH", "amber"): "https://finlex.fi/sv/laki/alkup/2004/20040302",
    ("WAGE_KICKBACK", "red"): _MIGRI_EXPLOITATION,
    ("FORCED_SELF_EMPLOYMENT", "amber"): "https://eduskunta.fi/FI/vaski/HallituksenEsitys/Sivut/HE_215+2022.aspx",
    ("UNPAID_TRIAL_WORK", "amber"): "https://tes.pam.fi/huvipuisto-tes-tyosopimus/",
    ("WORKER_PAYS_FOR_PPE", "amber"): "https://www.verkkotes.fi/fi/25-henkilonsuojaimet-ja-suojavaatetus",
    ("THREATS_ABOUT_RESIDENCE_STATUS", "red"): _MIGRI_EXPLOITATION,
}
# Not checked (no page naming the section was found): PAY_BELOW_MINIMUM and PAY_MINIMUM_UNCONFIRMED (ECA ch. 2
# s. 7), PAY_MINIMUM_UNKNOWN and PIECE_RATE_ONLY (ch. 2 s. 10), EXCESSIVE_HOURS, OVERTIME_UNPAID,
# INSUFFICIENT_DAILY_REST and NO_WEEKLY_REST (Working Hours Act), INVALID_BUSINESS_ID (Act 244/2001 s. 3),
# SEASONAL_HOUSING_DEDUCTED (Act 907/2017).

# Help contacts and the sector minimum-pay table live in fact_data.py (with their provenance).
