import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def mirror(root):
    q = deque([root] if root else [])
    while q:
        node = q.popleft()
        node.left, node.right = node.right, node.left
        q.extend(c for c in (node.left, node.right) if c)
    return root
