"""Reference for the building blocks: OLS, Newey-West (HAC) and Driscoll-Kraay covariances, normal quantiles.

Computes, on a seeded regression with AR(1) errors:
  - statsmodels OLS(y, X).fit(): coefficients, residuals, classic covariance s^2 (X'X)^-1;
  - OLS(y, X).fit(cov_type='HAC', cov_kwds={'maxlags': L}) for several L. statsmodels' fit path defaults
    to use_correction=False for HAC (the n/(n-k) factor is NOT applied; cov_hac_simple's own default of
    True is overridden) — both variants are stored so the TypeScript option can be checked either way;
  - OLS(...).fit(cov_type='hac-groupsum', cov_kwds={'time': period, 'maxlags': L}) (Driscoll-Kraay) on
    a stacked two-unit panel, with its default use_correction='cluster' and with use_correction=False;
  - scipy.stats.norm.ppf at a few probabilities.
Writes src/effects/__fixtures__/ols-hac.json.

Rerun from the repository root:  /usr/bin/python3 libs/analytics/reference/effects/ols_hac.py
"""
import sys

import numpy as np
import scipy.stats
import statsmodels.api as sm

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository

from common import ar1_noise, newey_west_maxlags, write_fixture

rng = np.random.default_rng(20240611)

# A single series: intercept, trend and an exogenous covariate, AR(1) errors.
n = 60
t = np.arange(n, dtype=float)
covariate = rng.normal(5.0, 2.0, size=n)
X = np.column_stack([np.ones(n), t, covariate])
y = X @ np.array([3.0, 0.4, -1.2]) + ar1_noise(rng, n, 0.6, 1.0)

classic = sm.OLS(y, X).fit()
hac = []
for maxlags in [0, 1, 3, newey_west_maxlags(n), 7]:
    plain = sm.OLS(y, X).fit(cov_type='HAC', cov_kwds={'maxlags': maxlags})
    corrected = sm.OLS(y, X).fit(cov_type='HAC', cov_kwds={'maxlags': maxlags, 'use_correction': True})
    assert plain.cov_kwds['use_correction'] is False  # the statsmodels default this fixture documents
    hac.append({
        'maxlags': maxlags,
        'covariance': plain.cov_params(),
        'standardErrors': plain.bse,
        'covarianceWithCorrection': corrected.cov_params(),
    })

# A stacked two-unit panel (unit 0's periods, then unit 1's), for Driscoll-Kraay.
periods = 30
period = np.concatenate([np.arange(periods), np.arange(periods)])
unit = np.repeat([0.0, 1.0], periods)
shared_shock = ar1_noise(rng, periods, 0.5, 1.0)
panel_X = np.column_stack([np.ones(2 * periods), np.tile(np.arange(periods, dtype=float), 2), unit])
panel_y = panel_X @ np.array([1.0, 0.2, 2.0]) + np.tile(shared_shock, 2) + rng.normal(0, 0.5, 2 * periods)
panel_lags = newey_west_maxlags(periods)
dk = sm.OLS(panel_y, panel_X).fit(cov_type='hac-groupsum', cov_kwds={'time': period, 'maxlags': panel_lags})
dk_plain = sm.OLS(panel_y, panel_X).fit(
    cov_type='hac-groupsum', cov_kwds={'time': period, 'maxlags': panel_lags, 'use_correction': False})

probabilities = [1e-10, 0.001, 0.025, 0.05, 0.3, 0.5, 0.8, 0.975, 0.995, 1 - 1e-12]

write_fixture('ols-hac.json', {
    'description': 'statsmodels 0.13 OLS, HAC (Bartlett) and hac-groupsum covariances; scipy norm.ppf',
    'X': X,
    'y': y,
    'ols': {
        'coefficients': classic.params,
        'residuals': classic.resid,
        'covariance': classic.cov_params(),
        'standardErrors': classic.bse,
        'residualVariance': classic.scale,
    },
    'hac': hac,
    'panel': {
        'X': panel_X,
        'y': panel_y,
        'period': period,
        'maxlags': panel_lags,
        'residuals': dk.resid,
        'covarianceClusterCorrection': dk.cov_params(),
        'covarianceNoCorrection': dk_plain.cov_params(),
    },
    'normalQuantiles': [{'p': p, 'z': scipy.stats.norm.ppf(p)} for p in probabilities],
})
