"""The working-life pathway: participants, assignments, consents, plan, meetings, notes, referrals,
risk flags, documents, history.

Lists, URLs and most screens show only the pseudonymous `Participant.code` (IK-YYYY-NNNN). Identity and
every free-text note are encrypted at rest (ikut.core.crypto). ESF+ entry and exit data are coded fields,
never free text, so reporting can count them without touching identity; retention keeps only those.

Who may see what is decided in ikut/access/participants.py, nowhere else.
"""

import datetime

from django.conf import settings
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from ikut.accounts.models import Organisation
from ikut.core.crypto import EncryptedCharField, EncryptedDateField, EncryptedTextField, blind_index


class Phase(models.TextChoices):
    INTAKE = "intake", _("Intake")
    SKILLS = "skills_identification", _("Skills identification")
    RIGHTS = "rights_information", _("Rights and working-life information")
    JOB_READINESS = "job_readiness", _("Job readiness and training")
    WORK_TRIAL = "work_trial", _("Work trial or placement")
    EMPLOYMENT = "employment", _("Employment")
    FOLLOW_UP = "follow_up", _("Follow-up")


PHASE_ORDER = [p.value for p in Phase]


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    NON_BINARY = "non_binary", _("Non-binary")


class EmploymentStatus(models.TextChoices):
    UNEMPLOYED = "unemployed", _("Unemployed")
    LONG_TERM_UNEMPLOYED = "long_term_unemployed", _("Long-term unemployed")
    INACTIVE = "inactive", _("Inactive (not in work or looking for work)")
    EMPLOYED = "employed", _("Employed (incl. self-employed)")


class AgeBand(models.TextChoices):
    UNDER_18 = "under_18", _("Under 18")
    AGE_18_29 = "18_29", _("18–29")
    AGE_30_54 = "30_54", _("30–54")
    AGE_55_PLUS = "55_plus", _("55 or older")


class Education(models.TextChoices):
    ISCED_0_2 = "isced_0_2", _("Primary or lower secondary (ISCED 0–2)")
    ISCED_3_4 = "isced_3_4", _("Upper secondary or post-secondary (ISCED 3–4)")
    ISCED_5_8 = "isced_5_8", _("Tertiary (ISCED 5–8)")


class SpecialAnswer(models.TextChoices):
    """A special-category characteristic (GDPR art. 9) for ESF+: collected only where the participant
    answers; "did not want to answer" is an answer and is kept apart from "not recorded" ("")."""

    YES = "yes", _("Yes")
    NO = "no", _("No")
    DECLINED = "declined", _("Did not want to answer")


class ExitReason(models.TextChoices):
    COMPLETED = "completed", _("Pathway completed")
    EMPLOYED = "employed", _("Found work")
    EDUCATION = "education", _("Started education or training")
    MOVED = "moved", _("Moved away or left Finland")
    WITHDREW = "withdrew", _("Chose to leave the pathway")
    LOST_CONTACT = "lost_contact", _("Lost contact")
    OTHER = "other", _("Other")


class ContactChannel(models.TextChoices):
    PHONE = "phone", _("Phone call")
    SMS = "sms", _("Text message")
    EMAIL = "email", _("Email")
    VIA_WORKER = "via_worker", _("Only through the assigned worker in person")
    NONE = "none", _("Do not contact")


def age_band(date_of_birth, on_date):
    if date_of_birth is None:
        return ""
    birthday_to_come = (on_date.month, on_date.day) < (date_of_birth.month, date_of_birth.day)
    years = on_date.year - date_of_birth.year - birthday_to_come
    if years < 18:
        return AgeBand.UNDER_18
    if years < 30:
        return AgeBand.AGE_18_29
    if years < 55:
        return AgeBand.AGE_30_54
    return AgeBand.AGE_55_PLUS


def identity_index(first_name, last_name, date_of_birth):
    """Blind index over name + date of birth, for the duplicate check before intake."""
    if not (first_name or last_name) or not date_of_birth:
        return ""
    dob = date_of_birth.isoformat() if hasattr(date_of_birth, "isoformat") else str(date_of_birth)
    return blind_index(f"{first_name or ''} {last_name or ''}", dob)


