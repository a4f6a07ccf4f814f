"""Benchmark: rank all occupations of a full-size ESCO-shaped taxonomy for a 25-skill profile, and
occupation search over every label in three languages.

    .venv/bin/python benchmarks/matching.py [--runs 300]

Prints medians (and p95) and the ratio of the real ranking to a scipy sparse matrix-vector product over the
same occupations × skills matrix, measured in the same run. Targets: ranking < 5 ms, search p95 < 30 ms.
No database: the real Index/SearchIndex code paths are fed the generated taxonomy directly.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ikut.settings_test")

import django  # noqa: E402

django.setup()

import numpy as np  # noqa: E402

from ikut.skills.matching import Index, match  # noqa: E402
from ikut.skills.search import SearchIndex  # noqa: E402

from esco_shapes import N_OCC, N_REL, N_SKILL, generate  # noqa: E402


def timed(fn, runs):
    samples = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def typo(rng, text):
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1:] if rng.random() < 0.5 else text[:i] + text[i + 1] + text[i] + text[i + 2:]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()
    t = time.perf_counter()
    occupations, skills, links = generate()
    index = Index.build([(o[0], o[1], o[2], o[3]) for o in occupations], skills, links, [], [])
    build_s = time.perf_counter() - t
    assert index.essential.shape == (N_OCC, N_SKILL)
    assert index.essential.nnz + index.optional.nnz == N_REL
    degrees = np.asarray((index.essential + index.optional).sum(axis=1)).ravel()
    print(f"taxonomy: {N_OCC} occupations, {N_SKILL} skills, {N_REL} relations "
          f"(skills per occupation: median {int(np.median(degrees))}, max {int(degrees.max())}); "
          f"generated + indexed in {build_s:.1f} s")

    rng = random.Random(1)
    profiles = []
    for _ in range(50):
        occ = rng.randint(1, N_OCC)
        own = [skill for o, skill, _rel in links if o == occ][:15]
        picks = set(own) | {rng.randint(1, N_SKILL) for _ in range(40)}
        uris = [index.skill_uri[s - 1] for s in list(picks)[:25]]
        while len(uris) < 25:
            uris.append(index.skill_uri[rng.randrange(N_SKILL)])
            uris = list(dict.fromkeys(uris))
        profiles.append({"schema": "ikut.skills-profile/1", "skills": uris,
                         "languages": [{"code": "fi", "level": "A2"}]})
    cycle = iter(range(10**9))

    def rank_all():
        p = profiles[next(cycle) % len(profiles)]
        index.rank(p, limit=None)

    def full_match():
        match(profiles[next(cycle) % len(profiles)], limit=20, index=index)

    x = np.zeros(N_SKILL, dtype=np.float32)
    x[rng.sample(range(N_SKILL), 25)] = 1.0

    def baseline():
        index.essential @ x

    medians = {}
    for _round in range(3):  # interleave to share the machine's noise fairly
        for name, fn in (("baseline", baseline), ("rank", rank_all), ("match", full_match)):
            medians.setdefault(name, []).append(timed(fn, args.runs))
    base = statistics.median(m for m, _ in medians["baseline"])
    rank = statistics.median(m for m, _ in medians["rank"])
    full = statistics.median(m for m, _ in medians["match"])
    print(f"baseline  scipy CSR mat-vec (3039 × 13939, 1 vector): median {base:.3f} ms")
    print(f"ranking   all {N_OCC} occupations, 25-skill profile, 4 factors: median {rank:.3f} ms "
          f"= {rank / base:.1f} × baseline   (target < 5 ms: {'OK' if rank < 5 else 'MISSED'})")
    print(f"match()   ranking + explanations + missing essentials + suggestions, top 20: median {full:.3f} ms "
          f"= {full / base:.1f} × baseline")

    t = time.perf_counter()
    search_index = SearchIndex.build([(o[0], o[1], o[2], o[4], o[5]) for o in occupations])
    print(f"search    {len(search_index.choices)} labels (en/fi/sv, preferred + alternative); index built in "
          f"{time.perf_counter() - t:.2f} s")
    queries, expected = [], []
    for _ in range(200):
        o = rng.randrange(N_OCC)
        labels = occupations[o][2][rng.choice(["en", "fi", "sv"])]
        text = rng.choice([labels["preferred"], *labels["alt"]])
        queries.append(typo(rng, text) if rng.random() < 0.6 else text[: max(4, len(text) // 2)])
        expected.append(occupations[o][1])
    found = sum(1 for q, uri in zip(queries, expected, strict=True)
                if uri in [r["uri"] for r in search_index.search(q, 10)])
    samples = []
    for _ in range(3):
        for q in queries:
            t = time.perf_counter()
            search_index.search(q, 10)
            samples.append((time.perf_counter() - t) * 1000)
    samples.sort()
    p95 = samples[int(0.95 * (len(samples) - 1))]
    print(f"search    {len(samples)} queries (60 % with a typo): median {statistics.median(samples):.2f} ms, "
          f"p95 {p95:.2f} ms (target < 30 ms: {'OK' if p95 < 30 else 'MISSED'})")
    print(f"search    recall@10: the occupation whose label was typed is in the top 10 for {found}/{len(queries)} "
          f"queries (synthetic labels are random syllables, harder than real words)")


if __name__ == "__main__":
    main()
