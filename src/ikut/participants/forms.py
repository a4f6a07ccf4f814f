from django import forms
from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ikut.accounts.models import Organisation, Role, User
from ikut.core import codelists

from .models import (
    Assignment,
    Consent,
    ConsentPurpose,
    ConsentText,
    ContactChannel,
    Document,
    ExitReason,
    Goal,
    Meeting,
    Note,
    Participant,
    Phase,
    Referral,
    RiskFlag,
    SpecialAnswer,
    Status,
    Task,
)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
TRISTATE = [("", _("Not recorded")), ("true", _("Yes")), ("false", _("No"))]
SPECIAL_CHOICES = [("", _("Not recorded"))] + list(SpecialAnswer.choices)


def language_choices(blank=False):
    choices = list(settings.LANGUAGES)
    return ([("", _("None"))] if blank else []) + choices


def tristate(label, widget=None):
    """Yes / no / not recorded (None): "not recorded" is never stored as "no"."""
    return forms.TypedChoiceField(label=label, choices=TRISTATE, required=False, widget=widget,
                                  coerce=lambda v: {"true": True, "false": False}.get(v), empty_value=None)


def tristate_initial(value):
    return "" if value is None else ("true" if value else "false")


def special_answer(label):
    """A special-category characteristic: asked only where the participant answers (issue 15)."""
    return forms.ChoiceField(label=label, choices=SPECIAL_CHOICES, required=False, help_text=_(
        "Special-category data: record only what the participant chose to tell."))


class DuplicateSearchForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=100)
    last_name = forms.CharField(label=_("Last name"), max_length=100)
    date_of_birth = forms.DateField(label=_("Date of birth"), widget=DATE)

    def clean_date_of_birth(self):
        dob = self.cleaned_data["date_of_birth"]
        if dob > timezone.localdate():
            raise forms.ValidationError(_("The date of birth cannot be in the future."))
        return dob


class ParticipantForm(forms.ModelForm):
    language = forms.ChoiceField(label=_("Participant's language"), choices=language_choices,
                                 help_text=_("Used for the printable plan and the portal."))
    # Nationality and languages: picked from code lists (names in the UI language), with words for the rest.
    nationality = codelists.picker_field(codelists.COUNTRY, _("Nationality"),
                                         help_text=_("Tick every citizenship. Type to filter the list."))
    nationality_other = forms.CharField(label=_("Nationality in words"), required=False, max_length=100,
                                        help_text=_("For example stateless, or not known."))
    languages_spoken = codelists.picker_field(codelists.LANGUAGE, _("Languages spoken"),
                                              help_text=_("Tick every language. Type to filter the list."))
    languages_spoken_other = forms.CharField(
        label=_("Other languages or details"), required=False, max_length=100,
        help_text=_("A language missing from the list, or details such as “a little English”."))
    CODE_LISTS = {"nationality": codelists.COUNTRY, "languages_spoken": codelists.LANGUAGE}
    contact_channel = forms.ChoiceField(label=_("Safe way to contact"), required=False,
                                        choices=[("", "—")] + list(ContactChannel.choices))
    third_country_national = tristate(_("Third-country national"))
    rural_area = tristate(_("Lives in a rural area"))
    foreign_background = special_answer(_("Foreign background"))
    disability = special_answer(_("Disability"))
    minority = special_answer(_("Minority (including marginalised communities such as Roma)"))
    homeless_or_housing_exclusion = special_answer(_("Homeless or housing exclusion"))

    class Meta:
        model = Participant
        fields = ["first_name", "last_name", "preferred_name", "date_of_birth", "nationality", "languages_spoken",
                  "language", "phone", "email", "address", "contact_channel", "safe_contact_notes", "intake_date",
                  "gender", "employment_status_at_entry", "education_level", "third_country_national",
                  "rural_area", "foreign_background", "disability", "minority", "homeless_or_housing_exclusion"]
        widgets = {"date_of_birth": DATE, "intake_date": DATE, "address": forms.Textarea(attrs={"rows": 2}),
                   "safe_contact_notes": forms.Textarea(attrs={"rows": 2})}

    field_order = ["first_name", "last_name", "preferred_name", "date_of_birth", "nationality", "nationality_other",
                   "languages_spoken", "languages_spoken_other"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].required = True
        self.fields["last_name"].required = True
        self.fields["date_of_birth"].required = True
        for name in ["third_country_national", "rural_area"]:
            self.initial[name] = tristate_initial(getattr(self.instance, name, None))
        for name, kind in self.CODE_LISTS.items():
            codes, words = codelists.split(self.initial.get(name) or "", kind)
            self.initial[name], self.initial[f"{name}_other"] = codes, words

    def clean(self):
        data = super().clean()
        for name in self.CODE_LISTS:
            value = codelists.join(data.get(name) or [], data.get(f"{name}_other", ""))
            if len(value) > Participant._meta.get_field(name).max_length:
                self.add_error(name, _("Too long to store (at most 200 characters): choose fewer, or shorten the "
                                       "words."))
            data[name] = value
        return data


