"""A full-size, ESCO-shaped synthetic taxonomy for benchmarks (no network, deterministic).

3,039 occupations, 13,939 skills, 129,004 occupation–skill relations (about 52 % essential), with a realistic
spread: occupations have a log-normal number of skills (median ≈ 38, long tail to ≈ 200) and skill popularity
follows a Zipf-like law (a few transversal skills sit in hundreds of occupations, most in a handful).
Labels in en/fi/sv with alternative labels, built from syllables so fuzzy search has real work to do.
"""

import random

import numpy as np

N_OCC, N_SKILL, N_REL = 3039, 13939, 129004
SYLLABLES = ["ka", "lo", "mi", "ne", "ta", "ri", "so", "vu", "pe", "ha", "jo", "ky", "lä", "mö", "ar", "el", "in",
             "os", "ur", "an", "ber", "tor", "sen", "kin", "mas", "ter", "work", "er", "man", "hand"]


def _word(rng, n):
    return "".join(rng.choice(SYLLABLES) for _ in range(n))


def _label(rng):
    return " ".join(_word(rng, rng.randint(2, 4)) for _ in range(rng.randint(1, 3)))


def generate(seed=7):
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    degrees = nrng.lognormal(mean=3.65, sigma=0.55, size=N_OCC)
    degrees = np.maximum(3, np.round(degrees * N_REL / degrees.sum())).astype(int)
    while degrees.sum() != N_REL:  # exact total
        i = nrng.integers(N_OCC)
        step = 1 if degrees.sum() < N_REL else -1
        if degrees[i] + step >= 3:
            degrees[i] += step
    popularity = 1.0 / np.arange(1, N_SKILL + 1) ** 0.9
    popularity /= popularity.sum()
    skills = [(i + 1, f"http://data.europa.eu/esco/skill/bench-{i:05d}",
               {"en": {"preferred": _label(rng), "alt": []}}) for i in range(N_SKILL)]
    occupations, links = [], []
    for o in range(N_OCC):
        labels = {lang: {"preferred": _label(rng), "alt": [_label(rng) for _ in range(rng.randint(*span))]}
                  for lang, span in (("en", (2, 12)), ("fi", (0, 5)), ("sv", (0, 4)))}
        occupations.append((o + 1, f"http://data.europa.eu/esco/occupation/bench-{o:04d}", labels,
                            rng.choice(["", "A1", "A2", "B1", "B2"]), f"{rng.randint(1000, 9999)}", ""))
        chosen = nrng.choice(N_SKILL, size=min(int(degrees[o]), N_SKILL), replace=False, p=popularity)
        for rank, s in enumerate(chosen):
            links.append((o + 1, int(s) + 1, "essential" if rank < 0.52 * len(chosen) else "optional"))
    return occupations, skills, links
