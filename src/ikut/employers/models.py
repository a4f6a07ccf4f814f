"""Companies, their responsibility commitments, placement offers, consent-gated introductions, placements
and supply-chain self-assessments.

A company IS an accounts.Organisation of kind "company"; `Company` is its profile. Employer contacts are
users with role "employer" whose organisation is the company.

Privacy model of an introduction: the employer first sees only the pseudonymous profile snapshot taken
when the caseworker proposed the participant (skills, work languages, certificates, availability) under a
random per-introduction `handle` — never the participant code, name, nationality, history. Name and
contact are shown only while (a) the employer said "interested", (b) the caseworker recorded the
participant's explicit consent on this introduction, (c) the participant holds a valid consent with purpose
`employer_introductions` (checked against the database at every view) and (d) the introduction has not
been withdrawn. Who may see what is decided in ikut/access/employers.py.
"""

import json
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ikut.accounts.models import Organisation
from ikut.core.crypto import EncryptedCharField, EncryptedTextField
from ikut.rights.offer_check import SECTORS, business_id_valid

SECTOR_LABELS = {
    "cleaning": _("Cleaning"), "hospitality": _("Hotels and restaurants"), "construction": _("Construction"),
    "agriculture": _("Agriculture"), "berry_picking": _("Berry picking"), "care": _("Care"),
    "beauty": _("Beauty"), "warehouse": _("Warehouse and logistics"), "food_processing": _("Food processing"),
    "transport": _("Transport"), "domestic_work": _("Domestic work"), "retail": _("Retail"),
    "other": _("Other"),
}
SECTOR_CHOICES = [(s, SECTOR_LABELS[s]) for s in SECTORS]
CEFR_NEED = [("", _("not needed")), ("A1", "A1"), ("A2", "A2"), ("B1", "B1"), ("B2", "B2"), ("C1", "C1"),
             ("C2", "C2")]
WORK_LANGUAGES = ("fi", "sv", "en")


def validate_business_id(value):
    if not business_id_valid(value or ""):
        raise ValidationError(_("Enter a valid Finnish business ID (Y-tunnus), for example 1234567-8; "
                                "the check digit must match."), code="business_id")


class Company(models.Model):
    organisation = models.OneToOneField(Organisation, on_delete=models.PROTECT, related_name="company_profile",
                                        verbose_name=_("organisation"))
    business_id = models.CharField(_("business ID (Y-tunnus)"), max_length=9, unique=True,
                                   validators=[validate_business_id])
    sector = models.CharField(_("sector"), max_length=20, choices=SECTOR_CHOICES)
    staff_count = models.PositiveIntegerField(_("number of staff"), null=True, blank=True)
    locations = models.TextField(_("locations"), blank=True, help_text=_("Municipalities, one per line."))
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    is_demo = models.BooleanField(_("demo data"), default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("company")

    def __str__(self):
        return self.organisation.name

    @property
    def name(self):
        return self.organisation.name

    @property
    def location_list(self):
        return [line.strip() for line in self.locations.splitlines() if line.strip()]

    def clean(self):
        if self.organisation_id and self.organisation.kind != Organisation.Kind.COMPANY:
            raise ValidationError({"organisation": _("Only an organisation of kind company can have a company "
                                                     "profile.")})


# --- Commitments ----------------------------------------------------------------------------------------

class Commitment(models.Model):
    class Kind(models.TextChoices):
        WORK_TRIAL = "work_trial", _("Work trials")
        INTERNSHIP = "internship", _("Internships")
        JOBS = "jobs", _("Jobs")
        MENTORING = "mentoring", _("Mentoring")
        LANGUAGE_SUPPORT = "language_support", _("Language support at work")
        TRAINING = "training", _("Training participation")
        DUE_DILIGENCE = "due_diligence", _("Supply-chain due diligence")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ACTIVE = "active", _("Active")
        FULFILLED = "fulfilled", _("Fulfilled")
        PAUSED = "paused", _("Paused")
        ENDED = "ended", _("Ended")

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="commitments")
    kind = models.CharField(_("commitment"), max_length=20, choices=Kind.choices)
    description = models.TextField(_("what the company commits to"), blank=True)
    quantity = models.PositiveIntegerField(_("how many (places, people, hours)"), null=True, blank=True)
    start_date = models.DateField(_("start date"), default=timezone.localdate)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.PLANNED)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["start_date", "pk"]

    def clean(self):
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})


