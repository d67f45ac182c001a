"""Shared helpers for the effects reference scripts (not a script itself).

The scripts beside this file generate deterministic test series and compute reference results with
statsmodels / scipy; they write JSON fixtures into libs/analytics/src/effects/__fixtures__/, which the
vitest specs in libs/analytics/src/effects/ compare against. Floats are written at full precision
(Python's repr round-trips exactly).
"""
import json
import math
import os

import numpy as np

FIXTURES = os.path.normpath(
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'src', 'effects', '__fixtures__')
)


def to_plain(value):
    """numpy arrays and scalars to lists and floats that json can write."""
    if isinstance(value, dict):
        return {key: to_plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [to_plain(item) for item in value]
    if isinstance(value, np.ndarray):
        return to_plain(value.tolist())
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (np.floating, float)):
        number = float(value)
        if not math.isfinite(number):
            raise ValueError(f'refusing to write a non-finite number: {number}')
        return number
    return value


def write_fixture(name, payload):
    os.makedirs(FIXTURES, exist_ok=True)
    path = os.path.join(FIXTURES, name)
    with open(path, 'w', encoding='utf-8') as handle:
        json.dump(to_plain(payload), handle, indent=1)
        handle.write('\n')
    print(f'wrote {os.path.relpath(path)}')


def newey_west_maxlags(n):
    """The usual Newey-West rule, floor(4 (n/100)^(2/9)) — also statsmodels' own default in S_hac_simple."""
    return int(np.floor(4 * (n / 100.0) ** (2.0 / 9.0)))


def ar1_noise(rng, n, phi, sd):
    """Stationary AR(1) noise: autocorrelated errors are what Newey-West is for."""
    noise = np.empty(n)
    noise[0] = rng.normal(0.0, sd / math.sqrt(1 - phi * phi))
    for i in range(1, n):
        noise[i] = phi * noise[i - 1] + rng.normal(0.0, sd)
    return noise
