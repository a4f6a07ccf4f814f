"""match() keeps its output while its insides change for speed: the ikut.match/1 documents for a seeded synthetic
taxonomy (400 occupations, 1,500 skills with a few in many occupations, 12 certificates, en/fi/sv labels) and 24
profiles, hashed per profile. The hashes were computed with the matching code of commit 65c2136 (before issue 17's
second pass); a change to scores, order, rounding, missing essentials, suggestions or labels changes them.

If the output is meant to change, say so in the commit and recompute EXPECTED with `digest()` below.
"""

import hashlib
import json
import random

import pytest

from ikut.skills.matching import Index, match

LEVELS = ["", "", "A1", "A2", "B1", "B2", "C1", "C2"]


def taxonomy(seed=17, n_occ=400, n_skill=1500, n_cert=12):
    rng = random.Random(seed)

    def labels(kind, i):
        out = {"en": {"preferred": f"{kind} {i} en"}}
        if rng.random() < 0.6:
            out["fi"] = {"preferred": f"{kind} {i} fi"}
        if rng.random() < 0.3:
            out["sv"] = {"preferred": f"{kind} {i} sv"}
        return out

    skills = [(1000 + j, f"http://data.europa.eu/esco/skill/t{rng.randrange(10**6):06d}-{j}", labels("skill", j))
              for j in range(n_skill)]
    weights = [1.0 / (j + 1) ** 0.9 for j in range(n_skill)]  # a few skills in many occupations, most in few
    occupations, links = [], []
    for i in range(n_occ):
        occupations.append((1 + i, f"http://data.europa.eu/esco/occupation/t{i:04d}", labels("occupation", i),
                            rng.choice(LEVELS)))
        for j in set(rng.choices(range(n_skill), weights, k=rng.randint(1, 60))):
            links.append((1 + i, 1000 + j, "essential" if rng.random() < 0.55 else "optional"))
    certificates = [(500 + c, f"card_{c:02d}", labels("card", c)) for c in range(n_cert)]
    cert_links = list({(o, c): (o, c, rel) for o, c, rel in (
        (1 + i, 500 + rng.randrange(n_cert), rng.choice(["requires", "favours"]))
        for i in range(n_occ) if rng.random() < 0.3)}.values())
    return occupations, skills, links, certificates, cert_links


def profiles(occupations, skills, links, certificates, seed=5, n=24):
    rng = random.Random(seed)
    by_occ = {}
    uri = {s[0]: s[1] for s in skills}
    for o, s, _rel in links:
        by_occ.setdefault(o, []).append(uri[s])
    out = []
    for k in range(n):
        own = by_occ[rng.choice(list(by_occ))]
        picks = (rng.sample(own, min(len(own), rng.randint(1, 20)))
                 + [rng.choice(skills)[1] for _ in range(rng.randint(0, 8))])
        if k % 8 == 7:
            picks = []
        langs = rng.choice([[], [{"code": "fi", "level": rng.choice(LEVELS[2:])}],
                            [{"code": "sv-FI", "level": "native"}],
                            [{"code": "en", "level": "C2"}, {"code": "fi", "level": "A2"}], [{"code": "fi"}]])
        certs = rng.sample([c[1] for c in certificates], rng.choice([0, 0, 1, 3]))
        out.append({"schema": "ikut.skills-profile/1", "skills": picks, "languages": langs, "certificates": certs})
    return out


def digest(match, index, profile):
    """One sha256 over the outputs for en and fi at limits 1, 5, 20 and all (fi without suggestion texts, which
    follow the translation catalogue)."""
    h = hashlib.sha256()
    for lang in ("en", "fi"):
        for limit in (1, 5, 20, 0):
            result = match(profile, limit=limit, lang=lang, index=index)
            if lang != "en":
                for s in result["suggestions"]:
                    s.pop("text")
            h.update(json.dumps(result).encode())
    return h.hexdigest()


EXPECTED = [
    "5cb68fab8181cbc2f37d8613dee878afda42df409c83959645a1e71cc5098065",
    "b1fd1fa28bb34b9a90e7d751e28d683d81e96f760ece5d2654c40edc5e0b3c4b",
    "33734754c24e72877b6fbbda408a716aa96c5c759412904746081328e92dcf22",
    "ccebfe10a9db4dda3c895f3fbd856a17b1d0ca2240a4227ee0a7820ce853c8bf",
    "4cf713025edfe73bed452a4dcb5bc7ffad58ace1d86ff6d97b75a39cfff64ef5",
    "894f15ecc923f158a4edd75023c04967585f5428bbb4f7db42b322f46ff43b8c",
    "d94bc1f4664486b3f6ed66b249fb37b64f66ba9ae438310bbf2a646f7d4b9371",
    "81718386a1985fa7344e6e0f423adb1145deccb63147c8a21691ff268cdbeea8",
    "e1aff38f86208eff16b77bfc625560185db122319efa3c0cd9323546028367b2",
    "5ad3d32e0bf8f9d7a1c578dd5a7120382e8a5f7844a3f858957490d9bab00439",
    "f434d8c28eb41026673f7cadee4f9bf9d550d9be8701c5d98f3444464db43ba2",
    "b988b2d75005d768e24fa31418fa66a81a5c80c62f5ae256f5b5ebe034cd0315",
    "200249786682ae53d5a138a46d71374fabcb8e867ebe2572a633573ad5963c02",
    "15aa17b851615d0a98964c1b177c75e750e56b454d38e859e389396664552a49",
    "b66e519657377c1c31517a4235ec1eebcbbc455d8ddfe5a0d987ee74e1a33b08",
    "08acb1d7f972757529fefd5c0a640b364632bd24a7db4d415cc1b922fe8120f9",
    "3c129fc3613fa9fa6d73388fcfc8d2b6a0d4eb00c7bb7034faa49cd16fbc4264",
    "7eed928e00facbb878316783e815e9a483f98328446f189c7dfa679f29020928",
    "20708770882fcc406fb7c3e1716554b60da3e304e1f7ca2ea7e5dd3d0d929907",
    "e0246425d7e14bf0c3b60cd6819f7b7942f0aedfc4ca6e07a39406eb7fa381fc",
    "4cfe007b442fb8fe4e01305ffb7de2efe9b4c73aef75633867e46ca9ed0e08d7",
    "f4f0e121dfe34943dfa859840cccbc8f79015e156c3c41d1cf8d00bec9feb1e9",
    "3514661ecc296ca776309f6ed7912214ca31f4f8e17cb9257644e920839b1ca1",
    "cc503119bf7189f85ddebad7f18128cb023d93fca7c3a90357048dc846d98572",
]


@pytest.fixture(scope="module")
def synthetic():
    data = taxonomy()
    return Index.build(*data), profiles(*data[:4])


@pytest.mark.parametrize("k", range(len(EXPECTED)))
def test_output_is_unchanged(synthetic, k):
    index, people = synthetic
    assert digest(match, index, people[k]) == EXPECTED[k]
