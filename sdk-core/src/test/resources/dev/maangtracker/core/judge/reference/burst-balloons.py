import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def maxPopScore(values):
    v = [1] + values + [1]
    n = len(v)
    best = [[0] * n for _ in range(n)]
    for gap in range(2, n):
        for i in range(n - gap):
            j = i + gap
            best[i][j] = max(best[i][k] + best[k][j] + v[i] * v[k] * v[j] for k in range(i + 1, j))
    return best[0][n - 1]
