"""Shared helpers of the forecasting reference scripts (not run on its own).

Reads the three classic diffusion series (room air conditioners, colour TVs, clothes dryers) from
/work/shared/reference-data/diffusion_series.csv (override with the DIFFUSION_SERIES_CSV environment variable),
checks them against the repository's curated copy (datasets/diffusion-classics/observations.csv) when it is
there, and writes deterministic JSON fixtures into libs/analytics/src/forecasting/__fixtures__/.
"""

import csv
import json
import os
from pathlib import Path

import numpy as np
import scipy
import statsmodels

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
FIXTURES = REPO / "libs" / "analytics" / "src" / "forecasting" / "__fixtures__"
DEFAULT_CSV = Path("/work/shared/reference-data/diffusion_series.csv")
CURATED_CSV = REPO / "datasets" / "diffusion-classics" / "observations.csv"

# case_id in the CSV -> the id the fixtures and specs use
SERIES_IDS = {
    "C_room_air_conditioners": "room-air-conditioners",
    "D_color_televisions": "colour-tvs",
    "E_clothes_dryers": "clothes-dryers",
}

FORECAST_HORIZON = 5


def load_series():
    """The three series, in CSV order: id, case id, product, period labels, t = 1..n and adoptions per period."""
    path = Path(os.environ.get("DIFFUSION_SERIES_CSV", DEFAULT_CSV))
    series = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            sid = SERIES_IDS[row["case_id"]]
            entry = series.setdefault(
                sid,
                {"id": sid, "caseId": row["case_id"], "product": row["product"], "periods": [], "t": [], "adoptions": []},
            )
            entry["periods"].append(row["period_label"])
            entry["t"].append(int(row["t"]))
            entry["adoptions"].append(float(row["sales"]))
    for entry in series.values():
        if entry["t"] != list(range(1, len(entry["t"]) + 1)):
            raise ValueError(f"{entry['id']}: t must run 1..n in order")
    _check_curated_copy(series)
    return list(series.values())


def _check_curated_copy(series):
    """The curated Data Package must hold the same numbers; a silent divergence would make fixtures lie."""
    if not CURATED_CSV.exists():
        return
    by_product = {entry["product"]: entry for entry in series.values()}
    seen = {}
    with CURATED_CSV.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            seen.setdefault(row["product"], []).append((row["period"], float(row["value"])))
    for product, entry in by_product.items():
        expected = list(zip(entry["periods"], entry["adoptions"]))
        if seen.get(product) != expected:
            raise ValueError(f"curated copy differs from the reference CSV for {product}")


def versions():
    return {"numpy": np.__version__, "scipy": scipy.__version__, "statsmodels": statsmodels.__version__}


def as_list(values):
    return [float(v) for v in np.asarray(values, dtype=float).ravel()]


def write_fixture(name, payload):
    FIXTURES.mkdir(parents=True, exist_ok=True)
    target = FIXTURES / name
    # sort_keys off: key order is the order written, which is itself deterministic
    target.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {target.relative_to(REPO)}")
