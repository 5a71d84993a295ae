import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def maxPopScore(values):
    v = [1] + values + [1]
    n = len(v)
    best = [[0] * n for _ in range(n)]
    for gap in range(2, n):
        for i in range(n - gap):
            j = i + gap
            best[i][j] = max(best[i][k] + best[k][j] + v[i] * v[k] * v[j] for k in range(i + 1, j))
    return best[0][n - 1]


_reference = maxPopScore


def maxPopScore(*args):
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
