import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def mergeIntervals(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
