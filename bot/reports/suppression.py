"""Small-cell suppression: no published figure may single out a person, directly or by arithmetic.

What is published for an n-dimensional table: every cell, the total of every value of every
dimension (the 1-D margins, "subtotals"), and the grand total. Zero cells are listed like any
other, so a listed row never says "someone asked".

Primary suppression: a count below K is shown as "<K".

Secondary suppression: a hidden cell must not be recoverable from what is shown. Two attacks are
checked, and hiding goes on ("suppress the smallest companion too", as statistical offices do)
until neither succeeds:

1. Exact linear recovery: every shown total gives an equation (total = sum of its cells). A
   hidden value is recoverable when its unit vector lies in the row space of those equations
   restricted to the hidden values (the classic single hidden cell in a row, but also chains and
   bridges between rows and columns that a per-row check misses). Checked by the leverage
   `a_j^T (A A^T)^+ a_j == 1` for each hidden value j.
2. Interval pinning: the reader also knows bounds: a "<K" cell lies in [0, K-1]; a cell hidden
   as a companion is at least K and, since companions are the smallest shown candidates, at most
   the smallest value still shown among the candidates it was chosen from. Every hidden
   count under K must keep at least two possible values (so "two cells of <5 adding up to 8"
   cannot reveal 4 and 4): interval propagation over all equations first, then an exact
   integer program (suppression_audit.py) for tables of exportable size.

A hidden 0 may be worked out: it tells that no one asked, which singles no one out, and insisting
on it would hide whole tables (thirty wards with no request add up to a visible 0). Only hidden
values above 0 are protected by the two checks.

A few tiny tables cannot be protected that way, whatever is hidden: in a 2 x 2 table of
1, 1 / 2, 2 with K = 3, the markers alone ("<3" cells, columns "x" so at least 3) pin every cell.
Then the whole table is withheld: every figure becomes the same "x" (status WITHHELD).

Companions are always shown values chosen in a fixed order from public facts (which cells are
small, the shown values), preferring cells of the same row/column/slice, then subtotals, then
the grand total. Hiding only ever grows, so the loop ends; with everything hidden nothing can be
recovered.

Limitation (documented in the export notes): tables are protected one at a time. Two different
exports of the same period (say month × kind and kind × ward) are each safe but are not
protected against each other.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from bot.reports.suppression_audit import pinned_exact

SHOWN, PRIMARY, SECONDARY, WITHHELD = "shown", "primary", "secondary", "withheld"
_CODES = {0: SHOWN, 1: PRIMARY, 2: SECONDARY, 3: WITHHELD}

Key = tuple[Hashable, ...]
MarginKey = tuple[int, Hashable]


@dataclass(frozen=True)
class Protection:
    """Status of every published figure (SHOWN, PRIMARY, SECONDARY or, for a table that cannot
    be protected otherwise, WITHHELD) and the true counts, which only the writers may read, and
    only for figures whose status is SHOWN."""

    cells: dict[Key, str]
    margins: dict[MarginKey, str]
    total: str
    margin_counts: dict[MarginKey, int]
    total_count: int


class _Problem:
    """The linear system of one table: items are cells, then margins, then the grand total."""

    def __init__(self, cells: Mapping[Key, int], n_dims: int,
                 domains: Sequence[Sequence[Hashable]] | None,
                 floors: Mapping[MarginKey, int] | None):
        self.n = n_dims
        self.cell_keys = list(cells)
        values = [int(cells[key]) for key in self.cell_keys]
        if any(v < 0 for v in values):
            raise ValueError("counts cannot be negative")
        floors = dict(floors or {})
        c = len(self.cell_keys)
        self.margin_keys: list[MarginKey] = []
        if n_dims >= 2:
            for d in range(n_dims):
                seen = dict.fromkeys(domains[d]) if domains else {}
                for key in self.cell_keys:
                    seen.setdefault(key[d], None)
                self.margin_keys.extend((d, v) for v in seen)
        m_index = {mk: c + i for i, mk in enumerate(self.margin_keys)}
        margin_values = [0] * len(self.margin_keys)
        for key, v in zip(self.cell_keys, values, strict=True):
            for d in range(n_dims if n_dims >= 2 else 0):
                margin_values[m_index[(d, key[d])] - c] += v
        self.t = c + len(self.margin_keys)
        self.values = np.array([*values, *margin_values, sum(values)], dtype=float)
        self.floor = np.zeros(len(self.values))
        if n_dims == 1:
            for i, key in enumerate(self.cell_keys):
                self.floor[i] = floors.get((0, key[0]), 0)
        for mk, i in m_index.items():
            self.floor[i] = floors.get(mk, 0)

        # Equations: (head item, member items); meaning head - sum(members) = 0.
        eqs: list[tuple[int, list[int]]] = []
        if n_dims >= 1:
            eqs.append((self.t, list(range(c))))
        self.local: list[list[int]] = [[] for _ in self.values]  # equations to take companions from
        if n_dims >= 2:
            slices: dict[int, list[int]] = {i: [] for i in m_index.values()}
            for ci, key in enumerate(self.cell_keys):
                for d in range(n_dims):
                    slices[m_index[(d, key[d])]].append(ci)
            for head, members in slices.items():
                self.local[head].append(len(eqs))
                for ci in members:
                    self.local[ci].append(len(eqs))
                eqs.append((head, members))
            for d in range(n_dims):
                heads = [m_index[mk] for mk in self.margin_keys if mk[0] == d]
                for h in heads:
                    self.local[h].append(len(eqs))
                eqs.append((self.t, heads))
        else:
            for ci in range(c):
                self.local[ci].append(0)
        if eqs:
            self.local[self.t].append(0)
        self.eq_items = [np.array([h, *ms], dtype=np.int64) for h, ms in eqs]
        self.eq_coefs = [np.array([1.0] + [-1.0] * len(ms)) for _, ms in eqs]
        # Each item's (equation, coefficient) entries, padded into a rectangle for numpy.
        entries: list[list[tuple[int, float]]] = [[] for _ in self.values]
        for e, (h, ms) in enumerate(eqs):
            entries[h].append((e, 1.0))
            for i in ms:
                entries[i].append((e, -1.0))
        width = max((len(x) for x in entries), default=1) or 1
        self.ent_eq = np.zeros((len(entries), width), dtype=np.int64)
        self.ent_coef = np.zeros((len(entries), width))
        for i, row in enumerate(entries):
            for j, (e, coef) in enumerate(row):
                self.ent_eq[i, j] = e
                self.ent_coef[i, j] = coef
        self.n_eqs = len(eqs)


def protect(cells: Mapping[Key, int], n_dims: int, k: int, *,
            domains: Sequence[Sequence[Hashable]] | None = None,
            floors: Mapping[MarginKey, int] | None = None) -> Protection:
    """Decide which figures of a table to hide so that no count under `k` can be seen or worked out.

    `cells` maps each combination (a tuple of `n_dims` values) to its count; list zero cells too.
    `floors` gives lower bounds a reader knows for some margins (a value listed only because it
    occurred is at least 1). Floors can make a table impossible to protect (four values each
    known to be at least 1 under a total of "<5" are each 1, whatever is hidden: such a table is
    withheld), so callers should avoid them: count_table lists open-ended values from the whole
    logbook instead.
    """
    if k < 1:
        raise ValueError("k must be at least 1")
    if any(len(key) != n_dims for key in cells):
        raise ValueError("every cell key needs one value per dimension")
    p = _Problem(cells, n_dims, domains, floors)
    status = np.where(p.values < k, 1, 0)
    pools: dict[int, np.ndarray] = {}
    for _ in range(len(p.values) + 1):
        problems = sorted(set(_determined(p, status)) | set(_pinned(p, status, k, pools)))
        if not problems:
            break
        # One companion per equation and round: a companion often protects every problem of its
        # row/slice at once, and the next round sees what is still exposed.
        touched: set[int] = set()
        added = False
        for x in problems:
            choice = _companion(p, status, x, touched)
            if choice is None:
                continue
            comp, pool, eq = choice
            status[comp] = 2
            pools[comp] = pool
            if eq is not None:
                touched.add(eq)
            added = True
        if not added:
            # Everything is hidden and a small count can still be pinned down by the bounds the
            # markers tell ("<K" is at most K-1, "x" at least K): withhold the whole table, every
            # figure the same "x", so the markers tell nothing about sizes.
            status[:] = 3
            break
    c = len(p.cell_keys)
    return Protection(
        cells={key: _CODES[int(status[i])] for i, key in enumerate(p.cell_keys)},
        margins=({mk: _CODES[int(status[c + i])] for i, mk in enumerate(p.margin_keys)}
                 if n_dims != 1 else
                 {(0, key[0]): _CODES[int(status[i])] for i, key in enumerate(p.cell_keys)}),
        total=_CODES[int(status[p.t])],
        margin_counts=({mk: int(p.values[c + i]) for i, mk in enumerate(p.margin_keys)}
                       if n_dims != 1 else
                       {(0, key[0]): int(p.values[i]) for i, key in enumerate(p.cell_keys)}),
        total_count=int(p.values[p.t]),
    )


def _determined(p: _Problem, status: np.ndarray) -> list[int]:
    """Hidden items whose value follows exactly from the shown totals (leverage == 1)."""
    hidden = np.flatnonzero(status)
    if len(hidden) == 0 or p.n_eqs == 0:
        return []
    idx = p.ent_eq[hidden]
    coef = p.ent_coef[hidden]
    gram = np.zeros((p.n_eqs, p.n_eqs))
    np.add.at(gram, (idx[:, :, None], idx[:, None, :]), coef[:, :, None] * coef[:, None, :])
    pinv = np.linalg.pinv(gram, rcond=1e-12, hermitian=True)
    lev = np.einsum("up,uq,upq->u", coef, coef, pinv[idx[:, :, None], idx[:, None, :]])
    return [int(i) for i in hidden[(lev > 1 - 1e-6) & (p.values[hidden] > 0)]]


def _bounds(p: _Problem, status: np.ndarray, k: int,
            pools: Mapping[int, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    lo = p.values.copy()
    hi = p.values.copy()
    primary = status == 1
    lo[primary] = p.floor[primary]
    hi[primary] = k - 1
    for i in np.flatnonzero(status == 2):
        lo[i] = max(k, p.floor[i])
        pool = pools.get(int(i), np.array([], dtype=np.int64))
        shown = p.values[pool[status[pool] == 0]]
        hi[i] = shown.min() if len(shown) else math.inf
    hidden = status != 0
    for _ in range(50):
        changed = False
        for items, coefs in zip(p.eq_items, p.eq_coefs, strict=True):
            h = hidden[items]
            if not h.any():
                continue
            cmin = np.where(coefs > 0, lo[items], -hi[items])
            cmax = np.where(coefs > 0, hi[items], -lo[items])
            omin = _others(cmin)
            omax = _others(cmax)
            new_lo = np.where(coefs > 0, -omax, omin)
            new_hi = np.where(coefs > 0, -omin, omax)
            cur_lo, cur_hi = lo[items], hi[items]
            tight_lo = np.where(h, np.maximum(cur_lo, np.ceil(new_lo - 1e-9)), cur_lo)
            tight_hi = np.where(h, np.minimum(cur_hi, np.floor(new_hi + 1e-9)), cur_hi)
            if (tight_lo != cur_lo).any() or (tight_hi != cur_hi).any():
                lo[items] = tight_lo
                hi[items] = tight_hi
                changed = True
        if not changed:
            break
    return lo, hi


def _others(contrib: np.ndarray) -> np.ndarray:
    """For each position, the sum of all the other contributions (which may be ±inf)."""
    finite = np.isfinite(contrib)
    total = contrib[finite].sum()
    n_inf = int((~finite).sum())
    if n_inf == 0:
        return total - contrib
    inf_value = contrib[~finite][0]
    out = np.full(len(contrib), inf_value)
    if n_inf == 1:
        out[~finite] = total
    return out


def _pinned(p: _Problem, status: np.ndarray, k: int, pools: Mapping[int, np.ndarray]) -> list[int]:
    """Small hidden counts (1..K-1) left with a single possible value by the bounds a reader
    knows. A companion pinned this way only gives away a count of at least K, which could have
    been shown anyway, so it is not a problem as such; what it implies for the small counts is
    part of the same system and checked here."""
    if not status.any():
        return []
    lo, hi = _bounds(p, status, k, pools)
    small = (status == 1) & (p.values > 0)
    pinned = [int(i) for i in np.flatnonzero(small & (hi <= lo))]
    if pinned:
        return pinned
    exact = pinned_exact(p.eq_items, p.eq_coefs, p.values, np.flatnonzero(status), lo, hi,
                         check=np.flatnonzero(small))
    return [int(i) for i in exact]


def _companion(p: _Problem, status: np.ndarray, x: int, touched: set[int]
               ) -> tuple[int, np.ndarray, int | None] | None:
    """The smallest shown figure to hide next to `x`, the candidates it was the smallest of, and
    the equation it was taken from. Cells come first, from the equation of `x` with the fewest
    hidden figures (where `x` is most exposed); then subtotals, the grand total, anything.
    Returns None when `x` is waiting on a companion already chosen this round."""
    exposure = []
    for e in p.local[x]:
        members = p.eq_items[e][1:]
        exposure.append((int((status[members] != 0).sum()), e))
    exposure.sort()
    for _, e in exposure:
        if e in touched:
            return None
        members = p.eq_items[e][1:]
        cells = members[(members < len(p.cell_keys)) & (status[members] == 0) & (members != x)]
        if len(cells):
            return _smallest(p, cells), cells, e
    near = np.concatenate([p.eq_items[e] for e in p.local[x]]) if p.local[x] else np.array([])
    near = near.astype(np.int64)
    margins = near[(near >= len(p.cell_keys)) & (near < p.t)]
    levels = [margins, np.array([p.t]), np.arange(len(p.cell_keys)),
              np.arange(len(p.cell_keys), p.t)]
    for level in levels:
        shown = np.unique(level[(status[level] == 0) & (level != x)])
        if len(shown):
            return _smallest(p, shown), shown, None
    return None


def _smallest(p: _Problem, candidates: np.ndarray) -> int:
    """The candidate with the smallest count (the first one on ties)."""
    order = np.lexsort((candidates, p.values[candidates]))
    return int(candidates[order[0]])
