"""Rank occupations for a skills profile, with a 0–1 score explained per factor, and turn gaps into suggestions.

The taxonomy is held in memory as sparse matrices (occupations × skills), built once per taxonomy version
and cached in the process; ranking all occupations is two sparse matrix-vector products plus vector
arithmetic. Input schema `ikut.skills-profile/1`, output schema `ikut.match/1` (see docs/skills.md).

Factors (weights are renormalised over the factors that apply to an occupation):
  essential   share of the occupation's essential skills the person has            0.55
  optional    share of its optional skills                                         0.15
  languages   Finnish/Swedish level against the level the occupation typically needs 0.15
  certificates required (full weight) and advantageous (half weight) certificates held 0.15
  location    applies to placement offers (which have a place); not to occupations   —
"""

import threading
from dataclasses import dataclass

import numpy as np
from django.utils import translation
from django.utils.translation import ngettext
from scipy import sparse

from ikut.employers.matching import offers_for_profile

from .models import (
    CEFR,
    Certificate,
    Occupation,
    OccupationCertificate,
    OccupationSkill,
    Skill,
    TaxonomyImport,
    cefr_rank,
    pick_label,
)
from .profile_document import SCHEMA_OUT, WEIGHTS, parse_profile

LOCAL_LANGUAGES = ("fi", "sv")


@dataclass
class Index:
    version: tuple
    occ_pk: np.ndarray
    occ_uri: list
    occ_labels: list
    skill_col: dict  # skill uri -> column
    skill_uri: list
    skill_labels: list
    essential: sparse.csr_matrix
    optional: sparse.csr_matrix
    n_essential: np.ndarray
    n_optional: np.ndarray
    cert_col: dict  # certificate code -> column
    cert_labels: list
    requires: np.ndarray  # occupations × certificates (0/1)
    favours: np.ndarray
    language_need: np.ndarray  # CEFR rank the occupation typically needs (0 = none stated)

    @classmethod
    def build(cls, occupations, skills, links, certificates, cert_links, version=()):
        """occupations: [(pk, uri, labels, language_level)]; skills: [(pk, uri, labels)];
        links: [(occ pk, skill pk, relation)]; certificates: [(pk, code, labels)]; cert_links: [(occ, cert, rel)]."""
        occ_row = {pk: i for i, (pk, *_rest) in enumerate(occupations)}
        skill_row = {pk: i for i, (pk, *_rest) in enumerate(skills)}
        n_occ, n_skill = len(occupations), len(skills)
        rows = {"essential": [], "optional": []}
        cols = {"essential": [], "optional": []}
        for occ, skill, relation in links:
            if occ in occ_row and skill in skill_row and relation in rows:
                rows[relation].append(occ_row[occ])
                cols[relation].append(skill_row[skill])

        def matrix(kind):
            data = np.ones(len(rows[kind]), dtype=np.float32)
            m = sparse.csr_matrix((data, (rows[kind], cols[kind])), shape=(n_occ, n_skill), dtype=np.float32)
            m.sum_duplicates()
            m.data[:] = 1.0
            return m

        essential, optional = matrix("essential"), matrix("optional")
        cert_row = {pk: i for i, (pk, *_rest) in enumerate(certificates)}
        requires = np.zeros((n_occ, len(certificates)), dtype=np.float32)
        favours = np.zeros_like(requires)
        for occ, cert, relation in cert_links:
            if occ in occ_row and cert in cert_row:
                (requires if relation == "requires" else favours)[occ_row[occ], cert_row[cert]] = 1.0
        return cls(
            version=version,
            occ_pk=np.array([o[0] for o in occupations], dtype=np.int64),
            occ_uri=[o[1] for o in occupations], occ_labels=[o[2] for o in occupations],
            skill_col={s[1]: i for i, s in enumerate(skills)}, skill_uri=[s[1] for s in skills],
            skill_labels=[s[2] for s in skills],
            essential=essential, optional=optional,
            n_essential=np.asarray(essential.sum(axis=1)).ravel(),
            n_optional=np.asarray(optional.sum(axis=1)).ravel(),
            cert_col={c[1]: i for i, c in enumerate(certificates)}, cert_labels=[c[2] for c in certificates],
            requires=requires, favours=favours,
            language_need=np.array([cefr_rank(o[3]) for o in occupations], dtype=np.float32),
        )

    # ------------------------------------------------------------------ ranking
    def vectors(self, profile):
        x = np.zeros(len(self.skill_uri), dtype=np.float32)
        x[[self.skill_col[u] for u in profile["skills"]]] = 1.0
        c = np.zeros(len(self.cert_col), dtype=np.float32)
        held = [self.cert_col[code] for code in profile.get("certificates", []) if code in self.cert_col]
        c[held] = 1.0
        local = [cefr_rank(lang.get("level", "")) for lang in profile.get("languages", [])
                 if str(lang.get("code", "")).split("-")[0] in LOCAL_LANGUAGES]
        return x, c, max(local, default=0)

    def scores(self, profile):
        """All occupations: (score, factor arrays). Vectorised; no per-occupation Python loop."""
        x, c, language = self.vectors(profile)
        with np.errstate(divide="ignore", invalid="ignore"):
            ess_have = self.essential @ x
            opt_have = self.optional @ x
            essential = np.where(self.n_essential > 0, ess_have / self.n_essential, np.nan)
            optional = np.where(self.n_optional > 0, opt_have / self.n_optional, np.nan)
            n_req, n_fav = self.requires.sum(axis=1), self.favours.sum(axis=1)
            cert_weight = n_req + 0.5 * n_fav
            certs = np.where(cert_weight > 0, (self.requires @ c + 0.5 * (self.favours @ c)) / cert_weight, np.nan)
            languages = np.where(self.language_need > 0, np.minimum(1.0, language / self.language_need), np.nan)
        factors = {"essential": essential, "optional": optional, "languages": languages, "certificates": certs}
        total = np.zeros(len(self.occ_uri), dtype=np.float64)
        weight = np.zeros_like(total)
        for name, values in factors.items():
            applies = ~np.isnan(values)
            total += np.where(applies, values, 0.0) * WEIGHTS[name]
            weight += applies * WEIGHTS[name]
        score = np.divide(total, weight, out=np.zeros_like(total), where=weight > 0)
        overlap = ess_have + opt_have
        return score, factors, overlap, ess_have, opt_have

    def rank(self, profile, limit=20):
        """Rows best first: score, then more matched essential skills (the more specific occupation), then
        more matched optional skills; ties keep taxonomy order."""
        score, factors, overlap, ess_have, opt_have = self.scores(profile)
        candidates = np.flatnonzero(overlap > 0) if profile["skills"] else np.arange(len(score))
        if candidates.size == 0:
            return [], score, factors
        order = candidates[np.lexsort((candidates, -opt_have[candidates], -ess_have[candidates],
                                       -np.round(score[candidates], 4)))]
        return (order[:limit] if limit else order).tolist(), score, factors

    def missing_essential(self, row, have):
        start, end = self.essential.indptr[row], self.essential.indptr[row + 1]
        return [self.skill_uri[j] for j in self.essential.indices[start:end] if j not in have]