class CommitmentStatusChange(models.Model):
    """The history of a commitment's status: every change is a row (never edited)."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="history")
    status = models.CharField(_("status"), max_length=12, choices=Commitment.Status.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    changed_at = models.DateTimeField(default=timezone.now)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-changed_at", "-pk"]


# --- Offers ----------------------------------------------------------------------------------------------

class Offer(models.Model):
    class Kind(models.TextChoices):
        WORK_TRIAL = "work_trial", _("Work trial")
        INTERNSHIP = "internship", _("Internship")
        APPRENTICESHIP = "apprenticeship", _("Apprenticeship")
        JOB = "job", _("Job")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")
        CLOSED = "closed", _("Closed")

    class PayPer(models.TextChoices):
        HOUR = "hour", _("per hour")
        MONTH = "month", _("per month")
        PIECE = "piece", _("per piece or per kilo")
        NONE = "none", _("unpaid (work trial with benefits)")

    class ContractType(models.TextChoices):
        PERMANENT = "permanent", _("Permanent")
        FIXED_TERM = "fixed_term", _("Fixed-term")

    class Documents(models.TextChoices):
        WORKER = "worker", _("The worker keeps their own passport and ID documents")
        EMPLOYER = "employer", _("The employer keeps the passport or ID documents (for example for safekeeping)")

    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="offers")
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    occupation = models.ForeignKey("skills.Occupation", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+", verbose_name=_("occupation"))
    tasks = models.TextField(_("tasks"))
    location = models.CharField(_("location (municipality)"), max_length=100)
    start_date = models.DateField(_("start date"), null=True, blank=True)
    places = models.PositiveSmallIntegerField(_("places"), default=1)
    hours_per_day = models.DecimalField(_("hours per day"), max_digits=4, decimal_places=1)
    days_per_week = models.DecimalField(_("days per week"), max_digits=2, decimal_places=1)
    # The rights questions of the job-offer check are yes/no answers with no default: None = not answered
    # yet (an offer with an unanswered question stays a draft). See employers/offers.py QUESTIONS.
    overtime_paid = models.BooleanField(_("overtime is paid"), null=True, blank=True)
    pay_amount = models.DecimalField(_("pay (euros, gross)"), max_digits=9, decimal_places=2, null=True, blank=True)
    pay_per = models.CharField(_("pay per"), max_length=10, choices=PayPer.choices, default=PayPer.HOUR)
    pay_into_bank_account = models.BooleanField(_("pay goes into the worker's own bank account"), null=True,
                                                blank=True)
    payslip = models.BooleanField(_("a payslip is given"), null=True, blank=True)
    collective_agreement = models.CharField(_("applicable collective agreement"), max_length=200, blank=True)
    written_contract = models.BooleanField(_("written contract or agreement"), null=True, blank=True)
    contract_type = models.CharField(_("contract type"), max_length=12, choices=ContractType.choices, blank=True)
    fixed_term_months = models.PositiveSmallIntegerField(_("fixed term (months)"), null=True, blank=True)
    trial_period_months = models.PositiveSmallIntegerField(_("trial period (months)"), null=True, blank=True)
    recruitment_fee_eur = models.DecimalField(_("fee charged to the worker (euros)"), max_digits=8,
                                              decimal_places=2, null=True, blank=True,
                                              validators=[MinValueValidator(0)])
    housing_provided = models.BooleanField(_("the employer provides housing"), null=True, blank=True)
    must_live_in_housing = models.BooleanField(_("the worker must live in the employer's housing"), null=True,
                                               blank=True)
    housing_eur_per_month = models.DecimalField(_("housing cost to the worker (euros a month)"), max_digits=8,
                                                decimal_places=2, null=True, blank=True)
    housing_deducted = models.BooleanField(_("housing cost is deducted from pay"), null=True, blank=True)
    documents = models.CharField(_("passport and ID documents"), max_length=10, choices=Documents.choices,
                                 blank=True)
    free_to_leave = models.BooleanField(_("workers may leave the workplace and housing freely in their own time"),
                                        null=True, blank=True)
    # Added with issue 13 (same ikut.job-offer/1 fields as the survivor's check).
    understood_language = models.BooleanField(_("the terms are given in a language the worker understands"),
                                              null=True, blank=True)
    seasonal = models.BooleanField(_("seasonal work (Seasonal Workers Act)"), null=True, blank=True)
    must_register_self_employed = models.BooleanField(_("the worker must register as self-employed"), null=True,
                                                      blank=True)
    pay_withheld = models.BooleanField(_("part of the pay is held back or paid late"), null=True, blank=True)
    pay_part_returned = models.BooleanField(_("part of the pay is returned to the employer or someone else"),
                                            null=True, blank=True)
    unpaid_trial_days = models.PositiveSmallIntegerField(_("unpaid trial days"), null=True, blank=True,
                                                         validators=[MaxValueValidator(366)])
    rest_between_shifts_hours = models.DecimalField(_("rest between working days (hours)"), max_digits=4,
                                                    decimal_places=1, null=True, blank=True,
                                                    validators=[MaxValueValidator(24)])
    debt_eur = models.DecimalField(_("money the worker owes the employer or a recruiter (euros)"), max_digits=8,
                                   decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)])
    ppe_charged = models.BooleanField(_("the worker pays for protective equipment"), null=True, blank=True)
    bank_account_controlled = models.BooleanField(_("the employer holds or controls the worker's bank account or "
                                                    "card"), null=True, blank=True)
    phone_restricted = models.BooleanField(_("the worker's phone or contacts are restricted"), null=True, blank=True)
    threats = models.BooleanField(_("workers are threatened, fined or punished"), null=True, blank=True)
    differs_from_promise = models.BooleanField(_("tasks, pay or place can differ from what the worker was told"),
                                               null=True, blank=True)
    threatens_to_report = models.BooleanField(_("workers are told they will be reported to the police or "
                                                "immigration"), null=True, blank=True)
    language_fi = models.CharField(_("Finnish needed"), max_length=2, choices=CEFR_NEED, blank=True)
    language_sv = models.CharField(_("Swedish needed"), max_length=2, choices=CEFR_NEED, blank=True)
    language_en = models.CharField(_("English needed"), max_length=2, choices=CEFR_NEED, blank=True)
    language_support = models.BooleanField(_("language support at work is offered"), default=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    check_result = models.JSONField(_("job-offer check result"), default=dict, blank=True, editable=False)
    checked_at = models.DateTimeField(null=True, blank=True, editable=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    skills = models.ManyToManyField("skills.Skill", through="OfferSkill", related_name="+")
    certificates = models.ManyToManyField("skills.Certificate", through="OfferCertificate", related_name="+")

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["company", "status"]), models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return self.title

    @property
    def red_flags(self):
        return [f for f in (self.check_result or {}).get("flags", []) if f.get("severity") == "red"]

    @property
    def other_flags(self):
        return [f for f in (self.check_result or {}).get("flags", []) if f.get("severity") != "red"]

    @property
    def unanswered(self):
        """Labels of the rights questions not answered yet (see employers/offers.py QUESTIONS)."""
        from .offers import unanswered_questions

        return unanswered_questions(self)

    @property
    def publishable(self):
        return bool(self.check_result) and not self.red_flags and not self.unanswered

    @property
    def weekly_hours(self):
        return self.hours_per_day * self.days_per_week

    def language_needs(self):
        """{"fi": "B1", ...} for the languages this offer needs."""
        return {code: getattr(self, f"language_{code}") for code in WORK_LANGUAGES
                if getattr(self, f"language_{code}")}

    def clean(self):
        errors = {}
        if self.hours_per_day is not None and not (0 < self.hours_per_day <= 24):
            errors["hours_per_day"] = _("Hours per day must be more than 0 and at most 24.")
        if self.days_per_week is not None and not (0 < self.days_per_week <= 7):
            errors["days_per_week"] = _("Days per week must be more than 0 and at most 7.")
        if self.pay_per != self.PayPer.NONE and self.pay_amount is None:
            errors["pay_amount"] = _("State the pay, or choose “unpaid (work trial with benefits)”.")
        if self.pay_per == self.PayPer.NONE and self.kind == self.Kind.JOB:
            errors["pay_per"] = _("A job is always paid.")
        if self.contract_type == self.ContractType.FIXED_TERM and not self.fixed_term_months:
            errors["fixed_term_months"] = _("State the length of the fixed term.")
        if errors:
            raise ValidationError(errors)


class OfferSkill(models.Model):
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="skill_links")
    skill = models.ForeignKey("skills.Skill", on_delete=models.PROTECT, related_name="+")
    required = models.BooleanField(default=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["offer", "skill"], name="employers_offerskill_unique")]


class OfferCertificate(models.Model):
    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="certificate_links")
    certificate = models.ForeignKey("skills.Certificate", on_delete=models.PROTECT, related_name="+")
    required = models.BooleanField(default=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["offer", "certificate"], name="employers_offercert_unique")]


# --- Introductions -----------------------------------------------------------------------------------------

def new_handle():
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "C-" + "".join(secrets.choice(alphabet) for _ in range(8))


class Introduction(models.Model):
    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed, waiting for the employer")
        INTERESTED = "interested", _("Employer interested, waiting for the participant's consent")
        NOT_INTERESTED = "not_interested", _("Employer not interested")
        SHARED = "shared", _("Participant consented: name and contact shared")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        PLACED = "placed", _("Placement agreed")

    class Availability(models.TextChoices):
        FULL_TIME = "full_time", _("Full-time")
        PART_TIME = "part_time", _("Part-time")
        EITHER = "either", _("Full-time or part-time")

    offer = models.ForeignKey(Offer, on_delete=models.CASCADE, related_name="introductions")
    participant = models.ForeignKey("participants.Participant", on_delete=models.CASCADE,
                                    related_name="employer_introductions")
    handle = models.CharField(max_length=12, unique=True, default=new_handle, editable=False)
    # What the employer sees before consent: a JSON snapshot with only the allowed keys (see profiles.py).
    profile_snapshot = EncryptedTextField(blank=True, editable=False)
    available_from = models.DateField(_("available from"), null=True, blank=True)
    availability = models.CharField(_("working time"), max_length=12, choices=Availability.choices,
                                    default=Availability.EITHER)
    match_score = models.FloatField(null=True, blank=True, editable=False)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.PROPOSED)
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    proposed_at = models.DateTimeField(default=timezone.now)
    responded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    responded_at = models.DateTimeField(null=True, blank=True)
    consent = models.ForeignKey("participants.Consent", null=True, blank=True, on_delete=models.PROTECT,
                                related_name="+", verbose_name=_("under consent"))
    consent_recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                            on_delete=models.SET_NULL, related_name="+")
    consent_recorded_at = models.DateTimeField(null=True, blank=True)
    share_phone = models.BooleanField(_("share phone number"), default=False)
    share_email = models.BooleanField(_("share email address"), default=False)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")

    class Meta:
        ordering = ["-proposed_at", "-pk"]
        indexes = [models.Index(fields=["offer", "status"])]
        constraints = [models.UniqueConstraint(fields=["offer", "participant"],
                                               condition=models.Q(withdrawn_at__isnull=True),
                                               name="employers_one_open_introduction")]

    @property
    def audit_label(self):
        return self.handle

    def profile(self):
        try:
            return json.loads(self.profile_snapshot or "{}")
        except ValueError:
            return {}


# --- Placements --------------------------------------------------------------------------------------------

class Placement(models.Model):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        ENDED = "ended", _("Ended")

    class Outcome(models.TextChoices):
        HIRED = "hired", _("Hired")
        NOT_HIRED = "not_hired", _("Not hired")
        ENDED_EARLY = "ended_early", _("Ended early")

    class ContractType(models.TextChoices):
        PERMANENT = "permanent", _("Permanent")
        FIXED_TERM = "fixed_term", _("Fixed-term")
        APPRENTICESHIP = "apprenticeship", _("Apprenticeship contract")

    introduction = models.OneToOneField(Introduction, on_delete=models.PROTECT, related_name="placement")
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="placements")
    offer = models.ForeignKey(Offer, on_delete=models.PROTECT, related_name="placements")
    participant = models.ForeignKey("participants.Participant", on_delete=models.CASCADE,
                                    related_name="employer_placements")
    kind = models.CharField(_("type"), max_length=20, choices=Offer.Kind.choices)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    mentor_name = EncryptedCharField(_("workplace mentor"), blank=True)
    mentor_contact = EncryptedCharField(_("mentor's phone or email"), blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PLANNED)
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices, blank=True)
    contract_type = models.CharField(_("contract type"), max_length=16, choices=ContractType.choices, blank=True)
    hours_per_week = models.DecimalField(_("hours per week"), max_digits=4, decimal_places=1, null=True, blank=True)
    outcome_recorded_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-start_date", "-pk"]

    @property
    def audit_label(self):
        return f"placement-{self.pk}"

    def clean(self):
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date cannot be before the start date.")})


class CheckIn(models.Model):
    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="check_ins")
    held_on = models.DateField(_("date"), default=timezone.localdate)
    summary = EncryptedTextField(_("how it is going"), help_text=_(
        "Seen by the employer and the participant's work coach. Write about the work only."))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-held_on", "-pk"]


class Problem(models.Model):
    class RaisedBy(models.TextChoices):
        EMPLOYER = "employer", _("The employer")
        PARTICIPANT = "participant", _("The participant")

    placement = models.ForeignKey(Placement, on_delete=models.CASCADE, related_name="problems")
    raised_by_side = models.CharField(_("raised by"), max_length=12, choices=RaisedBy.choices)
    description = EncryptedTextField(_("what is the problem"))
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    raised_at = models.DateTimeField(default=timezone.now)
    task = models.ForeignKey("participants.Task", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-raised_at"]


# --- Supply-chain self-assessment -------------------------------------------------------------------------

class SelfAssessment(models.Model):
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="assessments")
    answers = models.JSONField(default=dict)
    class Level(models.TextChoices):
        LOW = "low", _("Low")
        MEDIUM = "medium", _("Medium")
        HIGH = "high", _("High")

    risk_level = models.CharField(_("risk level"), max_length=10, choices=Level.choices)
    score = models.PositiveSmallIntegerField(default=0)
    questionnaire_version = models.CharField(max_length=20)
    completed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    completed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-completed_at", "-pk"]
