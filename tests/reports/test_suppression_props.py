"""Property tests: over random tables, nothing hidden can be worked out from what is shown.

The checks here are written independently of bot.reports.suppression: they rebuild the published
equations from the table and attack them (exact linear algebra over fractions, and an integer
program that knows every bound a reader knows)."""

from __future__ import annotations

import itertools
from fractions import Fraction

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from bot.reports.suppression import PRIMARY, SECONDARY, SHOWN, WITHHELD, protect


def published_equations(cells, n, result):
    """Items: ('c', key), ('m', (d, v)), ('t',). Equations as (head, [members])."""
    values = {("c", key): v for key, v in cells.items()}
    status = {("c", key): s for key, s in result.cells.items()}
    status[("t",)] = result.total
    values[("t",)] = sum(cells.values())
    eqs = [(("t",), [("c", key) for key in cells])] if n >= 1 else []
    if n >= 2:
        for (d, v), s in result.margins.items():
            item = ("m", (d, v))
            status[item] = s
            values[item] = sum(c for key, c in cells.items() if key[d] == v)
            eqs.append((item, [("c", key) for key in cells if key[d] == v]))
        for d in range(n):
            eqs.append((("t",), [("m", mk) for mk in result.margins if mk[0] == d]))
    return values, status, eqs


def linear_system(values, status, eqs):
    hidden = sorted((i for i, s in status.items() if s != SHOWN), key=repr)
    col = {item: j for j, item in enumerate(hidden)}
    rows, rhs = [], []
    for head, members in eqs:
        row = [Fraction(0)] * len(hidden)
        b = Fraction(0)
        for item, coef in [(head, 1), *[(m, -1) for m in members]]:
            if item in col:
                row[col[item]] += coef
            else:
                b -= coef * values[item]
        rows.append(row)
        rhs.append(b)
    return hidden, rows, rhs


def determined_exactly(rows, n_cols):
    """Columns j whose unit vector lies in the row space (reduced row echelon form)."""
    m = [list(r) for r in rows]
    pivots = []
    r = 0
    for c in range(n_cols):
        pivot = next((i for i in range(r, len(m)) if m[i][c] != 0), None)
        if pivot is None:
            continue
        m[r], m[pivot] = m[pivot], m[r]
        lead = m[r][c]
        m[r] = [x / lead for x in m[r]]
        for i in range(len(m)):
            if i != r and m[i][c] != 0:
                f = m[i][c]
                m[i] = [a - f * b for a, b in zip(m[i], m[r], strict=True)]
        pivots.append((r, c))
        r += 1
    return {c for row, c in pivots if sum(1 for x in m[row] if x != 0) == 1}


def tables(max_dims=3):
    @st.composite
    def build(draw):
        n = draw(st.integers(1, max_dims))
        sizes = [draw(st.integers(1, 4 if n < 3 else 3)) for _ in range(n)]
        small = st.one_of(st.integers(0, 6), st.integers(0, 30), st.sampled_from([0, 1, 4, 5, 6]))
        cells = {key: draw(small) for key in itertools.product(*[range(s) for s in sizes])}
        k = draw(st.integers(3, 6))
        # Values listed only because they occurred: readers know their total is at least 1.
        occurred = {key[0] for key, v in cells.items() if v > 0}
        floored = draw(st.sets(st.sampled_from(sorted(occurred)))) if occurred else set()
        return n, cells, k, {(0, v): 1 for v in floored}
    return build()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_no_small_figure_is_shown_and_no_hidden_one_is_recoverable(case):
    n, cells, k, floors = case
    result = protect(cells, n, k, floors=floors)
    values, status, eqs = published_equations(cells, n, result)
    if result.total == WITHHELD:
        # A table no hiding pattern can protect: every figure is the same "x", no bounds told.
        assert set(status.values()) == {WITHHELD}
        return
    for item, s in status.items():
        if values[item] < k:
            assert s == PRIMARY, (item, values[item])
        if s == PRIMARY:
            assert values[item] < k
        if s == SECONDARY:
            assert values[item] >= k
    # Each shown total has 0 or >= 2 hidden members and a hidden total has >= 1, except that a
    # hidden 0 may be worked out (it says that no one asked, which singles no one out).
    for head, members in eqs:
        hidden = [m for m in members if status[m] != SHOWN]
        if status[head] == SHOWN and len(hidden) == 1:
            assert values[hidden[0]] == 0, (head, members)
        if status[head] != SHOWN and not hidden:
            assert values[head] == 0, (head, members)
    # Any linear combination of published equations: still nothing hidden above 0 pinned down.
    hidden, rows, _ = linear_system(values, status, eqs)
    assert not [h for j, h in enumerate(hidden)
                if j in determined_exactly(rows, len(hidden)) and values[h] > 0]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables(max_dims=2))
