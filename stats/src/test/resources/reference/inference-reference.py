# Reference values for PermutationTestTest and BootstrapTest. Run from this directory:
#   python3 inference-reference.py      (scipy 1.17.1, numpy 2.4)
# Reads inference-data.csv; writes permutation-expected.csv and, per bootstrap case, bootstrap-<case>.txt (the
# bootstrap distribution drawn by scipy) and bootstrap-expected.csv (scipy's percentile and BCa 95% intervals).
import csv
import itertools
import math
from collections import defaultdict

import numpy as np
from scipy import stats

data = defaultdict(lambda: {"x": [], "y": []})
with open("inference-data.csv") as f:
    for r in csv.DictReader(f):
        data[r["case"]][r["group"]].append(float(r["value"]))


def abs_diff(x, y, axis=-1):
    return np.abs(np.mean(x, axis=axis) - np.mean(y, axis=axis))


def diff(x, y, axis=-1):
    return np.mean(x, axis=axis) - np.mean(y, axis=axis)


# Exact permutation p: share of all C(nx + ny, nx) splits with |d*| >= |d_obs| (scipy counts the observed split
# and compares with a small relative tolerance). Monte Carlo case: scipy's estimate with 2,000,000 resamples, a
# statistical reference only (standard error about 0.0002 at p = 0.01).
with open("permutation-expected.csv", "w") as out:
    out.write("case,splits,p,method\n")
    for case, g in data.items():
        x, y = np.array(g["x"]), np.array(g["y"])
        splits = math.comb(len(x) + len(y), len(x))
        if splits <= 1_000_000 and min(len(x), len(y)) < 2:
            # scipy refuses a group of one: enumerate the splits directly (same rule, tolerance 1e-12 * max |v|)
            pool = np.concatenate([x, y])
            obs = abs_diff(x, y)
            tol = 1e-12 * np.max(np.abs(pool))
            hits = 0
            for idx in itertools.combinations(range(len(pool)), len(x)):
                mask = np.zeros(len(pool), bool)
                mask[list(idx)] = True
                hits += abs_diff(pool[mask], pool[~mask]) >= obs - tol
            out.write(f"{case},{splits},{float(hits / splits)!r},exact\n")
        elif splits <= 1_000_000:
            res = stats.permutation_test((x, y), abs_diff, permutation_type="independent", vectorized=True,
                                         n_resamples=np.inf, alternative="greater")
            out.write(f"{case},{splits},{float(res.pvalue)!r},exact\n")
        elif case == "monte_carlo":
            res = stats.permutation_test((x, y), abs_diff, permutation_type="independent", vectorized=True,
                                         n_resamples=2_000_000, alternative="greater", batch=100_000,
                                         rng=np.random.default_rng(1))
            out.write(f"{case},{splits},{float(res.pvalue)!r},monte_carlo\n")

# Bootstrap: scipy's two-sample (stratified) bootstrap of mean(x) - mean(y), 95%, percentile and BCa, with the
# same generator seed for both methods so that they share one bootstrap distribution (checked below).
with open("bootstrap-expected.csv", "w") as out:
    out.write("case,resamples,percentile_lo,percentile_hi,bca_lo,bca_hi\n")
    for case, b in (("exact_small", 1999), ("large", 4999), ("ties_small", 999)):
        x, y = np.array(data[case]["x"]), np.array(data[case]["y"])
        bca = stats.bootstrap((x, y), diff, vectorized=True, n_resamples=b, method="BCa",
                              rng=np.random.default_rng(7))
        pct = stats.bootstrap((x, y), diff, vectorized=True, n_resamples=b, method="percentile",
                              rng=np.random.default_rng(7))
        assert np.array_equal(bca.bootstrap_distribution, pct.bootstrap_distribution)
        with open(f"bootstrap-{case}.txt", "w") as f:
            for t in bca.bootstrap_distribution:
                f.write(f"{float(t)!r}\n")
        out.write(f"{case},{b},{float(pct.confidence_interval.low)!r},{float(pct.confidence_interval.high)!r},"
                  f"{float(bca.confidence_interval.low)!r},{float(bca.confidence_interval.high)!r}\n")
