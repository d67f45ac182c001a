#!/usr/bin/env python3
"""bench/forecast reference: fit series with scipy (Bass discrete and density, logistic and Gompertz on the
cumulative series) and statsmodels (damped Holt), timing each fit in CPU time (time.process_time: what the fit
costs, whatever else the machine runs).
Serves run.mjs: reads one JSON array of values per line on stdin and answers each with one JSON line,
model -> {"ms": CPU time of the fit or null, "sse": its SSE or null} (null when the fit raised; Holt only for 6+
values). Fitting one series at a time, interleaved with the TypeScript fits of the same series, exposes both
sides to the same machine load.
Usage: /usr/bin/python3 bench/forecast/scipy_fits.py  (started by bench/forecast/run.mjs)"""
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

def timed(fn, sse):
    started = time.process_time()
    try:
        result = fn()
    except Exception:
        return {"ms": None, "sse": None}
    return {"ms": (time.process_time() - started) * 1000, "sse": sse(result)}

def curve_sse(model, t, y):
    return lambda popt_pcov: float(np.sum((y - model(t, *popt_pcov[0])) ** 2))

def fit_all(values):
    y = np.asarray(values, dtype=float)
    t = np.arange(1, len(y) + 1, dtype=float)
    cumulative = np.cumsum(y)
    start = [2 * y.sum(), 0.03, 0.38]
    bounds = ([0, 1e-9, 0], [np.inf, 1, np.inf])
    growth = [cumulative[-1] * 1.5, 0.5, len(y) / 2]
    out = {
        "bass": timed(lambda: curve_fit(bass_discrete, t, y, p0=start, bounds=bounds, maxfev=10000), curve_sse(bass_discrete, t, y)),
        "bass-density": timed(lambda: curve_fit(bass_density, t, y, p0=start, bounds=bounds, maxfev=10000), curve_sse(bass_density, t, y)),
        "logistic": timed(lambda: curve_fit(logistic, t, cumulative, p0=growth, maxfev=10000), curve_sse(logistic, t, cumulative)),
        "gompertz": timed(lambda: curve_fit(gompertz, t, cumulative, p0=growth, maxfev=10000), curve_sse(gompertz, t, cumulative)),
    }
    if len(y) >= 6:
        out["holt-damped"] = timed(lambda: Holt(y, damped_trend=True, initialization_method="estimated").fit(), lambda fit: float(fit.sse))
    return out

def main():
    for line in sys.stdin:
        print(json.dumps(fit_all(json.loads(line))), flush=True)

main()
