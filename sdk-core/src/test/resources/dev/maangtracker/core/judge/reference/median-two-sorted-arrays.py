import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def medianOfTwo(a, b):
    if len(a) > len(b):
        a, b = b, a
    m, n = len(a), len(b)
    half = (m + n + 1) // 2
    lo, hi = 0, m
    while True:
        i = (lo + hi) // 2
        j = half - i
        al = a[i - 1] if i > 0 else -math.inf
        ar = a[i] if i < m else math.inf
        bl = b[j - 1] if j > 0 else -math.inf
        br = b[j] if j < n else math.inf
        if al <= br and bl <= ar:
            if (m + n) % 2:
                return float(max(al, bl))
            return (max(al, bl) + min(ar, br)) / 2
        if al > br:
            hi = i - 1
        else:
            lo = i + 1
