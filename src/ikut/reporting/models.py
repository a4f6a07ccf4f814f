"""Reporting: reporting periods, the labour-market situation survey, situation reports and report builds.

Nothing here holds a participant's identity. Survey responses are stored without identity: no user, no
IP address, no cookie. When a logged-in participant who consented answers, only that fact is recorded
(`respondent_consented=True`). Free-text answers are encrypted and never leave the survey's own page:
they are excluded from every aggregate, chart and export (see ikut/reporting/aggregates.py).
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ikut.core.crypto import EncryptedTextField
from ikut.core.i18n import Localised


class SubmittedPeriodError(Exception):
    """A submitted period's figures never change."""


class ReportingPeriod(models.Model):
    """An ESF+ reporting period, e.g. "2026 H1" from 2026-01-01 to 2026-06-30 (both days included).

    Periods never overlap (reporting/actions.py: create_period). A period is created (draft), computed,
    reviewed and submitted; at submission its raw and published figures are stored with their fingerprint
    and never change again (a later re-computation that differs becomes a correction reported with a later
    period, see reporting/periods.py)."""

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEWED = "reviewed", _("Reviewed")
        SUBMITTED = "submitted", _("Submitted")

    name = models.CharField(_("name"), max_length=80, unique=True)
    start = models.DateField(_("first day"))
    end = models.DateField(_("last day"))
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT)
    reviewed_fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+", editable=False)
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+", editable=False)
    fingerprint = models.CharField(max_length=64, blank=True, editable=False)
    # Stored at submission: raw counts (aggregates, never rows), the published suppressed figures, and the
    # corrections to earlier periods reported with this one.
    figures = models.JSONField(null=True, blank=True, editable=False)
    published = models.JSONField(null=True, blank=True, editable=False)
    corrections = models.JSONField(default=list, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    @property
    def is_submitted(self):
        return self.state == self.State.SUBMITTED

    def save(self, *args, **kwargs):
        if self.pk and type(self).objects.filter(pk=self.pk, state=self.State.SUBMITTED).exists():
            raise SubmittedPeriodError(f"reporting period {self.pk} is submitted and cannot change")
        super().save(*args, **kwargs)

    class Meta:
        ordering = ["-start", "name"]
        verbose_name = _("reporting period")
        constraints = [models.CheckConstraint(condition=models.Q(end__gte=models.F("start")),
                                              name="reporting_period_end_after_start")]

    def __str__(self):
        return self.name



class Survey(Localised, models.Model):
    class Audience(models.TextChoices):
        PARTICIPANTS = "participants", _("Participants")
        EMPLOYMENT_SERVICES = "employment_services", _("Employment-services staff")
        COMPANIES = "companies", _("Companies")

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        OPEN = "open", _("Open for answers")
        CLOSED = "closed", _("Closed")

    title_fi = models.CharField(_("title (Finnish)"), max_length=200, blank=True)
    title_sv = models.CharField(_("title (Swedish)"), max_length=200, blank=True)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    intro_fi = models.TextField(_("introduction (Finnish)"), blank=True)
    intro_sv = models.TextField(_("introduction (Swedish)"), blank=True)
    intro_en = models.TextField(_("introduction (English)"), blank=True)
    audience = models.CharField(_("audience"), max_length=30, choices=Audience.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("survey")

    def __str__(self):
        return self.text("title") or f"#{self.pk}"

    @property
    def audit_label(self):
        return f"survey-{self.pk}"


class Question(Localised, models.Model):
    class Kind(models.TextChoices):
        SINGLE = "single", _("One choice")
        MULTI = "multi", _("Several choices")
        SCALE = "scale", _("Scale")
        NUMBER = "number", _("Number")
        TEXT = "text", _("Short text (never exported)")

    class Topic(models.TextChoices):
        GENERAL = "general", _("General")
        BARRIERS = "barriers", _("Barriers to work")
        SERVICES = "services", _("Services used")
        EXPERIENCE = "experience", _("Experience of services")

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices, default=Topic.GENERAL,
                             help_text=_("The situation report groups answers by topic."))
    text_fi = models.CharField(_("question (Finnish)"), max_length=300, blank=True)
    text_sv = models.CharField(_("question (Swedish)"), max_length=300, blank=True)
    text_en = models.CharField(_("question (English)"), max_length=300, blank=True)
    required = models.BooleanField(_("required"), default=False)
    scale_min = models.SmallIntegerField(_("scale from"), default=1)
    scale_max = models.SmallIntegerField(_("scale to"), default=5)

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self):
        return self.text("text")


