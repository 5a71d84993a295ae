import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def daysUntilWarmer(temps):
    out, stack = [0] * len(temps), []
    for i, t in enumerate(temps):
        while stack and temps[stack[-1]] < t:
            j = stack.pop()
            out[j] = i - j
        stack.append(i)
    return out
