"""Privacy in every aggregate: small-cell suppression with complementary suppression, and safe cells
for CSV/XLSX.

Model. A *table* has one published `total` and one or more *groups*; each group is an ordered list of
(key, count) whose counts add up to the total (every group has a "not recorded" cell where data may be
missing, so the equation is exact). The only linear relations a reader can use are therefore
"members of a group add up to the total".

Rules (documented in docs/reporting.md):
1. Primary suppression: every cell with a count under THRESHOLD (5) — including 0 — is shown as "<5".
   The total too, if it is under 5 (then every member is under 5 as well).
2. Complementary suppression: in a group with a published total, a suppressed cell must not be
   recoverable. A reader knows "<5" means 0–4 and "×" (complementary) means 5 or more. For each
   suppressed cell we compute the values it could take given the published total, the published
   members and those bounds; if any suppressed cell has exactly one possible value — which includes the
   case "exactly one cell suppressed" — we also suppress the smallest published member (ties: the
   earlier one in the group), and repeat.
3. If a group cannot be protected even with all its members suppressed, the total is suppressed too,
   and with it every member of every group of the table (nothing of the table is then published).
4. Deterministic: the result depends only on the counts and the order of keys.
"""

from dataclasses import dataclass

THRESHOLD = 5
SHOWN, PRIMARY, SECONDARY = "shown", "primary", "secondary"
PRIMARY_LABEL = f"<{THRESHOLD}"
SECONDARY_LABEL = "×"
TOTAL = "total"


@dataclass(frozen=True)
class Cell:
    value: int
    state: str = SHOWN

    @property
    def suppressed(self):
        return self.state != SHOWN

    @property
    def display(self):
        if self.state == PRIMARY:
            return PRIMARY_LABEL
        if self.state == SECONDARY:
            return SECONDARY_LABEL
        return str(self.value)

    @property
    def published(self):
        """The number a reader sees, or None when suppressed (for charts and JSON)."""
        return None if self.suppressed else self.value

    def as_json(self):
        return {"v": self.published, "d": self.display, "s": self.state}

    @classmethod
    def from_json(cls, data):
        # Only published numbers are kept in stored results; suppressed ones are stored as None.
        return cls(value=data["v"] if data["v"] is not None else -1, state=data["s"])


def _bounds(state, cap):
    if state == PRIMARY:
        return 0, min(THRESHOLD - 1, cap)
    return THRESHOLD, cap  # SECONDARY: the reader knows it was not primary-suppressed


def feasible_range(total, members, states):
    """For each suppressed member: (lowest, highest) value consistent with what is published."""
    rest = total - sum(v for v, s in zip(members, states, strict=True) if s == SHOWN)
    idx = [i for i, s in enumerate(states) if s != SHOWN]
    bounds = {i: _bounds(states[i], rest) for i in idx}
    out = {}
    for i in idx:
        lo_others = sum(bounds[j][0] for j in idx if j != i)
        hi_others = sum(bounds[j][1] for j in idx if j != i)
        lo = max(bounds[i][0], rest - hi_others)
        hi = min(bounds[i][1], rest - lo_others)
        out[i] = (lo, hi)
    return out


def _group_exposed(total, members, states):
    if not any(s != SHOWN for s in states):
        return False
    return any(lo >= hi for lo, hi in feasible_range(total, members, states).values())


def suppress_table(total, groups):
    """Suppress one table. `groups`: list of lists of (key, count). Returns {key: Cell} with TOTAL too.

    Keys must be unique across the table's groups.
    """
    for members in groups:
        if sum(v for _k, v in members) != total:
            raise ValueError("the members of a group must add up to the total")
    states = [[PRIMARY if v < THRESHOLD else SHOWN for _k, v in members] for members in groups]
    total_state = PRIMARY if total < THRESHOLD else SHOWN
    if total_state == SHOWN:
        for gi, members in enumerate(groups):
            values = [v for _k, v in members]
            while _group_exposed(total, values, states[gi]):
                candidates = [(v, i) for i, v in enumerate(values) if states[gi][i] == SHOWN]
                if not candidates:
                    total_state = SECONDARY
                    break
                _v, i = min(candidates)
                states[gi][i] = SECONDARY
            if total_state != SHOWN:
                break
    if total_state != SHOWN:
        # Nothing of the table is published (rule 3, or a total under the threshold).
        states = [[s if s != SHOWN else (PRIMARY if v < THRESHOLD else SECONDARY)
                   for (_k, v), s in zip(members, group_states, strict=True)]
                  for members, group_states in zip(groups, states, strict=True)]
    cells = {TOTAL: Cell(total, total_state)}
    for members, group_states in zip(groups, states, strict=True):
        for (key, value), state in zip(members, group_states, strict=True):
            cells[key] = Cell(value, state)
    return cells


def suppress_counts(items, total_key=TOTAL):
    """One group whose total is the sum of its items: [(key, count)] -> ([(key, Cell)], total Cell)."""
    items = list(items)
    total = sum(v for _k, v in items)
    cells = suppress_table(total, [items])
    return [(k, cells[k]) for k, _v in items], cells[TOTAL]


