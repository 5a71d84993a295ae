import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def minRemovals(intervals):
    removed, end = 0, -math.inf
    for s, e in sorted(intervals, key=lambda iv: iv[1]):
        if s >= end:
            end = e
        else:
            removed += 1
    return removed
