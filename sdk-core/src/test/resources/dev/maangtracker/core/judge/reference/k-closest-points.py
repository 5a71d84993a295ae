import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def kClosest(points, k):
    heap = []
    for x, y in points:
        heapq.heappush(heap, (-(x * x + y * y), x, y))
        if len(heap) > k:
            heapq.heappop(heap)
    return [[x, y] for _, x, y in heap]
