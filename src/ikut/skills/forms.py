from django import forms
from django.utils.translation import gettext_lazy as _

from ikut.core import codelists
from ikut.core.countries import country_field
from ikut.core.forms import SearchForm, id_field

from .models import CEFR_CHOICES, Certificate, Occupation, ProfileSkill, SkillsProfile, WorkExperience

PICKER = {"class": "picker-list"}  # searchable checkbox lists (static/ikut/picker.js); plain checkboxes without JS

ISCED = [
    ("", "—"),
    ("0", _("0 – no formal schooling or early childhood education")),
    ("1", _("1 – primary education")),
    ("2", _("2 – lower secondary education")),
    ("3", _("3 – upper secondary education")),
    ("4", _("4 – post-secondary vocational education")),
    ("5", _("5 – short-cycle tertiary education")),
    ("6", _("6 – bachelor's or equivalent")),
    ("7", _("7 – master's or equivalent")),
    ("8", _("8 – doctoral or equivalent")),
]

DIGCOMP = [
    ("information", _("Finding information and judging whether it is reliable")),
    ("communication", _("Communicating: messages, calls, video calls")),
    ("content", _("Making things: photos, texts, documents")),
    ("safety", _("Staying safe: passwords, scams, privacy")),
    ("problem_solving", _("Solving problems: apps, settings, online services")),
]
DIGITAL_LEVELS = [("", "—"), ("0", _("not yet")), ("1", _("with help")), ("2", _("on my own")),
                  ("3", _("I can help others"))]

LANGUAGE_CHOICES = [("fi", "suomi"), ("sv", "svenska"), ("en", "English"), ("ar", "العربية"), ("fa", "فارسی"),
                    ("th", "ไทย"), ("vi", "Tiếng Việt"), ("ru", "русский"), ("uk", "українська"), ("ti", "ትግርኛ"),
                    ("so", "Soomaali"), ("zh", "中文"), ("ro", "română"), ("bg", "български"), ("tl", "Tagalog"),
                    ("fr", "français"), ("es", "español"), ("pt", "português"), ("ps", "پښتو"), ("ku", "Kurdî"),
                    ("am", "አማርኛ"), ("other", _("other"))]
LANGUAGE_NAMES = dict(LANGUAGE_CHOICES)


def language_label(code):
    """A language of the profile by its name in the UI language (with its own-script name where IKUT serves it)."""
    if code == "other":
        return LANGUAGE_NAMES["other"]
    return codelists.language_name(code)


