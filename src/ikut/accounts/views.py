import time
from functools import wraps

import django_otp
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import views as auth_views
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from ikut import access
from ikut.audit import log
from ikut.core import throttle
from ikut.core.i18n import current_language
from ikut.core.net import client_ip

from . import actions, mfa, sessions, signed_in, tasks
from .forms import (
    PRIVILEGED_ROLES,
    ROLE_DESCRIPTIONS,
    CodeForm,
    EnrolForm,
    InviteForm,
    LoginForm,
    PrivilegedConfirmForm,
    RoleForm,
    SetPasswordForm,
    SudoForm,
    TokenForm,
    next_from,
)
from .models import ApiToken, Invitation, Role, User, UserSession

PENDING_KEY = "ikut_pending_user"
PENDING_SECONDS = 300
NEXT_KEY = "ikut_next"


def _safe_next(request, candidate):
    if candidate and url_has_allowed_host_and_scheme(candidate, {request.get_host()}, request.is_secure()):
        return candidate
    return reverse(settings.LOGIN_REDIRECT_URL)


def _pending_user(request):
    pending = request.session.get(PENDING_KEY)
    if not pending or time.time() - pending["at"] > PENDING_SECONDS:
        return None
    return User.objects.filter(pk=pending["id"], is_active=True).first()


def _finish_login(request, user, device=None):
    next_url = request.session.get(NEXT_KEY)
    login(request, user, backend=signed_in.BACKEND)  # cycles the session key
    if device is not None:
        django_otp.login(request, device)
    sessions.remember(request, user)
    log.record_request(request, "accounts.login.succeed", user,
                       details={"mfa": device.__class__.__name__ if device else "none"})
    if not next_url and user.role == "participant":
        # Participants land in their own portal area, in their language.
        from django.conf import settings as dj_settings

        record = getattr(user, "participant_record", None)
        preferred = user.language or (record.language if record is not None else "")
        lang = preferred if preferred in dj_settings.PORTAL_LANGUAGES else dj_settings.LANGUAGE_CODE
        return redirect("portal:me", lang=lang)
    return redirect(_safe_next(request, next_url))


@access.public
def login_view(request):
    if request.user.is_authenticated:
        return redirect(settings.LOGIN_REDIRECT_URL)
    ended = request.session.pop("ikut_ended", None)
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        email = form.cleaned_data["username"].lower()
        user = authenticate(request, username=email, password=form.cleaned_data["password"])
        if getattr(request, "axes_locked_out", False):
            log.record_request(request, "accounts.login.lock_out", details={"account_hash": _account_hash(email)})
            return locked_out(request)
        if user is None or not user.is_active:
            log.record_request(request, "accounts.login.fail", details={"account_hash": _account_hash(email)})
            form.add_error(None, _("Email or password is wrong."))
        else:
            request.session.cycle_key()
            request.session[PENDING_KEY] = {"id": user.pk, "at": time.time()}
            request.session[NEXT_KEY] = next_from(request)
            log.record(user, "accounts.login.pass_password", user, ip=client_ip(request))
            if mfa.confirmed_devices(user):
                return redirect("accounts:mfa_verify")
            if user.requires_mfa:
                return redirect("accounts:mfa_enrol")
            return _finish_login(request, user)
    return render(request, "accounts/login.html", {"form": form, "ended": ended})


def _account_hash(email):
    # Failed logins are audited without writing the typed email in clear.
    from ikut.core.crypto import blind_index

    return blind_index("login", email)[:16]


def locked_out(request, response=None, credentials=None):
    return render(request, "accounts/locked_out.html",
                  {"minutes": int(settings.AXES_COOLOFF_TIME * 60)}, status=429)


@access.public
def mfa_verify(request):
    if request.user.is_authenticated:
        return redirect(settings.LOGIN_REDIRECT_URL)
    user = _pending_user(request)
    if user is None:
        return redirect("accounts:login")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = mfa.verify(user, form.cleaned_data["code"])
        if device is None:
            log.record(user, "accounts.login.fail_mfa", user, ip=client_ip(request))
            form.add_error("code", _("The code is wrong or too old. Try the newest code."))
        else:
            del request.session[PENDING_KEY]
            return _finish_login(request, user, device)
    return render(request, "accounts/mfa_verify.html", {"form": form})


