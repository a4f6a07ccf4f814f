# Digits only: see ikut/formats/numeric.py for why.
from ikut.formats.numeric import *  # noqa: F401,F403
