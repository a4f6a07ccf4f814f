"""Access matrix: trafficking case data and the HTCDS interchange (ikut.casedata), plus the employers API
endpoints that apply the right to work (candidates, propose). Uses the participants world: the caseworker
(lead) and the psychosocial worker are the world participant's team; the supervisor of the owner
organisation is not on the team."""

from . import Case

TEAM = {"caseworker", "psychosocial"}
LEAD = {"caseworker"}
CREATORS = {"caseworker", "supervisor", "outsider"}
MATCHERS = {"caseworker", "supervisor", "outsider"}


def code(w):
    return {"code": w.participant.code}


MATRIX = {
    "casedata:status": Case(allow=TEAM, kwargs=code, note="the team sees; only the lead's form can change it"),
    "casedata:transfer": Case(allow=LEAD, kwargs=code, note="the lead is sent to sudo (re-authentication) first"),
    "api:htcds_cases": Case(allow=LEAD, data=lambda w: {"participants": w.participant.code, "to": w.ngo.pk},
                            note="a session not in sudo mode gets 428; others 404"),
    "api:htcds_import": Case(allow=CREATORS, method="post", json=True, data={},
                             note="an empty document answers 400 to those who may import"),
    "api:htcds_deidentified": Case(allow={"supervisor", "project_manager"}),
    "api:employers_candidates": Case(allow=MATCHERS, kwargs=lambda w: {"offer_id": w.emp_offer.pk}),
    "api:employers_propose": Case(allow=LEAD, method="post", json=True,
                                  kwargs=lambda w: {"offer_id": w.emp_offer3.pk},
                                  data=lambda w: {"participant_code": w.emp_participant.code},
                                  note="only those who may change the participant's record"),
}
