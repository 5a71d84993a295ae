import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def height(root):
    depth, level = 0, [root] if root else []
    while level:
        depth += 1
        level = [c for n in level for c in (n.left, n.right) if c]
    return depth
