import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def groupAnagrams(words):
    groups = {}
    for w in words:
        key = [0] * 26
        for c in w:
            key[ord(c) - 97] += 1
        groups.setdefault(tuple(key), []).append(w)
    return list(groups.values())
