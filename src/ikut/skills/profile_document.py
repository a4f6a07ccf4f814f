"""The `ikut.skills-profile/1` document and the factor weights: what the two matching engines share.

`ikut.skills.matching` ranks occupations for a profile, `ikut.employers.matching` ranks placement offers; both
read the same document and explain scores with the same weights. Neither engine imports the other for these,
and this module imports neither numpy nor scipy (see docs/skills.md for the schema).
"""

from .models import CEFR

SCHEMA_IN = "ikut.skills-profile/1"
SCHEMA_OUT = "ikut.match/1"
WEIGHTS = {"essential": 0.55, "optional": 0.15, "languages": 0.15, "certificates": 0.15}


class ProfileError(ValueError):
    """The profile cannot be matched; `unknown` lists skill URIs not in the taxonomy."""

    def __init__(self, message, unknown=()):
        super().__init__(message)
        self.unknown = list(unknown)


def parse_profile(data, index=None):
    """Check an `ikut.skills-profile/1` document; raise ProfileError with a clear message."""
    if not isinstance(data, dict):
        raise ProfileError("the profile must be a JSON object")
    if data.get("schema") != SCHEMA_IN:
        raise ProfileError(f"wrong schema {data.get('schema')!r}: expected {SCHEMA_IN!r}")
    skills = data.get("skills")
    if not isinstance(skills, list) or not all(isinstance(s, str) for s in skills):
        raise ProfileError("'skills' is required and must be a list of ESCO skill URIs")
    languages = data.get("languages", [])
    if not isinstance(languages, list) or not all(isinstance(x, dict) and isinstance(x.get("code"), str)
                                                  for x in languages):
        raise ProfileError("'languages' must be a list of {\"code\": ..., \"level\": ...}")
    for lang in languages:
        level = lang.get("level", "")
        if level and level not in CEFR and level != "native":
            raise ProfileError(f"language level {level!r} is not a CEFR level (A1–C2) or 'native'")
    certificates = data.get("certificates", [])
    if not isinstance(certificates, list) or not all(isinstance(c, str) for c in certificates):
        raise ProfileError("'certificates' must be a list of certificate codes")
    location = data.get("location")
    if location is not None and not isinstance(location, str):
        raise ProfileError("'location' must be a string")
    profile = {"skills": list(dict.fromkeys(skills)), "languages": languages, "certificates": certificates,
               "location": location}
    if index is not None:
        unknown = [u for u in profile["skills"] if u not in index.skill_col]
        if unknown:
            raise ProfileError("unknown skill URIs (not in the taxonomy): " + ", ".join(unknown), unknown)
        unknown_certs = [c for c in certificates if c not in index.cert_col]
        if unknown_certs:
            raise ProfileError("unknown certificate codes: " + ", ".join(unknown_certs))
    return profile
