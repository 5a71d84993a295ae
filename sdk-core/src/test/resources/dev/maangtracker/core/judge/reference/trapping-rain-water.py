import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def trappedWater(heights):
    lo, hi = 0, len(heights) - 1
    left_max = right_max = water = 0
    while lo < hi:
        if heights[lo] < heights[hi]:
            left_max = max(left_max, heights[lo]); water += left_max - heights[lo]; lo += 1
        else:
            right_max = max(right_max, heights[hi]); water += right_max - heights[hi]; hi -= 1
    return water