class PhaseForm(forms.Form):
    phase = forms.ChoiceField(label=_("Phase"), choices=Phase.choices)


class ConsentForm(forms.ModelForm):
    """Record a consent on the text the participant was given: one of the current published texts of the
    participant's organisation, grouped by purpose (the purpose, version and language come from the text)."""

    text = forms.ChoiceField(
        label=_("Consent text"), error_messages={"invalid_choice": _(
            "Choose one of the published consent texts in the list.")},
        help_text=_("The text the participant read or had interpreted: purpose, language and version."))
    interpreter_language = forms.ChoiceField(label=_("Interpreter language"), choices=language_choices(blank=True),
                                             required=False)

    class Meta:
        model = Consent
        fields = ["text", "partner", "how_given", "interpreter_language"]

    def __init__(self, *args, participant, **kwargs):
        super().__init__(*args, **kwargs)
        from ikut.core.templatetags.ikut_formats import language_name

        from .consent_texts import current_texts

        self.texts = {str(t.pk): t for t in current_texts(participant.organisation).order_by("purpose", "language")}
        groups = {}
        for key, t in self.texts.items():
            groups.setdefault(t.get_purpose_display(), []).append(
                (key, f"{language_name(t.language)} · {t.label} · {t.title}"))
        self.fields["text"].choices = [("", "—")] + [(purpose, options) for purpose, options in groups.items()]
        self.fields["partner"].queryset = Organisation.objects.filter(
            kind__in=[Organisation.Kind.PARTNER_NGO, Organisation.Kind.ASSISTANCE_SYSTEM], is_active=True)
        self.fields["partner"].help_text = _(
            "Only for sharing with, or transferring the case to, a named organisation.")

    def clean_text(self):
        return self.texts[self.cleaned_data["text"]]

    def clean(self):
        data = super().clean()
        text = data.get("text")
        if text and text.purpose == ConsentPurpose.SHARE_WITH_PARTNER and not data.get("partner"):
            self.add_error("partner", _("Name the partner organisation this consent allows sharing with."))
        if text and text.purpose == ConsentPurpose.CASE_TRANSFER and not data.get("partner"):
            self.add_error("partner", _("Name the organisation this consent allows the case to be transferred to."))
        if data.get("how_given") == Consent.HowGiven.ORAL_WITH_INTERPRETER and not data.get("interpreter_language"):
            self.add_error("interpreter_language", _("Give the language the interpreter used."))
        return data

    def _post_clean(self):
        # The participant, purpose and text version are set by the action; skip model validation that needs them.
        pass


class ConsentTextForm(forms.ModelForm):
    """A new draft: purpose and language first; an open draft is edited with ConsentTextEditForm."""

    language = forms.ChoiceField(label=_("Language"), choices=language_choices)

    class Meta:
        model = ConsentText
        fields = ["purpose", "language", "title", "body", "machine_draft"]
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}

    def _post_clean(self):
        # Organisation and version are set by the action.
        pass


class ConsentTextEditForm(forms.ModelForm):
    class Meta:
        model = ConsentText
        fields = ["title", "body", "machine_draft"]
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}

    def _post_clean(self):
        # The action writes (and refuses a published version); the form only checks the fields.
        pass


class GoalForm(forms.ModelForm):
    class Meta:
        model = Goal
        fields = ["phase", "own_words", "own_words_fi"]
        widgets = {"own_words": forms.Textarea(attrs={"rows": 2}), "own_words_fi": forms.Textarea(attrs={"rows": 2})}


class GoalStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Status.choices)


