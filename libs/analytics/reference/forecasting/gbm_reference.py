"""Reference Generalized Bass Model fits (one rectangular or exponential shock) for the TypeScript specs.

The model, as R's DIMORA `GBM` parametrises it (Bass, Krishnan & Jain 1994; shocks after Guseo, Dalla Valle &
Guidolin 2007), on t = 1..n:
    z(t) = m (1 - e^{-(p+q) X(t)}) / (1 + (q/p) e^{-(p+q) X(t)})          cumulative adoptions
    rectangular  X(t) = t + c (t - a) 1{a <= t <= b} + c (b - a) 1{t > b}
    exponential  X(t) = t + (c / b) (e^{b (t - a)} - 1) 1{t >= a}
fitted, as DIMORA does, by least squares on the cumulative series (running sum of the adoptions).

Fits with scipy.optimize.least_squares (trust-region reflective, the same bounds as the TypeScript fit:
m >= 1e-9, 1e-9 <= p <= 1, q >= 0, c >= -1; ftol = xtol = gtol = 1e-15) from the best 12 cells of a profile
over the shock's location (see profile_starts; m, p, q, c
fitted with a, b held, from Bass's curve_fit m, p, q), keeping the smallest SSE — the grid of starts the
TypeScript fit uses, searched here with scipy's own optimizer and more final starts (12 against 8). Standard errors as scipy would give them: the
3-point finite-difference Jacobian J that least_squares returns at the solution, cov = s^2 (J'J)^-1,
s^2 = SSE / (n - 6) (none when a shock boundary ends on a period, a kink of the SSE: see hold_on_kink). Also records cond(J'J) after scaling its columns to unit length, which bounds how much the
Jacobian's finite-difference error can move the standard errors.

Series: the three classics of diffusion_series.csv (checked against datasets/diffusion-classics), and two
synthetic monthly series of 60 periods with a known shock and 3% multiplicative noise (numpy default_rng, fixed
seed; the generated adoptions are written into the fixture).
Writes libs/analytics/src/forecasting/__fixtures__/gbm-fits.json. Deterministic.

Rerun from the repository root:  /usr/bin/python3 libs/analytics/reference/forecasting/gbm_reference.py
"""

import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository

import numpy as np  # noqa: E402
from scipy.optimize import curve_fit, least_squares  # noqa: E402

from diffusion_data import as_list, load_series, versions, write_fixture  # noqa: E402

NAMES = ("m", "p", "q", "a", "b", "c")
LOWER = [1e-9, 1e-9, 0.0, -np.inf, -np.inf, -1.0]
UPPER = [np.inf, 1.0, np.inf, np.inf, np.inf, np.inf]
MEMORIES = (-0.05, -0.2, -0.8)
LENGTHS = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48)


def carrier_integral(shock, t, a, b, c):
    if shock == "rectangular":
        inside = (a <= t) & (t <= b)
        return t + c * (t - a) * inside + c * (b - a) * (b < t)
    return t + c * (1.0 / b) * np.expm1(b * (t - a)) * (t >= a)


def cumulative_gbm(shock, t, m, p, q, a, b, c):
    x = carrier_integral(shock, t, a, b, c)
    e = np.exp(-(p + q) * x)
    return m * (1 - e) / (1 + (q / p) * e)


def bass_discrete(t, m, p, q):
    def share(time):
        e = np.exp(-(p + q) * time)
        return (1 - e) / (1 + (q / p) * e)

    return m * (share(t) - share(t - 1))


def bass_fit(t, adoptions):
    """m, p and q of a discrete Bass NLS fit to the adoptions (best of a few starts): where each cell starts."""
    best = None
    for p0 in (0.003, 0.01, 0.03):
        for q0 in (0.1, 0.3, 0.6):
            try:
                popt, _ = curve_fit(bass_discrete, t, adoptions, p0=[2 * adoptions.sum(), p0, q0],
                                    bounds=([1e-9, 1e-9, 0], [np.inf, 1, np.inf]), maxfev=20000)
            except RuntimeError:
                continue
            sse = float(np.sum((adoptions - bass_discrete(t, *popt)) ** 2))
            if best is None or sse < best[0]:
                best = (sse, popt)
    return (2 * adoptions.sum(), 0.01, 0.3) if best is None else tuple(best[1])


def profile_starts(shock, t, z, bass, count=12):
    """The shock's location profiled: for every cell of a grid of starts a (half-way between periods, every
    other period on series longer than 24) and ends b = a + 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48 (or memories
    -0.05, -0.2, -0.8), the smooth problem in m, p, q, c is solved with a and b held; the best cells start the
    full fit. The SSE has many local minima in a and b (a rectangular window's has a kink wherever a or b
    crosses a period), so this is the grid the TypeScript fit searches too: both look in the same basins, each
    with its own optimizer."""
    n = len(t)
    m0, p0, q0 = bass
    cells = []
    step = 2 if n > 24 else 1
    for a in 0.5 + step * np.arange(int(np.ceil(n / step))):
        seconds = [a + length for length in LENGTHS if a + length < n + 0.5] if shock == "rectangular" else MEMORIES
        for b in seconds:
            result = least_squares(lambda theta: z - cumulative_gbm(shock, t, theta[0], theta[1], theta[2], a, b, theta[3]),
                                   [m0, p0, q0, 0.5], bounds=([1e-9, 1e-9, 0, -1], [np.inf, 1, np.inf, np.inf]),
                                   method="trf", x_scale="jac", max_nfev=400)
            if result.status > 0:
                m, p, q, c = result.x
                cells.append((float(np.sum(result.fun ** 2)), [m, p, q, a, b, c]))
    cells.sort(key=lambda item: item[0])
    return [start for _, start in cells[:count]]


