import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def countPaths(rows, cols):
    row = [1] * cols
    for _ in range(rows - 1):
        for c in range(1, cols):
            row[c] += row[c - 1]
    return row[-1]
