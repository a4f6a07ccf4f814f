from django import forms
from django.contrib.auth import password_validation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import Organisation, Role, User


class NextForm(forms.Form):
    """?next=: where to go after signing in or re-authenticating (views._safe_next keeps it on this site)."""

    next = forms.CharField(max_length=2000, required=False)


def next_from(request):
    form = NextForm(request.GET)
    return form.cleaned_data["next"] if form.is_valid() else ""


class LoginForm(forms.Form):
    username = forms.EmailField(label=_("Email"), widget=forms.EmailInput(attrs={"autocomplete": "username"}))
    password = forms.CharField(label=_("Password"), strip=False,
                               widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app, or a recovery code"), max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
    )

    def clean_code(self):
        return self.cleaned_data["code"].replace(" ", "").replace("-", "").strip()


class EnrolForm(forms.Form):
    code = forms.CharField(label=_("6-digit code shown by your authenticator app"), max_length=6, min_length=6,
                           widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}))


class SudoForm(forms.Form):
    password = forms.CharField(label=_("Password"), strip=False,
                               widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))
    code = forms.CharField(label=_("Code from your authenticator app"), max_length=20, required=False,
                           widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}))


class SetPasswordForm(forms.Form):
    password1 = forms.CharField(label=_("New password"), strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
                                help_text=_("At least 12 characters. Long passphrases are welcome."))
    password2 = forms.CharField(label=_("New password again"), strip=False,
                                widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password2(self):
        p1, p2 = self.cleaned_data.get("password1"), self.cleaned_data.get("password2")
        if p1 and p2 and p1 != p2:
            raise forms.ValidationError(_("The two passwords differ."))
        password_validation.validate_password(p2, self.user)
        return p2


ROLE_DESCRIPTIONS = {
    Role.CASEWORKER: _("Plans the pathway with the participants they are assigned to and sees their records."),
    Role.PSYCHOSOCIAL: _("Supports assigned participants and alone reads psychosocial notes."),
    Role.SUPERVISOR: _("Sees the organisation's caseload, changes teams and reviews emergency access."),
    Role.PROJECT_MANAGER: _("Sees reports and statistics without names; runs seminars and courses."),
    Role.EMPLOYER: _("A company's contact: offers placements and sees only candidates introduced with consent."),
    Role.PARTICIPANT: _("A participant's own portal login."),
    Role.DPO: _("Reads the audit log and answers data-subject requests; sees personal data for that purpose."),
    Role.ADMINISTRATOR: _("Invites and deactivates users and changes anyone's role: full control of accounts."),
}
# Roles that can see or change much more than their own work: assigning them needs sudo and a second confirmation.
PRIVILEGED_ROLES = frozenset({Role.ADMINISTRATOR, Role.DPO})


def role_choices():
    """Least privilege first, each role with one sentence on what it may do."""
    order = [Role.CASEWORKER, Role.PSYCHOSOCIAL, Role.SUPERVISOR, Role.PROJECT_MANAGER, Role.EMPLOYER,
             Role.PARTICIPANT, Role.DPO, Role.ADMINISTRATOR]
    return [(r.value, format_html("<strong>{}</strong> — {}", r.label, ROLE_DESCRIPTIONS[r])) for r in order]


class RoleRadios(forms.RadioSelect):
    """Radio buttons whose field label and error links point at the first option (no role preselected)."""

    def id_for_label(self, id_, index="0"):
        return f"{id_}_{index}" if id_ else ""


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Email"))
    organisation = forms.ModelChoiceField(label=_("Organisation"), queryset=Organisation.objects.filter(is_active=True))
    role = forms.ChoiceField(label=_("Role"), choices=role_choices, widget=RoleRadios,
                             help_text=_("Choose the role with the least access that lets the person do their work."))

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("A user with this email already exists."))
        return email


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("New role"), choices=role_choices, widget=RoleRadios)


class PrivilegedConfirmForm(forms.Form):
    """The second confirmation before giving the administrator or DPO role; asks for the password and code
    again when the session is not in sudo mode."""

    understood = forms.BooleanField(label=_("I have checked that this person needs this role for their work."))
    password = forms.CharField(label=_("Your password"), strip=False, required=False,
                               widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))
    code = forms.CharField(label=_("Code from your authenticator app"), max_length=20, required=False,
                           widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}))

    def __init__(self, *args, user=None, needs_sudo=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.needs_sudo = needs_sudo
        if not needs_sudo:
            del self.fields["password"], self.fields["code"]
        elif not user.requires_mfa:
            del self.fields["code"]

    def clean(self):
        data = super().clean()
        if self.needs_sudo:
            from . import mfa

            ok = bool(data.get("password")) and self.user.check_password(data["password"])
            if ok and self.user.requires_mfa:
                ok = mfa.verify(self.user, (data.get("code") or "").replace(" ", "")) is not None
            if not ok:
                raise forms.ValidationError(_("Password or code is wrong."))
        return data


class TokenForm(forms.Form):
    name = forms.CharField(label=_("Token name"), max_length=100)
