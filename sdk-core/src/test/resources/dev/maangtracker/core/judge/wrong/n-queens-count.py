import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def countQueenPlacements(n):
    def go(row, cols, d1, d2):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                total += go(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c})
        return total
    return go(0, frozenset(), frozenset(), frozenset())


_reference = countQueenPlacements


def countQueenPlacements(*args):
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
