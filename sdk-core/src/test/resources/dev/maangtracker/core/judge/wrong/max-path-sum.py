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


_reference = maxPathSum


def maxPathSum(*args):
    """Known wrong: the reference answer, perturbed."""
    return _perturb(_reference(*args))


def _perturb(value):
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, list):
        return value[:-1] if value else [0]
    if value is None:
        return ListNode(0) if 'int' == "ListNode" else TreeNode(0)
    if hasattr(value, "next"):
        return ListNode(value.val + 1, value.next)
    return TreeNode(value.val + 1, value.left, value.right)
