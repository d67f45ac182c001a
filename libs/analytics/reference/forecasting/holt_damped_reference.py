"""Reference damped-trend Holt (additive) results for the TypeScript forecasting specs.

For each series of diffusion_series.csv, on adoptions per period and on the cumulative series:
  * "given": the filter with stated parameters, statsmodels
        Holt(y, damped_trend=True, initialization_method="known", initial_level=l0, initial_trend=b0)
        .fit(smoothing_level=alpha, smoothing_trend=beta, damping_trend=phi, optimized=False)
    -> fitted values (one-step predictions), level, trend, SSE and forecasts h = 1..8;
  * "statsmodels": Holt(y, damped_trend=True, initialization_method="estimated").fit() with its defaults
    (brute grid for alpha/beta, then SLSQP on SSE; bounds alpha in [0, 1], beta in [0, alpha], phi in [0.8, 0.995])
    -> parameters, SSE, fitted values and forecasts h = 1..5;
  * "statsmodelsLeastSquares": the same with fit(method="least_squares"), which runs on to the local minimum
    that SLSQP stops short of;
  * "bestFound": the smallest SSE we could find under the same bounds with scipy least_squares from a grid of
    starts (beta = u * alpha, u in [0, 1]), to tell optimizer gaps from model differences.
Recursions (statsmodels' convention; l0, b0 are the states before the first observation):
    yhat[t] = l[t-1] + phi b[t-1];  l[t] = alpha y[t] + (1 - alpha)(l[t-1] + phi b[t-1])
    b[t] = beta (l[t] - l[t-1]) + (1 - beta) phi b[t-1];  forecast(h) = l[n] + (phi + ... + phi^h) b[n]
Writes libs/analytics/src/forecasting/__fixtures__/holt-damped.json. Deterministic (no randomness).

Rerun from the repository root:  /usr/bin/python3 libs/analytics/reference/forecasting/holt_damped_reference.py
"""

import sys
import warnings

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository

import numpy as np  # noqa: E402
from scipy.optimize import least_squares  # noqa: E402
from statsmodels.tsa.holtwinters import Holt  # noqa: E402

from diffusion_data import FORECAST_HORIZON, as_list, load_series, versions, write_fixture  # noqa: E402

GIVEN_HORIZON = 8


def given_parameters(y):
    return {"alpha": 0.6, "beta": 0.25, "phi": 0.9, "l0": float(y[0]), "b0": float(y[1] - y[0])}


def one_step_errors(y, alpha, beta, phi, l0, b0):
    level, trend = l0, b0
    errors = np.empty_like(y)
    for i, value in enumerate(y):
        prediction = level + phi * trend
        errors[i] = value - prediction
        new_level = alpha * value + (1 - alpha) * prediction
        trend = beta * (new_level - level) + (1 - beta) * phi * trend
        level = new_level
    return errors


def best_found(y):
    """Multi-start bounded least squares on (alpha, u = beta/alpha, phi, l0, b0)."""
    best = None
    scale = max(np.abs(y).max(), 1.0)
    for alpha in (0.1, 0.3, 0.5, 0.7, 0.9, 0.99):
        for u in (0.01, 0.2, 0.5, 0.9):
            for phi in (0.82, 0.9, 0.98):
                start = [alpha, u, phi, y[0], y[1] - y[0]]
                res = least_squares(
                    lambda x: one_step_errors(y, x[0], x[0] * x[1], x[2], x[3], x[4]) / scale,
                    start,
                    bounds=([0, 0, 0.8, -np.inf, -np.inf], [1, 1, 0.995, np.inf, np.inf]),
                    x_scale=[1, 1, 1, scale, scale],
                    ftol=1e-15,
                    xtol=1e-15,
                    gtol=1e-15,
                    max_nfev=20000,
                )
                sse = float(np.sum(res.fun**2)) * scale**2
                if best is None or sse < best[0]:
                    best = (sse, res.x)
    sse, x = best
    return {"alpha": float(x[0]), "beta": float(x[0] * x[1]), "phi": float(x[2]), "l0": float(x[3]), "b0": float(x[4]), "sse": sse}


def given_case(y):
    params = given_parameters(y)
    model = Holt(y, damped_trend=True, initialization_method="known", initial_level=params["l0"], initial_trend=params["b0"])
    result = model.fit(smoothing_level=params["alpha"], smoothing_trend=params["beta"], damping_trend=params["phi"], optimized=False)
    return {
        "params": params,
        "fitted": as_list(result.fittedvalues),
        "level": as_list(result.level),
        "trend": as_list(result.trend),
        "sse": float(result.sse),
        "forecast": as_list(result.forecast(GIVEN_HORIZON)),
    }


def statsmodels_case(y, method=None):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = Holt(y, damped_trend=True, initialization_method="estimated").fit(method=method)
    p = result.params
    return {
        "params": {
            "alpha": float(p["smoothing_level"]),
            "beta": float(p["smoothing_trend"]),
            "phi": float(p["damping_trend"]),
            "l0": float(p["initial_level"]),
            "b0": float(p["initial_trend"]),
        },
        "sse": float(result.sse),
        "converged": bool(result.mle_retvals.success),
        "warnings": sorted({str(w.message) for w in caught}),
        "fitted": as_list(result.fittedvalues),
        "forecast": as_list(result.forecast(FORECAST_HORIZON)),
    }


def main():
    out = {
        "generatedBy": "libs/analytics/reference/forecasting/holt_damped_reference.py",
        "versions": versions(),
        "givenHorizon": GIVEN_HORIZON,
        "forecastHorizon": FORECAST_HORIZON,
        "cases": [],
    }
    for series in load_series():
        adoptions = np.asarray(series["adoptions"], dtype=float)
        for scale, y in (("adoptions", adoptions), ("cumulative", np.cumsum(adoptions))):
            out["cases"].append(
                {
                    "id": f"{series['id']}/{scale}",
                    "series": series["id"],
                    "scale": scale,
                    "y": as_list(y),
                    "given": given_case(y),
                    "statsmodels": statsmodels_case(y),
                    "statsmodelsLeastSquares": statsmodels_case(y, "least_squares"),
                    "bestFound": best_found(y),
                }
            )
    write_fixture("holt-damped.json", out)


if __name__ == "__main__":
    main()
