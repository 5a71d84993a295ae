import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def longestUniqueSubstring(s):
    last, left, best = {}, 0, 0
    for i, c in enumerate(s):
        if last.get(c, -1) >= left:
            left = last[c] + 1
        last[c] = i
        best = max(best, i - left + 1)
    return best


_reference = longestUniqueSubstring


def longestUniqueSubstring(*args):
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
