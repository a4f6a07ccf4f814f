"""Rank occupations for a skills profile, with a 0–1 score explained per factor, and turn gaps into suggestions.

The taxonomy is held in memory as sparse matrices (occupations × skills), built once per taxonomy version
and cached in the process; ranking all occupations counts the profile's skills per occupation (what two sparse
matrix-vector products would give) and combines the factors as vectors. Input schema `ikut.skills-profile/1`,
output schema `ikut.match/1` (see docs/skills.md).

Factors (weights are renormalised over the factors that apply to an occupation):
  essential   share of the occupation's essential skills the person has            0.55
  optional    share of its optional skills                                         0.15
  languages   Finnish/Swedish level against the level the occupation typically needs 0.15
  certificates required (full weight) and advantageous (half weight) certificates held 0.15
  location    applies to placement offers (which have a place); not to occupations   —
"""

import threading
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np
from django.core.signals import setting_changed
from django.utils import translation
from django.utils.translation import ngettext

from ikut.core import versions
from ikut.employers.matching import offers_for_profile

from .models import (
    CEFR,
    Certificate,
    Occupation,
    OccupationCertificate,
    OccupationSkill,
    Skill,
    cefr_rank,
    pick_label,
)
from .profile_document import SCHEMA_OUT, WEIGHTS, parse_profile

if TYPE_CHECKING:
    from scipy import sparse  # imported lazily at run time: a worker loads scipy with the first ranking

LOCAL_LANGUAGES = ("fi", "sv")
TAXONOMY = "taxonomy"  # its ikut.core.versions name