@access.public
def mfa_enrol(request):
    """Enrol an authenticator.

    Only two ways in: a pending sign-in (password only) of a user who has NO second factor yet (first
    enrolment after an invitation), or a signed-in session in sudo mode (password and second factor checked
    again). A password alone never shows a new secret to, or replaces the device of, a user who has one.
    """
    signed_in = request.user.is_authenticated
    if signed_in:
        if not sessions.in_sudo(request):
            return redirect(f"{reverse('accounts:sudo')}?next={reverse('accounts:mfa_enrol')}")
        user = request.user
    else:
        user = _pending_user(request)
        if user is None:
            return redirect("accounts:login")
        if mfa.confirmed_devices(user):
            log.record(user, "accounts.mfa.refuse_enrol", user, ip=client_ip(request))
            return redirect("accounts:mfa_verify")
    device = mfa.pending_totp(user)
    form = EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not device.verify_token(form.cleaned_data["code"]):
            form.add_error("code", _("The code does not match. Check the time on your phone and try again."))
        else:
            codes = actions.enrol_authenticator(user, device, ip=client_ip(request))
            request.session["ikut_recovery_codes"] = codes
            if not signed_in:
                del request.session[PENDING_KEY]
                _finish_login(request, user, device)
                request.session["ikut_recovery_codes"] = codes
                return redirect("accounts:recovery_codes")
            django_otp.login(request, device)
            return redirect("accounts:recovery_codes")
    return render(request, "accounts/mfa_enrol.html", {
        "form": form, "qr": mfa.qr_data_uri(device), "secret": mfa.secret_base32(device)})


@access.requires("account.manage_own")
def recovery_codes(request):
    codes = request.session.pop("ikut_recovery_codes", None)
    if not codes:
        return redirect("accounts:account")
    return render(request, "accounts/recovery_codes.html", {"codes": codes})


@require_POST
@access.public
def logout_view(request):
    if request.user.is_authenticated:
        log.record_request(request, "accounts.login.sign_out", request.user)
        UserSession.objects.filter(session_key=request.session.session_key).delete()
    logout(request)
    return redirect("accounts:login")


def sudo_redirect(request):
    """None in sudo mode; otherwise the redirect to the sudo page. For views that must first check the record
    (404 for records the user may not see comes before asking for the password)."""
    if sessions.in_sudo(request):
        return None
    return redirect(f"{reverse('accounts:sudo')}?next={request.get_full_path()}")


def sudo_required(view):
    """Ask for password and second factor again before a sensitive action."""

    # wraps: the view keeps its module and qualified name too (Django names a route's view by them: ResolverMatch,
    # URLPattern.lookup_str).
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if (to_sudo := sudo_redirect(request)) is not None:
            return to_sudo
        return view(request, *args, **kwargs)

    return wrapper


SUDO_FAILURES_PER_ACCOUNT = 5  # wrong password/code guesses per account per window
SUDO_FAILURES_PER_ADDRESS = 20  # per client address (several accounts behind one attacker)
SUDO_WINDOW = 900


def _sudo_blocked(request):
    ip = throttle.client_ip(request)
    return (throttle.is_blocked("sudo-account", request.user.pk, SUDO_FAILURES_PER_ACCOUNT)
            or throttle.is_blocked("sudo-ip", ip, SUDO_FAILURES_PER_ADDRESS))


def _sudo_failed(request):
    throttle.exceeded("sudo-account", request.user.pk, SUDO_FAILURES_PER_ACCOUNT, SUDO_WINDOW)
    throttle.exceeded("sudo-ip", throttle.client_ip(request), SUDO_FAILURES_PER_ADDRESS, SUDO_WINDOW)


