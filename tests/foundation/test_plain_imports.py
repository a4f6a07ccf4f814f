"""Plain imports (issue 19, item 3): every app is always installed, so no code guards against a missing one;
the access policy pulls in no app module; the two matching engines share one module instead of importing
each other."""

import re
import subprocess
import sys
from pathlib import Path

import ikut

SRC = Path(ikut.__file__).parent
GUARDS = re.compile(r"is_installed|except ImportError|model_if_ready")


def new_modules_after(statement):
    """The ikut modules that `statement` imports in a fresh process after django.setup()."""
    code = ("import sys, django; django.setup(); before = set(sys.modules); " + statement + "; "
            "print(' '.join(sorted(m for m in set(sys.modules) - before if m.startswith('ikut'))))")
    env = {"DJANGO_SETTINGS_MODULE": "ikut.settings_test", "PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)}
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stderr
    return set(run.stdout.split())


def test_no_guards_for_apps_that_are_always_installed():
    found = [f"{path.relative_to(SRC)}:{n}" for path in SRC.rglob("*.py") if not path.name.startswith("settings")
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if GUARDS.search(line)]
    assert found == []


def test_the_access_policy_imports_no_app_module():
    """Models are loaded by django.setup(); importing the policy adds only its own modules (navigation, which
    names every app's pages, is ikut.core.nav)."""
    loaded = new_modules_after("import ikut.access")
    # ikut.core.lazy: two functions over Django's LazyObject (the policy decides on the user behind request.user's
    # proxies); it imports nothing of IKUT, checked below.
    assert loaded and all(name.startswith("ikut.access") or name == "ikut.core.lazy" for name in loaded), loaded
    assert new_modules_after("import ikut.core.lazy") == {"ikut.core.lazy"}


def test_offer_matching_does_not_import_occupation_matching():
    """ikut.employers.matching takes the weights from ikut.skills.profile_document, not from the occupation
    engine (which needs scipy): no import cycle, and no scipy for offer matching."""
    loaded = new_modules_after("import ikut.employers.matching")
    assert "ikut.skills.profile_document" in loaded
    assert "ikut.skills.matching" not in loaded
