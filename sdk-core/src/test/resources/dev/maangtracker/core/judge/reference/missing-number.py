import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def missingNumber(nums):
    x = len(nums)
    for i, v in enumerate(nums):
        x ^= i ^ v
    return x
