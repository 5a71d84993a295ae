import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def canReachEnd(jumps):
    reach = 0
    for i, j in enumerate(jumps):
        if i > reach:
            return False
        reach = max(reach, i + j)
    return True