_cache = {}
_lock = threading.Lock()


def taxonomy_version():
    """A cheap key that changes whenever the taxonomy does: every import records a TaxonomyImport; the
    counts and highest ids also catch rows written directly (tests, the admin shell)."""
    from django.db.models import Max

    last = TaxonomyImport.objects.aggregate(m=Max("pk"))["m"]
    links = OccupationSkill.objects.aggregate(m=Max("pk"))["m"]
    certs = OccupationCertificate.objects.aggregate(m=Max("pk"))["m"]
    return (last, links, certs, Occupation.objects.count(), Skill.objects.count())


def invalidate():
    from . import search

    with _lock:
        _cache.clear()
    search.invalidate()


def get_index():
    version = taxonomy_version()
    with _lock:
        index = _cache.get("index")
        if index is not None and index.version == version:
            return index
    index = Index.build(
        list(Occupation.objects.order_by("pk").values_list("pk", "uri", "labels", "language_level")),
        list(Skill.objects.order_by("pk").values_list("pk", "uri", "labels")),
        OccupationSkill.objects.values_list("occupation_id", "skill_id", "relation").iterator(chunk_size=20000),
        list(Certificate.objects.order_by("pk").values_list("pk", "code", "labels")),
        list(OccupationCertificate.objects.values_list("occupation_id", "certificate_id", "relation")),
        version=version,
    )
    with _lock:
        _cache["index"] = index
    return index


# ------------------------------------------------------------------ the stable interface

def _round(value):
    return None if value is None or np.isnan(value) else round(float(value), 4)


