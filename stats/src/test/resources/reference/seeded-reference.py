# End-to-end reference for the seeded procedures (PermutationTestTest, BootstrapTest). Run from this directory:
#   python3 seeded-reference.py      (numpy 2.4, scipy 1.17.1)
# Concord's random stream is commons-math3 3.6.1's MersenneTwister seeded by init_by_array with
# [seed >>> 32, seed & 0xffffffff, stream] (stream 1 = permutation, 2 = bootstrap); numpy's MT19937 with legacy
# seeding is the same generator, and next_int below is commons-math3's nextInt(n). This script redraws the Monte Carlo
# permutations and the bootstrap replicates as Concord's Javadoc specifies them, then:
#   - permutation: p = (b + 1)/(m + 1), b = splits with |d*| >= |d_obs| - 1e-12 * max|v|;
#   - bootstrap: scipy.stats.bootstrap(method="BCa" / "percentile") given those replicates (bootstrap_result=...,
#     n_resamples=0), so the intervals are scipy's own.
# Writes seeded-expected.csv.
import csv
from collections import defaultdict
from types import SimpleNamespace

import numpy as np
from scipy import stats

data = defaultdict(lambda: {"x": [], "y": []})
with open("inference-data.csv") as f:
    for r in csv.DictReader(f):
        data[r["case"]][r["group"]].append(float(r["value"]))


class Stream:
    """commons-math3 MersenneTwister(new int[] {hi, lo, stream}) and its nextInt(n)."""

    def __init__(self, seed, stream):
        bg = np.random.MT19937()
        bg._legacy_seeding(np.array([(seed >> 32) & 0xFFFFFFFF, seed & 0xFFFFFFFF, stream], dtype=np.uint32))
        self.bg = bg
        self.buf = []

    def next31(self):
        if not self.buf:
            self.buf = [int(v) for v in self.bg.random_raw(65536)][::-1]
        return self.buf.pop() >> 1

    def next_int(self, n):
        if n & -n == n:
            return (n * self.next31()) >> 31
        while True:
            bits = self.next31()
            val = bits % n
            if bits - val + (n - 1) <= 0x7FFFFFFF:  # Java: the int sum does not overflow
                return val


def seq_sum(values):
    s = 0.0
    for v in values:
        s += v
    return s


def permutation_p(x, y, seed, m):
    pool = list(x) + list(y)
    n = len(pool)
    k = min(len(x), len(y))
    inv_k, inv_rest = 1.0 / k, 1.0 / (n - k)
    total = seq_sum(pool)
    scale = max(abs(v) for v in pool)
    threshold = abs(seq_sum(x) / len(x) - seq_sum(y) / len(y)) - 1e-12 * scale
    rng = Stream(seed, 1)
    b = 0
    for _ in range(m):
        s = 0.0
        for i in range(k):
            j = i + rng.next_int(n - i)
            pool[i], pool[j] = pool[j], pool[i]
            s += pool[i]
        if abs(s * inv_k - (total - s) * inv_rest) >= threshold:
            b += 1
    return (b + 1.0) / (m + 1.0)


def replicates(x, y, seed, count):
    rng = Stream(seed, 2)
    out = np.empty(count)
    for r in range(count):
        sx = 0.0
        for _ in range(len(x)):
            sx += x[rng.next_int(len(x))]
        sy = 0.0
        for _ in range(len(y)):
            sy += y[rng.next_int(len(y))]
        out[r] = sx / len(x) - sy / len(y)
    return out


def diff(x, y, axis=-1):
    return np.mean(x, axis=axis) - np.mean(y, axis=axis)


with open("seeded-expected.csv", "w") as out:
    out.write("procedure,case,seed,resamples,p,percentile_lo,percentile_hi,bca_lo,bca_hi\n")
    for case, seed, m in (("monte_carlo", 1, 9_999), ("large", 7, 4_999), ("separated", 1, 999)):
        x, y = data[case]["x"], data[case]["y"]
        out.write(f"permutation,{case},{seed},{m},{permutation_p(x, y, seed, m)!r},,,,\n")
    for case, seed, count in (("exact_small", 1, 1_999), ("large", 3, 999), ("ties_small", 5, 999)):
        x, y = data[case]["x"], data[case]["y"]
        given = SimpleNamespace(bootstrap_distribution=replicates(x, y, seed, count))
        ci = {}
        for method in ("percentile", "BCa"):
            res = stats.bootstrap((np.array(x), np.array(y)), diff, vectorized=True, n_resamples=0,
                                  bootstrap_result=given, method=method)
            ci[method] = (float(res.confidence_interval.low), float(res.confidence_interval.high))
        out.write(f"bootstrap,{case},{seed},{count},,{ci['percentile'][0]!r},{ci['percentile'][1]!r},"
                  f"{ci['BCa'][0]!r},{ci['BCa'][1]!r}\n")
