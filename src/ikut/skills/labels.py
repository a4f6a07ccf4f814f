"""Navigation labels of the skills app (kept here so they live in the skills catalogue)."""

from django.utils.translation import gettext_lazy as _

SKILLS = _("Skills")
OCCUPATIONS = _("Occupations")