class CodeCounter(models.Model):
    """Per-year sequence for participant codes; the row is locked while a code is taken."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)


def next_code(year=None):
    year = year or timezone.localdate().year
    with transaction.atomic():
        CodeCounter.objects.get_or_create(year=year)
        counter = CodeCounter.objects.select_for_update().get(year=year)
        counter.last += 1
        counter.save(update_fields=["last"])
    return f"IK-{year}-{counter.last:04d}"


class ParticipantQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Participant.Status.OPEN)

    def with_valid_consent(self, purpose, partner=None):
        """Participants who hold a valid (given, not withdrawn) consent for `purpose` right now."""
        return self.filter(pk__in=Consent.objects.valid(purpose, partner).values("participant_id"))


class Participant(models.Model):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    code = models.CharField(_("code"), max_length=20, unique=True, editable=False)
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="participants",
                                     verbose_name=_("owner organisation"))
    user = models.OneToOneField(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                related_name="participant_record", verbose_name=_("portal login"))

    # Identity: encrypted, shown only to the assigned team (and break-the-glass grants).
    first_name = EncryptedCharField(_("first name"), blank=True)
    last_name = EncryptedCharField(_("last name"), blank=True)
    preferred_name = EncryptedCharField(_("preferred name"), blank=True)
    date_of_birth = EncryptedDateField(_("date of birth"), null=True, blank=True)
    nationality = EncryptedCharField(_("nationality"), blank=True)
    languages_spoken = EncryptedCharField(_("languages spoken"), blank=True)
    phone = EncryptedCharField(_("phone"), blank=True)
    email = EncryptedCharField(_("email"), blank=True)
    address = EncryptedTextField(_("address"), blank=True)
    contact_channel = EncryptedCharField(_("safe way to contact"), blank=True, choices=ContactChannel.choices)
    safe_contact_notes = EncryptedTextField(
        _("safe-contact notes"), blank=True,
        help_text=_("For example: never leave voicemail; call only on weekdays 10–14; the phone may be checked."))
    safety_plan = EncryptedTextField(_("safety plan"), blank=True)
    identity_index = models.CharField(max_length=64, blank=True, db_index=True, editable=False)

    language = models.CharField(_("participant's language"), max_length=10, default="en",
                                help_text=_("Used for the printable plan and the portal."))
    current_phase = models.CharField(_("phase"), max_length=30, choices=Phase.choices, default=Phase.INTAKE)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    intake_date = models.DateField(_("intake date"), default=timezone.localdate)

    # ESF+ entry data: coded, used by reporting (kept after anonymisation).
    gender = models.CharField(_("gender"), max_length=12, choices=Gender.choices, blank=True)
    employment_status_at_entry = models.CharField(_("employment status at entry"), max_length=25,
                                                  choices=EmploymentStatus.choices, blank=True)
    age_band_at_entry = models.CharField(_("age at entry"), max_length=10, choices=AgeBand.choices, blank=True,
                                         editable=False)
    education_level = models.CharField(_("highest education"), max_length=10, choices=Education.choices,
                                       blank=True)
    # Yes / no / not recorded (null). Never a default that hides "not recorded" (issue 15).
    third_country_national = models.BooleanField(_("third-country national"), null=True, blank=True)
    rural_area = models.BooleanField(_("lives in a rural area"), null=True, blank=True)
    # Special categories: yes / no / did not want to answer / not recorded ("").
    foreign_background = models.CharField(_("foreign background"), max_length=10, choices=SpecialAnswer.choices,
                                          blank=True)
    disability = models.CharField(_("disability"), max_length=10, choices=SpecialAnswer.choices, blank=True)
    minority = models.CharField(_("minority (including marginalised communities such as Roma)"), max_length=10,
                                choices=SpecialAnswer.choices, blank=True)
    homeless_or_housing_exclusion = models.CharField(_("homeless or housing exclusion"), max_length=10,
                                                     choices=SpecialAnswer.choices, blank=True)

    # Exit and ESF+ result data (coded).
    exit_date = models.DateField(_("exit date"), null=True, blank=True)
    exit_reason = models.CharField(_("exit reason"), max_length=20, choices=ExitReason.choices, blank=True)
    # Situation on leaving: yes / no / not recorded (null); "not recorded" is never counted as "no".
    exit_employed = models.BooleanField(_("employed at exit"), null=True, blank=True)
    exit_in_education_or_training = models.BooleanField(_("in education or training at exit"), null=True,
                                                        blank=True)
    exit_job_searching = models.BooleanField(_("job searching at exit"), null=True, blank=True)
    exit_qualification_gained = models.BooleanField(_("gained a qualification"), null=True, blank=True)
    employed_6_months = models.BooleanField(_("employed six months after exit"), null=True, blank=True)
    follow_up_recorded_at = models.DateField(_("follow-up recorded"), null=True, blank=True)

    anonymised_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    objects = ParticipantQuerySet.as_manager()

    IDENTITY_FIELDS = ["first_name", "last_name", "preferred_name", "date_of_birth", "nationality",
                       "languages_spoken", "phone", "email", "address", "contact_channel",
                       "safe_contact_notes"]
    ESF_ENTRY_FIELDS = ["gender", "employment_status_at_entry", "age_band_at_entry", "education_level",
                        "third_country_national", "rural_area", "foreign_background", "disability", "minority",
                        "homeless_or_housing_exclusion"]
    SPECIAL_CATEGORY_FIELDS = ["foreign_background", "disability", "minority", "homeless_or_housing_exclusion"]
    EXIT_SITUATIONS = ["exit_employed", "exit_in_education_or_training", "exit_job_searching",
                       "exit_qualification_gained"]

    class Meta:
        ordering = ["code"]
        verbose_name = _("participant")
        # The organisation's caseload lists a status in code order: with the code in the index PostgreSQL reads
        # the page's rows in order instead of walking the code index through every organisation's records
        # (74 -> 3 ms at 100,000 participants, benchmarks/caseload.py).
        indexes = [models.Index(fields=["organisation", "status", "code"]),
                   models.Index(fields=["status", "exit_date"]),
                   # ESF+ periods select by entry and exit date (benchmarks/reporting.py).
                   models.Index(fields=["intake_date"]), models.Index(fields=["exit_date"])]

    def __str__(self):
        return self.code

    @property
    def audit_label(self):
        return self.code

    @property
    def is_open(self):
        return self.status == self.Status.OPEN

    @property
    def exit_situation(self):
        return [name.removeprefix("exit_") for name in self.EXIT_SITUATIONS if getattr(self, name) is True]

    @property
    def phase_index(self):
        return PHASE_ORDER.index(self.current_phase) if self.current_phase in PHASE_ORDER else 0

    def display_name(self):
        """Preferred or first name — only ever rendered where view_identity was checked."""
        return self.preferred_name or " ".join(p for p in [self.first_name, self.last_name] if p)

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = next_code()
        if self.anonymised_at is None:
            self.identity_index = identity_index(self.first_name, self.last_name, self.date_of_birth)
            if self.date_of_birth:
                self.age_band_at_entry = age_band(self.date_of_birth, self.intake_date or timezone.localdate())
        super().save(*args, **kwargs)


class Assignment(models.Model):
    """Who is "assigned" to a participant: the team that sees identity and team notes."""

    class CaseRole(models.TextChoices):
        LEAD = "lead", _("Lead work coach")
        WORK_COACH = "work_coach", _("Work coach")
        PSYCHOSOCIAL = "psychosocial", _("Psychosocial worker")

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="assignments")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="assignments",
                             verbose_name=_("worker"))
    role = models.CharField(_("role on the case"), max_length=20, choices=CaseRole.choices,
                            default=CaseRole.WORK_COACH)
    assigned_at = models.DateTimeField(default=timezone.now)
    assigned_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    ended_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["assigned_at"]
        constraints = [models.UniqueConstraint(fields=["participant", "user"], condition=Q(ended_at__isnull=True),
                                               name="one_active_assignment_per_user")]
        indexes = [models.Index(fields=["user", "ended_at"])]


class BreakGlassGrant(models.Model):
    """Emergency access to a record the user is not assigned to: reason required, audited, time-limited,
    and flagged to the owner organisation's supervisors for review."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="break_glass_grants")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="break_glass_grants")
    reason = EncryptedTextField(_("reason"))
    granted_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = EncryptedTextField(_("review note"), blank=True)

    HOURS = 8

    class Meta:
        ordering = ["-granted_at"]
        indexes = [models.Index(fields=["user", "expires_at"])]

    @property
    def is_active(self):
        return self.expires_at > timezone.now()


