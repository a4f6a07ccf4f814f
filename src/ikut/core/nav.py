"""Navigation per role: an entry shows when the access policy lets the user do its action. It lives in core,
not in access, because it names every app's pages: the policy itself imports no app module."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from ikut.access import can
from ikut.employers import labels as emp
from ikut.events import labels as ev  # (labels live in the events catalogue)
from ikut.rights import labels as rights_labels
from ikut.skills import labels as skills_labels

# (url name, label, access action). Apps add their entries here.
NAV = [
    ("core:home", _("Home"), "home.view"),
    ("participants:dashboard", _("Participants"), "participants.dashboard"),
    ("participants:consent_texts", _("Consent texts"), "participants.consent_text.edit"),
    ("audit:list", _("Audit log"), "audit.view"),
    ("accounts:user_list", _("Users"), "users.manage"),
    ("core:failed_tasks", _("Failed tasks"), "tasks.view_failed"),
    ("employers:home", emp.COMPANIES, "employers.use"),
    ("employers:introduction_list", emp.INTRODUCTIONS, "employers.introduction.view"),
    ("reporting:dashboard", _("Reporting"), "reporting.dashboard"),
    ("reporting:survey_choose", _("Surveys with a participant"), "reporting.answer_with_participant"),
    ("reporting:completeness", _("ESF+ data still missing"), "reporting.completeness"),
    ("events:list", ev.SEMINARS, "events.browse"),
    ("events:manage", ev.MANAGE_EVENTS, "events.manage"),
    ("events:companies", ev.COMPANY_PARTICIPATION, "events.participation.view"),
    ("learning:list", ev.COURSES, "learning.take"),
    ("learning:manage", ev.COURSE_OVERVIEW, "learning.manage"),
    ("rights:library", rights_labels.RIGHTS_LIBRARY, "rights.content.edit"),
    ("rights:minimum_pay", rights_labels.MINIMUM_PAY, "rights.minimum_pay.view"),
    ("skills:index", skills_labels.SKILLS, "skills.taxonomy"),
]


def nav_for(user):
    return [{"url": reverse(name), "label": label, "name": name}
            for name, label, action in NAV if can(user, action)]