@dataclass
class Index:
    version: str
    occ_pk: np.ndarray
    occ_uri: list
    occ_labels: list
    skill_col: dict  # skill uri -> column
    skill_uri: np.ndarray  # column -> uri (an object array, so that many columns map to URIs in one step)
    skill_order: np.ndarray  # column -> position of its URI in sorted order (ties in suggestions)
    skill_labels: list
    essential: "sparse.csr_matrix"
    optional: "sparse.csr_matrix"
    n_essential: np.ndarray
    n_optional: np.ndarray
    cert_col: dict  # certificate code -> column
    cert_labels: list
    requires: np.ndarray  # occupations × certificates (0/1)
    favours: np.ndarray
    language_need: np.ndarray  # CEFR rank the occupation typically needs (0 = none stated)
    # Precomputed once per taxonomy version, so that a ranking is one count and a few vector operations:
    skill_ptr: list  # per skill column, its occupations in `skill_occ` are skill_occ[skill_ptr[j]:skill_ptr[j + 1]]
    skill_occ: np.ndarray  # occupation row where the skill is essential, n_occ + row where it is optional
    essential_ptr: list  # essential.indptr as Python ints (a row's essential columns, sliced row by row)
    cert_value_by_cert: np.ndarray  # certificates × occupations: 1 required, ½ advantageous (exact in float32)
    cert_weight: np.ndarray  # required + ½ advantageous certificates per occupation
    weight: np.ndarray  # sum of the weights of the factors that apply to each occupation (1 where none does)
    essential_w: np.ndarray  # a factor's weight where it applies to the occupation, else 0 (float32)
    optional_w: np.ndarray
    certificates_w: np.ndarray
    divisors: dict  # factor -> its denominator per occupation, at least 1 (n essential, n optional, ...)
    languages: list  # per Finnish/Swedish level 0–7: (the languages share, its weighted term) per occupation
    required_codes: list  # per occupation: codes of required / advantageous certificates
    favoured_codes: list
    # Per occupation as Python values, for the explanation: how many essential / optional skills, the level
    # needed (None if none), whether the certificates factor applies.
    of_essential: list
    of_optional: list
    needed: list
    has_certificates: list
    names: dict = field(default_factory=dict)  # language -> labels shown so far (see labels_in())

    @classmethod
    def build(cls, occupations, skills, links, certificates, cert_links, version=""):
        """occupations: [(pk, uri, labels, language_level)]; skills: [(pk, uri, labels)];
        links: [(occ pk, skill pk, relation)]; certificates: [(pk, code, labels)]; cert_links: [(occ, cert, rel)]."""
        from scipy import sparse  # imported by the first ranking, not by every worker at start-up

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
        # Both relations by skill column in one structure: the optional rows shifted by n_occ, so that one
        # bincount over a profile's columns counts the matched essential and optional skills per occupation.
        by_skill = sparse.vstack([essential, optional]).tocsc()
        cert_row = {pk: i for i, (pk, *_rest) in enumerate(certificates)}
        requires = np.zeros((n_occ, len(certificates)), dtype=np.float32)
        favours = np.zeros_like(requires)
        for occ, cert, relation in cert_links:
            if occ in occ_row and cert in cert_row:
                (requires if relation == "requires" else favours)[occ_row[occ], cert_row[cert]] = 1.0
        n_essential = np.asarray(essential.sum(axis=1)).ravel()
        n_optional = np.asarray(optional.sum(axis=1)).ravel()
        cert_weight = requires.sum(axis=1) + 0.5 * favours.sum(axis=1)
        language_need = np.array([cefr_rank(o[3]) for o in occupations], dtype=np.float32)
        applies = {"essential": n_essential > 0, "optional": n_optional > 0, "languages": language_need > 0,
                   "certificates": cert_weight > 0}
        weight = np.zeros(n_occ, dtype=np.float64)
        for name, mask in applies.items():
            weight += mask * WEIGHTS[name]
        weights = {name: np.where(mask, np.float32(WEIGHTS[name]), np.float32(0)) for name, mask in applies.items()}
        languages = []
        for level in range(len(CEFR) + 2):  # 0 = none, 1–6 = A1–C2, 7 = native
            share = np.minimum(1.0, level / np.maximum(language_need, 1))
            languages.append((share, share * weights["languages"]))
        codes = [c[1] for c in certificates]
        skill_uri = np.empty(n_skill, dtype=object)
        skill_uri[:] = [s[1] for s in skills]
        levels = [None, *CEFR, "native"]
        return cls(
            version=version,
            occ_pk=np.array([o[0] for o in occupations], dtype=np.int64),
            occ_uri=[o[1] for o in occupations], occ_labels=[o[2] for o in occupations],
            skill_col={s[1]: i for i, s in enumerate(skills)}, skill_uri=skill_uri,
            skill_order=np.argsort(np.argsort(skill_uri, kind="stable"), kind="stable"),
            skill_labels=[s[2] for s in skills],
            essential=essential, optional=optional, n_essential=n_essential, n_optional=n_optional,
            cert_col={code: i for i, code in enumerate(codes)}, cert_labels=[c[2] for c in certificates],
            requires=requires, favours=favours, language_need=language_need,
            skill_ptr=by_skill.indptr.tolist(), skill_occ=by_skill.indices, essential_ptr=essential.indptr.tolist(),
            cert_value_by_cert=np.ascontiguousarray((requires + 0.5 * favours).T),
            cert_weight=cert_weight, weight=np.where(weight > 0, weight, 1.0),
            essential_w=weights["essential"], optional_w=weights["optional"], certificates_w=weights["certificates"],
            divisors={"essential": np.maximum(n_essential, 1), "optional": np.maximum(n_optional, 1),
                      "certificates": np.maximum(cert_weight, 0.5)},
            languages=languages,
            required_codes=[[codes[j] for j in np.flatnonzero(r)] for r in requires],
            favoured_codes=[[codes[j] for j in np.flatnonzero(f)] for f in favours],
            of_essential=n_essential.astype(int).tolist(), of_optional=n_optional.astype(int).tolist(),
            needed=[levels[int(n)] for n in language_need.tolist()],
            has_certificates=(cert_weight > 0).tolist(),
        )

    def labels_in(self, lang):
        """({occupation row: label}, {skill column: label}, {certificate column: label}) in `lang`, filled in
        by the callers as rows are shown: a label depends only on the taxonomy version and the language."""
        names = self.names.get(lang)
        if names is None:
            if len(self.names) >= 64:  # `lang` comes from requests: keep the memory bounded
                self.names.clear()
            names = self.names[lang] = ({}, {}, {})
        return names

    # ------------------------------------------------------------------ ranking
    def vectors(self, profile):
        """The profile as vectors: its skill columns, certificates held (their columns), best Finnish/Swedish
        level (CEFR rank)."""
        columns = list(dict.fromkeys(self.skill_col[u] for u in profile["skills"]))
        held = list(dict.fromkeys(self.cert_col[code] for code in profile.get("certificates", [])
                                  if code in self.cert_col))
        local = [cefr_rank(lang.get("level", "")) for lang in profile.get("languages", [])
                 if str(lang.get("code", "")).split("-")[0] in LOCAL_LANGUAGES]
        return columns, held, max(local, default=0)

    def scores(self, profile):
        """All occupations at once (no per-occupation Python loop): a Scores with the 0–1 score and each
        factor's share (0 where the factor does not apply: its weight there is 0, see build())."""
        columns, held, language = self.vectors(profile)
        ess_have, opt_have = self.held(columns)
        # Shares in float32, the weighted sum in float64 factor by factor: the same arithmetic as summing
        # np.where(applies, share, 0) * weight, without the where()s (a factor's weight is 0 where it does
        # not apply; a share divides by at least 1).
        essential = ess_have / self.divisors["essential"]
        optional = opt_have / self.divisors["optional"]
        languages, languages_term = self.languages[language]
        total = (essential * self.essential_w).astype(np.float64)
        total += optional * self.optional_w
        total += languages_term
        if held:  # rows of the transposed certificate matrix summed: (requires + ½ favours) @ c without the zeros
            certificates = self.cert_value_by_cert[held].sum(axis=0) / self.divisors["certificates"]
            total += certificates * self.certificates_w
        else:
            certificates = np.zeros(len(self.occ_uri), dtype=np.float32)
        score = total / self.weight  # 0 where no factor applies (total 0, weight 1)
        return Scores(columns, language, score, ess_have, opt_have, essential, optional, languages, certificates)

    def held(self, columns):
        """Per occupation, how many of the skills in `columns` it has as essential and as optional (float32,
        like mat-vecs with the profile's 0/1 vector, which they replace: counting the profile's few columns
        costs less). One bincount for both: optional rows are shifted by n_occ in `skill_occ`."""
        n_occ = len(self.occ_uri)
        ptr, occ = self.skill_ptr, self.skill_occ
        if not columns:
            return np.zeros((2, n_occ), dtype=np.float32)
        counts = np.bincount(np.concatenate([occ[ptr[j]:ptr[j + 1]] for j in columns]), minlength=2 * n_occ)
        return counts.astype(np.float32).reshape(2, n_occ)

    def rank(self, profile, limit=20):
        """(rows best first, Scores): score, then more matched essential skills (the more specific occupation),
        then more matched optional skills; ties keep taxonomy order. Only occupations sharing a skill with the
        profile are ranked (all when the profile has no skills)."""
        s = self.scores(profile)
        overlap = s.ess_have + s.opt_have
        candidates = np.flatnonzero(overlap > 0) if profile["skills"] else np.arange(len(s.score))
        rounded = s.score[candidates].round(4)
        if limit and candidates.size > limit:  # sort only what can reach the first `limit` places (ties kept)
            kth = np.partition(rounded, candidates.size - limit)[candidates.size - limit]  # the limit-th best
            keep = rounded >= kth
            candidates, rounded = candidates[keep], rounded[keep]
        order = candidates[np.lexsort((candidates, -s.opt_have[candidates], -s.ess_have[candidates], -rounded))]
        return (order[:limit] if limit else order), s

    def missing_essentials(self, rows, columns):
        """The essential skills the profile (its skill `columns`) lacks in each of `rows`, in one pass:
        (columns, per_row) — the columns row after row (taxonomy order within a row) and how many belong to
        each row."""
        if len(rows) == 0:
            return np.zeros(0, dtype=self.essential.indices.dtype), np.zeros(0, dtype=np.int64)
        ptr, indices = self.essential_ptr, self.essential.indices
        parts = [indices[ptr[r]:ptr[r + 1]] for r in rows.tolist()]
        needed = np.concatenate(parts)
        has = np.zeros(len(self.skill_uri), dtype=bool)  # 14 kB: cheaper than np.isin on these sizes
        has[columns] = True
        lacking = ~has[needed]
        owner = np.repeat(np.arange(len(rows)), [len(p) for p in parts])
        return needed[lacking], np.bincount(owner[lacking], minlength=len(rows))


