# Albanian: Django's short date is ISO (Y-m-d); digits with dots instead (ikut/formats/numeric.py), comma decimals.
from ikut.formats.numeric import *  # noqa: F401,F403

DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "\xa0"
