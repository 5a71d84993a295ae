import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def bitCounts(n):
    counts = [0] * (n + 1)
    for i in range(1, n + 1):
        counts[i] = counts[i & (i - 1)] + 1
    return counts