@dataclass
class Scores:
    columns: list  # the profile's skill columns
    language: int
    score: np.ndarray
    ess_have: np.ndarray
    opt_have: np.ndarray
    essential: np.ndarray  # shares, 0 where the factor does not apply
    optional: np.ndarray
    languages: np.ndarray
    certificates: np.ndarray


_cache = {}
_lock = threading.Lock()


def taxonomy_version():
    """The taxonomy's stamp (ikut.core.versions): one indexed read. Every import, invalidate() and every
    save or delete of a taxonomy row (signals, ikut/skills/apps.py) changes it in the same transaction."""
    return versions.stamp(TAXONOMY)


def invalidate():
    """After a bulk write to the taxonomy: a new stamp (every process rebuilds on its next use) and this
    process's indexes dropped now."""
    from . import search

    versions.bump(TAXONOMY)
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



def match(data, limit=20, lang="en", index=None, with_offers=False):
    """`ikut.skills-profile/1` dict → `ikut.match/1` dict. Raises ProfileError. With `with_offers` (the CLI and
    the API), also ranks the published placement offers ("offers")."""
    def work(idx):
        return _ranked(data, limit, lang, idx)

    if index is not None:
        result, profile = work(index)
    else:  # the taxonomy's stamp is read while the held index ranks (ikut.core.versions.run_fresh)
        held = _cache.get("index")
        result, profile = versions.run_fresh(TAXONOMY, (held.version, held) if held else None, work, get_index)
    if with_offers:
        result["offers"] = offers_for_profile(profile, limit=limit)
    return result


