"""Reference for outcome-only synthetic control (Abadie-style weights, no covariates).

Weights w >= 0 with sum(w) = 1 minimize the pre-period squared error ||y_pre - Y0_pre w||^2, found with
scipy.optimize.minimize(method='SLSQP', ftol=1e-16) from uniform weights, and checked here against an
exact solution (every support set's equality-constrained least squares, keeping the best non-negative
one): the script stops if they differ by more than 1e-6. Then: the synthetic series Y0 w, the pre- and
post-period RMSPE (root mean squared gap), their ratio, and placebo runs — each donor in turn treated as
if it were the treated unit, with the other donors (not the treated unit, whose post-period is affected)
as its pool — giving the permutation p-value #{units with ratio >= the treated unit's} / (donors + 1).
Scenarios: a treated series that is a mix of donors plus an effect (good fit), and a treated series far
above every donor (poor fit). Donors are independent over the pre-period so the optimum is unique.
Writes src/effects/__fixtures__/synthetic-control.json.

Rerun from the repository root:  /usr/bin/python3 libs/analytics/reference/effects/synthetic_control.py
"""
import itertools
import sys

import numpy as np
import scipy.optimize

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository

from common import ar1_noise, write_fixture


def slsqp_weights(target, donors):
    """donors: (periods, J). The squared error is divided by sum(target^2) (same optimum, and the loss is
    of order one, which SLSQP's absolute ftol needs)."""
    count = donors.shape[1]
    scale = target @ target

    def loss(w):
        gap = target - donors @ w
        return gap @ gap / scale

    def gradient(w):
        return -2.0 * donors.T @ (target - donors @ w) / scale

    result = scipy.optimize.minimize(
        loss, np.full(count, 1.0 / count), jac=gradient, method='SLSQP',
        bounds=[(0.0, 1.0)] * count,
        constraints=[{'type': 'eq', 'fun': lambda w: np.sum(w) - 1.0, 'jac': lambda w: np.ones(count)}],
        options={'ftol': 1e-14, 'maxiter': 2000})
    assert result.success, result.message
    return result.x


def exact_weights(target, donors):
    H = donors.T @ donors
    f = donors.T @ target
    count = donors.shape[1]
    best, best_loss = None, np.inf
    for size in range(1, count + 1):
        for support in itertools.combinations(range(count), size):
            s = list(support)
            kkt = np.zeros((size + 1, size + 1))
            kkt[:size, :size] = H[np.ix_(s, s)]
            kkt[:size, size] = -1.0
            kkt[size, :size] = 1.0
            solution = np.linalg.solve(kkt, np.concatenate([f[s], [1.0]]))
            if np.min(solution[:size]) < 0:
                continue
            w = np.zeros(count)
            w[s] = solution[:size]
            gap = target - donors @ w
            if gap @ gap < best_loss:
                best, best_loss = w, gap @ gap
    return best


def rmspe(gap):
    return float(np.sqrt(np.mean(gap ** 2)))


def fit(target, donors, event_index):
    w = slsqp_weights(target[:event_index], donors[:event_index])
    exact = exact_weights(target[:event_index], donors[:event_index])
    difference = float(np.max(np.abs(w - exact)))
    assert difference < 1e-6, f'SLSQP and the exact solution differ by {difference}'
    synthetic = donors @ w
    gap = target - synthetic
    pre, post = rmspe(gap[:event_index]), rmspe(gap[event_index:])
    return {'weights': w, 'synthetic': synthetic, 'preRmspe': pre, 'postRmspe': post, 'ratio': post / pre,
            'slsqpVersusExact': difference}


def reference(name, t, treated, donors, event_index):
    main = fit(treated, donors, event_index)
    placebos = []
    for j in range(donors.shape[1]):
        others = np.delete(donors, j, axis=1)
        run = fit(donors[:, j], others, event_index)
        placebos.append({'donorIndex': j, 'weights': run['weights'], 'preRmspe': run['preRmspe'],
                         'postRmspe': run['postRmspe'], 'ratio': run['ratio']})
    ratios = [main['ratio']] + [p['ratio'] for p in placebos]
    p_value = sum(1 for r in ratios if r >= main['ratio']) / len(ratios)
    return {
        'name': name,
        'input': {'t': t, 'treated': treated, 'donors': donors.T, 'eventIndex': event_index},
        'expected': {**main, 'placebos': placebos, 'pValue': p_value,
                     'maxSlsqpVersusExact': max([main['slsqpVersusExact']] +
                                                [fit(donors[:, j], np.delete(donors, j, axis=1), event_index)
                                                 ['slsqpVersusExact'] for j in range(donors.shape[1])])},
    }


rng = np.random.default_rng(20020301)

# Seven donor products' monthly users (millions), each with its own level, trend, curvature and noise.
periods, event_index = 36, 24
t = np.arange(periods, dtype=float)
levels = [8.0, 14.0, 5.0, 20.0, 11.0, 3.0, 16.0]
slopes = [0.30, 0.10, 0.45, -0.05, 0.20, 0.60, 0.25]
curvatures = [0.004, -0.003, 0.0, 0.006, -0.002, 0.001, -0.005]
donors = np.column_stack([
    level + slope * t + curvature * t ** 2 + ar1_noise(rng, periods, 0.4, 0.5)
    for level, slope, curvature in zip(levels, slopes, curvatures)
])

# Treated: mostly donors 1, 3 and 5 before the event; after it, an effect that grows.
mix = donors @ np.array([0.0, 0.45, 0.0, 0.35, 0.0, 0.20, 0.0])
after = (t >= event_index).astype(float)
treated = mix + rng.normal(0.0, 0.15, periods) + after * (2.0 + 0.3 * (t - event_index))
good_fit = reference('donor-mix', t, treated, donors, event_index)

# Treated far above every donor: no convex mix can follow it.
far_above = 2.0 * donors[:, 3] + 10.0 + rng.normal(0.0, 0.3, periods)
poor_fit = reference('treated-outside-donor-range', t, far_above, donors, event_index)

write_fixture('synthetic-control.json', {
    'description': 'scipy SLSQP simplex-constrained least squares (checked against an exact support '
                   'enumeration), RMSPE, placebo-in-space permutation p-value',
    'scenarios': [good_fit, poor_fit],
})
