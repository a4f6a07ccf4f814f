"""Navigation labels of events and learning (kept here so they land in this app's translation catalogue)."""

from django.utils.translation import gettext_lazy as _

SEMINARS = _("Seminars")
MANAGE_EVENTS = _("Manage events")
CHECK_IN = _("Check in")
COMPANY_PARTICIPATION = _("Company participation")
COURSES = _("Courses")
COURSE_OVERVIEW = _("Course overview")
