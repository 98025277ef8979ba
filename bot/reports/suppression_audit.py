"""The exact check behind secondary suppression: can a reader pin a hidden figure down?

Interval propagation (in suppression.py) is fast but not complete: combining several equations
with the bounds a reader knows ("<K" is 0..K-1, a companion is at least K) can still leave a
hidden cell a single possible value. For tables of a size people actually export, an integer
program settles it exactly: a hidden figure is safe when some other table, consistent with
everything shown, gives it a different value. Each solution found clears every figure it changes,
so most tables need only a handful of solves.
"""

from __future__ import annotations

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_matrix

# Above this many hidden figures the exact audit is skipped (linear and interval checks remain);
# real exports are far smaller, and a very fine table is better asked for with fewer dimensions.
EXACT_AUDIT_LIMIT = 400


def pinned_exact(eq_items: list[np.ndarray], eq_coefs: list[np.ndarray], values: np.ndarray,
                 hidden: np.ndarray, lo: np.ndarray, hi: np.ndarray,
                 check: np.ndarray) -> list[int]:
    """Items of `check` (indices into `values`, all hidden) whose value every consistent
    integer table shares."""
    if len(check) == 0 or len(hidden) > EXACT_AUDIT_LIMIT:
        return []
    col = {int(i): j for j, i in enumerate(hidden)}
    data, rows, cols, rhs = [], [], [], []
    for r, (items, coefs) in enumerate(zip(eq_items, eq_coefs, strict=True)):
        b = 0.0
        for i, c in zip(items.tolist(), coefs.tolist(), strict=True):
            if i in col:
                rows.append(r)
                cols.append(col[i])
                data.append(c)
            else:
                b -= c * values[i]
        rhs.append(b)
    a = csr_matrix((data, (rows, cols)), shape=(len(eq_items), len(hidden)))
    b = np.array(rhs)
    constraint = LinearConstraint(a, b, b)
    truth = values[hidden]
    bounds = Bounds(lo[hidden], hi[hidden])
    integrality = np.ones(len(hidden))
    unresolved = {col[int(i)] for i in check}
    pinned: list[int] = []
    while unresolved:
        j = min(unresolved)
        moved = False
        for sign in (-1.0, 1.0):  # maximise, then minimise
            c = np.zeros(len(hidden))
            c[j] = sign
            res = milp(c, constraints=[constraint], integrality=integrality, bounds=bounds)
            if res.x is None:  # pragma: no cover - the true table is always feasible
                break
            differs = np.flatnonzero(np.abs(np.round(res.x) - truth) >= 0.5)
            unresolved.difference_update(int(d) for d in differs)
            if j in differs:
                moved = True
                break
        if not moved:
            unresolved.discard(j)
            pinned.append(int(hidden[j]))
    return pinned
