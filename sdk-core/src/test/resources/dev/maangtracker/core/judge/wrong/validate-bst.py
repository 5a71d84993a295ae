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


_reference = isValidBst


def isValidBst(*args):
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
        return ListNode(0) if 'boolean' == "ListNode" else TreeNode(0)
    if hasattr(value, "next"):
        return ListNode(value.val + 1, value.next)
    return TreeNode(value.val + 1, value.left, value.right)
