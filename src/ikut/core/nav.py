"""Navigation per role: an entry shows when the access policy lets the user do its action. It lives in core,
not in access, because it names every app's pages: the policy itself imports no app module."""

from functools import cached_property

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from ikut.access import can
from ikut.core.lazy import unwrapped
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

# URLs do not change while a process runs: each entry's URL is reversed once per script prefix and URLconf, and its
# menu line (<li>…</li>, escaped once) built once per language as well. Who sees which entry is decided per request.
_urls: dict = {}
_lines: dict = {}


@receiver(setting_changed)
def _forget(**kwargs):
    _urls.clear()
    _lines.clear()


def _entry_urls():
    key = (get_script_prefix(), get_urlconf())
    urls = _urls.get(key)
    if urls is None:
        urls = _urls[key] = {name: reverse(name) for name, _label, _action in NAV}
    return urls


def _entry_lines():
    """{url name: (line, line marked as the current page)} in the active language."""
    key = (get_language(), get_script_prefix(), get_urlconf())
    lines = _lines.get(key)
    if lines is None:
        urls = _entry_urls()
        lines = _lines[key] = {
            name: (format_html('<li><a href="{}">{}</a></li>', urls[name], label),
                   format_html('<li><a href="{}" aria-current="page">{}</a></li>', urls[name], label))
            for name, label, _action in NAV}
    return lines


def nav_for(user):
    urls = _entry_urls()
    return [{"url": urls[name], "label": label, "name": name}
            for name, label, action in NAV if can(user, action)]


class Menu:
    """The menu of one request, worked out when a template first asks for it (a template that shows no menu costs
    nothing): iterating gives nav_for's entries, `html` the <li> lines of base.html, the current page marked."""

    def __init__(self, user, path):
        self.user = user
        self.path = path

    @cached_property
    def entries(self):
        user = self.user
        # The user object behind request.user, which Django and django-otp wrap in two lazy proxies: each attribute
        # read through them costs ~1 µs, and the policy reads a few per menu entry. The same object, so the same
        # decisions.
        return nav_for(unwrapped(user)) if user is not None and user.is_authenticated else []

    def __iter__(self):
        return iter(self.entries)

    def __len__(self):
        return len(self.entries)

    def __bool__(self):
        return bool(self.entries)

    @cached_property
    def html(self):
        lines = _entry_lines()
        return mark_safe("".join(lines[item["name"]][item["url"] == self.path] for item in self.entries))
