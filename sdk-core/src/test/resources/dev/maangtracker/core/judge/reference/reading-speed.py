import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def _hours(piles, speed):
    return sum((p + speed - 1) // speed for p in piles)


def minReadingSpeed(piles, hours):
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if _hours(piles, mid) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo
