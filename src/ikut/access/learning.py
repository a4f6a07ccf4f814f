"""Rules for courses (ikut.learning).

- Taking a course (own progress, quizzes, own certificate): any signed-in user; the course is meant
  for employer contacts, but staff may take it too. Progress is only ever the learner's own.
- Course overview for managers (completion counts, per-company completions): administrator, project
  manager, supervisor.
- Certificate verification by code: public; it shows the course, the completion date and validity,
  and confirms a holder's name only when the visitor already knows it (see docs/events-learning.md).
"""

from ikut.accounts.models import Role

from . import has_role, is_active_user, rule

MANAGERS = (Role.ADMINISTRATOR, Role.PROJECT_MANAGER, Role.SUPERVISOR)


@rule("learning.take")
def take_course(user, obj):
    """`obj`, when given, is an Enrolment: only its own learner may use it."""
    if not is_active_user(user):
        return False
    return obj is None or obj.user_id == user.pk


@rule("learning.manage")
def manage_courses(user, obj):
    return has_role(user, *MANAGERS)


def visible_courses(user):
    from ikut.learning.models import Course

    if has_role(user, *MANAGERS):
        return Course.objects.all()
    return Course.objects.filter(published=True)
