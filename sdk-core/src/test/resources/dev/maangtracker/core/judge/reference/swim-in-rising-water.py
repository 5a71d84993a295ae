import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def minTimeToCross(elevation):
    n = len(elevation)
    heap, seen = [(elevation[0][0], 0, 0)], {(0, 0)}
    while heap:
        t, r, c = heapq.heappop(heap)
        if (r, c) == (n - 1, n - 1):
            return t
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < n and 0 <= nc < n and (nr, nc) not in seen:
                seen.add((nr, nc))
                heapq.heappush(heap, (max(t, elevation[nr][nc]), nr, nc))