class TaskForm(forms.ModelForm):
    class Meta:
        model = Task
        fields = ["phase", "goal", "title", "title_fi", "due_date", "owner"]
        widgets = {"due_date": DATE, "title": forms.TextInput(), "title_fi": forms.TextInput()}

    def __init__(self, *args, participant=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].queryset = Goal.objects.filter(participant=participant)
        self.fields["goal"].label_from_instance = lambda g: g.own_words[:60]
        self.fields["owner"].queryset = User.objects.filter(
            assignments__participant=participant, assignments__ended_at__isnull=True)


class TaskStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Status.choices)


class MeetingForm(forms.ModelForm):
    interpreter_language = forms.ChoiceField(label=_("Interpreter language"), choices=language_choices(blank=True),
                                             required=False)

    class Meta:
        model = Meeting
        fields = ["kind", "starts_at", "duration_minutes", "attendance", "interpreter_used", "interpreter_language",
                  "summary"]
        widgets = {"starts_at": DATETIME, "summary": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["starts_at"].input_formats = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
        self.fields["summary"].help_text = _("The summary of a psychosocial session is visible only to the assigned "
                                             "psychosocial workers.")

    def clean(self):
        data = super().clean()
        if data.get("interpreter_used") and not data.get("interpreter_language"):
            self.add_error("interpreter_language", _("Give the language the interpreter used."))
        if data.get("duration_minutes") is not None and not 1 <= data["duration_minutes"] <= 600:
            self.add_error("duration_minutes", _("Give a duration between 1 and 600 minutes."))
        return data


class NoteForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=Note.Kind.choices)
    body = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 4}), max_length=20000)

    def __init__(self, *args, may_psychosocial=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not may_psychosocial:
            self.fields["kind"].choices = [(Note.Kind.TEAM, Note.Kind.TEAM.label)]


class ReferralForm(forms.Form):
    partner = forms.ModelChoiceField(label=_("Partner organisation"), queryset=Organisation.objects.none())
    service = forms.ChoiceField(label=_("Service"), choices=Referral.Service.choices)
    shared_fields = forms.MultipleChoiceField(label=_("Data to share"), choices=Referral.SHAREABLE,
                                              widget=forms.CheckboxSelectMultiple, required=False,
                                              help_text=_("Share only what the partner needs. "
                                                          "The code is always sent."))
    note = forms.CharField(label=_("Message to the partner"), widget=forms.Textarea(attrs={"rows": 3}),
                           required=False, max_length=5000)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = Organisation.objects.filter(
            kind__in=[Organisation.Kind.PARTNER_NGO, Organisation.Kind.ASSISTANCE_SYSTEM], is_active=True)


class ReferralStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=[c for c in Referral.State.choices if c[0] != "revoked"])


class FlagForm(forms.ModelForm):
    class Meta:
        model = RiskFlag
        fields = ["kind", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 2})}


class SafetyPlanForm(forms.Form):
    safety_plan = forms.CharField(label=_("Safety plan"), widget=forms.Textarea(attrs={"rows": 6}), required=False,
                                  max_length=20000)


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type"), choices=Document.Kind.choices)
    file = forms.FileField(label=_("File"), help_text=_("PDF, PNG, JPEG, DOCX, ODT or TXT, at most 10 MB."))


class ExitForm(forms.Form):
    exit_date = forms.DateField(label=_("Exit date"), widget=DATE, initial=timezone.localdate)
    exit_reason = forms.ChoiceField(label=_("Exit reason"), choices=ExitReason.choices)
    # Yes / no / not recorded: an unanswered question stays "not recorded", never "no" (issue 15).
    exit_employed = tristate(_("Employed (incl. self-employed)"), forms.RadioSelect)
    exit_in_education_or_training = tristate(_("In education or training"), forms.RadioSelect)
    exit_job_searching = tristate(_("Job searching"), forms.RadioSelect)
    exit_qualification_gained = tristate(_("Gained a qualification"), forms.RadioSelect)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in Participant.EXIT_SITUATIONS:
            if name in self.initial:
                self.initial[name] = tristate_initial(self.initial[name])

    def clean_exit_date(self):
        value = self.cleaned_data["exit_date"]
        if value > timezone.localdate():
            raise forms.ValidationError(_("The exit date cannot be in the future."))
        return value


