import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def pairWithTargetSum(nums, target):
    seen = {}
    for j, v in enumerate(nums):
        if target - v in seen:
            return [seen[target - v], j]
        seen[v] = j
    raise AssertionError
