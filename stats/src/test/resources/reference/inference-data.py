# Generates inference-data.csv (the datasets of the comparison tests). Run from this directory:
#   python3 inference-data.py      (numpy; seeded, so it always writes the same file)
import numpy as np

rng = np.random.default_rng(20261122)
cases = {}
cases["exact_small"] = (np.round(rng.normal(1.0, 0.3, 6), 4), np.round(rng.normal(1.3, 0.3, 7), 4))
cases["ties_small"] = ([1.5, 2.0, 2.0, 3.0, 4.25], [2.0, 3.0, 3.0, 5.0, 6.0, 1.0])
cases["exact_mid"] = (np.round(rng.normal(0.8, 0.2, 10), 5), np.round(rng.normal(1.0, 0.25, 10), 5))
cases["exact_unbalanced"] = (np.round(rng.normal(0.6, 0.2, 3), 5), np.round(rng.normal(0.9, 0.2, 40), 5))
cases["single_x"] = ([0.7], [1.1, 0.9, 1.4, 1.25, 0.95])
cases["monte_carlo"] = (np.round(rng.normal(0.9, 0.3, 20), 5), np.round(rng.normal(1.1, 0.3, 20), 5))
cases["large"] = (np.round(rng.normal(0.9, 0.3, 55), 6), np.round(rng.normal(1.0, 0.35, 60), 6))
cases["large_ties"] = (np.round(rng.normal(1.0, 0.3, 52), 1), np.round(rng.normal(1.1, 0.3, 50), 1))
cases["separated"] = (np.round(rng.uniform(0.0, 1.0, 30), 6), np.round(rng.uniform(2.0, 3.0, 30), 6))
cases["all_equal"] = ([2.0, 2.0, 2.0], [2.0, 2.0, 2.0, 2.0])
# R's boundary: both groups below 50 and no ties -> exact; a group of 50 -> normal
cases["exact_49"] = (np.round(rng.normal(1.0, 0.3, 49), 7), np.round(rng.normal(1.1, 0.3, 49), 7))
cases["normal_50"] = (np.round(rng.normal(1.0, 0.3, 50), 7), np.round(rng.normal(1.1, 0.3, 49), 7))

with open("inference-data.csv", "w") as f:
    f.write("case,group,value\n")
    for name, (x, y) in cases.items():
        for group, values in (("x", x), ("y", y)):
            for v in values:
                f.write(f"{name},{group},{float(v)!r}\n")
