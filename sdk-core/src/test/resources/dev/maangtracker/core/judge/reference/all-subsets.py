import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def subsets(nums):
    nums = sorted(nums)
    out, cur = [], []
    def go(i):
        if i == len(nums):
            out.append(cur[:])
            return
        cur.append(nums[i]); go(i + 1); cur.pop()
        go(i + 1)
    go(0)
    return out
