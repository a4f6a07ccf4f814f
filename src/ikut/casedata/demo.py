"""Demo case data (fictional): permits, right to work and HTCDS picklists for four demo participants, so the
caseload dashboard shows upcoming expiries and the candidates page shows the right-to-work rule at work."""

import datetime

from django.utils import timezone

from . import actions
from .models import CaseStatus


def seed(world):
    people = world.get("participants") or {}
    coach = world["users"]["caseworker"]
    today = timezone.localdate()
    days = datetime.timedelta
    statuses = {
        "nok": dict(permit_type="victim_of_trafficking", permit_valid_until=today + days(75),
                    right_to_work="unrestricted", assistance_status="accepted", criminal_case="investigation",
                    claim_status="claimed", claim_amount="3200.00", trafficking_status="ActualVictimOfTrafficking",
                    exploitation_types="ForcedLabour", forced_labour_industry="A_AgricultureForestryAndFishing",
                    methods_of_control="DebtBondage;TakesEarnings;WithholdsDocuments"),
        "blessing": dict(permit_type="applied", right_to_work="pending", assistance_status="accepted",
                         reflection_period_until=today + days(25), criminal_case="none",
                         trafficking_status="PossibleVictimOfTrafficking", exploitation_types="ForcedLabour",
                         forced_labour_industry="T_ActivitiesOfHouseholdsAsEmployers"),
        "oleksandr": dict(permit_type="temporary", permit_valid_until=today + days(300), right_to_work="unrestricted",
                          assistance_status="accepted", criminal_case="reported", claim_status="preparing",
                          trafficking_status="ActualVictimOfTrafficking", exploitation_types="ForcedLabour",
                          forced_labour_industry="F_Construction", methods_of_control="FalsePromises"),
        "hieu": dict(permit_type="temporary", permit_valid_until=today + days(200), right_to_work="restricted",
                     work_restriction="Only restaurant and hotel work (demo)", allowed_sectors="hospitality",
                     assistance_status="accepted", trafficking_status="ActualVictimOfTrafficking",
                     exploitation_types="ForcedLabour",
                     forced_labour_industry="I_AccommodationAndFoodServiceActivities"),
    }
    for name, data in statuses.items():
        p = people.get(name)
        if p is None or CaseStatus.objects.filter(participant=p).exists():
            continue
        actions.save_status(coach, p, {k: v for k, v in data.items()})
