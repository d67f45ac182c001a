"""Reference values for parametric prediction intervals (the TypeScript forecasting's 'parametric-t' method).

Writes libs/analytics/src/forecasting/__fixtures__/prediction-intervals.json with:
  * "tQuantiles": scipy.stats.t.ppf(p, df) for the probabilities and degrees of freedom intervals use, and the
    same quantile to 40 digits with mpmath (root of the regularized incomplete beta): scipy 1.10's t.ppf
    (cephes stdtri) is only good to about 2e-9 relative;
  * "naive": a random walk without drift on a short series: SE(h) = s sqrt(h), s^2 = mean squared step,
    t with (number of steps) degrees of freedom, 80% and 95% bands for h = 1..3;
  * "holtVarianceRatios": statsmodels' ETSModel (additive error, additive damped trend, parameters given;
    its smoothing_trend is the error-correction beta* = alpha * beta of the component form) prediction
    intervals, as the ratio Var(h) / Var(1) for h = 1..8 — the factor 1 + sum_{j<h} c_j^2 the TypeScript uses;
  * "bass": discrete Bass fitted by curve_fit on the classics (bass_reference.fit_form), the nonlinear-
    regression prediction interval y(n+h) +- t_{n-3}(q) sqrt(s^2 + g' pcov g), g the central-difference
    gradient of the curve in (m, p, q) at t = n + h, for h = 1..5.
Deterministic. Rerun from the repository root:
  /usr/bin/python3 libs/analytics/reference/forecasting/prediction_intervals_reference.py
"""

import sys
import warnings

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository

import mpmath  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from scipy import stats  # noqa: E402
from statsmodels.tsa.exponential_smoothing.ets import ETSModel  # noqa: E402

from bass_reference import bass_discrete, fit_form  # noqa: E402
from diffusion_data import as_list, load_series, versions, write_fixture  # noqa: E402

PROBABILITIES = (0.6, 0.9, 0.95, 0.975, 0.995)
DEGREES_OF_FREEDOM = (1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 15, 20, 30, 50, 100, 1000, 2.5)
HORIZON = 5


def precise_quantile(p, df):
    mpmath.mp.dps = 40
    upper_tail = lambda x: mpmath.betainc(df / 2, 0.5, 0, df / (df + x * x), regularized=True) / 2 - (1 - p)  # noqa: E731
    return float(mpmath.findroot(upper_tail, stats.t.ppf(p, df)))


def bands(points, standard_errors, df):
    t80, t95 = stats.t.ppf(0.9, df), stats.t.ppf(0.975, df)
    points, standard_errors = np.asarray(points), np.asarray(standard_errors)
    return {
        "point": as_list(points),
        "lower80": as_list(points - t80 * standard_errors),
        "upper80": as_list(points + t80 * standard_errors),
        "lower95": as_list(points - t95 * standard_errors),
        "upper95": as_list(points + t95 * standard_errors),
    }


def naive_case():
    y = np.array([10.0, 12.0, 11.0, 15.0, 14.0])
    steps = np.diff(y)
    s = np.sqrt(np.mean(steps**2))
    h = np.arange(1, 4)
    return {"y": as_list(y), "degreesOfFreedom": len(steps), **bands(np.full(3, y[-1]), s * np.sqrt(h), len(steps))}


def holt_ratios(y, alpha, beta, phi):
    series = pd.Series(y, index=pd.RangeIndex(len(y)))
    model = ETSModel(series, error="add", trend="add", damped_trend=True, initialization_method="known",
                     initial_level=float(y[0]), initial_trend=float(y[1] - y[0]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = model.smooth([alpha, alpha * beta, phi])
        frame = result.get_prediction(start=len(y), end=len(y) + 7).summary_frame(alpha=0.05)
    half = (frame["pi_upper"] - frame["mean"]).to_numpy()
    return {"params": {"alpha": alpha, "beta": beta, "phi": phi}, "ratios": as_list((half / half[0]) ** 2)}


def bass_case(series):
    t = np.asarray(series["t"], dtype=float)
    y = np.asarray(series["adoptions"], dtype=float)
    fit = fit_form("discrete", t, y)
    theta = np.array([fit["params"][name] for name in ("m", "p", "q")])
    pcov = np.asarray(fit["covariance"])
    n = len(y)
    future = np.arange(n + 1, n + HORIZON + 1, dtype=float)
    gradient = np.empty((HORIZON, 3))
    for j in range(3):
        step = 1e-6 * abs(theta[j])
        up, down = theta.copy(), theta.copy()
        up[j] += step
        down[j] -= step
        gradient[:, j] = (bass_discrete(future, *up) - bass_discrete(future, *down)) / (2 * step)
    variance = fit["residualVariance"] + np.einsum("hi,ij,hj->h", gradient, pcov, gradient)
    return {"id": series["id"], "adoptions": as_list(y), "degreesOfFreedom": n - 3,
            **bands(bass_discrete(future, *theta), np.sqrt(variance), n - 3)}


def main():
    classics = load_series()
    out = {
        "generatedBy": "libs/analytics/reference/forecasting/prediction_intervals_reference.py",
        "versions": versions(),
        "tQuantiles": [
            {"p": p, "df": df, "quantile": float(stats.t.ppf(p, df)), "precise": precise_quantile(p, df)}
            for df in DEGREES_OF_FREEDOM
            for p in PROBABILITIES
        ],
        "naive": naive_case(),
        "holtVarianceRatios": [holt_ratios(np.asarray(classics[0]["adoptions"]), 0.6, 0.25, 0.9),
                               holt_ratios(np.asarray(classics[2]["adoptions"]), 0.3, 0.1, 0.95)],
        "bass": [bass_case(series) for series in classics],
    }
    write_fixture("prediction-intervals.json", out)


if __name__ == "__main__":
    main()