def _ranked(data, limit, lang, index):
    """(the `ikut.match/1` dict without offers, the parsed profile): only computes, no database reads."""
    profile = parse_profile(data, index)
    order, s = index.rank(profile, limit)
    held = set(profile["certificates"])
    missing = index.missing_essentials(order, s.columns)
    # Column by column as Python values (indexing numpy scalars row by row costs more than the ranking); what
    # depends only on the occupation was turned into Python values when the index was built.
    rows = order.tolist()
    score, ess_have = _rounded(s.score[order].tolist()), s.ess_have[order].astype(int).tolist()
    of_essential, of_optional = [index.of_essential[r] for r in rows], [index.of_optional[r] for r in rows]
    needed = [index.needed[r] for r in rows]
    essential = _rounded(s.essential[order].tolist(), of_essential)
    optional = _rounded(s.optional[order].tolist(), of_optional)
    languages = _rounded(s.languages[order].tolist(), needed)
    certificates = _rounded(s.certificates[order].tolist(), [index.has_certificates[r] for r in rows])
    gaps, ends = index.skill_uri[missing[0]].tolist(), np.cumsum(missing[1]).tolist()
    have_level = (CEFR + ["native"])[s.language - 1] if s.language else None
    names = index.labels_in(lang)[0] if lang else {}
    out = []
    start = 0
    for i, row in enumerate(rows):
        label = names.get(row)
        if label is None:
            label = pick_label(index.occ_labels[row], lang)
            if lang:  # without a language pick_label follows the active one: not remembered
                names[row] = label
        required = index.required_codes[row]
        out.append({
            "uri": index.occ_uri[row],
            "label": label,
            "score": score[i],
            "essential_coverage": essential[i] or 0.0,
            "missing_essential": gaps[start:ends[i]],
            "explain": {
                "essential": {"score": essential[i], "weight": WEIGHTS["essential"],
                              "have": ess_have[i], "of": of_essential[i]},
                "optional": {"score": optional[i], "weight": WEIGHTS["optional"], "of": of_optional[i]},
                "languages": {"score": languages[i], "weight": WEIGHTS["languages"], "needed": needed[i],
                              "have": have_level},
                "certificates": {"score": certificates[i], "weight": WEIGHTS["certificates"],
                                 "required": list(required), "advantage": list(index.favoured_codes[row]),
                                 "missing_required": [c for c in required if c not in held]},
                "location": {"score": None, "weight": 0.0,
                             "note": "location is matched against placement offers, not occupations"},
            },
        })
        start = ends[i]
    advice = suggestions(index, order, missing, held, lang)
    return {"schema": SCHEMA_OUT, "occupations": out, "suggestions": advice}, profile


