from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from ikut.accounts.models import Organisation

from .models import CaseStatus, ExploitationType, MethodOfControl

AMOUNT = {"required": False, "min_value": Decimal("0"), "max_value": Decimal("99999999.99"), "max_digits": 10,
          "decimal_places": 2}


def _sector_choices():
    from ikut.employers.models import SECTOR_CHOICES

    return SECTOR_CHOICES


class CaseStatusForm(forms.ModelForm):
    allowed_sectors = forms.MultipleChoiceField(label=_("Fields the permit allows"), required=False,
                                                choices=_sector_choices, widget=forms.CheckboxSelectMultiple)
    exploitation_types = forms.MultipleChoiceField(label=_("Type(s) of exploitation"), required=False,
                                                   choices=ExploitationType.choices,
                                                   widget=forms.CheckboxSelectMultiple)
    methods_of_control = forms.MultipleChoiceField(label=_("Methods of control"), required=False,
                                                   choices=MethodOfControl.choices,
                                                   widget=forms.CheckboxSelectMultiple)
    claim_amount = forms.DecimalField(label=_("Amount claimed (euros)"), **AMOUNT)
    recovered_amount = forms.DecimalField(label=_("Amount recovered (euros)"), **AMOUNT)
    allowed_business_id = forms.CharField(label=_("Employer the permit allows (business ID)"), required=False,
                                          max_length=9, help_text=_("For example 1234567-8."))

    class Meta:
        model = CaseStatus
        fields = ["permit_type", "permit_valid_until", "right_to_work", "work_restriction", "allowed_sectors",
                  "allowed_business_id", "assistance_status", "reflection_period_until", "criminal_case",
                  "claim_status", "claim_amount", "recovered_amount", "trafficking_status", "exploitation_types",
                  "forced_labour_industry", "methods_of_control"]
        widgets = {"permit_valid_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "reflection_period_until": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
                   "work_restriction": forms.Textarea(attrs={"rows": 2, "maxlength": 1000})}

    def __init__(self, *args, instance=None, **kwargs):
        initial = kwargs.setdefault("initial", {})
        if instance is not None:
            initial.setdefault("allowed_sectors", instance.sector_list)
            initial.setdefault("exploitation_types", instance.exploitation_list)
            initial.setdefault("methods_of_control", instance.control_list)
        super().__init__(*args, instance=instance, **kwargs)

    GROUPS = [
        (_("Residence permit and right to work"), ["permit_type", "permit_valid_until", "right_to_work",
                                                  "work_restriction", "allowed_sectors", "allowed_business_id"]),
        (_("Assistance System"), ["assistance_status", "reflection_period_until"]),
        (_("Criminal case and claim"), ["criminal_case", "claim_status", "claim_amount", "recovered_amount"]),
        (_("Trafficking (HTCDS)"), ["trafficking_status", "exploitation_types", "forced_labour_industry",
                                    "methods_of_control"]),
    ]

    def groups(self):
        return [(title, [self[name] for name in names]) for title, names in self.GROUPS]

    def clean_work_restriction(self):
        value = self.cleaned_data.get("work_restriction") or ""
        if len(value) > 1000:
            raise forms.ValidationError(_("At most 1000 characters."))
        return value

    def clean_allowed_business_id(self):
        from ikut.rights.offer_check import business_id_valid

        value = (self.cleaned_data.get("allowed_business_id") or "").strip()
        if value and not business_id_valid(value):
            raise forms.ValidationError(_("Enter a valid Finnish business ID (Y-tunnus), for example 1234567-8."))
        return value

    def clean(self):
        data = super().clean()
        if data.get("right_to_work") == "restricted" and not (data.get("allowed_sectors") or
                                                               data.get("allowed_business_id")):
            self.add_error("allowed_sectors", _("A restricted right to work needs the allowed employer or field."))
        if data.get("recovered_amount") is not None and data.get("claim_amount") is not None and \
                data["recovered_amount"] > data["claim_amount"]:
            self.add_error("recovered_amount", _("The amount recovered cannot exceed the amount claimed."))
        return data

    def _post_clean(self):
        pass  # the action writes; the model's encrypted text fields hold the joined codes

    def status_data(self):
        d = dict(self.cleaned_data)
        for name in ("allowed_sectors", "exploitation_types", "methods_of_control"):
            d[name] = ";".join(d.get(name) or [])
        for name in ("claim_amount", "recovered_amount"):
            d[name] = "" if d.get(name) is None else str(d[name])
        return {f: d.get(f) if d.get(f) is not None else (None if f.endswith("_until") else "")
                for f in self.Meta.fields}


class TransferForm(forms.Form):
    organisation = forms.ModelChoiceField(label=_("Receiving organisation"), queryset=Organisation.objects.none(),
                                          help_text=_("Only organisations named in a valid case-transfer consent."))
    format = forms.ChoiceField(label=_("Format"), choices=[("json", "JSON"), ("csv", "CSV")])
    reason = forms.CharField(label=_("Reason"), max_length=300,
                             help_text=_("Logged with the export, for example the referral it belongs to."))

    def __init__(self, *args, partners=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = partners if partners is not None else Organisation.objects.none()

