"""Rules for seminars and trainings (ikut.events) and company participation.

- Managing events (create, edit, attendee list, exports, feedback summary): administrator, project
  manager, supervisor.
- Check-in at the door: the same roles (a check-in page shows one attendee's name).
- Registration, tickets (by random token) and the public event pages: everyone.
- Company participation (seminars attended, courses completed) per organisation: the managing roles for
  any company; an employer contact only for their own company; nobody else.
"""

from ikut.accounts.models import Organisation, Role

from . import has_role, is_staff, rule

MANAGERS = (Role.ADMINISTRATOR, Role.PROJECT_MANAGER, Role.SUPERVISOR)


@rule("events.manage")
def manage_events(user, obj):
    return has_role(user, *MANAGERS)


@rule("events.checkin")
def check_in(user, obj):
    return has_role(user, *MANAGERS)


@rule("events.participation.view")
def view_participation(user, obj):
    """`obj` is an Organisation (or None: may the user see some company's participation at all?)."""
    if has_role(user, *MANAGERS):
        return obj is None or obj.kind == Organisation.Kind.COMPANY
    if has_role(user, Role.EMPLOYER) and user.organisation_id:
        return obj is None or (obj.pk == user.organisation_id and obj.kind == Organisation.Kind.COMPANY)
    return False


def visible_events(user):
    """Events a user may see: managers see drafts too; everyone else only published ones."""
    from ikut.events.models import Event

    if has_role(user, *MANAGERS):
        return Event.objects.all()
    return Event.objects.filter(published=True)


def visible_companies(user):
    """Companies whose participation the user may see."""
    companies = Organisation.objects.filter(kind=Organisation.Kind.COMPANY)
    if has_role(user, *MANAGERS):
        return companies
    if has_role(user, Role.EMPLOYER) and user.organisation_id:
        return companies.filter(pk=user.organisation_id)
    return companies.none()


@rule("events.browse")
def browse_events(user, obj):
    """Signed-in staff and employer contacts get the seminar list in their navigation (it is public anyway)."""
    return is_staff(user)
