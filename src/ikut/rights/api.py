"""POST /api/rights/check-offer: the job-offer check (same result as `ikut check-offer`).

Public on purpose (auth=None): the survivor portal uses it without an account, the computation is
stateless, nothing is stored, logged or audited, and the answer contains no personal data. See
docs/rights.md.
"""

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from ninja import Router

from . import offer_check

router = Router(tags=["rights"])

# The `lang` query parameter as django-ninja described `lang: str = "en"` (tests/rights/test_offer_json.py compares
# the two). The view reads it from request.GET: a pydantic model per request for one string cost 5 % of the call.
LANG_PARAMETER = {"in": "query", "name": "lang", "schema": {"default": "en", "title": "Lang", "type": "string"},
                  "required": False}


@router.post("/check-offer", auth=None, url_name="check_offer",
             summary="Check a job offer (ikut.job-offer/1 → ikut.offer-check/1)",
             openapi_extra={"parameters": [LANG_PARAMETER],
                            "requestBody": {"required": True, "content": {"application/json": {"schema": {
                                "type": "object", "required": ["schema", "sector"],
                                "properties": {"schema": {"const": offer_check.INPUT_SCHEMA},
                                               "sector": {"enum": offer_check.SECTORS}}}}}}})
def check_offer(request):
    # The body is read raw (not through a ninja schema) so that errors name the field exactly as the CLI
    # does. No CSRF check applies: the operation is anonymous (auth=None) and changes nothing.
    lang = _requested_language(request)
    if lang not in settings.PORTAL_LANGUAGES:
        return JsonResponse({"detail": f"lang: unsupported language; one of {', '.join(settings.PORTAL_LANGUAGES)}",
                             "field": "lang"}, status=400)
    try:
        answer = offer_check.check_json(request.body, lang)
    except offer_check.OfferError as exc:
        return JsonResponse({"detail": str(exc), "field": exc.field}, status=400)
    # The same text and content type as django-ninja's rendering of check()'s dict (tests/rights/test_offer_json.py),
    # built from parts kept per content version instead of encoding ~12 kB on every request.
    return HttpResponse(answer.encode(), content_type=JSON)  # UTF-8, the charset named: what HttpResponse encodes to


def _requested_language(request):
    """request.GET.get("lang", "en"), as django-ninja read `lang: str = "en"` (without a pydantic model), without
    parsing the query into request.GET for the two queries the portal sends (issue 17): none, or "lang=" and a
    portal language alone, which parses to exactly that language (a language code holds no "&", "%", "+" or "=")."""
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return "en"
    if query.startswith("lang=") and query[5:] in settings.PORTAL_LANGUAGES:
        return query[5:]
    return request.GET.get("lang", "en")


JSON = "application/json; charset=utf-8"  # django-ninja's JSONRenderer