@access.requires("account.manage_own")
def sudo(request):
    form = SudoForm(request.POST or None)
    user = request.user
    if request.method == "POST" and _sudo_blocked(request):
        # Checked before the password: once blocked, even the right password is not tried (no oracle).
        log.record_request(request, "accounts.sudo.throttle", user)
        form.add_error(None, _("Too many wrong attempts. Wait %(minutes)s minutes and try again.")
                       % {"minutes": SUDO_WINDOW // 60})
        return render(request, "accounts/sudo.html", {"form": form, "needs_code": user.requires_mfa}, status=429)
    if request.method == "POST" and form.is_valid():
        ok = user.check_password(form.cleaned_data["password"])
        if ok and user.requires_mfa:
            ok = mfa.verify(user, form.cleaned_data["code"].replace(" ", "")) is not None
        if ok:
            sessions.grant_sudo(request, settings.IKUT_SUDO_SECONDS)
            log.record_request(request, "accounts.sudo.grant", user)
            return redirect(_safe_next(request, next_from(request)))
        _sudo_failed(request)
        log.record_request(request, "accounts.sudo.fail", user)
        form.add_error(None, _("Password or code is wrong."))
    return render(request, "accounts/sudo.html", {"form": form, "needs_code": user.requires_mfa})


@access.requires("account.manage_own")
def account(request):
    current = request.session.session_key
    return render(request, "accounts/account.html", {
        "live_sessions": UserSession.objects.filter(user=request.user),
        "current_key": current,
        "has_totp": mfa.has_totp(request.user),
        "tokens": request.user.api_tokens.filter(revoked_at__isnull=True),
    })


@require_POST
@access.requires("account.manage_own")
def end_session(request, pk):
    target = get_object_or_404(UserSession, pk=pk, user=request.user)
    actions.end_session(request.user, target, ip=client_ip(request))
    messages.success(request, _("The session was ended."))
    if target.session_key == request.session.session_key:
        return redirect("accounts:login")
    return redirect("accounts:account")


@access.requires("account.manage_own")
@sudo_required
def password_change(request):
    form = SetPasswordForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        actions.change_password(request.user, form.cleaned_data["password2"],
                                keep_session=request.session.session_key, ip=client_ip(request))
        from django.contrib.auth import update_session_auth_hash

        update_session_auth_hash(request, request.user)
        messages.success(request, _("Your password was changed. Your other sessions were ended."))
        return redirect("accounts:account")
    return render(request, "accounts/password_change.html", {"form": form})


@require_POST
@access.requires("account.manage_own")
@sudo_required
def mfa_reset(request):
    """Replace the authenticator: remove the devices and enrol a new one (sudo checked the old one)."""
    actions.remove_authenticators(request.user, ip=client_ip(request))
    return redirect("accounts:mfa_enrol")


@require_POST
@access.requires("account.manage_own")
@sudo_required
def recovery_regenerate(request):
    request.session["ikut_recovery_codes"] = actions.regenerate_recovery_codes(request.user, ip=client_ip(request))
    return redirect("accounts:recovery_codes")


@access.requires("account.manage_own")
@sudo_required
def token_create(request):
    form = TokenForm(request.POST or None)
    raw = None
    if request.method == "POST" and form.is_valid():
        _token, raw = actions.issue_api_token(request.user, form.cleaned_data["name"], ip=client_ip(request))
    return render(request, "accounts/token_create.html", {"form": form, "raw": raw})


@require_POST
@access.requires("account.manage_own")
def token_revoke(request, pk):
    token = get_object_or_404(ApiToken, pk=pk, user=request.user, revoked_at__isnull=True)
    actions.revoke_api_token(request.user, token, ip=client_ip(request))
    return redirect("accounts:account")


# ---------------------------------------------------------------- administration
def _user_list_context(form=None):
    return {"users": User.objects.select_related("organisation").order_by("organisation__name", "email"),
            "invitations": Invitation.objects.filter(accepted_at__isnull=True).select_related("organisation"),
            "form": form or InviteForm(), "role_labels": dict(Role.choices)}


def _confirmed(request):
    return request.method == "POST" and request.POST.get("confirm") == "yes"


def _confirm_page(request, title, consequences, confirm_label, hidden=(), form=None, danger=False):
    """A confirmation page that works without JavaScript; the form posts back with confirm=yes."""
    return render(request, "core/confirm.html", {
        "title": title, "consequences": consequences, "confirm_label": confirm_label, "hidden": list(hidden),
        "form": form, "danger": danger, "action": request.path, "cancel_url": reverse("accounts:user_list")})


def _privileged_form(request):
    """The second confirmation for the administrator and DPO roles (with the password and code again when
    the session is not in sudo mode). Bound only when the confirmation was posted."""
    return PrivilegedConfirmForm(request.POST if _confirmed(request) else None, user=request.user,
                                 needs_sudo=not sessions.in_sudo(request))


@access.requires("users.manage")
def user_list(request):
    return render(request, "accounts/user_list.html", _user_list_context())


@require_POST
@access.requires("users.manage")
def invite(request):
    """Invite a user. Giving the administrator or DPO role needs sudo and a second confirmation."""
    form = InviteForm(request.POST)
    if not form.is_valid():
        return render(request, "accounts/user_list.html", _user_list_context(form), status=400)
    role = form.cleaned_data["role"]
    if role in PRIVILEGED_ROLES:
        confirm = _privileged_form(request)
        if not confirm.is_bound or not confirm.is_valid():
            if confirm.is_bound:
                log.record_request(request, "accounts.sudo.fail", request.user, details={"for": "invite"})
            hidden = [(name, request.POST.get(name, "")) for name in ("email", "organisation", "role")]
            return _confirm_page(request, _("Invite a user with the role %(role)s?") % {"role": Role(role).label},
                                 [ROLE_DESCRIPTIONS[Role(role)],
                                  _("The invitation goes to %(email)s and is valid for 7 days.") % {
                                      "email": form.cleaned_data["email"]}],
                                 _("Send invitation"), hidden=hidden, form=confirm)
        if confirm.needs_sudo:
            sessions.grant_sudo(request, settings.IKUT_SUDO_SECONDS)
            log.record_request(request, "accounts.sudo.grant", request.user)
    actions.invite_user(request.user, **form.cleaned_data, language=current_language(), ip=client_ip(request))
    messages.success(request, _("The invitation was sent."))
    return redirect("accounts:user_list")


def _managed_user(request, pk):
    target = get_object_or_404(User, pk=pk)
    access.check(request.user, "users.manage", target)
    return target


@access.requires("users.manage")
@sudo_required
def deactivate(request, pk):
    """GET (or an unconfirmed POST) names the consequences; the confirmed POST deactivates."""
    target = _managed_user(request, pk)
    if target == request.user or not target.is_active:
        raise Http404
    if not _confirmed(request):
        live = UserSession.objects.filter(user=target).count()
        tokens = ApiToken.objects.filter(user=target, revoked_at__isnull=True).count()
        consequences = [_("%(user)s can no longer sign in.") % {"user": target.email},
                        ngettext("%(n)s open session ends at once.", "%(n)s open sessions end at once.", live)
                        % {"n": live},
                        ngettext("%(n)s API token is revoked.", "%(n)s API tokens are revoked.", tokens)
                        % {"n": tokens}]
        teams = _open_assignments(target)
        if teams:
            consequences.append(ngettext(
                "They stay on the team of %(n)s participant until the team is changed: reassign the case.",
                "They stay on the teams of %(n)s participants until the teams are changed: reassign the cases.",
                teams) % {"n": teams})
        return _confirm_page(request, _("Deactivate this user?"), consequences, _("Deactivate"), danger=True)
    actions.deactivate_user(request.user, target, ip=client_ip(request))
    messages.success(request, _("The user was deactivated and all their sessions ended."))
    return redirect("accounts:user_list")


def _open_assignments(user):
    from ikut.participants.models import Assignment  # participants builds on accounts: import when used

    return Assignment.objects.filter(user=user, ended_at__isnull=True).count()


@access.requires("users.manage")
@sudo_required
def change_role(request, pk):
    """Choose the new role (current one preselected), then confirm; administrator and DPO need a second,
    explicit confirmation."""
    target = _managed_user(request, pk)
    if target == request.user or not target.is_active:
        raise Http404
    form = RoleForm(request.POST or None, initial={"role": target.role})
    if request.method != "POST" or not form.is_valid():
        return render(request, "accounts/change_role.html", {"target": target, "form": form},
                      status=400 if form.errors else 200)
    new = Role(form.cleaned_data["role"])
    if new == target.role:
        messages.info(request, _("The role was not changed."))
        return redirect("accounts:user_list")
    confirm = _privileged_form(request) if new in PRIVILEGED_ROLES else None
    if not _confirmed(request) or (confirm is not None and not confirm.is_valid()):
        consequences = [_("%(user)s: %(old)s → %(new)s.") % {"user": target.email, "old": target.get_role_display(),
                                                              "new": new.label},
                        ROLE_DESCRIPTIONS[new],
                        _("All their sessions end; the new rights apply at their next sign-in.")]
        return _confirm_page(request, _("Change the role?"), consequences, _("Change role"),
                             hidden=[("role", new.value)], form=confirm)
    actions.change_role(request.user, target, new.value, ip=client_ip(request))
    messages.success(request, _("The role was changed."))
    return redirect("accounts:user_list")


@access.public
def invite_accept(request, token):
    invitation = Invitation.find_open(token)
    if invitation is None:
        raise Http404
    probe = User(email=invitation.email, role=invitation.role)
    form = SetPasswordForm(probe, request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = actions.accept_invitation(request.user, invitation, form.cleaned_data["password2"],
                                         ip=client_ip(request))
        request.session.cycle_key()
        request.session[PENDING_KEY] = {"id": user.pk, "at": time.time()}
        if user.requires_mfa:
            return redirect("accounts:mfa_enrol")
        return _finish_login(request, user)
    return render(request, "accounts/invite_accept.html", {"form": form, "email": invitation.email})


# ---------------------------------------------------------------- password reset (never bypasses MFA)
RESETS_PER_ACCOUNT = 3  # reset mails per account per hour (more are dropped silently: no account enumeration)
RESETS_PER_ADDRESS = 10  # reset requests per client address per hour
RESET_WINDOW = 3600


class PasswordResetForm(auth_forms.PasswordResetForm):
    def save(self, **kwargs):
        """Queue one mail per matching account with only its id: the task makes the token (issue 11)."""
        language = current_language()
        for user in self.get_users(self.cleaned_data["email"]):
            if throttle.exceeded("reset-account", user.pk, RESETS_PER_ACCOUNT, RESET_WINDOW):
                continue
            tasks.send_password_reset.enqueue(user.pk, language)


class PasswordResetView(auth_views.PasswordResetView):
    def form_valid(self, form):
        if throttle.exceeded("reset-ip", throttle.client_ip(self.request), RESETS_PER_ADDRESS, RESET_WINDOW):
            log.record_request(self.request, "accounts.password_reset.throttle")
            form.add_error(None, _("Too many password reset requests from this network. Try again in an hour."))
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


password_reset = access.public(PasswordResetView.as_view(
    form_class=PasswordResetForm, template_name="accounts/password_reset.html",
    success_url=reverse_lazy("accounts:password_reset_done")))
password_reset_done = access.public(auth_views.PasswordResetDoneView.as_view(
    template_name="accounts/password_reset_done.html"))
password_reset_confirm = access.public(auth_views.PasswordResetConfirmView.as_view(
    template_name="accounts/password_reset_confirm.html", post_reset_login=False,
    success_url=reverse_lazy("accounts:password_reset_complete")))
password_reset_complete = access.public(auth_views.PasswordResetCompleteView.as_view(
    template_name="accounts/password_reset_complete.html"))
