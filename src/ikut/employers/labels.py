"""Navigation labels of the employers app (kept here so they land in this app's translation catalogue)."""

from django.utils.translation import gettext_lazy as _

COMPANIES = _("Companies")
INTRODUCTIONS = _("Introductions")