def test_bounds_a_reader_knows_leave_every_hidden_figure_at_least_two_values(case):
    """The reader knows '<K' means 0..K-1 and a companion 'x' is at least K; an integer program
    finds the smallest and largest value each small hidden count can take: they must differ
    (a 0 may be worked out: it singles no one out)."""
    n, cells, k, floors = case
    result = protect(cells, n, k, floors=floors)
    values, status, eqs = published_equations(cells, n, result)
    hidden, rows, rhs = linear_system(values, status, eqs)
    if not hidden:
        return
    if result.total == WITHHELD:
        return  # all "x": a reader knows no bounds (see the test above)
    known_floor = {("m", mk): f for mk, f in floors.items()} if n >= 2 else {
        ("c", (mk[1],)): f for mk, f in floors.items()}
    lo = [max(0 if status[i] == PRIMARY else k, known_floor.get(i, 0)) for i in hidden]
    hi = [k - 1 if status[i] == PRIMARY else 10_000 for i in hidden]
    a = np.array([[float(x) for x in r] for r in rows])
    b = np.array([float(x) for x in rhs])
    constraint = LinearConstraint(a, b, b)
    for j in range(len(hidden)):
        if status[hidden[j]] != PRIMARY or values[hidden[j]] == 0:
            continue
        found = []
        for sign in (1, -1):
            c = np.zeros(len(hidden))
            c[j] = sign
            res = milp(c, constraints=[constraint], integrality=np.ones(len(hidden)),
                       bounds=Bounds(lo, hi))
            assert res.success
            found.append(round(res.x[j]))
        assert found[0] < found[1], (hidden[j], found, values[hidden[j]])


def test_classic_single_small_cell_hides_the_smallest_companion():
    result = protect({("a",): 120, ("b",): 3, ("c",): 6, ("d",): 50}, 1, 5)
    assert result.cells == {("a",): SHOWN, ("b",): PRIMARY, ("c",): SECONDARY, ("d",): SHOWN}
    assert result.total == SHOWN


def test_two_small_cells_that_add_up_to_their_maximum_hide_the_total():
    # 4 + 4 = 8 with both shown as "<5" would tell that each is 4.
    result = protect({("a",): 4, ("b",): 4}, 1, 5)
    assert result.total == SECONDARY


def test_a_bridge_between_two_hidden_rectangles_is_not_left_recoverable():
    # Row sums over {r0, r1} minus column sums over {c0, c1} would isolate cell (r1, c2).
    cells = {(r, c): 50 for r in range(4) for c in range(4)}
    for key in [(0, 0), (0, 1), (1, 0), (1, 1), (2, 2), (2, 3), (3, 2), (3, 3)]:
        cells[key] = 2
    cells[(1, 2)] = 3
    result = protect(cells, 2, 5)
    values, status, eqs = published_equations(cells, 2, result)
    hidden, rows, _ = linear_system(values, status, eqs)
    assert not [h for j, h in enumerate(hidden)
                if j in determined_exactly(rows, len(hidden)) and values[h] > 0]


def test_a_table_no_hiding_can_protect_is_withheld_whole():
    # Cells "<3" everywhere and columns of at least 3 would pin every cell: 1, 1 / 2, 2.
    result = protect({(0, 0): 1, (0, 1): 1, (1, 0): 2, (1, 1): 2}, 2, 3)
    assert result.total == WITHHELD
    assert set(result.cells.values()) == set(result.margins.values()) == {WITHHELD}
