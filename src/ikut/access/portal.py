"""Rules for the survivor portal. The public pages use access.public; the signed-in area is for
participants only, and each participant sees only their own record."""

from ikut.accounts.models import Role

from . import has_role, rule


@rule("portal.me")
def portal_me(user, obj):
    return has_role(user, Role.PARTICIPANT)
