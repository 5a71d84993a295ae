import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def longestUniqueSubstring(s):
    last, left, best = {}, 0, 0
    for i, c in enumerate(s):
        if last.get(c, -1) >= left:
            left = last[c] + 1
        last[c] = i
        best = max(best, i - left + 1)
    return best
