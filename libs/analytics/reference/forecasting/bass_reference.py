"""Reference Bass diffusion fits for the TypeScript forecasting specs.

Computes, for each series of diffusion_series.csv (adoptions per period, t = 1..n):
  * discrete Bass  a(t) = m [F(t) - F(t-1)],  F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t}),
  * density Bass   a(t) = m f(t),  f(t) = ((p+q)^2 / p) e^{-(p+q)t} / (1 + (q/p) e^{-(p+q)t})^2,
    both by scipy.optimize.curve_fit (Levenberg-Marquardt, MINPACK) from the best of several grid starts, with
    standard errors sqrt(diag(pcov)) (absolute_sigma=False, i.e. s^2 (J'J)^-1, s^2 = SSE / (n - 3));
  * Bass (1969) OLS: a(t) on 1, N(t-1), N(t-1)^2 with statsmodels OLS, m, p, q from the quadratic's roots and
    delta-method standard errors for m, p, q (central-difference gradient of the root formulas).
Writes libs/analytics/src/forecasting/__fixtures__/bass-fits.json. Deterministic (no randomness).

Rerun from the repository root:  /usr/bin/python3 libs/analytics/reference/forecasting/bass_reference.py
"""

import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository

import numpy as np  # noqa: E402
import statsmodels.api as sm  # noqa: E402
from scipy.optimize import curve_fit  # noqa: E402

from diffusion_data import FORECAST_HORIZON, as_list, load_series, versions, write_fixture  # noqa: E402


def bass_cumulative_share(t, p, q):
    e = np.exp(-(p + q) * t)
    return (1 - e) / (1 + (q / p) * e)


def bass_discrete(t, m, p, q):
    return m * (bass_cumulative_share(t, p, q) - bass_cumulative_share(t - 1, p, q))


def bass_density(t, m, p, q):
    e = np.exp(-(p + q) * t)
    return m * ((p + q) ** 2 / p) * e / (1 + (q / p) * e) ** 2


FORMS = {"discrete": bass_discrete, "density": bass_density}


def grid_starts(model, t, y, count=5):
    """Best (m, p, q) of a (p, q) grid with m profiled out (the model is linear in m)."""
    candidates = []
    for p in np.geomspace(1e-4, 0.3, 30):
        for q in np.linspace(0.0, 1.5, 61):
            g = model(t, 1.0, p, q)
            m = float(g @ y / (g @ g))
            if m <= 0:
                continue
            sse = float(np.sum((y - m * g) ** 2))
            candidates.append((sse, m, p, q))
    candidates.sort()
    return [c[1:] for c in candidates[:count]]


def fit_form(form, t, y):
    model = FORMS[form]
    best = None
    for start in grid_starts(model, t, y):
        try:
            popt, pcov, info, _, ier = curve_fit(
                model, t, y, p0=start, method="lm", full_output=True, ftol=1e-14, xtol=1e-14, gtol=0.0, maxfev=100000
            )
        except RuntimeError:
            continue
        sse = float(np.sum(info["fvec"] ** 2))
        if ier in (1, 2, 3, 4) and (best is None or sse < best[0]):
            best = (sse, popt, pcov)
    if best is None:
        raise RuntimeError(f"no {form} Bass start converged")
    sse, popt, pcov = best
    n = len(t)
    future = np.arange(n + 1, n + FORECAST_HORIZON + 1, dtype=float)
    return {
        "params": dict(zip(("m", "p", "q"), as_list(popt))),
        "standardErrors": dict(zip(("m", "p", "q"), as_list(np.sqrt(np.diag(pcov))))),
        "covariance": [as_list(row) for row in pcov],
        "sse": sse,
        "residualVariance": sse / (n - 3),
        "fitted": as_list(model(t, *popt)),
        "forecast": as_list(model(future, *popt)),
    }


def roots_to_bass(b):
    b0, b1, b2 = b
    m = (-b1 - np.sqrt(b1 * b1 - 4 * b0 * b2)) / (2 * b2)
    return np.array([m, b0 / m, -b2 * m])


def fit_ols(y):
    previous_cumulative = np.concatenate([[0.0], np.cumsum(y)[:-1]])
    x = np.column_stack([np.ones_like(y), previous_cumulative, previous_cumulative**2])
    result = sm.OLS(y, x).fit()
    b = result.params
    mpq = roots_to_bass(b)
    gradient = np.empty((3, 3))
    for j in range(3):
        step = 1e-6 * max(abs(b[j]), 1e-12)
        up, down = b.copy(), b.copy()
        up[j] += step
        down[j] -= step
        gradient[:, j] = (roots_to_bass(up) - roots_to_bass(down)) / (2 * step)
    mpq_cov = gradient @ result.cov_params() @ gradient.T
    return {
        "coefficients": dict(zip(("b0", "b1", "b2"), as_list(b))),
        "coefficientStandardErrors": dict(zip(("b0", "b1", "b2"), as_list(result.bse))),
        "rSquared": float(result.rsquared),
        "params": dict(zip(("m", "p", "q"), as_list(mpq))),
        "standardErrors": dict(zip(("m", "p", "q"), as_list(np.sqrt(np.diag(mpq_cov))))),
    }


def main():
    out = {
        "generatedBy": "libs/analytics/reference/forecasting/bass_reference.py",
        "versions": versions(),
        "forecastHorizon": FORECAST_HORIZON,
        "series": [],
    }
    for series in load_series():
        t = np.asarray(series["t"], dtype=float)
        y = np.asarray(series["adoptions"], dtype=float)
        out["series"].append(
            {
                "id": series["id"],
                "product": series["product"],
                "periods": series["periods"],
                "adoptions": as_list(y),
                "discrete": fit_form("discrete", t, y),
                "density": fit_form("density", t, y),
                "ols": fit_ols(y),
            }
        )
    write_fixture("bass-fits.json", out)


if __name__ == "__main__":
    main()
