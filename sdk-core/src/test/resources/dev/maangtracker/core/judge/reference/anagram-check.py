import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def isAnagram(first, second):
    if len(first) != len(second):
        return False
    counts = [0] * 26
    for c in first:
        counts[ord(c) - 97] += 1
    for c in second:
        counts[ord(c) - 97] -= 1
    return all(c == 0 for c in counts)
