"""Person-facing formats for portal languages whose month names Django does not ship (so, ti, tl, am, kmr, ps, si,
my) or whose Django short date is ISO (sq): day.month.year in digits, 24-hour time. A month name would otherwise
come from the site language's catalogue (Finnish "30 Mar 2026" on a Somali page, "Mar" = marraskuu) — a third
language on the page. Each such language's `ikut/formats/<code>/formats.py` takes these values."""

DATE_FORMAT = "j.n.Y"
SHORT_DATE_FORMAT = "j.n.Y"
DATETIME_FORMAT = "j.n.Y H:i"
SHORT_DATETIME_FORMAT = "j.n.Y H:i"
TIME_FORMAT = "H:i"
MONTH_DAY_FORMAT = "j.n."
YEAR_MONTH_FORMAT = "n/Y"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
FIRST_DAY_OF_WEEK = 1