def match(data, limit=20, lang="en", index=None, with_offers=False):
    """`ikut.skills-profile/1` dict → `ikut.match/1` dict. Raises ProfileError. With `with_offers` (the CLI and
    the API), also ranks the published placement offers ("offers")."""
    index = index or get_index()
    profile = parse_profile(data, index)
    order, score, factors = index.rank(profile, limit)
    x, c, language = index.vectors(profile)
    have = {index.skill_col[u] for u in profile["skills"]}
    held = {code for code in profile["certificates"]}
    codes = list(index.cert_col)
    out = []
    for row in order:
        required = [codes[j] for j in np.flatnonzero(index.requires[row])]
        favoured = [codes[j] for j in np.flatnonzero(index.favours[row])]
        need = int(index.language_need[row])
        out.append({
            "uri": index.occ_uri[row],
            "label": pick_label(index.occ_labels[row], lang),
            "score": _round(score[row]),
            "essential_coverage": _round(factors["essential"][row]) or 0.0,
            "missing_essential": index.missing_essential(row, have),
            "explain": {
                "essential": {"score": _round(factors["essential"][row]), "weight": WEIGHTS["essential"],
                              "have": int(round((factors["essential"][row] if index.n_essential[row] else 0)
                                                * index.n_essential[row])),
                              "of": int(index.n_essential[row])},
                "optional": {"score": _round(factors["optional"][row]), "weight": WEIGHTS["optional"],
                             "of": int(index.n_optional[row])},
                "languages": {"score": _round(factors["languages"][row]), "weight": WEIGHTS["languages"],
                              "needed": CEFR[need - 1] if need else None,
                              "have": (CEFR + ["native"])[language - 1] if language else None},
                "certificates": {"score": _round(factors["certificates"][row]), "weight": WEIGHTS["certificates"],
                                 "required": required, "advantage": favoured,
                                 "missing_required": [c for c in required if c not in held]},
                "location": {"score": None, "weight": 0.0,
                             "note": "location is matched against placement offers, not occupations"},
            },
        })
    with translation.override(lang):
        advice = suggestions(index, order, have, held, lang)
    result = {"schema": SCHEMA_OUT, "occupations": out, "suggestions": advice}
    if with_offers:
        result["offers"] = offers_for_profile(profile, limit=limit)
    return result


def suggestions(index, rows, have, held, lang="en", limit=5):
    """Gaps turned into steps: certificates required by occupations in the list, and skills that complete them."""
    out = []
    codes = list(index.cert_col)
    if rows:
        rows_arr = np.array(rows)
        needed = index.requires[rows_arr].sum(axis=0)
        for j in np.argsort(-needed, kind="stable"):
            if needed[j] <= 0 or codes[j] in held:
                continue
            opened = [index.occ_uri[r] for r in rows if index.requires[r, j]]
            label = pick_label(index.cert_labels[j], lang)
            text = ngettext("%(label)s opens %(n)d more occupation in your list",
                            "%(label)s opens %(n)d more occupations in your list", len(opened))
            out.append({"type": "certificate", "code": codes[j], "label": label, "opens": len(opened),
                        "occupations": opened, "text": text % {"label": label, "n": len(opened)}})
        missing = {}
        for r in rows:
            gaps = index.missing_essential(r, have)
            for uri in gaps:
                entry = missing.setdefault(uri, {"count": 0, "completes": 0})
                entry["count"] += 1
                entry["completes"] += len(gaps) == 1
        ranked = sorted(missing.items(), key=lambda kv: (-kv[1]["completes"], -kv[1]["count"], kv[0]))
        for uri, entry in ranked[:limit]:
            label = pick_label(index.skill_labels[index.skill_col[uri]], lang)
            if entry["completes"]:
                text = ngettext("%(label)s: essential in %(n)d occupation in your list, the last missing one in "
                                "%(k)d", "%(label)s: essential in %(n)d occupations in your list, the last missing "
                                "one in %(k)d", entry["count"])
            else:
                text = ngettext("%(label)s: essential in %(n)d occupation in your list",
                                "%(label)s: essential in %(n)d occupations in your list", entry["count"])
            out.append({"type": "skill", "uri": uri, "label": label, "occupations": entry["count"],
                        "completes": entry["completes"],
                        "text": text % {"label": label, "n": entry["count"], "k": entry["completes"]}})
    return out
