"""Reference for the interrupted time series (segmented regression) estimate.

Model: y = b0 + b1 t + b2 D + b3 (t - T0) D, D = 1 from the event on (index eventIndex, T0 = t[eventIndex]).
Fit: statsmodels OLS(y, X).fit(cov_type='HAC', cov_kwds={'maxlags': floor(4 (n/100)^(2/9))}) — Bartlett
kernel, statsmodels' default use_correction=False, use_t=False (so conf_int is normal-based, z = 1.95996...).
Stores: coefficients, HAC covariance and standard errors, 95% conf_int; the post-period counterfactual
b0 + b1 t with its 95% band from get_prediction on rows [1, t, 0, 0] (which uses the HAC covariance);
and the cumulative effect sum(actual - counterfactual) over the post period with t_test on
c = [0, 0, m, sum(t - T0)] (the post residuals sum to zero because D is a regressor, so the sum of
actual - counterfactual equals c'b exactly).
Scenarios: an IM-adoption-like series with a level and a slope break, and a long series without effect.
Writes src/effects/__fixtures__/its.json.

Rerun from the repository root:  /usr/bin/python3 libs/analytics/reference/effects/its.py
"""
import sys

import numpy as np
import statsmodels.api as sm

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository

from common import ar1_noise, newey_west_maxlags, write_fixture


def design(t, event_index):
    t0 = t[event_index]
    after = (np.arange(len(t)) >= event_index).astype(float)
    return np.column_stack([np.ones(len(t)), t, after, (t - t0) * after])


def reference(name, t, y, event_index):
    n = len(t)
    maxlags = newey_west_maxlags(n)
    X = design(t, event_index)
    fit = sm.OLS(y, X).fit(cov_type='HAC', cov_kwds={'maxlags': maxlags})
    assert fit.use_t is False and fit.cov_kwds['use_correction'] is False
    post = np.arange(event_index, n)
    counterfactual_rows = X[post] * np.array([1.0, 1.0, 0.0, 0.0])
    prediction = fit.get_prediction(counterfactual_rows)
    band = prediction.conf_int(alpha=0.05)
    c = np.array([[0.0, 0.0, float(len(post)), float(np.sum(t[post] - t[event_index]))]])
    cumulative = fit.t_test(c)
    actual_minus_counterfactual = float(np.sum(y[post] - prediction.predicted_mean))
    assert abs(actual_minus_counterfactual - float(cumulative.effect[0])) < 1e-8 * max(1.0, abs(actual_minus_counterfactual))
    return {
        'name': name,
        'input': {'t': t, 'values': y, 'eventIndex': event_index},
        'expected': {
            'maxlags': maxlags,
            'coefficients': fit.params,
            'covariance': fit.cov_params(),
            'standardErrors': fit.bse,
            'confidenceIntervals': fit.conf_int(alpha=0.05),
            'counterfactual': {
                't': t[post],
                'value': prediction.predicted_mean,
                'standardError': prediction.se_mean,
                'lower': band[:, 0],
                'upper': band[:, 1],
            },
            'cumulativeEffect': {
                'estimate': float(cumulative.effect[0]),
                'standardError': float(np.asarray(cumulative.sd).ravel()[0]),
                'lower': float(cumulative.conf_int(alpha=0.05)[0, 0]),
                'upper': float(cumulative.conf_int(alpha=0.05)[0, 1]),
            },
        },
    }


rng = np.random.default_rng(19990722)  # AIM vs MSN Messenger, July 1999

# Monthly IM users (millions): steady adoption, then bundling with the OS lifts the level and the slope.
n = 48
event_index = 30
t = np.arange(n, dtype=float)
after = (t >= event_index).astype(float)
y = 12.0 + 0.45 * t + 3.5 * after + 0.25 * (t - event_index) * after + ar1_noise(rng, n, 0.5, 0.8)
level_and_slope_break = reference('level-and-slope-break', t, y, event_index)

# A long series (n = 120, so maxlags = 4) indexed from 1 with no effect at the event.
n = 120
event_index = 70
t = np.arange(1, n + 1, dtype=float)
y = 40.0 + 0.1 * t + ar1_noise(rng, n, 0.7, 1.5)
no_effect = reference('long-series-no-effect', t, y, event_index)

write_fixture('its.json', {
    'description': 'statsmodels 0.13 OLS HAC (Bartlett, maxlags floor(4(n/100)^(2/9)), no small-sample '
                   'correction, normal intervals) for segmented regression',
    'scenarios': [level_and_slope_break, no_effect],
})
