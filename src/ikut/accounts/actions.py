"""Writes to accounts: users, invitations, roles, second factors, API tokens. One function per action, each in
one transaction and audited, taking the acting user first and the client address as `ip` (see
`ikut.core.actors`). Views keep what belongs to the browser session — signing in, sudo mode, the session
of the user who just changed their password — and call these for the rest.
"""

from django.db import transaction
from django.utils import timezone

from ikut.audit import log

from . import mfa, sessions, tasks
from .models import ApiToken, Invitation, User


@transaction.atomic
def invite_user(actor, *, email, organisation, role, language="", ip=None):
    """Invite someone; the mail (in `language`) is sent by a task that makes the link, so the raw token is never
    kept (task arguments are stored in clear)."""
    invitation, _raw = Invitation.issue(invited_by=actor, email=email, organisation=organisation, role=role)
    log.record(actor, "accounts.user.invite", ("accounts.invitation", str(invitation.pk)),
               details={"role": invitation.role, "organisation": invitation.organisation_id}, ip=ip)
    transaction.on_commit(lambda: tasks.send_invitation.enqueue(invitation.pk, language))
    return invitation


@transaction.atomic
def accept_invitation(actor, invitation, password, *, ip=None):
    """The invited person (`actor`: not signed in yet) chose a password: their account exists from now on, and
    the audit entry names them as who acted."""
    user = User.objects.create_user(invitation.email, password, organisation=invitation.organisation,
                                    role=invitation.role)
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    log.record(user, "accounts.invitation.accept", user, ip=ip)
    return user


@transaction.atomic
def deactivate_user(actor, target, *, ip=None):
    """The user can no longer sign in: sessions end and API tokens are revoked at once."""
    target.is_active = False
    target.save(update_fields=["is_active"])
    ended = sessions.end_all(target)
    ApiToken.objects.filter(user=target, revoked_at__isnull=True).update(revoked_at=timezone.now())
    log.record(actor, "accounts.user.deactivate", target, details={"sessions_ended": ended}, ip=ip)
    return ended


@transaction.atomic
def change_role(actor, target, role, *, ip=None):
    """New rights take effect at the next sign-in: every session of `target` ends."""
    old = target.role
    target.role = role
    target.save(update_fields=["role"])
    sessions.end_all(target)
    log.record(actor, "accounts.user.change_role", target, details={"from": old, "to": target.role}, ip=ip)


@transaction.atomic
def change_password(actor, password, *, keep_session=None, ip=None):
    """The actor's own password; every other session ends (`keep_session`: the key of the one that stays)."""
    actor.set_password(password)
    actor.save(update_fields=["password"])
    sessions.end_all(actor, except_key=keep_session)
    log.record(actor, "accounts.password.change", actor, ip=ip)


@transaction.atomic
def enrol_authenticator(actor, device, *, ip=None):
    """Confirm `device` as the actor's only authenticator; returns fresh recovery codes. The actor is the user
    enrolling: after the password at the first sign-in (not signed in yet), or signed in and in sudo mode."""
    codes = mfa.confirm(actor, device)
    log.record(actor, "accounts.mfa.enrol", actor, ip=ip)
    return codes


@transaction.atomic
def remove_authenticators(actor, *, ip=None):
    mfa.remove_all(actor)
    log.record(actor, "accounts.mfa.remove", actor, ip=ip)


@transaction.atomic
def regenerate_recovery_codes(actor, *, ip=None):
    codes = mfa.new_recovery_codes(actor)
    log.record(actor, "accounts.recovery_codes.regenerate", actor, ip=ip)
    return codes


@transaction.atomic
def issue_api_token(actor, name, *, ip=None):
    """Returns (token, raw key); the raw key is shown once and never stored."""
    token, raw = ApiToken.issue(actor, name)
    log.record(actor, "accounts.api_token.create", actor, details={"prefix": token.prefix}, ip=ip)
    return token, raw


@transaction.atomic
def revoke_api_token(actor, token, *, ip=None):
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    log.record(actor, "accounts.api_token.revoke", actor, details={"prefix": token.prefix}, ip=ip)


@transaction.atomic
def end_session(actor, user_session, *, ip=None):
    pk = user_session.pk
    sessions.end(user_session.session_key)
    log.record(actor, "accounts.session.end", actor, details={"session": pk}, ip=ip)
