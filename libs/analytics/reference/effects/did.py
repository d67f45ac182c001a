"""Reference for difference-in-differences against one control series.

Stacked panel (the treated unit's periods, then the control's): y = a + b post + c treated + d post*treated.
Fit: statsmodels OLS(y, X).fit(cov_type='hac-groupsum', cov_kwds={'time': period, 'maxlags': L}) —
Driscoll-Kraay: the scores are summed over the two units within each period, then Newey-West (Bartlett)
runs over the period series, so the errors may be correlated between the two products in the same
period (they share a market) and across periods. L = floor(4 (T/100)^(2/9)) for T periods. statsmodels'
defaults apply: use_correction='cluster' (factor T/(T-1) * (N-1)/(N-K), N = 2T rows, K = 4) and
use_t=False, so conf_int is normal-based. (Clustering by unit would give 2 clusters — unusable; plain
HAC on the stacked rows would lag across the seam between the two units.)
Cross-check asserted here: the Driscoll-Kraay variance of d equals the Newey-West variance of the
post coefficient in the regression of the gap (treated - control) on [1, post], times that factor.
Parallel-trend check: OLS of the pre-period gap on [1, t] with HAC (maxlags from the pre-period length,
no correction, normal); the slope is the difference of the two pre-period slopes.
Scenarios: an IM product vs a control product (parallel pre-trends), and diverging pre-trends.
Writes src/effects/__fixtures__/did.json.

Rerun from the repository root:  /usr/bin/python3 libs/analytics/reference/effects/did.py
"""
import sys

import numpy as np
import statsmodels.api as sm

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository

from common import ar1_noise, newey_west_maxlags, write_fixture


def reference(name, t, treated, control, event_index):
    periods = len(t)
    post = (np.arange(periods) >= event_index).astype(float)
    y = np.concatenate([treated, control])
    is_treated = np.repeat([1.0, 0.0], periods)
    post_stacked = np.tile(post, 2)
    X = np.column_stack([np.ones(2 * periods), post_stacked, is_treated, post_stacked * is_treated])
    period = np.tile(np.arange(periods), 2)
    maxlags = newey_west_maxlags(periods)
    fit = sm.OLS(y, X).fit(cov_type='hac-groupsum', cov_kwds={'time': period, 'maxlags': maxlags})
    assert fit.use_t is False and fit.cov_kwds['use_correction'] == 'cluster'

    gap = treated - control
    gap_fit = sm.OLS(gap, np.column_stack([np.ones(periods), post])).fit(
        cov_type='HAC', cov_kwds={'maxlags': maxlags})
    factor = periods / (periods - 1.0) * (2 * periods - 1.0) / (2 * periods - 4.0)
    assert abs(gap_fit.params[1] - fit.params[3]) < 1e-9
    assert abs(gap_fit.cov_params()[1, 1] * factor / fit.cov_params()[3, 3] - 1) < 1e-9

    pre = slice(0, event_index)
    pre_X = np.column_stack([np.ones(event_index), t[pre]])
    pre_lags = newey_west_maxlags(event_index)
    trend = sm.OLS(gap[pre], pre_X).fit(cov_type='HAC', cov_kwds={'maxlags': pre_lags})
    return {
        'name': name,
        'input': {'t': t, 'treated': treated, 'control': control, 'eventIndex': event_index},
        'expected': {
            'maxlags': maxlags,
            'coefficients': fit.params,
            'covariance': fit.cov_params(),
            'standardErrors': fit.bse,
            'confidenceIntervals': fit.conf_int(alpha=0.05),
            'preTrend': {
                'maxlags': pre_lags,
                'treatedSlope': sm.OLS(treated[pre], pre_X).fit().params[1],
                'controlSlope': sm.OLS(control[pre], pre_X).fit().params[1],
                'difference': trend.params[1],
                'standardError': trend.bse[1],
                'lower': trend.conf_int(alpha=0.05)[1, 0],
                'upper': trend.conf_int(alpha=0.05)[1, 1],
            },
        },
    }


rng = np.random.default_rng(20010825)  # Windows XP and its bundled Messenger

# Monthly users (millions) of a bundled IM client and of a control client; both ride the same market
# shocks (correlated across products and over time), the bundled one gains 3 million after the event.
periods = 40
event_index = 24
t = np.arange(periods, dtype=float)
market = ar1_noise(rng, periods, 0.6, 0.6)
after = (t >= event_index).astype(float)
control = 20.0 + 0.3 * t + market + ar1_noise(rng, periods, 0.3, 0.4)
treated = 25.0 + 0.3 * t + market + 3.0 * after + ar1_noise(rng, periods, 0.3, 0.4)
parallel = reference('im-adoption-vs-control', t, treated, control, event_index)

# The same set-up where the treated product already grew faster before the event.
market = ar1_noise(rng, periods, 0.6, 0.6)
control = 20.0 + 0.2 * t + market + ar1_noise(rng, periods, 0.3, 0.4)
treated = 18.0 + 0.6 * t + market + 2.0 * after + ar1_noise(rng, periods, 0.3, 0.4)
diverging = reference('diverging-pre-trends', t, treated, control, event_index)

write_fixture('did.json', {
    'description': 'statsmodels 0.13 OLS hac-groupsum (Driscoll-Kraay, Bartlett, use_correction=cluster, '
                   'normal intervals) on the stacked two-unit panel; pre-trend gap slope with HAC',
    'scenarios': [parallel, diverging],
})
