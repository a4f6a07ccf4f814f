"""The access matrix: every URL pattern of the project × every role (+ anonymous).

Each module in this package owns the entries for one part of the product and defines
  MATRIX = {"namespace:name": Case(allow={...roles}, kwargs=lambda w: {...}), ...}
and may define `extend_world(w)` to add the records its URLs need. A URL pattern that is in no
module's MATRIX fails tests/test_access_matrix.py.
"""

import importlib
import pkgutil
from dataclasses import dataclass, field
from typing import Any

ROLES = ["anonymous", "administrator", "caseworker", "psychosocial", "supervisor", "project_manager",
         "dpo", "employer", "participant", "outsider"]
# "outsider": a caseworker of another organisation, assigned to nothing in the world.
STAFF = {"administrator", "caseworker", "psychosocial", "supervisor", "project_manager", "dpo", "employer",
         "outsider"}
SIGNED_IN = STAFF | {"participant"}
# Organisation B's roles (tests/access_matrix/world.py: build_other_organisation).
B_ROLES = ["administrator", "caseworker", "psychosocial", "supervisor", "project_manager", "dpo", "employer",
           "participant"]
EVERYONE = SIGNED_IN | {"anonymous"}


@dataclass
class Case:
    allow: set
    method: str = "get"
    kwargs: Any = field(default_factory=dict)  # dict, or a function of the world returning one
    data: Any = None  # dict, or a function of the world
    query: str = ""
    json: bool = False  # send data as a JSON body
    note: str = ""
    # Roles of ANOTHER organisation (world.b_users) that may still open this object, by design (e.g. published
    # offers are seen by every organisation's work coaches). Everyone else of org B gets 404.
    cross_org: set = field(default_factory=set)

    def resolve(self, value, world):
        return value(world) if callable(value) else value


def load():
    matrix, extenders = {}, []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for name, case in getattr(module, "MATRIX", {}).items():
            if name in matrix:
                raise RuntimeError(f"{name} is in the access matrix twice")
            matrix[name] = case
        if hasattr(module, "extend_world"):
            extenders.append(module.extend_world)
    from .cross_org import SHARED

    for name, (roles, _why) in SHARED.items():
        if name not in matrix:
            raise RuntimeError(f"tests/access_matrix/cross_org.py names {name}, which is not in the matrix")
        matrix[name].cross_org = set(roles)
    return matrix, extenders


def pages(matrix, world):
    """(name, role, url) of every GET entry of `matrix` that sends no data, as the first signed-in role it allows
    (benchmarks/pages.py and tests/test_form_pages.py walk every page this way)."""
    from django.urls import reverse

    for name in sorted(matrix):
        case = matrix[name]
        roles = [role for role in ROLES if role in case.allow and role != "anonymous"]
        if case.method != "get" or not roles or case.data:
            continue
        yield name, roles[0], reverse(name, kwargs=case.resolve(case.kwargs, world)) + case.query