def suppress_single(value):
    """A count published on its own (no group): only primary suppression applies."""
    return Cell(value, PRIMARY if value < THRESHOLD else SHOWN)


def combine(cells):
    """A derived row that adds several cells of one group: suppressed if any part is."""
    value = sum(c.value for c in cells)
    if any(c.suppressed for c in cells) or value < THRESHOLD:
        return Cell(value, PRIMARY if value < THRESHOLD else SECONDARY)
    return Cell(value)


# --- Tables with several linear relations (the ESF+ table: indicators x gender) ------------------------

UNBOUNDED = 10 ** 12


def count_bounds(state):
    """What a reader knows about a suppressed count: "<5" is 0..4, "×" is 5 or more."""
    return (0, THRESHOLD - 1) if state == PRIMARY else (THRESHOLD, UNBOUNDED)


def delta_bounds(state):
    """What a reader knows about a suppressed change (a correction): "<5" is -4..4, "×" anything."""
    return (-(THRESHOLD - 1), THRESHOLD - 1) if state == PRIMARY else (-UNBOUNDED, UNBOUNDED)


def reader_bounds(values, states, relations, bounds=count_bounds, sweeps=200):
    """The tightest interval a reader can derive for every cell from what is published: interval
    propagation over the relations `total = sum(members)` until nothing changes. Returns {key: (lo, hi)}."""
    lo, hi = {}, {}
    for key, value in values.items():
        lo[key], hi[key] = (value, value) if states[key] == SHOWN else bounds(states[key])
    for _sweep in range(sweeps):
        changed = False
        for total, members in relations:
            slo, shi = sum(lo[m] for m in members), sum(hi[m] for m in members)
            tlo, thi = max(lo[total], slo), min(hi[total], shi)
            if (tlo, thi) != (lo[total], hi[total]):
                lo[total], hi[total], changed = tlo, thi, True
            for m in members:
                mlo, mhi = max(lo[m], tlo - (shi - hi[m])), min(hi[m], thi - (slo - lo[m]))
                if (mlo, mhi) != (lo[m], hi[m]):
                    lo[m], hi[m], changed = mlo, mhi, True
        if not changed:
            break
    return {key: (lo[key], hi[key]) for key in values}


def exposed_cells(values, states, relations, bounds=count_bounds):
    """Suppressed cells whose value a reader can work out exactly."""
    found = reader_bounds(values, states, relations, bounds)
    return [key for key in values if states[key] != SHOWN and found[key][0] >= found[key][1]]


def _nearest_shown(key, holding, states):
    """The published cells closest to `key` through the relations (those sharing a relation with it, else
    those sharing a relation with one of those, …)."""
    seen, frontier = {key}, [key]
    while frontier:
        neighbours = {k for cell in frontier for total, members in holding.get(cell, []) for k in (total, *members)}
        neighbours -= seen
        shown = {k for k in neighbours if states[k] == SHOWN}
        if shown:
            return shown
        seen |= neighbours
        frontier = list(neighbours)
    return set()


def protect(values, relations, *, signed=False):
    """Suppress a table whose cells are tied by several relations `total = sum(members)` (rows and columns).

    `values`: {key: count} (insertion order breaks ties); `relations`: [(total_key, [member_keys])].
    Primary: every |value| under 5 (zeros too). Complementary: while a reader could work out a suppressed
    cell exactly (reader_bounds), suppress another published cell of a relation holding it — preferring
    cells that are the total of fewer relations (a row's gender cell before the row's total, the row before
    the cohort's total), then the smallest, then the earlier key — and check again. `signed=True` is for
    corrections (changes may be negative).
    Returns {key: Cell}.
    """
    bounds = delta_bounds if signed else count_bounds
    states = {k: PRIMARY if abs(v) < THRESHOLD else SHOWN for k, v in values.items()}
    holding = {}
    for total, members in relations:
        for key in (total, *members):
            holding.setdefault(key, []).append((total, members))
    order = {k: i for i, k in enumerate(values)}
    totals_of = {k: 0 for k in values}
    for total, _members in relations:
        totals_of[total] += 1
    while True:
        exposed = exposed_cells(values, states, relations, bounds)
        if not exposed:
            break
        # Mend the most detailed exposed cell first (a row's gender cell before a cohort total): hiding
        # a cell next to it usually protects the totals above it as well.
        target = min(exposed, key=lambda k: (totals_of[k], order[k]))
        candidates = _nearest_shown(target, holding, states)
        if not candidates:  # nothing published is tied to it any more
            break
        states[min(candidates, key=lambda k: (totals_of[k], abs(values[k]), order[k]))] = SECONDARY
    return {k: Cell(v, states[k]) for k, v in values.items()}


# --- Spreadsheet safety ----------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def safe_cell(value):
    """A value safe to put in a CSV or XLSX cell: numbers stay numbers; text that a spreadsheet could read
    as a formula (=, +, -, @, tab, CR, and their full-width forms) is prefixed with an apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return value
    text = str(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text
