"""Trafficking case data on the participant's record: residence permit, right to work, Assistance System
status, reflection period, criminal case, wage or compensation claim, and the HTCDS victim-context picklists.

One `CaseStatus` row per participant (one-to-one). Every value is encrypted at rest (ikut.core.crypto);
reads and changes are audited and each change leaves a participants.FieldChange row (old/new, encrypted).
The only clear-text column is `next_expiry_on`: the earliest of the permit's and the reflection period's
end dates, without saying which, so the daily reminder job and the dashboard can select by date.

Picklist values of the HTCDS fields are the standard's value *names* (IOM Human Trafficking Case Data
Standard v2.0, CC BY 4.0); see ikut/casedata/htcds.py and docs/htcds.md.
"""

import datetime
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ikut.core.crypto import EncryptedCharField, EncryptedDateField, EncryptedTextField


class PermitType(models.TextChoices):
    VICTIM = "victim_of_trafficking", _("Residence permit for a victim of trafficking")
    CONTINUOUS = "continuous", _("Continuous residence permit (A)")
    TEMPORARY = "temporary", _("Temporary residence permit (B)")
    EU_CITIZEN = "eu_citizen", _("EU/EEA citizen (registered right of residence)")
    APPLIED = "applied", _("Applied for, decision pending")
    NONE = "none", _("No residence permit")
    OTHER = "other", _("Other")


class RightToWork(models.TextChoices):
    UNRESTRICTED = "unrestricted", _("Unrestricted")
    RESTRICTED = "restricted", _("Restricted to an employer or field")
    NONE = "none", _("No right to work")
    PENDING = "pending", _("Pending (not yet decided)")


class AssistanceStatus(models.TextChoices):
    APPLIED = "applied", _("Applied")
    ACCEPTED = "accepted", _("Accepted as a client")
    ENDED = "ended", _("Client status ended")


class CriminalCase(models.TextChoices):
    NONE = "none", _("None")
    REPORTED = "reported", _("Reported to the police")
    INVESTIGATION = "investigation", _("Pre-trial investigation")
    PROSECUTION = "prosecution", _("Prosecution")
    JUDGMENT = "judgment", _("Judgment given")


class ClaimStatus(models.TextChoices):
    NONE = "none", _("No claim")
    PREPARING = "preparing", _("Being prepared")
    CLAIMED = "claimed", _("Claimed, open")
    DECIDED = "decided", _("Decided")
    PAID = "paid", _("Paid or recovered")
    CLOSED = "closed", _("Closed without payment")


# HTCDS v2.0 picklists (value names exactly as in field-standards-2.0.csv; labels translated for the UI).
class TraffickingStatus(models.TextChoices):
    POSSIBLE = "PossibleVictimOfTrafficking", _("Possible victim of trafficking")
    ACTUAL = "ActualVictimOfTrafficking", _("Actual victim of trafficking")
    NOT_A_VICTIM = "NotAVictimOfTrafficking", _("Not a victim of trafficking")


class ExploitationType(models.TextChoices):
    FORCED_LABOUR = "ForcedLabour", _("Forced labour")
    SEXUAL = "SexualExploitation", _("Sexual exploitation")
    CHILD_LABOUR = "ChildLabour", _("Child labour")
    FORCED_MARRIAGE = "ForcedMarriage", _("Forced marriage")
    SERVITUDE = "Servitude", _("Servitude")
    MILITARY = "ForcedMilitaryByNonStateActors", _("Forced military service by non-state actors")
    ORGAN_REMOVAL = "OrganRemoval", _("Organ removal")
    BEGGING = "ForcedBegging", _("Forced begging")
    ADOPTION = "ForcedAdoption", _("Forced adoption")
    SURROGACY = "Surrogacy", _("Surrogacy")
    OTHER = "Other", _("Other")


