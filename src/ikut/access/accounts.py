"""Rules for accounts, administration, the audit log and the API basics."""

from ikut.accounts.models import Role

from . import has_role, is_active_user, rule


@rule("home.view")
def view_home(user, obj):
    return is_active_user(user)


@rule("account.manage_own")
def manage_own_account(user, obj):
    return is_active_user(user)


@rule("users.manage")
def manage_users(user, obj):
    """Administrators manage users; `obj`, when given, is the user being managed."""
    return has_role(user, Role.ADMINISTRATOR)


@rule("audit.view")
def view_audit(user, obj):
    return has_role(user, Role.DPO)


@rule("tasks.view_failed")
def view_failed_tasks(user, obj):
    """Administrators see background tasks that failed for good (no arguments shown: they may hold personal data)."""
    return has_role(user, Role.ADMINISTRATOR)


@rule("api.use")
def use_api(user, obj):
    return is_active_user(user)
