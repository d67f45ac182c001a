"""Reference logistic and Gompertz fits (cumulative adopters) for the TypeScript forecasting specs.

For each series of diffusion_series.csv, the cumulative series N(t) = a(1) + ... + a(t), t = 1..n, is fitted with
  * logistic  N(t) = K / (1 + exp(-r (t - t0)))        (t0: inflection, N(t0) = K/2)
  * Gompertz  N(t) = K exp(-exp(-r (t - t0)))          (t0: inflection, N(t0) = K/e)
by scipy.optimize.curve_fit (Levenberg-Marquardt, MINPACK) from the best of several grid starts (K profiled
out, the curves being linear in K), with standard errors sqrt(diag(pcov)) (absolute_sigma=False).
Writes libs/analytics/src/forecasting/__fixtures__/growth-curve-fits.json. Deterministic (no randomness).

Rerun from the repository root:  /usr/bin/python3 libs/analytics/reference/forecasting/growth_curves_reference.py
"""

import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository

import numpy as np  # noqa: E402
from scipy.optimize import curve_fit  # noqa: E402

from diffusion_data import FORECAST_HORIZON, as_list, load_series, versions, write_fixture  # noqa: E402


def logistic(t, k, r, t0):
    return k / (1 + np.exp(-r * (t - t0)))


def gompertz(t, k, r, t0):
    return k * np.exp(-np.exp(-r * (t - t0)))


CURVES = {"logistic": logistic, "gompertz": gompertz}


def grid_starts(curve, t, y, count=5):
    n = len(t)
    candidates = []
    for r in np.geomspace(0.02, 3.0, 40):
        for t0 in np.linspace(-n, 3 * n, 81):
            g = curve(t, 1.0, r, t0)
            norm = float(g @ g)
            if not norm > 1e-300:  # curve vanishes on the data (far-future inflection): no information
                continue
            k = float(g @ y) / norm
            if k <= 0:
                continue
            sse = float(np.sum((y - k * g) ** 2))
            candidates.append((sse, k, r, t0))
    candidates.sort()
    return [c[1:] for c in candidates[:count]]


def fit_curve(name, t, y):
    curve = CURVES[name]
    best = None
    for start in grid_starts(curve, t, y):
        try:
            popt, pcov, info, _, ier = curve_fit(
                curve, t, y, p0=start, method="lm", full_output=True, ftol=1e-14, xtol=1e-14, gtol=0.0, maxfev=100000
            )
        except RuntimeError:
            continue
        sse = float(np.sum(info["fvec"] ** 2))
        if ier in (1, 2, 3, 4) and (best is None or sse < best[0]):
            best = (sse, popt, pcov)
    if best is None:
        raise RuntimeError(f"no {name} start converged")
    sse, popt, pcov = best
    n = len(t)
    future = np.arange(n + 1, n + FORECAST_HORIZON + 1, dtype=float)
    return {
        "params": dict(zip(("K", "r", "t0"), as_list(popt))),
        "standardErrors": dict(zip(("K", "r", "t0"), as_list(np.sqrt(np.diag(pcov))))),
        "covariance": [as_list(row) for row in pcov],
        "sse": sse,
        "residualVariance": sse / (n - 3),
        "fitted": as_list(curve(t, *popt)),
        "forecast": as_list(curve(future, *popt)),
    }


def main():
    out = {
        "generatedBy": "libs/analytics/reference/forecasting/growth_curves_reference.py",
        "versions": versions(),
        "forecastHorizon": FORECAST_HORIZON,
        "series": [],
    }
    for series in load_series():
        t = np.asarray(series["t"], dtype=float)
        cumulative = np.cumsum(np.asarray(series["adoptions"], dtype=float))
        out["series"].append(
            {
                "id": series["id"],
                "product": series["product"],
                "periods": series["periods"],
                "cumulative": as_list(cumulative),
                "logistic": fit_curve("logistic", t, cumulative),
                "gompertz": fit_curve("gompertz", t, cumulative),
            }
        )
    write_fixture("growth-curve-fits.json", out)


if __name__ == "__main__":
    main()
