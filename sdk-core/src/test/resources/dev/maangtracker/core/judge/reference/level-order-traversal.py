import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def levelOrder(root):
    out, q = [], deque([root] if root else [])
    while q:
        level = []
        for _ in range(len(q)):
            node = q.popleft()
            level.append(node.val)
            q.extend(c for c in (node.left, node.right) if c)
        out.append(level)
    return out
