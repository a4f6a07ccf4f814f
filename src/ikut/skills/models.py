"""Skills taxonomy (ESCO occupations, skills, ISCO-08 groups + Finnish certificates) and skills profiles.

Taxonomy rows are reference data (no personal data). Labels are stored per language as
{"fi": {"preferred": "...", "alt": [...], "status": "official"|"machine-draft"}, ...} and read through
`label(lang)`, which falls back fi/sv → en → any language, so a page never shows an empty name.

Profiles (SkillsProfile and below) are participant data: read and changed only through ikut.access and
audited (see views.py / actions.py).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ikut.core.crypto import EncryptedCharField, EncryptedTextField
from ikut.core.i18n import base_language, current_language

FALLBACK = ("en", "fi", "sv")
CEFR = ["A1", "A2", "B1", "B2", "C1", "C2"]
CEFR_CHOICES = [("", "—"), ("native", _("first language"))] + [(c, c) for c in CEFR]


def cefr_rank(level):
    if level == "native":
        return 7
    return CEFR.index(level) + 1 if level in CEFR else 0




def pick_label(labels, lang=None, field="preferred"):
    """The label in `lang`, else English, Finnish, Swedish, else any; ('' if none)."""
    lang = base_language(lang or current_language())
    for code in (lang, *FALLBACK):
        value = (labels or {}).get(code, {}).get(field)
        if value:
            return value
    for entry in (labels or {}).values():
        if entry.get(field):
            return entry[field]
    return ""


def label_status(labels, lang):
    """'official', 'machine-draft', or 'fallback' when the language has no label of its own."""
    entry = (labels or {}).get(base_language(lang or current_language()))
    if not entry or not entry.get("preferred"):
        return "fallback"
    return entry.get("status", "official")


class Labelled(models.Model):
    labels = models.JSONField(_("labels"), default=dict)

    class Meta:
        abstract = True

    def label(self, lang=None):
        return pick_label(self.labels, lang)

    def alt_labels(self, lang=None):
        lang = base_language(lang or current_language())
        return (self.labels or {}).get(lang, {}).get("alt", [])

    def label_status(self, lang=None):
        return label_status(self.labels, lang)

    def __str__(self):
        return self.label()


class TaxonomyImport(models.Model):
    """One import of a taxonomy release: the starter set or an official ESCO download."""

    class Source(models.TextChoices):
        STARTER = "starter", _("Built-in starter taxonomy")
        ESCO = "esco", _("Official ESCO download")

    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    version = models.CharField(_("release version"), max_length=120)
    languages = models.CharField(_("languages"), max_length=100, blank=True)
    started_at = models.DateTimeField(_("started"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    seconds = models.FloatField(_("duration (s)"), default=0)
    counts = models.JSONField(_("counts"), default=dict)
    skipped = models.JSONField(_("skipped"), default=dict)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("taxonomy import")

    def __str__(self):
        return f"{self.get_source_display()} {self.version}"


class IscoGroup(Labelled):
    code = models.CharField(_("ISCO-08 code"), max_length=10, unique=True)
    uri = models.CharField(_("URI"), max_length=200, unique=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("ISCO-08 group")


class Occupation(Labelled):
    class Sector(models.TextChoices):
        CLEANING = "cleaning", _("Cleaning and property services")
        HOSPITALITY = "hospitality", _("Hotels and restaurants")
        CONSTRUCTION = "construction", _("Construction")
        AGRICULTURE = "agriculture", _("Agriculture and berry farms")
        CARE = "care", _("Care")
        BEAUTY = "beauty", _("Beauty and nail salons")
        LOGISTICS = "logistics", _("Warehouses and logistics")
        FOOD_PROCESSING = "food_processing", _("Food processing")
        TRANSPORT = "transport", _("Delivery and transport")
        DOMESTIC = "domestic", _("Domestic work")
        RETAIL = "retail", _("Retail")

    uri = models.CharField(_("ESCO URI"), max_length=200, unique=True)
    isco_code = models.CharField(_("ISCO-08 code"), max_length=10, blank=True, db_index=True)
    code = models.CharField(_("ESCO code"), max_length=30, blank=True)
    broader_uri = models.CharField(_("broader concept"), max_length=200, blank=True)
    sector = models.CharField(_("sector"), max_length=30, choices=Sector.choices, blank=True, db_index=True)
    language_level = models.CharField(_("typical Finnish/Swedish level needed (CEFR)"), max_length=2, blank=True)
    source = models.CharField(_("source"), max_length=20, default="esco")

    class Meta:
        ordering = ["uri"]
        verbose_name = _("occupation")


class Skill(Labelled):
    class Type(models.TextChoices):
        SKILL = "skill", _("skill/competence")
        KNOWLEDGE = "knowledge", _("knowledge")

    uri = models.CharField(_("ESCO URI"), max_length=200, unique=True)
    skill_type = models.CharField(_("type"), max_length=20, choices=Type.choices, default=Type.SKILL)
    reuse_level = models.CharField(_("reuse level"), max_length=40, blank=True)
    source = models.CharField(_("source"), max_length=20, default="esco")

    class Meta:
        ordering = ["uri"]
        verbose_name = _("skill")


class OccupationSkill(models.Model):
    class Relation(models.TextChoices):
        ESSENTIAL = "essential", _("essential")
        OPTIONAL = "optional", _("optional")

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="skill_links")
    skill = models.ForeignKey(Skill, on_delete=models.CASCADE, related_name="occupation_links")
    relation = models.CharField(_("relation"), max_length=10, choices=Relation.choices)
    source = models.CharField(_("source"), max_length=20, default="esco")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["occupation", "skill"], name="skills_occskill_unique")]


class Certificate(Labelled):
    """A Finnish card, licence, language certificate or vocational qualification that opens jobs."""

    class Kind(models.TextChoices):
        CARD = "card", _("card")
        LICENCE = "licence", _("licence")
        LANGUAGE = "language", _("language certificate")
        QUALIFICATION = "qualification", _("vocational qualification")

    code = models.SlugField(_("code"), max_length=60, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    source = models.CharField(_("source"), max_length=300, blank=True)
    url = models.URLField(_("more information"), blank=True)
    # Provenance (docs/rights.md): the date someone read `url` for this certificate's facts, or empty
    # ("not yet checked"). Never set without the address read.
    checked_on = models.DateField(_("checked on"), null=True, blank=True)

    class Meta:
        ordering = ["kind", "code"]
        verbose_name = _("certificate")
        constraints = [models.CheckConstraint(condition=models.Q(checked_on__isnull=True) | ~models.Q(url=""),
                                              name="skills_certificate_checked_source")]


class OccupationCertificate(models.Model):
    class Relation(models.TextChoices):
        REQUIRES = "requires", _("required")
        FAVOURS = "favours", _("an advantage")

    occupation = models.ForeignKey(Occupation, on_delete=models.CASCADE, related_name="certificate_links")
    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="occupation_links")
    relation = models.CharField(_("relation"), max_length=10, choices=Relation.choices)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["occupation", "certificate"], name="skills_occcert_unique")]


# ------------------------------------------------------------------ skills profile (participant data)

class SkillsProfile(models.Model):
    participant = models.OneToOneField("participants.Participant", on_delete=models.CASCADE,
                                       related_name="skills_profile", verbose_name=_("participant"))
    # education
    isced_level = models.CharField(_("highest education (ISCED level)"), max_length=2, blank=True)
    education_country = models.CharField(_("country of education"), max_length=2, blank=True)
    education_years = models.PositiveSmallIntegerField(_("years of schooling"), null=True, blank=True)
    education_documents = models.BooleanField(_("certificates or diplomas are available"), default=False)
    education_notes = EncryptedTextField(_("education notes"), blank=True)
    # digital skills: {DigComp area: level 0-3}
    digital = models.JSONField(_("digital skills"), default=dict, blank=True)
    interests = EncryptedTextField(_("interests"), blank=True)
    goals = EncryptedTextField(_("goals, in the person's own words"), blank=True)
    constraints = EncryptedTextField(_("practical constraints (childcare, health, travel)"), blank=True)
    location = EncryptedCharField(_("where the person can work (municipality)"), max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="+")

    class Meta:
        verbose_name = _("skills profile")

    @property
    def audit_label(self):
        return getattr(self.participant, "code", self.pk)


class LanguageSkill(models.Model):
    profile = models.ForeignKey(SkillsProfile, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(_("language"), max_length=10)
    understanding = models.CharField(_("understanding"), max_length=6, choices=CEFR_CHOICES, blank=True)
    speaking = models.CharField(_("speaking"), max_length=6, choices=CEFR_CHOICES, blank=True)
    writing = models.CharField(_("reading and writing"), max_length=6, choices=CEFR_CHOICES, blank=True)

    class Meta:
        ordering = ["code"]
        constraints = [models.UniqueConstraint(fields=["profile", "code"], name="skills_lang_unique")]

    @property
    def level(self):
        """One overall level for matching: the lower of understanding and speaking."""
        levels = [lv for lv in (self.understanding, self.speaking) if lv]
        return min(levels, key=cefr_rank) if levels else ""


class WorkExperience(models.Model):
    class WorkType(models.TextChoices):
        PAID = "paid", _("paid work")
        SELF_EMPLOYED = "self_employed", _("own business")
        UNPAID = "unpaid", _("unpaid work (family, household, community)")
        INFORMAL = "informal", _("informal work (no contract)")
        EXPLOITATIVE = "exploitative", _("work under pressure or control by others")
        VOLUNTEER = "volunteer", _("volunteering")

    profile = models.ForeignKey(SkillsProfile, on_delete=models.CASCADE, related_name="experiences")
    occupation = models.ForeignKey(Occupation, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    work_type = models.CharField(_("type of work"), max_length=20, choices=WorkType.choices)
    country = models.CharField(_("country"), max_length=2, blank=True)
    years = models.DecimalField(_("years"), max_digits=4, decimal_places=1, null=True, blank=True)
    description = EncryptedTextField(_("what the person did, in their own words"), blank=True)
    # Entered by the participant on the portal: they may delete it there themselves.
    added_by_participant = models.BooleanField(_("added by the participant"), default=False, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]


class ProfileSkill(models.Model):
    class Source(models.TextChoices):
        EXPERIENCE = "experience", _("work experience")
        EDUCATION = "education", _("education")
        ACTIVITY = "activity", _("other activity")
        TEST = "test", _("test or demonstration")

    class Confidence(models.TextChoices):
        SELF_DECLARED = "self_declared", _("self-declared")
        CONFIRMED = "confirmed", _("confirmed by work coach")
        CERTIFIED = "certified", _("certified")

    profile = models.ForeignKey(SkillsProfile, on_delete=models.CASCADE, related_name="skills")
    skill = models.ForeignKey(Skill, on_delete=models.PROTECT, related_name="+")
    source = models.CharField(_("source"), max_length=20, choices=Source.choices)
    confidence = models.CharField(_("confidence"), max_length=20, choices=Confidence.choices)
    experience = models.ForeignKey(WorkExperience, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="skills")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["profile", "skill"], name="skills_profileskill_unique")]


class ProfileCertificate(models.Model):
    class Status(models.TextChoices):
        HELD = "held", _("held")
        STUDYING = "studying", _("working towards it")

    profile = models.ForeignKey(SkillsProfile, on_delete=models.CASCADE, related_name="certificates")
    certificate = models.ForeignKey(Certificate, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.HELD)
    document_seen = models.BooleanField(_("document seen by the work coach"), default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["profile", "certificate"], name="skills_profilecert_unique")]
