import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def maxPathSum(root):
    best = -math.inf
    gain = {}
    order, stack = [], [root]
    while stack:
        n = stack.pop(); order.append(n)
        stack.extend(c for c in (n.left, n.right) if c)
    for n in reversed(order):
        l = max(gain.get(id(n.left), 0), 0) if n.left else 0
        r = max(gain.get(id(n.right), 0), 0) if n.right else 0
        best = max(best, n.val + l + r)
        gain[id(n)] = n.val + max(l, r)
    return best