class LanguagesForm(forms.Form):
    """One row per language: the participant's own, Finnish, Swedish, English, those already recorded,
    and one free row to add another."""

    def __init__(self, *args, codes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.codes = list(dict.fromkeys(codes))
        for code in self.codes:
            name = language_label(code)
            for part, label in (("understanding", _("understanding")), ("speaking", _("speaking")),
                                ("writing", _("reading and writing"))):
                self.fields[f"{code}_{part}"] = forms.ChoiceField(
                    label=f"{name}: {label}", choices=CEFR_CHOICES, required=False)
        # every ISO 639-1 language by its name in the UI language: a searchable select (static/ikut/picker.js)
        self.fields["new_code"] = forms.ChoiceField(
            label=_("Add another language"), required=False,
            choices=[("", "—")] + codelists.language_choices() + [("other", LANGUAGE_NAMES["other"])])
        for part, label in (("understanding", _("understanding")), ("speaking", _("speaking")),
                            ("writing", _("reading and writing"))):
            self.fields[f"new_{part}"] = forms.ChoiceField(label=_("Added language: %(part)s") % {"part": label},
                                                           choices=CEFR_CHOICES, required=False)

    def rows(self):
        for code in self.codes:
            yield {"code": code, "name": language_label(code),
                   "fields": [self[f"{code}_{p}"] for p in ("understanding", "speaking", "writing")]}

    def levels(self):
        out = {code: {p: self.cleaned_data.get(f"{code}_{p}", "") for p in ("understanding", "speaking", "writing")}
               for code in self.codes}
        new = self.cleaned_data.get("new_code")
        if new:
            out[new] = {p: self.cleaned_data.get(f"new_{p}", "") for p in ("understanding", "speaking", "writing")}
        return out


class EducationForm(forms.ModelForm):
    isced_level = forms.ChoiceField(label=_("Highest education (ISCED level)"), choices=ISCED, required=False)
    education_country = country_field(_("Country of education"))

    class Meta:
        model = SkillsProfile
        fields = ["isced_level", "education_country", "education_years", "education_documents", "education_notes"]
        widgets = {"education_notes": forms.Textarea(attrs={"rows": 3})}

    def clean_education_country(self):
        value = self.cleaned_data.get("education_country", "").strip().upper()
        if value and (len(value) != 2 or not value.isalpha()):
            raise forms.ValidationError(_("Use the two-letter country code, for example VN or UA."))
        return value

    def clean_education_years(self):
        value = self.cleaned_data.get("education_years")
        if value is not None and value > 30:
            raise forms.ValidationError(_("Enter the number of years of schooling (0–30)."))
        return value


class DigitalForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, label in DIGCOMP:
            self.fields[key] = forms.ChoiceField(label=label, choices=DIGITAL_LEVELS, required=False)


class CertificatesForm(forms.Form):
    held = forms.ModelMultipleChoiceField(label=_("Held"), queryset=Certificate.objects.none(), required=False,
                                          widget=forms.CheckboxSelectMultiple(PICKER))
    studying = forms.ModelMultipleChoiceField(label=_("Working towards"), queryset=Certificate.objects.none(),
                                              required=False, widget=forms.CheckboxSelectMultiple(PICKER))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("held", "studying"):
            self.fields[name].queryset = Certificate.objects.all()
            self.fields[name].label_from_instance = lambda c: c.label()

    def clean(self):
        data = super().clean()
        both = set(data.get("held") or []) & set(data.get("studying") or [])
        if both:
            self.add_error("studying", _("A certificate cannot be both held and in progress: %(names)s")
                           % {"names": ", ".join(c.label() for c in both)})
        return data


class GoalsForm(forms.ModelForm):
    class Meta:
        model = SkillsProfile
        fields = ["interests", "goals", "constraints", "location"]
        widgets = {"interests": forms.Textarea(attrs={"rows": 3}), "goals": forms.Textarea(attrs={"rows": 3}),
                   "constraints": forms.Textarea(attrs={"rows": 3})}


class ExperienceForm(forms.Form):
    work_type = forms.ChoiceField(label=_("Type of work"), choices=WorkExperience.WorkType.choices,
                                  widget=forms.RadioSelect,
                                  help_text=_("All work counts. This records the kind of work, not a legal judgement."))
    country = country_field(_("Country"))
    years = forms.DecimalField(label=_("Years"), max_digits=4, decimal_places=1, min_value=0, max_value=60,
                               required=False)
    description = forms.CharField(label=_("What the person did, in their own words"), required=False,
                                  widget=forms.Textarea(attrs={"rows": 3}))
    skills = forms.MultipleChoiceField(label=_("Skills the person confirms"), required=False,
                                       widget=forms.CheckboxSelectMultiple(PICKER))
    confidence = forms.ChoiceField(label=_("Confidence"), choices=ProfileSkill.Confidence.choices,
                                   initial=ProfileSkill.Confidence.SELF_DECLARED)

    def __init__(self, *args, skill_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["skills"].choices = skill_choices

    def clean_country(self):
        value = self.cleaned_data.get("country", "").strip().upper()
        if value and (len(value) != 2 or not value.isalpha()):
            raise forms.ValidationError(_("Use the two-letter country code, for example TH or UA."))
        return value


class SkillForm(forms.Form):
    """A skill found outside work experience (education, other activity, a test), or a changed confidence."""

    skill = forms.ChoiceField(label=_("Skill"), widget=forms.RadioSelect)
    source = forms.ChoiceField(label=_("Source"), choices=ProfileSkill.Source.choices)
    confidence = forms.ChoiceField(label=_("Confidence"), choices=ProfileSkill.Confidence.choices,
                                   initial=ProfileSkill.Confidence.SELF_DECLARED)

    def __init__(self, *args, skill_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["skill"].choices = skill_choices


class OccupationFilterForm(SearchForm):
    """The taxonomy browser's query string: a search (?q=), or one sector's occupations page by page."""

    sector = forms.ChoiceField(label=_("Sector"), required=False,
                               choices=[("", "")] + list(Occupation.Sector.choices))


class OccupationFindForm(SearchForm):
    """Finding the occupation of a work experience: ?q= searches; `occupation` (a result's link, or the
    confirmation form's hidden field) is the one chosen."""

    occupation = id_field()

    @classmethod
    def read(cls, request):
        """(search text, occupation named?, occupation id or None when it is not a valid id); a posted
        confirmation names the occupation in its hidden field, a result's link in the query string."""
        found = cls(request.GET)
        found.is_valid()  # cleaned_data keeps the fields that are valid
        posted = cls(request.POST)
        chosen = posted if posted.data.get("occupation") else found
        chosen.is_valid()
        return found.query(), bool(chosen.data.get("occupation")), chosen.cleaned_data.get("occupation")