class ExitTasksForm(forms.Form):
    """On the exit confirmation: which open plan tasks stay open (the rest are closed as dropped)."""
    keep_tasks = forms.ModelMultipleChoiceField(
        label=_("Keep these tasks open"), queryset=Task.objects.none(), required=False,
        widget=forms.CheckboxSelectMultiple, help_text=_("Tick the tasks that still need doing after the exit."))

    def __init__(self, *args, participant=None, **kwargs):
        super().__init__(*args, **kwargs)
        from ikut.core.formats import date_text

        field = self.fields["keep_tasks"]
        field.queryset = Task.objects.filter(participant=participant, kind=Task.Kind.PLAN,
                                             status__in=[Status.PLANNED, Status.IN_PROGRESS]).order_by("due_date", "pk")
        field.label_from_instance = lambda t: (f"{t.title} ({_('due')} {date_text(t.due_date)})" if t.due_date
                                               else t.title)


class PortalLoginForm(forms.Form):
    email = forms.EmailField(label=_("Participant's email for the portal"), max_length=254,
                             help_text=_("The participant gets a link to choose a password. Use an address only "
                                         "they read."))


class FollowUpForm(forms.Form):
    employed_6_months = forms.TypedChoiceField(
        label=_("Employed six months after exit"), choices=[("true", _("Yes")), ("false", _("No")),
                                                            ("", _("Unknown"))],
        coerce=lambda v: {"true": True, "false": False}.get(v), empty_value=None, required=False)


class AssignForm(forms.Form):
    user = forms.ModelChoiceField(label=_("Worker"), queryset=User.objects.none())
    role = forms.ChoiceField(label=_("Role on the case"), choices=Assignment.CaseRole.choices)

    def __init__(self, *args, by, participant, **kwargs):
        """`by`: the user assigning. The picker (and so what a POST may name) holds active case workers of their
        own organisation and of partner organisations the participant has a valid consent to share with —
        never anyone else, never `by` themselves: joining a team you are not on goes through break-the-glass."""
        super().__init__(*args, **kwargs)
        partners = participant.consents.valid(ConsentPurpose.SHARE_WITH_PARTNER).values("partner_id")
        self.fields["user"].queryset = User.objects.filter(
            Q(organisation_id=by.organisation_id) | Q(organisation_id__in=partners),
            is_active=True, role__in=[Role.CASEWORKER, Role.PSYCHOSOCIAL, Role.SUPERVISOR],
            organisation__kind__in=[Organisation.Kind.ASSISTANCE_SYSTEM, Organisation.Kind.PARTNER_NGO],
        ).exclude(pk=by.pk) if by.organisation_id else User.objects.none()

    def clean(self):
        data = super().clean()
        user, role = data.get("user"), data.get("role")
        if user and role == Assignment.CaseRole.PSYCHOSOCIAL and user.role != Role.PSYCHOSOCIAL:
            self.add_error("role", _("Only a psychosocial worker can have the psychosocial role."))
        return data


class BreakGlassForm(forms.Form):
    code = forms.CharField(label=_("Participant code"), max_length=20, help_text=_("For example IK-2026-0042."))
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), min_length=10,
                             max_length=2000,
                             help_text=_("Why you need this record now. Your supervisor will review it."))


class BreakGlassReviewForm(forms.Form):
    note = forms.CharField(label=_("Review note"), widget=forms.Textarea(attrs={"rows": 2}), required=False,
                           max_length=2000)
    end_now = forms.BooleanField(label=_("End the access now"), required=False)


class ExportForm(forms.Form):
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), min_length=5,
                             max_length=2000, help_text=_("For example: the participant's request of 3 March."))
    format = forms.ChoiceField(label=_("Format"), choices=[("json", "JSON"), ("pdf", "PDF")],
                               widget=forms.RadioSelect, initial="pdf")


class CaseloadFilterForm(forms.Form):
    q = forms.CharField(label=_("Search by code"), required=False, max_length=20)
    scope = forms.ChoiceField(label=_("Show"), required=False,
                              choices=[("mine", _("My participants")), ("organisation", _("Organisation's caseload"))])
    phase = forms.ChoiceField(label=_("Phase"), required=False, choices=[("", _("All phases"))] + list(Phase.choices))
    status = forms.ChoiceField(label=_("Status"), required=False,
                               choices=[("open", _("Open")), ("closed", _("Closed")), ("all", _("All"))])
    flagged = forms.BooleanField(label=_("Only with risk flags"), required=False)
