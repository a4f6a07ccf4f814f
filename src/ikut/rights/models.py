"""Rights library content and the data behind the job-offer check.

Everything here is public reference content (no personal data): articles per language, the rules of
the job-offer check with their legal basis, the sector minimum-pay table and the help contacts.
"""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from . import provenance

# A fact may carry a checked-on date only together with the source that was read (docs/rights.md).
CHECKED_NEEDS_SOURCE = models.Q(checked_on__isnull=True) | ~models.Q(source="")

SECTORS = [
    ("cleaning", _("Cleaning")),
    ("hospitality", _("Hotels and restaurants")),
    ("construction", _("Construction")),
    ("agriculture", _("Agriculture and gardening")),
    ("berry_picking", _("Berry picking")),
    ("care", _("Care work")),
    ("beauty", _("Beauty and nail salons")),
    ("warehouse", _("Warehouse")),
    ("food_processing", _("Food processing")),
    ("transport", _("Transport and delivery")),
    ("domestic_work", _("Domestic work")),
    ("retail", _("Shops and retail")),
    ("other", _("Other work")),
]


class Severity(models.TextChoices):
    RED = "red", _("Red: serious warning sign")
    AMBER = "amber", _("Amber: check this")
    INFO = "info", _("Information")


class OfferRule(models.Model):
    """One rule of the job-offer check. The condition is named by `code` (see offer_check.CHECKS);
    what it means, its legal basis and its wording are data that staff can review and update."""

    code = models.CharField(_("code"), max_length=40)
    severity = models.CharField(_("severity"), max_length=10, choices=Severity.choices)
    ilo_indicator = models.CharField(_("ILO indicator"), max_length=80, blank=True)
    # [{"statute": "Employment Contracts Act", "number": "55/2001", "section": "ch. 2 s. 14"}, ...]
    legal_basis = models.JSONField(_("legal basis"), default=list)
    message = models.TextField(_("message (English)"))
    advice = models.TextField(_("advice (English)"))
    # {"fi": {"message": "...", "advice": "..."}} — overrides the shipped catalogue translation.
    translations = models.JSONField(_("translations"), default=dict, blank=True)
    # Provenance (docs/rights.md, "Provenance"): the address of the law text behind the rule, and the date
    # someone read it for this rule (empty = "not yet checked"; set only through Rights → Unchecked facts by
    # entering the source read, audited). The shipped rules (rule_data.RULES) carry no date.
    source = models.CharField(_("source"), max_length=300, blank=True)
    checked_on = models.DateField(_("checked on"), null=True, blank=True)

    class Meta:
        ordering = ["code", "severity"]
        constraints = [models.UniqueConstraint(fields=["code", "severity"], name="rights_rule_code_severity"),
                       models.CheckConstraint(condition=CHECKED_NEEDS_SOURCE, name="rights_rule_checked_source")]
        verbose_name = _("job-offer rule")

    def __str__(self):
        return f"{self.code} ({self.severity})"


class SectorMinimumPay(models.Model):
    """The lowest hourly pay of a generally applicable collective agreement, from a given date."""

    sector = models.CharField(_("sector"), max_length=30, choices=SECTORS)
    agreement = models.CharField(_("collective agreement"), max_length=200)
    lowest_pay_group = models.CharField(_("lowest pay group"), max_length=120)
    hourly_minimum = models.DecimalField(_("hourly minimum (EUR)"), max_digits=7, decimal_places=2)
    effective_from = models.DateField(_("effective from"))
    source = models.URLField(_("source"), max_length=300, blank=True)
    checked_on = models.DateField(_("checked on"), null=True, blank=True)
    uncertain = models.BooleanField(_("value not confirmed from the pay table"), default=False)
    note = models.CharField(_("note"), max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        ordering = ["sector", "-effective_from"]
        verbose_name = _("sector minimum pay")
        constraints = [models.CheckConstraint(condition=CHECKED_NEEDS_SOURCE, name="rights_minpay_checked_source")]

    def __str__(self):
        return f"{self.sector}: {self.hourly_minimum} € ({self.effective_from})"

    @property
    def possibly_outdated(self):
        return self.outdated_on(timezone.localdate())

    def outdated_on(self, day):
        return self.effective_from < day - datetime.timedelta(days=365)

    @classmethod
    def current(cls, sector, on=None):
        on = on or timezone.localdate()
        return cls.objects.filter(sector=sector, effective_from__lte=on).order_by("-effective_from").first()


class HelpContact(models.Model):
    """Where to get help; shown with every job-offer check result and in the portal."""

    key = models.SlugField(unique=True)
    order = models.PositiveSmallIntegerField(default=0)
    name = models.CharField(_("name (English)"), max_length=200)
    phone = models.CharField(_("phone"), max_length=40)
    hours = models.CharField(_("hours (English)"), max_length=200)
    translations = models.JSONField(_("translations"), default=dict, blank=True)
    source = models.URLField(_("source"), max_length=300, blank=True)
    checked_on = models.DateField(_("checked on"), null=True, blank=True)

    class Meta:
        ordering = ["order"]
        verbose_name = _("help contact")
        constraints = [models.CheckConstraint(condition=CHECKED_NEEDS_SOURCE, name="rights_help_checked_source")]

    @property
    def national_phone(self):
        """The national form beside the international one: "+358 295 463 177" -> "0295 463 177";
        empty for numbers that have only one form (112, 116 006)."""
        return provenance.national_phone(self.phone)

    def __str__(self):
        return self.name


class Article(models.Model):
    """A topic of the rights library. Its text lives in one ArticleVersion per language."""

    slug = models.SlugField(_("topic"), unique=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    icon = models.CharField(_("icon"), max_length=40, default="info")
    # [{"statute": ..., "number": ..., "section": ..., "source": address, "checked_on": "YYYY-MM-DD" or ""}]
    legal_references = models.JSONField(_("legal references"), default=list, blank=True)
    # [{"title": ..., "url": ..., "checked_on": "YYYY-MM-DD" or ""}] — the url is the source of the row
    sources = models.JSONField(_("sources"), default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["order", "slug"]
        verbose_name = _("rights article")

    def __str__(self):
        return self.slug

    def version(self, lang):
        for v in self.versions.all():  # uses prefetch when present
            if v.language == lang:
                return v
        return None


class ArticleVersion(models.Model):
    class Status(models.TextChoices):
        MISSING = "missing", _("Missing")
        DRAFT = "draft", _("Draft (not reviewed)")
        REVIEWED = "reviewed", _("Reviewed")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="versions")
    language = models.CharField(_("language"), max_length=10)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = models.TextField(_("plain-language text"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+", verbose_name=_("reviewer"))
    reviewed_on = models.DateField(_("reviewed on"), null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["article", "language"]
        constraints = [models.UniqueConstraint(fields=["article", "language"], name="rights_version_lang")]
        verbose_name = _("article language version")

    def __str__(self):
        return f"{self.article.slug} [{self.language}]"

    @property
    def paragraphs(self):
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]
