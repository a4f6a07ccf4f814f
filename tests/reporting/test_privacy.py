"""Suppression: hand-checked cases and a brute-force attacker (hypothesis) who knows the rules."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from ikut.reporting import privacy
from ikut.reporting.privacy import PRIMARY, SECONDARY, SHOWN, TOTAL


def states(cells):
    return {k: c.state for k, c in cells.items()}


def test_small_cells_are_shown_as_under_five_and_complemented():
    cells = privacy.suppress_table(20, [[("a", 12), ("b", 6), ("c", 2)]])
    # c alone would be 20 - 12 - 6 = 2: b (the next smallest) must go too.
    assert states(cells) == {TOTAL: SHOWN, "a": SHOWN, "b": SECONDARY, "c": PRIMARY}
    assert [cells[k].display for k in "abc"] == ["12", "×", "<5"]


def test_two_small_cells_need_no_complement_when_ambiguous():
    cells = privacy.suppress_table(20, [[("a", 12), ("b", 6), ("c", 1), ("d", 1)]])
    assert states(cells) == {TOTAL: SHOWN, "a": SHOWN, "b": SHOWN, "c": PRIMARY, "d": PRIMARY}


def test_zeros_are_suppressed_and_protected():
    cells = privacy.suppress_table(10, [[("a", 10), ("b", 0)]])
    # b=0 alone is recoverable; with a suppressed too a reader still knows a>=5 and b<=4 and a+b=10,
    # so b is 0..4 — but then a=10-b is 6..10: not exact.
    assert states(cells) == {TOTAL: SHOWN, "a": SECONDARY, "b": PRIMARY}


def test_total_under_five_hides_everything():
    cells = privacy.suppress_table(3, [[("a", 3), ("b", 0)]])
    assert all(c.suppressed for c in cells.values())


def test_unprotectable_group_hides_the_table():
    # a=5 (shown) and b=0,c=0: suppressing a leaves a = exactly 5 (5 = total, b=c=0). Total goes too.
    cells = privacy.suppress_table(5, [[("a", 5), ("b", 0), ("c", 0)], [("x", 5), ("y", 0)]])
    assert all(c.suppressed for c in cells.values())


def test_deterministic():
    groups = [[("a", 7), ("b", 7), ("c", 1)]]
    assert privacy.suppress_table(15, groups) == privacy.suppress_table(15, groups)
    assert states(privacy.suppress_table(15, groups))["a"] == SECONDARY  # tie → the earlier key


def test_safe_cell():
    for bad in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "＝1"]:
        assert privacy.safe_cell(bad).startswith("'")
    assert privacy.safe_cell("ok") == "ok"
    assert privacy.safe_cell(5) == 5


def _possible_values(total_state, total, groups, cells):
    """Brute force: every assignment of the suppressed cells consistent with what is published and what
    the marks mean ("<5": 0..4, "×": 5 or more). Returns {key: set(values)}."""
    cap = sum(v for _k, v in groups[0])
    totals = [total] if total_state == SHOWN else range(0, cap + 6)
    seen = {}
    for t in totals:
        per_group = []
        for members in groups:
            keys = [k for k, _v in members if cells[k].suppressed]
            rest = t - sum(cells[k].value for k, _v in members if not cells[k].suppressed)
            options = []
            ranges = [range(0, 5) if cells[k].state == PRIMARY else range(5, max(rest, 5) + 1) for k in keys]
            for combo in itertools.product(*ranges):
                if sum(combo) == rest:
                    options.append(dict(zip(keys, combo, strict=True)))
            per_group.append(options)
        if all(per_group):  # this total is consistent with every group
            for options in per_group:
                for option in options:
                    for k, v in option.items():
                        seen.setdefault(k, set()).add(v)
    return seen


@st.composite
def tables(draw):
    n_groups = draw(st.integers(1, 2))
    total = draw(st.integers(0, 16))
    groups = []
    for g in range(n_groups):
        size = draw(st.integers(2, 4))
        cuts = sorted(draw(st.lists(st.integers(0, total), min_size=size - 1, max_size=size - 1)))
        values = [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]
        groups.append([(f"g{g}c{i}", v) for i, v in enumerate(values)])
    return total, groups


@settings(max_examples=300, deadline=None)
@given(tables())
def test_no_suppressed_value_can_be_recovered(table):
    total, groups = table
    cells = privacy.suppress_table(total, groups)
    # every cell under the threshold is suppressed
    for members in groups:
        for key, value in members:
            if value < privacy.THRESHOLD:
                assert cells[key].state == PRIMARY
            assert cells[key].published in (None, value)
    possible = _possible_values(cells[TOTAL].state, total, groups, cells)
    for members in groups:
        for key, value in members:
            if cells[key].suppressed:
                assert value in possible[key]
                assert len(possible[key]) > 1, f"{key}={value} is recoverable from {cells}"
    # deterministic
    assert privacy.suppress_table(total, groups) == cells


# --- Several relations at once (the ESF+ table: rows x gender columns) -----------------------------------

def _grid_table(interior):
    """A 2 x 2 table with row, column and grand totals: cells "R:c" for rows T (total), A, B and columns
    g, h, total; relations as esf.relations builds them."""
    (ag, ah), (bg, bh) = interior
    values = {"T:g": ag + bg, "T:h": ah + bh, "T:total": ag + ah + bg + bh, "A:g": ag, "A:h": ah,
              "A:total": ag + ah, "B:g": bg, "B:h": bh, "B:total": bg + bh}
    relations = [(f"{r}:total", [f"{r}:g", f"{r}:h"]) for r in "TAB"]
    relations += [(f"T:{c}", [f"A:{c}", f"B:{c}"]) for c in ("g", "h", "total")]
    return values, relations


def _brute_force_possible(published, limit=20):
    """Every value each cell can take given what is published ("<5" = 0..4, "×" = 5 or more)."""
    import numpy as np

    grid = np.arange(limit + 1)
    ag, ah, bg, bh = np.meshgrid(grid, grid, grid, grid, indexing="ij")
    derived = {"A:g": ag, "A:h": ah, "B:g": bg, "B:h": bh, "A:total": ag + ah, "B:total": bg + bh,
               "T:g": ag + bg, "T:h": ah + bh, "T:total": ag + ah + bg + bh}
    ok = np.ones(ag.shape, dtype=bool)
    for key, cell in published.items():
        v = derived[key]
        if cell.state == SHOWN:
            ok &= v == cell.value
        elif cell.state == PRIMARY:
            ok &= v < privacy.THRESHOLD
        else:
            ok &= v >= privacy.THRESHOLD
    return {key: set(np.unique(derived[key][ok]).tolist()) for key in published}


@settings(max_examples=120, deadline=None)
@given(st.lists(st.integers(0, 8), min_size=4, max_size=4))
def test_protect_leaves_no_cell_recoverable_by_a_brute_force_attacker(xs):
    values, relations = _grid_table([xs[:2], xs[2:]])
    published = privacy.protect(values, relations)
    possible = _brute_force_possible(published)
    for key, cell in published.items():
        assert values[key] in possible[key]
        if cell.suppressed:
            assert len(possible[key]) > 1, (key, values, {k: c.display for k, c in published.items()})


def test_protect_hand_checked_grid():
    # A: 8 women, 0 men; B: 6 women, 7 men. A:men (0) would be A:total - A:women = 0; its complement
    # must go with it.
    values, relations = _grid_table([[8, 0], [6, 7]])
    published = privacy.protect(values, relations)
    assert published["A:h"].display == "<5"
    assert published["T:total"].display == "21"
    assert privacy.exposed_cells(values, {k: c.state for k, c in published.items()}, relations) == []


def test_protect_signed_changes_hide_small_changes_either_way():
    values = {"t": 6, "a": 9, "b": -3}
    published = privacy.protect(values, [("t", ["a", "b"])], signed=True)
    # b = -3 is hidden; a alone would give it back (6 - 9), so a is hidden too
    assert (published["t"].display, published["a"].display, published["b"].display) == ("6", "×", "<5")