# --- Consent ------------------------------------------------------------------------------------------

class ConsentPurpose(models.TextChoices):
    PARTICIPATION = "participation_and_data_processing", _("Participation and data processing")
    SHARE_WITH_PARTNER = "share_with_partner", _("Sharing with a named partner organisation")
    EMPLOYER_INTRODUCTIONS = "employer_introductions", _("Introductions to employers")
    ESF_REPORTING = "esf_reporting", _("ESF+ reporting")
    FOLLOW_UP_CONTACT = "follow_up_contact", _("Follow-up contact after exit")
    CASE_TRANSFER = "case_transfer", _("Case transfer to a named organisation")


# Purposes that name the organisation the consent allows (sharing with, transferring the case to).
PARTNER_PURPOSES = (ConsentPurpose.SHARE_WITH_PARTNER, ConsentPurpose.CASE_TRANSFER)


class ConsentQuerySet(models.QuerySet):
    def valid(self, purpose=None, partner=None):
        qs = self.filter(withdrawn_at__isnull=True, given_at__lte=timezone.now())
        if purpose:
            qs = qs.filter(purpose=purpose)
        if partner is not None:
            qs = qs.filter(partner=partner)
        return qs


class ConsentTextQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=ConsentText.State.PUBLISHED)

    def current(self):
        """The published versions no later published version of the same organisation, purpose and language
        replaces: what a new consent may be recorded on."""
        later = ConsentText.objects.filter(
            organisation_id=models.OuterRef("organisation_id"), purpose=models.OuterRef("purpose"),
            language=models.OuterRef("language"), state=ConsentText.State.PUBLISHED,
            version__gt=models.OuterRef("version"))
        return self.published().exclude(models.Exists(later))