class ForcedLabourIndustry(models.TextChoices):
    A = "A_AgricultureForestryAndFishing", _("Agriculture, forestry and fishing")
    B = "B_MiningAndQuarrying", _("Mining and quarrying")
    C = "C_Manufacturing", _("Manufacturing")
    D = "D_ElectricityGasSteamAndAirConditioningSupply", _("Electricity, gas, steam and air conditioning supply")
    E = "E_WaterSupplySewerageWasteManagement", _("Water supply, sewerage and waste management")
    F = "F_Construction", _("Construction")
    G = "G_WholesaleAndRetailTradeRepairOfMotorVehicles", _("Wholesale and retail trade, repair of vehicles")
    H = "H_TransportationAndStorage", _("Transportation and storage")
    I = "I_AccommodationAndFoodServiceActivities", _("Accommodation and food service activities")  # noqa: E741
    J = "J_InformationAndCommunication", _("Information and communication")
    K = "K_FinancialAndInsuranceActivities", _("Financial and insurance activities")
    L = "L_RealEstateActivities", _("Real estate activities")
    M = "M_ProfessionalScientificAndTechnicalActivities", _("Professional, scientific and technical activities")
    N = "N_AdministrativeAndSupportServiceActivities", _("Administrative and support service activities")
    O = "O_PublicAdministrationAndDefence", _("Public administration and defence")  # noqa: E741
    P = "P_Education", _("Education")
    Q = "Q_HumanHealthAndSocialWorkActivities", _("Human health and social work activities")
    R = "R_ArtsEntertainmentAndRecreation", _("Arts, entertainment and recreation")
    S = "S_OtherServiceActivities", _("Other service activities")
    T = "T_ActivitiesOfHouseholdsAsEmployers", _("Activities of households as employers")
    U = "U_ActivitiesOfExtraterritorialOrganizations", _("Activities of extraterritorial organisations")


class MethodOfControl(models.TextChoices):
    PHYSICAL_THREATS = "PhysicalThreats", _("Physical threats")
    THREATS_LAW = "ThreatsLawEnforcement", _("Threats of law enforcement")
    THREATENS_FAMILY = "ThreatensChildrenFamily", _("Threatens children or family")
    DEBT_BONDAGE = "DebtBondage", _("Debt bondage")
    FALSE_PROMISES = "FalsePromises", _("False promises")
    PHYSICAL_ABUSE = "PhysicalAbuse", _("Physical abuse")
    SEXUAL_ABUSE = "SexualAbuse", _("Sexual abuse")
    TAKES_EARNINGS = "TakesEarnings", _("Takes earnings")
    FINANCIAL_ACCESS = "RestrictsFinancialAccess", _("Restricts financial access")
    MEDICAL_CARE = "RestrictsMedicalCare", _("Restricts medical care")
    NECESSITIES = "WithholdsNecessities", _("Withholds necessities")
    PSYCHOLOGICAL = "PsychologicalAbuse", _("Psychological abuse")
    SUBSTANCE = "PsychoactiveSubstance", _("Psychoactive substances")
    HOURS = "ExcessiveWorkingHours", _("Excessive working hours")
    DOCUMENTS = "WithholdsDocuments", _("Withholds documents")
    OTHER = "Other", _("Other")


def split_codes(text):
    return [c for c in (text or "").split(";") if c]


def parse_amount(text):
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


