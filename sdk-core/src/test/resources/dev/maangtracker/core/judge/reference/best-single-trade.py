import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def maxProfit(prices):
    lo, best = prices[0], 0
    for p in prices[1:]:
        best = max(best, p - lo)
        lo = min(lo, p)
    return best
