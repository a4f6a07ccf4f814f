"""Occupation search across languages and alternative labels, tolerant of typos (rapidfuzz).

Every preferred and alternative label in every language is one entry; labels are folded (case, accents,
punctuation) so "keittioapulainen" finds "keittiöapulainen". Two steps keep it fast at full ESCO size
(~45,000 labels in three languages): a character-trigram index picks the few hundred labels that share most
trigrams with the query (a typo breaks at most three of them), then rapidfuzz's WRatio scores only those.
The index is built once per taxonomy version.
"""

import threading
import unicodedata
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from .models import Occupation, pick_label


def fold(text):
    text = unicodedata.normalize("NFKD", str(text).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def trigrams(folded):
    padded = f"  {folded} "
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


CANDIDATES = 300


@dataclass
class SearchIndex:
    version: tuple
    choices: list  # folded label strings
    owner: list  # index into occupations for each choice
    matched: list  # (label, lang, preferred?) for each choice
    occupations: list  # (pk, uri, labels, isco_code, sector)
    postings: dict = None  # trigram -> np.array of choice indexes

    @classmethod
    def build(cls, occupations, version=()):
        choices, owner, matched = [], [], []
        for i, (_pk, _uri, labels, *_rest) in enumerate(occupations):
            seen = set()
            for lang, entry in (labels or {}).items():
                names = [(entry.get("preferred", ""), True)] + [(a, False) for a in entry.get("alt", [])]
                for label, preferred in names:
                    folded = fold(label)
                    if folded and folded not in seen:
                        seen.add(folded)
                        choices.append(folded)
                        owner.append(i)
                        matched.append((label, lang, preferred))
        grams = {}
        for j, folded in enumerate(choices):
            for gram in trigrams(folded):
                grams.setdefault(gram, []).append(j)
        postings = {gram: np.array(ids, dtype=np.int32) for gram, ids in grams.items()}
        return cls(version, choices, owner, matched, occupations, postings)

    def candidates(self, q):
        """Indexes of the labels sharing the most trigrams with `q` (all labels when the index is small)."""
        if len(self.choices) <= CANDIDATES:
            return list(range(len(self.choices)))
        lists = [self.postings[g] for g in trigrams(q) if g in self.postings]
        if not lists:
            return []
        counts = np.bincount(np.concatenate(lists), minlength=len(self.choices))
        top = np.argpartition(-counts, CANDIDATES)[:CANDIDATES]
        return [int(j) for j in top if counts[j] > 0]

    def search(self, query, limit=10, cutoff=72):
        q = fold(query)
        if len(q) < 2:
            return []
        pool = self.candidates(q)
        hits = process.extract(q, [self.choices[j] for j in pool], scorer=fuzz.WRatio, limit=limit * 8,
                               score_cutoff=cutoff)
        best = {}
        for _choice, score, k in hits:
            j = pool[k]
            i = self.owner[j]
            label, lang, preferred = self.matched[j]
            exact = self.choices[j] == q
            prefix = self.choices[j].startswith(q)
            key = (score + (20 if exact else 0) + (5 if prefix else 0) + (1 if preferred else 0))
            if i not in best or key > best[i][0]:
                best[i] = (key, score, label, lang)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], self.occupations[kv[0]][1]))[:limit]
        return [{"pk": self.occupations[i][0], "uri": self.occupations[i][1], "labels": self.occupations[i][2],
                 "isco": self.occupations[i][3], "sector": self.occupations[i][4], "score": round(score, 1),
                 "matched_label": label, "matched_lang": lang} for i, (_k, score, label, lang) in ranked]


_cache = {}
_lock = threading.Lock()


def get_search_index():
    from .matching import taxonomy_version

    version = taxonomy_version()
    with _lock:
        index = _cache.get("index")
        if index is not None and index.version == version:
            return index
    index = SearchIndex.build(list(Occupation.objects.order_by("pk").values_list(
        "pk", "uri", "labels", "isco_code", "sector")), version)
    with _lock:
        _cache["index"] = index
    return index


def search_occupations(query, limit=10, lang=None):
    results = get_search_index().search(query, limit)
    for r in results:
        r["label"] = pick_label(r["labels"], lang)
    return results


def invalidate():
    with _lock:
        _cache.clear()


def search_skills(query, limit=15, lang=None):
    """Skills whose label (any language, alternative labels too) is close to `query`."""
    from .models import Skill

    q = fold(query)
    if len(q) < 2:
        return []
    index = _cache.get("skills")
    from .matching import taxonomy_version

    version = taxonomy_version()
    if index is None or index[0] != version:
        skills = list(Skill.objects.order_by("pk").values_list("pk", "labels"))
        choices, owner = [], []
        for pk, labels in skills:
            for entry in (labels or {}).values():
                for label in [entry.get("preferred", "")] + list(entry.get("alt", [])):
                    if label:
                        choices.append(fold(label))
                        owner.append((pk, labels))
        index = (version, choices, owner)
        _cache["skills"] = index
    _version, choices, owner = index
    best = {}
    for _c, score, j in process.extract(q, choices, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=70):
        pk, labels = owner[j]
        if pk not in best or score > best[pk][0]:
            best[pk] = (score, labels)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], kv[0]))[:limit]
    return [{"pk": pk, "label": pick_label(labels, lang), "score": score} for pk, (score, labels) in ranked]