class CaseStatus(models.Model):
    participant = models.OneToOneField("participants.Participant", on_delete=models.CASCADE,
                                       related_name="case_status")

    permit_type = EncryptedCharField(_("residence permit"), blank=True, choices=PermitType.choices)
    permit_valid_until = EncryptedDateField(_("permit valid until"), null=True, blank=True)
    right_to_work = EncryptedCharField(_("right to work"), blank=True, choices=RightToWork.choices)
    work_restriction = EncryptedTextField(
        _("the restriction in words"), blank=True,
        help_text=_("As written in the permit, for example: only for the employer named in the permit."))
    allowed_sectors = EncryptedCharField(_("fields the permit allows"), blank=True,
                                         help_text=_("Sector codes separated by ';' (the restricted right to work)."))
    allowed_business_id = EncryptedCharField(_("employer the permit allows (business ID)"), blank=True)

    assistance_status = EncryptedCharField(_("Assistance System client status"), blank=True,
                                           choices=AssistanceStatus.choices)
    reflection_period_until = EncryptedDateField(_("reflection period until"), null=True, blank=True)
    criminal_case = EncryptedCharField(_("criminal case"), blank=True, choices=CriminalCase.choices)
    claim_status = EncryptedCharField(_("wage or compensation claim"), blank=True, choices=ClaimStatus.choices)
    claim_amount = EncryptedCharField(_("amount claimed (euros)"), blank=True)
    recovered_amount = EncryptedCharField(_("amount recovered (euros)"), blank=True)

    trafficking_status = EncryptedCharField(_("trafficking status"), blank=True,
                                            choices=TraffickingStatus.choices)
    exploitation_types = EncryptedCharField(_("type(s) of exploitation"), blank=True,
                                            help_text=_("HTCDS value names separated by ';'."))
    forced_labour_industry = EncryptedCharField(_("forced-labour industry"), blank=True,
                                                choices=ForcedLabourIndustry.choices)
    methods_of_control = EncryptedCharField(_("methods of control"), blank=True, max_length=1000,
                                            help_text=_("HTCDS value names separated by ';'."))

    # Clear text, on purpose: the earlier of the two end dates (which one is not stored), for scheduling.
    next_expiry_on = models.DateField(null=True, blank=True, editable=False, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    TRACKED_FIELDS = ["permit_type", "permit_valid_until", "right_to_work", "work_restriction", "allowed_sectors",
                      "allowed_business_id", "assistance_status", "reflection_period_until", "criminal_case",
                      "claim_status", "claim_amount", "recovered_amount", "trafficking_status",
                      "exploitation_types", "forced_labour_industry", "methods_of_control"]

    class Meta:
        verbose_name = _("case status")

    def __str__(self):
        return f"case status {self.participant_id}"

    def expiries(self):
        """[(what, date)] of the dates that end something: the permit, the reflection period."""
        out = []
        if self.permit_valid_until:
            out.append((ExpiryReminder.Subject.PERMIT, self.permit_valid_until))
        if self.reflection_period_until:
            out.append((ExpiryReminder.Subject.REFLECTION, self.reflection_period_until))
        return out

    @property
    def exploitation_list(self):
        return split_codes(self.exploitation_types)

    @property
    def control_list(self):
        return split_codes(self.methods_of_control)

    @property
    def sector_list(self):
        return split_codes(self.allowed_sectors)

    def exploitation_labels(self):
        return [ExploitationType(c).label for c in self.exploitation_list if c in ExploitationType.values]

    def control_labels(self):
        return [MethodOfControl(c).label for c in self.control_list if c in MethodOfControl.values]

    def save(self, *args, **kwargs):
        dates = [d for _what, d in self.expiries()]
        self.next_expiry_on = min(dates) if dates else None
        super().save(*args, **kwargs)


class ExpiryReminder(models.Model):
    """One reminder task created N days before a permit or a reflection period ends (idempotency record)."""

    class Subject(models.TextChoices):
        PERMIT = "permit", _("Residence permit")
        REFLECTION = "reflection", _("Reflection period")

    participant = models.ForeignKey("participants.Participant", on_delete=models.CASCADE,
                                    related_name="expiry_reminders")
    subject = models.CharField(max_length=12, choices=Subject.choices)
    ends_on = EncryptedDateField()
    days_before = models.PositiveSmallIntegerField()
    task = models.ForeignKey("participants.Task", null=True, on_delete=models.SET_NULL, related_name="+")
    # Blind key (subject, end date, days) so that a reminder is made once however often the job runs.
    key = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["participant", "key"], name="one_reminder_per_key")]


REMINDER_DAYS = (90, 30)


def reminder_dates(ends_on: datetime.date):
    return [(days, ends_on - datetime.timedelta(days=days)) for days in REMINDER_DAYS]
