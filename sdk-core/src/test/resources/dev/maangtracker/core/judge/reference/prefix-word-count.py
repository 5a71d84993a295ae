import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def countWithPrefix(words, prefixes):
    root = {}
    for w in words:
        node = root
        for c in w:
            node = node.setdefault(c, {'#': 0})
            node['#'] += 1
    out = []
    for p in prefixes:
        node = root
        for c in p:
            node = node.get(c)
            if node is None:
                break
        out.append(node['#'] if node else 0)
    return out
