import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def plusOne(digits):
    for i in range(len(digits) - 1, -1, -1):
        if digits[i] < 9:
            digits[i] += 1
            return digits
        digits[i] = 0
    return [1] + digits