class Choice(Localised, models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    order = models.PositiveSmallIntegerField(default=0)
    label_fi = models.CharField(_("choice (Finnish)"), max_length=200, blank=True)
    label_sv = models.CharField(_("choice (Swedish)"), max_length=200, blank=True)
    label_en = models.CharField(_("choice (English)"), max_length=200, blank=True)

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self):
        return self.text("label")


def new_token():
    return secrets.token_urlsafe(24)


class SurveyLink(models.Model):
    """An anonymous answering link. The token is the only key; nothing ties a response to a person."""

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="links")
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    label = models.CharField(_("label"), max_length=80, blank=True,
                             help_text=_("Where the link is shared, e.g. 'seminar 2'. Never a person's name."))
    active = models.BooleanField(_("active"), default=True)
    max_responses = models.PositiveIntegerField(_("maximum number of answers"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]


class Response(models.Model):
    class Channel(models.TextChoices):
        ANONYMOUS_LINK = "anonymous_link", _("Anonymous link")
        WITH_CASEWORKER = "with_caseworker", _("With a caseworker")
        PORTAL = "portal", _("Participant portal")

    survey = models.ForeignKey(Survey, on_delete=models.CASCADE, related_name="responses")
    link = models.ForeignKey(SurveyLink, null=True, blank=True, on_delete=models.SET_NULL, related_name="responses")
    channel = models.CharField(max_length=20, choices=Channel.choices)
    language = models.CharField(max_length=10, default="fi")
    # The day only: an exact time could be matched against a meeting calendar.
    submitted_on = models.DateField(default=timezone.localdate)
    respondent_consented = models.BooleanField(default=False, help_text=(
        "The respondent was a logged-in participant who consented to link the answer to the project; "
        "only this fact is stored, never who they are."))

    class Meta:
        indexes = [models.Index(fields=["survey", "submitted_on"])]


class Answer(models.Model):
    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    choice = models.ForeignKey(Choice, null=True, blank=True, on_delete=models.CASCADE, related_name="answers")
    number = models.IntegerField(null=True, blank=True)
    text = EncryptedTextField(blank=True)  # free text: never exported or aggregated

    class Meta:
        indexes = [models.Index(fields=["question", "choice"])]


class SituationReport(models.Model):
    title = models.CharField(_("title"), max_length=200)
    period = models.ForeignKey(ReportingPeriod, on_delete=models.PROTECT, related_name="situation_reports",
                               verbose_name=_("reporting period"))
    surveys = models.ManyToManyField(Survey, blank=True, related_name="situation_reports",
                                     verbose_name=_("surveys included"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("situation report")

    def __str__(self):
        return self.title

    @property
    def audit_label(self):
        return f"situation-report-{self.pk}"


class NarrativeSection(models.Model):
    """Staff-written text in the situation report. It is published as written: staff must not name or
    describe any individual (the editor says so)."""

    report = models.ForeignKey(SituationReport, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    heading = models.CharField(_("heading"), max_length=200)
    body = models.TextField(_("text"))
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        ordering = ["order", "pk"]


class ReportBuild(models.Model):
    """One background build of a report. `result` holds suppressed aggregates only (JSON)."""

    class Kind(models.TextChoices):
        ESF = "esf", _("ESF+ indicators")
        SITUATION = "situation", _("Situation report")

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    kind = models.CharField(max_length=20, choices=Kind.choices)
    period = models.ForeignKey(ReportingPeriod, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    report = models.ForeignKey(SituationReport, null=True, blank=True, on_delete=models.CASCADE, related_name="builds")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(default=0)
    step = models.CharField(max_length=80, blank=True)
    fingerprint = models.CharField(max_length=64, blank=True, db_index=True)
    result = models.JSONField(null=True, blank=True)
    error = models.CharField(max_length=200, blank=True)
    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
