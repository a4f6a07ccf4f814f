"""Navigation labels of the rights app (kept here so they live in the rights catalogue)."""

from django.utils.translation import gettext_lazy as _

RIGHTS_LIBRARY = _("Rights library")
MINIMUM_PAY = _("Minimum pay")
