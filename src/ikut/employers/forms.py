from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ikut.core.i18n import current_language
from ikut.skills.models import Certificate, Occupation, Skill

from . import assessment, offers
from .models import CheckIn, Commitment, Company, Introduction, Offer, Placement, Problem

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MAX_SKILL_CHOICES = 400
YES_NO_CHOICES = [("yes", _("Yes")), ("no", _("No"))]


class CompanyForm(forms.ModelForm):
    name = forms.CharField(label=_("Company name"), max_length=200)

    class Meta:
        model = Company
        fields = ["business_id", "sector", "staff_count", "locations", "description", "website"]
        widgets = {"locations": forms.Textarea(attrs={"rows": 3}), "description": forms.Textarea(attrs={"rows": 3})}

    field_order = ["name", "business_id", "sector", "staff_count", "locations", "description", "website"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["name"].initial = self.instance.organisation.name

    def clean_business_id(self):
        return (self.cleaned_data.get("business_id") or "").strip()


class CommitmentForm(forms.ModelForm):
    class Meta:
        model = Commitment
        fields = ["kind", "description", "quantity", "start_date", "end_date", "status"]
        widgets = {"start_date": DATE, "end_date": DATE, "description": forms.Textarea(attrs={"rows": 2})}


class CommitmentStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"), choices=Commitment.Status.choices)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


PICKER = {"class": "picker-list"}  # searchable checkbox lists (static/ikut/picker.js); plain checkboxes without JS


class OfferForm(forms.ModelForm):
    required_skills = forms.ModelMultipleChoiceField(label=_("Required skills"), queryset=Skill.objects.none(),
                                                     required=False, widget=forms.CheckboxSelectMultiple(PICKER))
    optional_skills = forms.ModelMultipleChoiceField(label=_("Skills that are an advantage"),
                                                     queryset=Skill.objects.none(), required=False,
                                                     widget=forms.CheckboxSelectMultiple(PICKER))
    required_certificates = forms.ModelMultipleChoiceField(
        label=_("Required certificates"), queryset=Certificate.objects.all(), required=False,
        widget=forms.CheckboxSelectMultiple(PICKER))
    optional_certificates = forms.ModelMultipleChoiceField(
        label=_("Certificates that are an advantage"), queryset=Certificate.objects.all(), required=False,
        widget=forms.CheckboxSelectMultiple(PICKER))

    class Meta:
        model = Offer
        fields = ["kind", "title", "occupation", "tasks", "location", "start_date", "places",
                  "hours_per_day", "days_per_week", "pay_amount", "pay_per", "collective_agreement",
                  "contract_type", "fixed_term_months", "trial_period_months", "housing_eur_per_month",
                  *offers.FIELDS, "language_fi", "language_sv", "language_en", "language_support"]
        widgets = {"start_date": DATE, "tasks": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The rights questions: required answers (radio buttons, nothing pre-selected). A draft may be saved
        # with some left open, but it cannot be published until all are answered (unknown is not fine).
        required_note = _("Answer required before the offer can be published.")
        for name, _path, kind, label in offers.QUESTIONS:
            if kind == offers.YES_NO:
                self.fields[name] = forms.TypedChoiceField(
                    label=label, choices=YES_NO_CHOICES, coerce=lambda v: v == "yes", empty_value=None,
                    required=False, widget=forms.RadioSelect, help_text=required_note)
                value = getattr(self.instance, name)
                self.initial[name] = None if value is None else ("yes" if value else "no")
            elif kind == offers.DOCUMENTS:
                self.fields[name] = forms.ChoiceField(label=label, choices=Offer.Documents.choices, required=False,
                                                      widget=forms.RadioSelect, help_text=required_note)
            else:
                self.fields[name].label = label
                self.fields[name].help_text = required_note
                self.fields[name].widget.attrs.setdefault("min", 0)
        lang = current_language(base=True)
        self.fields["occupation"].queryset = Occupation.objects.order_by(f"labels__{lang}__preferred",
                                                                          "labels__en__preferred")
        self.fields["occupation"].label_from_instance = lambda o: o.label()
        skills = Skill.objects.all()
        if skills.count() > MAX_SKILL_CHOICES:
            # A full ESCO import has ~14,000 skills: offer the chosen occupation's skills and those already set.
            occupation = self.instance.occupation_id
            picked = self.instance.skill_links.values("skill_id") if self.instance.pk else []
            skills = skills.filter((Q(occupation_links__occupation_id=occupation) if occupation else Q(pk__in=[]))
                                   | Q(pk__in=picked)).distinct()
        for name in ("required_skills", "optional_skills"):
            self.fields[name].queryset = skills.order_by("uri")
            self.fields[name].label_from_instance = lambda s: s.label()
            self.fields[name].help_text = _("Tick every skill that applies. Type in the box to find one.")
        for name in ("required_certificates", "optional_certificates"):
            self.fields[name].label_from_instance = lambda c: c.label()
        if self.instance.pk:
            links = list(self.instance.skill_links.all())
            self.initial["required_skills"] = [x.skill_id for x in links if x.required]
            self.initial["optional_skills"] = [x.skill_id for x in links if not x.required]
            certs = list(self.instance.certificate_links.all())
            self.initial["required_certificates"] = [x.certificate_id for x in certs if x.required]
            self.initial["optional_certificates"] = [x.certificate_id for x in certs if not x.required]


class ProposeForm(forms.Form):
    available_from = forms.DateField(label=_("Available from"), required=False, widget=DATE)
    availability = forms.ChoiceField(label=_("Working time"), choices=Introduction.Availability.choices)


class RespondForm(forms.Form):
    answer = forms.ChoiceField(label=_("Your answer"), choices=[("interested", _("Interested")),
                                                                ("not_interested", _("Not interested"))],
                               widget=forms.RadioSelect)


class ConsentStepForm(forms.Form):
    confirmed = forms.BooleanField(
        label=_("The participant has agreed, today, that their name is shared with this employer for this offer. "
                "I explained it in a language they understand."), required=True)
    share_phone = forms.BooleanField(label=_("The participant also agrees to share their phone number"),
                                     required=False)
    share_email = forms.BooleanField(label=_("The participant also agrees to share their email address"),
                                     required=False)


class PlacementForm(forms.ModelForm):
    class Meta:
        model = Placement
        fields = ["start_date", "end_date", "mentor_name", "mentor_contact"]
        widgets = {"start_date": DATE, "end_date": DATE}


class CheckInForm(forms.ModelForm):
    class Meta:
        model = CheckIn
        fields = ["held_on", "summary"]
        widgets = {"held_on": DATE, "summary": forms.Textarea(attrs={"rows": 3})}


class ProblemForm(forms.ModelForm):
    class Meta:
        model = Problem
        fields = ["raised_by_side", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class OutcomeForm(forms.ModelForm):
    class Meta:
        model = Placement
        fields = ["outcome", "contract_type", "hours_per_week", "end_date"]
        widgets = {"end_date": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["outcome"].required = True

    def clean(self):
        data = super().clean()
        if data.get("outcome") == Placement.Outcome.HIRED:
            if not data.get("contract_type"):
                self.add_error("contract_type", _("State the contract type of the job."))
            if data.get("hours_per_week") is None:
                self.add_error("hours_per_week", _("State the working hours a week."))
        return data


class AssessmentForm(forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, _area, question, choices, _points, _advice, _source in assessment.questions():
            self.fields[key] = forms.ChoiceField(label=question, choices=choices, widget=forms.RadioSelect)
