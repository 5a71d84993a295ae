import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def _hours(piles, speed):
    return sum((p + speed - 1) // speed for p in piles)


def minReadingSpeed(piles, hours):
    lo, hi = 1, max(piles)
    while lo < hi:
        mid = (lo + hi) // 2
        if _hours(piles, mid) <= hours:
            hi = mid
        else:
            lo = mid + 1
    return lo


_reference = minReadingSpeed


def minReadingSpeed(*args):
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