_ROUNDED = {}  # value -> round(value, 4): shares repeat (ratios of small counts) and Python's round() is slow


def _rounded(values, applies=None):
    """round(v, 4) of each value (None where `applies` is falsy: the factor does not apply), remembered per
    value."""
    if len(_ROUNDED) > 100_000:
        _ROUNDED.clear()
    known = _ROUNDED.get
    out = [known(v) for v in values]
    for i, r in enumerate(out):
        if r is None:
            out[i] = _ROUNDED[values[i]] = round(values[i], 4)
    if applies is None:
        return out
    return [r if a else None for r, a in zip(out, applies, strict=True)]


@lru_cache(maxsize=4096)
def _texts(lang, n):
    """The suggestion texts for a count n in `lang`. Remembered: ngettext looks through every catalogue
    (slow when the message is not translated) and the catalogues do not change in a running process."""
    with translation.override(lang):
        return (ngettext("%(label)s opens %(n)d more occupation in your list",
                         "%(label)s opens %(n)d more occupations in your list", n),
                ngettext("%(label)s: essential in %(n)d occupation in your list, the last missing one in %(k)d",
                         "%(label)s: essential in %(n)d occupations in your list, the last missing one in %(k)d",
                         n),
                ngettext("%(label)s: essential in %(n)d occupation in your list",
                         "%(label)s: essential in %(n)d occupations in your list", n))


def _forget_texts(setting, **kwargs):
    if setting in {"LANGUAGES", "LANGUAGE_CODE", "LOCALE_PATHS", "INSTALLED_APPS"}:  # as Django's own caches
        _texts.cache_clear()


setting_changed.connect(_forget_texts)


def suggestions(index, rows, missing, held, lang="en", limit=5):
    """Gaps turned into steps: certificates required by occupations in the list, and skills that complete them.
    `missing`: the essential skills the profile lacks in these rows (Index.missing_essentials)."""
    out = []
    if not len(rows):
        return out
    codes = list(index.cert_col)
    _occupations, skill_names, cert_names = index.labels_in(lang) if lang else ({}, {}, {})
    requires = index.requires[rows]
    needed = requires.sum(axis=0)
    for j in np.argsort(-needed, kind="stable")[:np.count_nonzero(needed > 0)].tolist():
        if codes[j] in held:
            continue
        opened = [index.occ_uri[r] for r in rows[requires[:, j] > 0].tolist()]
        label = cert_names.get(j)
        if label is None:
            label = pick_label(index.cert_labels[j], lang)
            if lang:
                cert_names[j] = label
        text = _texts(lang, len(opened))[0]
        out.append({"type": "certificate", "code": codes[j], "label": label, "opens": len(opened),
                    "occupations": opened, "text": text % {"label": label, "n": len(opened)}})
    gaps, per_row = missing
    if gaps.size:
        # per missing skill: in how many listed occupations it is essential, and in how many it is the last gap
        columns, count = np.unique(gaps, return_counts=True)
        completes = np.bincount(np.searchsorted(columns, gaps[np.repeat(per_row == 1, per_row)]),
                                minlength=len(columns))
        best = np.lexsort((index.skill_order[columns], -count, -completes))[:limit]
        for column, n, k in zip(columns[best].tolist(), count[best].tolist(), completes[best].tolist(),
                                strict=True):
            label = skill_names.get(column)
            if label is None:
                label = pick_label(index.skill_labels[column], lang)
                if lang:
                    skill_names[column] = label
            text = _texts(lang, n)[1 if k else 2]
            out.append({"type": "skill", "uri": index.skill_uri[column], "label": label, "occupations": n,
                        "completes": k, "text": text % {"label": label, "n": n, "k": k}})
    return out
