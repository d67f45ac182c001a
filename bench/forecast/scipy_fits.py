#!/usr/bin/env python3
"""bench/forecast reference: fit the same series with scipy (Bass discrete and density, logistic and
Gompertz on the cumulative series) and statsmodels (damped Holt), timing each fit.
Usage: /usr/bin/python3 bench/forecast/scipy_fits.py series.json  (prints JSON: model -> list of ms)"""
import json, sys, time, warnings
import numpy as np
from scipy.optimize import curve_fit
from statsmodels.tsa.holtwinters import Holt

warnings.filterwarnings("ignore")

def bass_share(t, p, q):
    e = np.exp(-(p + q) * t)
    return (1 - e) / (1 + (q / p) * e)

def bass_discrete(t, m, p, q):
    return m * (bass_share(t, p, q) - bass_share(t - 1, p, q))

def bass_density(t, m, p, q):
    e = np.exp(-(p + q) * t)
    return m * ((p + q) ** 2 / p) * e / (1 + (q / p) * e) ** 2

def logistic(t, k, r, t0):
    return k / (1 + np.exp(-r * (t - t0)))

def gompertz(t, k, r, t0):
    return k * np.exp(-np.exp(-r * (t - t0)))

def timed(fn):
    started = time.perf_counter()
    try:
        fn()
    except Exception:
        return None
    return (time.perf_counter() - started) * 1000

def main():
    series = json.load(open(sys.argv[1]))
    times = {"bass": [], "bass-density": [], "logistic": [], "gompertz": [], "holt-damped": []}
    for entry in series:
        y = np.asarray(entry["values"], dtype=float)
        t = np.arange(1, len(y) + 1, dtype=float)
        cumulative = np.cumsum(y)
        start = [2 * y.sum(), 0.03, 0.38]
        bounds = ([0, 1e-9, 0], [np.inf, 1, np.inf])
        times["bass"].append(timed(lambda: curve_fit(bass_discrete, t, y, p0=start, bounds=bounds, maxfev=10000)))
        times["bass-density"].append(timed(lambda: curve_fit(bass_density, t, y, p0=start, bounds=bounds, maxfev=10000)))
        growth = [cumulative[-1] * 1.5, 0.5, len(y) / 2]
        times["logistic"].append(timed(lambda: curve_fit(logistic, t, cumulative, p0=growth, maxfev=10000)))
        times["gompertz"].append(timed(lambda: curve_fit(gompertz, t, cumulative, p0=growth, maxfev=10000)))
        if len(y) >= 6:
            times["holt-damped"].append(timed(lambda: Holt(y, damped_trend=True, initialization_method="estimated").fit()))
    print(json.dumps({model: [value for value in values if value is not None] for model, values in times.items()}))

main()
