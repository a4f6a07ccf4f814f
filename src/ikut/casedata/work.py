"""Right to work in matching and introductions: may this participant be offered to this employer?

The rule, from the status on the record (ikut.casedata.models.CaseStatus):
- no right to work, or a pending one → never offered to any employer; the caseworker sees why;
- restricted → only to the employer (business ID) or the fields (company sectors) the permit allows; a
  restriction without a recorded employer or field allows nothing until it is recorded;
- unrestricted, or nothing recorded (most EU citizens and Finnish residents) → no limit from here.
This module never gives a legal verdict; it applies what the caseworker recorded.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from .models import CaseStatus, RightToWork, split_codes


@dataclass
class WorkPermission:
    right: str = ""  # RightToWork value or "" (not recorded)
    sectors: set = field(default_factory=set)
    business_id: str = ""

    @property
    def blocked_reason(self):
        """Why no employer at all may be offered this person, or "" when some may."""
        if self.right == RightToWork.NONE:
            return _("No right to work is recorded: the participant cannot be proposed to employers.")
        if self.right == RightToWork.PENDING:
            return _("The right to work is pending: no introductions until it has been decided.")
        if self.right == RightToWork.RESTRICTED and not (self.sectors or self.business_id):
            return _("The right to work is restricted, but the allowed employer or field is not recorded: "
                     "record it on the case status page first.")
        return ""

    def allows(self, company):
        """(allowed, reason) for an offer of `company` (an employers.Company)."""
        blocked = self.blocked_reason
        if blocked:
            return False, blocked
        if self.right == RightToWork.RESTRICTED:
            if self.business_id and company.business_id == self.business_id:
                return True, ""
            if company.sector in self.sectors:
                return True, ""
            return False, _("The right to work is restricted to another employer or field.")
        return True, ""


def _from_row(right, sectors, business_id):
    return WorkPermission(right or "", set(split_codes(sectors)), (business_id or "").strip())


def permission_for(participant):
    """The WorkPermission of one participant (one query)."""
    row = CaseStatus.objects.filter(participant=participant).values_list(
        "right_to_work", "allowed_sectors", "allowed_business_id").first()
    return _from_row(*row) if row else WorkPermission()


def permissions_for(ids):
    """{participant pk: WorkPermission} for pks or a `.values("pk")` queryset (one query; people without a
    recorded status are absent: look them up with .get(pk, WorkPermission()))."""
    return {pk: _from_row(right, sectors, business_id) for pk, right, sectors, business_id in
            CaseStatus.objects.filter(participant_id__in=ids).values_list(
                "participant_id", "right_to_work", "allowed_sectors", "allowed_business_id")}
