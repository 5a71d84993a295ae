import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def minConnectCost(points):
    n = len(points)
    best = [math.inf] * n
    used = [False] * n
    best[0], total = 0, 0
    for _ in range(n):
        u = min((i for i in range(n) if not used[i]), key=lambda i: best[i])
        used[u] = True; total += best[u]
        for v in range(n):
            if not used[v]:
                d = abs(points[u][0] - points[v][0]) + abs(points[u][1] - points[v][1])
                if d < best[v]:
                    best[v] = d
    return total
