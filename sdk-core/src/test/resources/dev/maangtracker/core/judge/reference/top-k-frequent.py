import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def topKFrequent(nums, k):
    buckets = defaultdict(list)
    for v, c in Counter(nums).items():
        buckets[c].append(v)
    out = []
    for c in range(len(nums), 0, -1):
        out.extend(buckets[c])
        if len(out) >= k:
            return out[:k]
