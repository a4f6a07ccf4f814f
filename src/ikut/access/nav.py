"""Navigation per role: an entry shows when the policy lets the user do its action."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import can

# (url name, label, access action). Apps add their entries here.
NAV = [
    ("core:home", _("Home"), "home.view"),
    ("audit:list", _("Audit log"), "audit.view"),
    ("accounts:user_list", _("Users"), "users.manage"),
]


def nav_for(user):
    return [{"url": reverse(name), "label": label, "name": name}
            for name, label, action in NAV if can(user, action)]
