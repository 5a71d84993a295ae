# Known wrong: off-by-one loop bound, the count for n itself is missing.
def bitCounts(n):
    counts = [0] * n
    for i in range(1, n):
        counts[i] = counts[i & (i - 1)] + 1
    return counts
