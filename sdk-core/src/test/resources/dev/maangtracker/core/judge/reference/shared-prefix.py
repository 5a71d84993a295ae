import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def longestSharedPrefix(words):
    prefix = []
    for column in zip(*words):
        if len(set(column)) != 1:
            break
        prefix.append(column[0])
    return ''.join(prefix)
