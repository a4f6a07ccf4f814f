"""Skills API: POST /api/skills/match (ikut.skills-profile/1 → ikut.match/1), occupation search."""

import json

from django.http import Http404, JsonResponse
from ninja import Router

from ikut import access

from .profile_document import ProfileError

router = Router(tags=["skills"])


@router.post("/match", summary="Rank occupations for a skills profile (ikut.skills-profile/1 → ikut.match/1)",
             response=dict)
def skills_match(request, limit: int = 20, lang: str = "en"):
    access.check(request.auth, "skills.match")
    from .matching import match  # numpy and scipy: loaded by the first ranking, not at start-up

    try:
        data = json.loads(request.body or b"")
    except (ValueError, UnicodeDecodeError) as exc:
        return JsonResponse({"detail": f"malformed JSON: {exc}"}, status=400)
    if not 1 <= limit <= 500:
        return JsonResponse({"detail": "limit must be between 1 and 500"}, status=400)
    try:
        # Published offers only for roles the policy lets see offers (not psychosocial workers, not the DPO).
        return match(data, limit=limit, lang=lang, with_offers=access.can(request.auth, "employers.offer.view"))
    except ProfileError as exc:
        return JsonResponse({"detail": str(exc), "unknown": exc.unknown}, status=400)


@router.get("/occupations", summary="Search occupations across languages and alternative labels (typo-tolerant)",
            response=list[dict])
def skills_occupations(request, q: str, limit: int = 10, lang: str = "en"):
    access.check(request.auth, "skills.taxonomy")
    from .search import search_occupations  # numpy and rapidfuzz: loaded by the first search, not at start-up

    if not 1 <= limit <= 50:
        raise Http404
    return [{"uri": r["uri"], "label": r["label"], "isco": r["isco"], "sector": r["sector"],
             "matched_label": r["matched_label"], "matched_lang": r["matched_lang"], "score": r["score"]}
            for r in search_occupations(q, limit, lang)]
