"""/api/htcds/: the HTCDS interchange, with the same access policy, consent check and audit as the pages.

- GET  /api/htcds/cases?participants=CODE,CODE&to=ORG_ID  identifiable export (JSON, or CSV with
  format=csv) of cases the caller may change, each under a valid case-transfer consent naming `to`.
  A browser session must be in sudo mode (428 otherwise); API tokens are only issued in sudo mode.
- POST /api/htcds/cases  import a JSON document {"schema": "ikut.htcds/1", "cases": [...]} into the
  caller's organisation (the caller becomes the lead of new records); 400 names the row and field.
- GET  /api/htcds/deidentified?k=5  k-anonymous CSV (supervisors: their organisation; project managers).
"""

from django.http import HttpResponse, JsonResponse
from ninja import Router

from ikut import access
from ikut.access.casedata import DEIDENTIFIED_K_MIN, deidentified_scope
from ikut.access.participants import get_participant_for
from ikut.accounts.models import Organisation
from ikut.accounts.sessions import in_sudo
from ikut.core.net import client_ip
from ikut.participants.actions import ConsentMissing

# The HTCDS code (ikut.casedata.htcds, .transfer) is imported by each endpoint: an interchange is rare, and a web
# worker that never runs one does not hold it (issue 17, lean workers).
API_PREFIX = "htcds"
router = Router(tags=["htcds"])
MAX_CODES = 200


def _download(content, fmt, name):
    kind = "application/json" if fmt == "json" else "text/csv"
    response = HttpResponse(content, content_type=f"{kind}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response


@router.get("/cases", url_name="htcds_cases", summary="Identifiable HTCDS export of chosen cases (consent needed)")
def export_cases(request, participants: str, to: int, format: str = "json"):
    user = request.auth
    access.check(user, "api.use")
    access.check(user, "casedata.transfer")
    codes = [c.strip() for c in participants.split(",") if c.strip()]
    if not codes or len(codes) > MAX_CODES or format not in ("json", "csv"):
        return JsonResponse({"detail": f"participants: 1–{MAX_CODES} codes; format: json or csv"}, status=400)
    from . import transfer

    cases = [get_participant_for(user, code[:40], "casedata.transfer") for code in dict.fromkeys(codes)]
    if not request.headers.get("Authorization", "").startswith("Bearer ") and not in_sudo(request):
        return JsonResponse({"detail": "re-authenticate first (sudo mode): this export contains identities"},
                            status=428)
    organisation = Organisation.objects.filter(pk=to, is_active=True).first()
    if organisation is None:
        return JsonResponse({"detail": "to: no such organisation"}, status=400)
    try:
        content = transfer.export_identifiable(user, cases, organisation, format, reason="api", ip=client_ip(request))
    except ConsentMissing as exc:
        return JsonResponse({"detail": " ".join(str(m) for m in exc.messages)}, status=403)
    return _download(content, format, "htcds-cases")


@router.post("/cases", url_name="htcds_import", summary="Import an HTCDS document (creates or updates records)")
def import_cases(request):
    user = request.auth
    access.check(user, "api.use")
    access.check(user, "casedata.import")
    from . import htcds, transfer

    try:
        result = transfer.import_document(
            user, request.body, "request body", user.organisation, lead=user,
            may_update=lambda p: access.can(user, "participants.edit", p), ip=client_ip(request))
    except htcds.ImportProblem as exc:
        return JsonResponse({"detail": str(exc), "row": exc.row, "field": exc.field}, status=400)
    return JsonResponse(result, status=200)


@router.get("/deidentified", url_name="htcds_deidentified", summary="De-identified, k-anonymous HTCDS CSV")
def export_deidentified(request, k: int = DEIDENTIFIED_K_MIN):
    user = request.auth
    access.check(user, "api.use")
    access.check(user, "casedata.deidentified")
    if not DEIDENTIFIED_K_MIN <= k <= 1000:
        return JsonResponse({"detail": f"k must be between {DEIDENTIFIED_K_MIN} and 1000"}, status=400)
    from . import transfer

    content, _rows, _left_out = transfer.export_deidentified(user, deidentified_scope(user), k=k,
                                                            scope="organisation" if user.organisation_id and
                                                            user.role == "supervisor" else "all",
                                                            ip=client_ip(request))
    return _download(content, "csv", "htcds-deidentified")