class ConsentText(models.Model):
    """One version of an organisation's consent text for one purpose in one language (issue 16, item 4).

    A draft is edited freely; publishing freezes it: a published version never changes (save() refuses), a
    new wording is a new version. A consent points at the exact version the participant agreed to, so what
    they were told can always be printed again. Versions count per organisation, purpose and language."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        PUBLISHED = "published", _("Published")

    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("organisation"))
    purpose = models.CharField(_("purpose"), max_length=40, choices=ConsentPurpose.choices)
    language = models.CharField(_("language"), max_length=10)
    version = models.PositiveIntegerField(_("version"))
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), max_length=20000)
    state = models.CharField(_("status"), max_length=10, choices=State.choices, default=State.DRAFT)
    machine_draft = models.BooleanField(
        _("machine-drafted wording, not yet reviewed"), default=False,
        help_text=_("Untick when a person responsible (for example the data-protection officer) has reviewed "
                    "the wording."))
    based_on = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                 verbose_name=_("based on"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    objects = ConsentTextQuerySet.as_manager()

    class Meta:
        ordering = ["purpose", "language", "-version"]
        verbose_name = _("consent text")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "purpose", "language", "version"],
                                    name="consent_text_version_unique"),
            models.UniqueConstraint(fields=["organisation", "purpose", "language"], condition=Q(state="draft"),
                                    name="consent_text_one_draft")]

    class Frozen(Exception):
        """A published consent text was about to be changed."""

    def save(self, *args, **kwargs):
        # Defence in depth behind the actions: a published row is never written again.
        if self.pk and ConsentText.objects.filter(pk=self.pk, state=self.State.PUBLISHED).exists():
            raise ConsentText.Frozen(f"consent text {self.pk} is published and cannot change")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        if self.state == self.State.PUBLISHED:
            raise ConsentText.Frozen(f"consent text {self.pk} is published and cannot be deleted")
        return super().delete(*args, **kwargs)

    @property
    def is_draft(self):
        return self.state == self.State.DRAFT

    @property
    def label(self):
        """"v3" — what a consent record stores as its text version."""
        return f"v{self.version}"

    @property
    def names_partner(self):
        """The consent names an organisation (sharing with, transferring to): the printout leaves room for it."""
        return self.purpose in PARTNER_PURPOSES

    @property
    def direction(self):
        from ikut.languages import BY_CODE

        language = BY_CODE.get(self.language)
        return "rtl" if language and language.bidi else "ltr"

    def __str__(self):
        from ikut.core.templatetags.ikut_formats import language_name

        return f"{self.get_purpose_display()} · {language_name(self.language)} · {self.label}"


class Consent(models.Model):
    class HowGiven(models.TextChoices):
        SIGNED = "signed", _("Signed")
        ORAL_WITH_INTERPRETER = "oral_with_interpreter", _("Oral, with an interpreter")
        ELECTRONIC = "electronic", _("Electronic (portal)")

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=40, choices=ConsentPurpose.choices)
    partner = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.PROTECT, related_name="+",
                                verbose_name=_("partner organisation"))
    # The exact text version the participant agreed to. Consents recorded before texts were kept in IKUT
    # (issue 16) have no text: their free-text version label stays in text_version as history.
    text = models.ForeignKey(ConsentText, null=True, blank=True, on_delete=models.PROTECT, related_name="consents",
                             verbose_name=_("consent text"))
    text_version = models.CharField(_("consent text version"), max_length=20)
    text_language = models.CharField(_("language of the consent text"), max_length=10)
    given_at = models.DateTimeField(_("given"), default=timezone.now)
    how_given = models.CharField(_("how given"), max_length=30, choices=HowGiven.choices)
    interpreter_language = models.CharField(_("interpreter language"), max_length=10, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                    related_name="+")
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    withdrawn_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")

    objects = ConsentQuerySet.as_manager()

    class Meta:
        ordering = ["-given_at"]
        indexes = [models.Index(fields=["purpose", "withdrawn_at"]),
                   models.Index(fields=["participant"], condition=Q(purpose="esf_reporting", withdrawn_at__isnull=True),
                                name="consent_esf_valid")]
        constraints = [models.CheckConstraint(
            condition=~Q(purpose__in=["share_with_partner", "case_transfer"]) | Q(partner__isnull=False),
            name="partner_consent_names_partner")]

    @property
    def is_valid(self):
        return self.withdrawn_at is None and self.given_at <= timezone.now()


def has_valid_consent(participant, purpose, partner=None) -> bool:
    """True if `participant` holds a consent for `purpose` (for sharing: with `partner`) that is not withdrawn.

    Always asks the database, so a withdrawal takes effect at once.
    """
    if purpose in PARTNER_PURPOSES and partner is None:
        return False
    if purpose not in PARTNER_PURPOSES:
        partner = None
    if participant is None or getattr(participant, "anonymised_at", None):
        return False
    return Consent.objects.filter(participant=participant).valid(purpose, partner).exists()


def participants_with_valid_consent(purpose=ConsentPurpose.ESF_REPORTING, queryset=None):
    """Queryset for reporting: participants with a valid consent for `purpose` (default ESF+)."""
    return (queryset if queryset is not None else Participant.objects.all()).with_valid_consent(purpose)


# --- Pathway plan --------------------------------------------------------------------------------------

class Status(models.TextChoices):
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    DROPPED = "dropped", _("Dropped")


class Goal(models.Model):
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="goals")
    phase = models.CharField(_("phase"), max_length=30, choices=Phase.choices)
    own_words = EncryptedTextField(_("the goal in the participant's own words"))
    own_words_fi = EncryptedTextField(_("in Finnish"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PLANNED)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["created_at"]


class Task(models.Model):
    class Kind(models.TextChoices):
        PLAN = "plan", _("Plan task")
        FOLLOW_UP = "follow_up", _("Six-month follow-up")

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="tasks")
    goal = models.ForeignKey(Goal, null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks",
                             verbose_name=_("goal"))
    phase = models.CharField(_("phase"), max_length=30, choices=Phase.choices)
    kind = models.CharField(max_length=20, choices=Kind.choices, default=Kind.PLAN)
    title = EncryptedTextField(_("task"))
    title_fi = EncryptedTextField(_("in Finnish"), blank=True)
    # A task the system created: the key of its participant-facing wording and the values it needs
    # (participants/system_tasks.py), so the participant reads it in their own language.
    text_key = models.CharField(max_length=40, blank=True, editable=False)
    text_values = EncryptedTextField(blank=True, editable=False)
    due_date = models.DateField(_("due date"), null=True, blank=True)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                              related_name="participant_tasks", verbose_name=_("owner"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.PLANNED)
    completed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_date", "pk"]
        # (owner, kind, due_date): the dashboard's overdue and follow-up panels ask for one owner's tasks of one
        # kind by due date, the first 20; in this order the database reads them in the order it returns them and
        # stops at the 20th, instead of collecting every open task of the owner and sorting it.
        indexes = [models.Index(fields=["owner", "kind", "due_date"]),
                   models.Index(fields=["participant", "status"])]

    @property
    def is_overdue(self):
        return self.status in (Status.PLANNED, Status.IN_PROGRESS) and self.due_date and \
            self.due_date < timezone.localdate()


# --- Meetings and notes ----------------------------------------------------------------------------------

class Meeting(models.Model):
    class Kind(models.TextChoices):
        COACHING = "coaching", _("Individual coaching")
        GROUP = "group_training", _("Group training")
        PSYCHOSOCIAL = "psychosocial", _("Psychosocial session")
        OTHER = "other", _("Other meeting")

    class Attendance(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ATTENDED = "attended", _("Attended")
        CANCELLED = "cancelled", _("Cancelled")
        NO_SHOW = "no_show", _("Did not come")

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="meetings")
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    starts_at = models.DateTimeField(_("date and time"))
    duration_minutes = models.PositiveIntegerField(_("duration (minutes)"), default=60)
    interpreter_used = models.BooleanField(_("interpreter used"), default=False)
    interpreter_language = models.CharField(_("interpreter language"), max_length=10, blank=True)
    attendance = models.CharField(_("attendance"), max_length=12, choices=Attendance.choices,
                                  default=Attendance.PLANNED)
    summary = EncryptedTextField(_("summary"), blank=True)
    worker = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                               related_name="participant_meetings", verbose_name=_("worker"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["participant", "starts_at"]), models.Index(fields=["worker", "starts_at"])]


class Note(models.Model):
    class Kind(models.TextChoices):
        TEAM = "team", _("Note to the team")
        PSYCHOSOCIAL = "psychosocial", _("Psychosocial note (psychosocial workers only)")

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="notes")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.TEAM)
    body = EncryptedTextField(_("note"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["participant", "kind", "created_at"])]


# --- Referrals ---------------------------------------------------------------------------------------------

class Referral(models.Model):
    class Service(models.TextChoices):
        PSYCHOSOCIAL = "psychosocial_support", _("Psychosocial support")
        LEGAL = "legal_support", _("Legal and practical support")
        EMPLOYMENT_SERVICES = "employment_services", _("Public employment services")
        KELA = "kela", _("Kela (social security)")
        TRAINING = "training", _("Training provider")
        OTHER = "other", _("Other service")

    class State(models.TextChoices):
        SENT = "sent", _("Sent")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        DONE = "done", _("Done")
        REVOKED = "revoked", _("Revoked")

    SHAREABLE = [("first_name", _("First name")), ("last_name", _("Last name")),
                 ("date_of_birth", _("Date of birth")), ("phone", _("Phone")), ("email", _("Email")),
                 ("languages_spoken", _("Languages")), ("current_phase", _("Pathway phase")),
                 ("goals", _("Goals"))]

    @property
    def shared_field_labels(self):
        """What was shared, by translated labels ("First name"), never raw field names."""
        labels = dict(self.SHAREABLE)
        return [str(labels.get(f, f.replace("_", " "))) for f in self.shared_fields]

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="referrals")
    partner = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="+",
                                verbose_name=_("partner organisation"))
    service = models.CharField(_("service"), max_length=30, choices=Service.choices)
    consent = models.ForeignKey(Consent, on_delete=models.PROTECT, related_name="referrals",
                                verbose_name=_("under consent"))
    shared_fields = models.JSONField(_("data shared"), default=list)
    note = EncryptedTextField(_("message to the partner"), blank=True)
    status = models.CharField(_("status"), max_length=12, choices=State.choices, default=State.SENT)
    sent_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["-sent_at"]


# --- Safety -------------------------------------------------------------------------------------------------

class RiskFlag(models.Model):
    class Kind(models.TextChoices):
        EXPLOITER_CONTACT = "exploiter_contact", _("Contact from the exploiter")
        REVICTIMISATION = "revictimisation", _("Risk of re-victimisation")
        UNSAFE_PHONE = "unsafe_phone", _("Phone is not safe")
        UNSAFE_ADDRESS = "unsafe_address", _("Address is not safe")
        HEALTH = "health", _("Urgent health concern")
        OTHER = "other", _("Other risk")

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="risk_flags")
    kind = models.CharField(_("risk"), max_length=30, choices=Kind.choices)
    note = EncryptedTextField(_("details"), blank=True)
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    raised_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-raised_at"]
        indexes = [models.Index(fields=["participant", "resolved_at"])]

    @property
    def is_active(self):
        return self.resolved_at is None


# --- Documents ------------------------------------------------------------------------------------------------

class Document(models.Model):
    class Kind(models.TextChoices):
        CERTIFICATE = "certificate", _("Certificate")
        CV = "cv", _("CV")
        CONTRACT = "contract", _("Contract")
        OTHER = "other", _("Other document")

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    filename = EncryptedCharField(_("file name"))
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    storage_name = models.CharField(max_length=200, unique=True)
    sha256 = models.CharField(max_length=64)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    uploaded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-uploaded_at"]


# --- History ---------------------------------------------------------------------------------------------------

class FieldChange(models.Model):
    """One changed field: who, when, old and new. Values are always stored encrypted."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="changes")
    model = models.CharField(max_length=40)
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=60)
    old_value = EncryptedTextField(blank=True)
    new_value = EncryptedTextField(blank=True)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        indexes = [models.Index(fields=["participant", "changed_at"])]

    # Shown by their translated labels on the history page, never as raw model or field names.
    def _model_class(self):
        from django.apps import apps

        for app in ("participants", "skills", "employers"):
            try:
                return apps.get_model(app, self.model)
            except LookupError:
                continue
        return None

    def _field(self):
        model = self._model_class()
        try:
            return model._meta.get_field(self.field) if model else None
        except Exception:  # noqa: BLE001 - a field that no longer exists keeps its stored name
            return None

    @property
    def model_label(self):
        model = self._model_class()
        return capfirst(model._meta.verbose_name) if model else self.model

    @property
    def field_label(self):
        field = self._field()
        return capfirst(getattr(field, "verbose_name", "")) if field else self.field.replace("_", " ")

    CODE_LIST_FIELDS = {"nationality": "country", "languages_spoken": "language"}

    def _text(self, value):
        from ikut.core import codelists
        from ikut.core.formats import any_text

        if self.field in self.CODE_LIST_FIELDS and self.model == "participant":
            return codelists.display(value, self.CODE_LIST_FIELDS[self.field])
        field = self._field()
        if value and field is not None and field.choices:
            return dict(field.flatchoices).get(value, value)
        if value in ("yes", "no"):
            return any_text(value == "yes")
        return any_text(value)

    @property
    def old_text(self):
        return self._text(self.old_value)

    @property
    def new_text(self):
        return self._text(self.new_value)


def follow_up_due_date(exit_date: datetime.date) -> datetime.date:
    return exit_date + datetime.timedelta(days=183)
