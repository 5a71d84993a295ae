import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def isValidBst(root):
    stack = [(root, None, None)] if root else []
    while stack:
        node, lo, hi = stack.pop()
        if (lo is not None and node.val <= lo) or (hi is not None and node.val >= hi):
            return False
        if node.left:
            stack.append((node.left, lo, node.val))
        if node.right:
            stack.append((node.right, node.val, hi))
    return True
