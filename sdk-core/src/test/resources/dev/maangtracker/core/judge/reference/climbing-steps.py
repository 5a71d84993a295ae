import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def countWays(n):
    a, b = 1, 1
    for _ in range(n - 1):
        a, b = b, a + b
    return b