def fit(shock, adoptions):
    y = np.asarray(adoptions, dtype=float)
    n = len(y)
    t = np.arange(1, n + 1, dtype=float)
    z = np.cumsum(y)
    best = None
    for start in profile_starts(shock, t, z, bass_fit(t, y)):
        result = least_squares(lambda theta: z - cumulative_gbm(shock, t, *theta), start, jac="3-point",
                               bounds=(LOWER, UPPER), method="trf", x_scale="jac",
                               ftol=1e-15, xtol=1e-15, gtol=1e-15, max_nfev=20000)
        sse = float(np.sum(result.fun ** 2))
        if result.status > 0 and (best is None or sse < best[0]):
            best = (sse, result)
    sse, result = best
    x, held = hold_on_kink(shock, t, z, result.x)
    if held:
        sse = float(np.sum((z - cumulative_gbm(shock, t, *x)) ** 2))
        return {
            "params": dict(zip(NAMES, as_list(x))),
            "standardErrors": None,
            "heldOnKink": held,
            "sse": sse,
            "residualVariance": sse / (n - 6),
            "scaledGramCondition": None,
            "fittedCumulative": as_list(cumulative_gbm(shock, t, *x)),
            "leastSquaresStatus": int(result.status),
        }
    jac = result.jac
    residual_variance = sse / (n - 6)
    gram = jac.T @ jac
    norms = np.sqrt(np.diag(gram))
    singular = np.any(norms == 0) or np.linalg.matrix_rank(gram / np.outer(norms, norms)) < 6
    covariance = None if singular else np.linalg.inv(gram) * residual_variance
    return {
        "params": dict(zip(NAMES, as_list(result.x))),
        "standardErrors": None if singular else dict(zip(NAMES, as_list(np.sqrt(np.diag(covariance))))),
        "sse": sse,
        "residualVariance": residual_variance,
        "scaledGramCondition": None if singular else float(np.linalg.cond(gram / np.outer(norms, norms))),
        "heldOnKink": [],
        "fittedCumulative": as_list(cumulative_gbm(shock, t, *result.x)),
        "leastSquaresStatus": int(result.status),
    }


def hold_on_kink(shock, t, z, x):
    """A start a (or a rectangular end b) within 1e-6 of a period is on a kink of the SSE, where the optimizer
    stalls: hold it on the period and fit the others again (a smooth problem). Keeps the better of the two."""
    kinks = [j for j, name in enumerate(NAMES)
             if (name == "a" or (name == "b" and shock == "rectangular")) and abs(x[j] - round(x[j])) < 1e-6]
    if not kinks:
        return x, []
    free = [j for j in range(6) if j not in kinks]

    def full(theta):
        values = np.array(x, dtype=float)
        values[kinks] = np.round(x[kinks])
        values[free] = theta
        return values

    result = least_squares(lambda theta: z - cumulative_gbm(shock, t, *full(theta)), x[free], jac="3-point",
                           bounds=([LOWER[j] for j in free], [UPPER[j] for j in free]), method="trf", x_scale="jac",
                           ftol=1e-15, xtol=1e-15, gtol=1e-15, max_nfev=20000)
    before = float(np.sum((z - cumulative_gbm(shock, t, *x)) ** 2))
    if float(np.sum(result.fun ** 2)) > before:
        return x, []
    return full(result.x), [NAMES[j] for j in kinks]


def synthetic(shock, truth, seed):
    """60 monthly adoptions from a known GBM, times 1 + 3% normal noise."""
    t = np.arange(0, 61, dtype=float)
    z = cumulative_gbm(shock, t, *truth)
    rng = np.random.default_rng(seed)
    adoptions = np.diff(z) * (1 + 0.03 * rng.standard_normal(60))
    return {"id": f"synthetic-{shock}", "product": f"synthetic monthly series with a known {shock} shock",
            "truth": dict(zip(NAMES, truth)), "adoptions": as_list(adoptions)}


def main():
    series = [{"id": s["id"], "product": s["product"], "adoptions": s["adoptions"]} for s in load_series()]
    series.append(synthetic("rectangular", (10000.0, 0.004, 0.09, 20.5, 32.5, 0.8), 11))
    series.append(synthetic("exponential", (10000.0, 0.004, 0.09, 18.5, -0.15, 1.5), 12))
    out = {"generatedBy": "libs/analytics/reference/forecasting/gbm_reference.py", "versions": versions(), "series": []}
    for entry in series:
        fits = {shock: fit(shock, entry["adoptions"]) for shock in ("rectangular", "exponential")}
        out["series"].append({**entry, **fits})
    write_fixture("gbm-fits.json", out)


if __name__ == "__main__":
    main()
