import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def countQueenPlacements(n):
    def go(row, cols, d1, d2):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                total += go(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c})
        return total
    return go(0, frozenset(), frozenset(), frozenset())
