import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def maxNonAdjacentSum(values):
    prev, cur = 0, 0
    for v in values:
        prev, cur = cur, max(cur, prev + v)
    return cur
