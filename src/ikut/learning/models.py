"""Courses for companies: modules (text, an image, a video link), quizzes with a pass mark, progress per
learner, completion certificates with a public verification code.

Course content is data: `ikut load-course` loads a JSON file from learning/content/ (the demo does too).
Each course records the review status of each language (fi/sv are machine-drafted until a person
reviews them); each source row of a module carries its address and `checked_on`, the date someone read it
(or "": "not yet checked"), as every fact does (docs/rights.md, "Provenance").
"""

import secrets

from django.conf import settings
from django.db import models

from ikut.accounts.models import Organisation
from ikut.core.crypto import EncryptedCharField
from ikut.core.i18n import Localised, base_language

REVIEWED = "reviewed"
MACHINE_DRAFT = "machine-draft"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I


def new_certificate_code():
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


class Course(Localised, models.Model):
    slug = models.SlugField(unique=True)
    title_fi = models.CharField(max_length=300, blank=True)
    title_sv = models.CharField(max_length=300, blank=True)
    title_en = models.CharField(max_length=300, blank=True)
    summary_fi = models.TextField(blank=True)
    summary_sv = models.TextField(blank=True)
    summary_en = models.TextField(blank=True)
    translation_status = models.JSONField(default=dict, help_text="language -> reviewed | machine-draft")
    published = models.BooleanField(default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["slug"]

    def __str__(self):
        return self.title

    @property
    def title(self):
        return self.text("title")

    @property
    def summary(self):
        return self.text("summary")

    def status_for(self, lang):
        return self.translation_status.get(base_language(lang), "missing")


class Module(Localised, models.Model):
    course = models.ForeignKey(Course, on_delete=models.CASCADE, related_name="modules")
    order = models.PositiveIntegerField()
    slug = models.SlugField()
    title_fi = models.CharField(max_length=300, blank=True)
    title_sv = models.CharField(max_length=300, blank=True)
    title_en = models.CharField(max_length=300, blank=True)
    body_fi = models.TextField(blank=True)
    body_sv = models.TextField(blank=True)
    body_en = models.TextField(blank=True)
    image = models.CharField(max_length=200, blank=True, help_text="a static file path, e.g. learning/chain.svg")
    image_alt_fi = models.CharField(max_length=300, blank=True)
    image_alt_sv = models.CharField(max_length=300, blank=True)
    image_alt_en = models.CharField(max_length=300, blank=True)
    video_url = models.URLField(blank=True, help_text="shown as a link; never embedded (no external requests)")
    sources = models.JSONField(default=list, help_text='[{"title": ..., "url": ..., "checked_on": "YYYY-MM-DD" or ""}]')
    pass_mark = models.PositiveSmallIntegerField(default=80, help_text="percent of correct answers to pass")

    class Meta:
        ordering = ["course", "order"]
        constraints = [models.UniqueConstraint(fields=["course", "slug"], name="learning_module_slug")]

    @property
    def title(self):
        return self.text("title")

    @property
    def body(self):
        return self.text("body")

    @property
    def image_alt(self):
        return self.text("image_alt")


class Question(Localised, models.Model):
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="questions")
    order = models.PositiveIntegerField()
    text_fi = models.TextField(blank=True)
    text_sv = models.TextField(blank=True)
    text_en = models.TextField(blank=True)
    explanation_fi = models.TextField(blank=True)
    explanation_sv = models.TextField(blank=True)
    explanation_en = models.TextField(blank=True)

    class Meta:
        ordering = ["module", "order"]

    @property
    def question(self):
        return self.text("text")

    @property
    def explanation(self):
        return self.text("explanation")


class Choice(Localised, models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="choices")
    order = models.PositiveIntegerField()
    text_fi = models.CharField(max_length=500, blank=True)
    text_sv = models.CharField(max_length=500, blank=True)
    text_en = models.CharField(max_length=500, blank=True)
    correct = models.BooleanField(default=False)

    class Meta:
        ordering = ["question", "order"]

    @property
    def label(self):
        return self.text("text")


class Enrolment(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="enrolments")
    course = models.ForeignKey(Course, on_delete=models.PROTECT, related_name="enrolments")
    organisation = models.ForeignKey(Organisation, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="course_enrolments",
                                     help_text="the learner's company (kind=company) when they enrolled")
    started_at = models.DateTimeField(auto_now_add=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    certificate_code = models.CharField(max_length=20, unique=True, null=True, blank=True)
    holder_name = EncryptedCharField(blank=True)
    holder_name_index = models.CharField(max_length=64, blank=True)

    class Meta:
        ordering = ["-started_at"]
        constraints = [models.UniqueConstraint(fields=["user", "course"], name="learning_one_enrolment")]

    @property
    def audit_label(self):
        return f"enrolment-{self.pk}"


class ModuleCompletion(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="module_completions")
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["enrolment", "module"], name="learning_module_done_once")]


class QuizAttempt(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    module = models.ForeignKey(Module, on_delete=models.CASCADE, related_name="+")
    score = models.PositiveSmallIntegerField(help_text="percent correct")
    passed = models.BooleanField()
    answers = models.JSONField(default=dict, help_text="question id -> chosen choice id")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
