import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def lcsLength(a, b):
    prev = [0] * (len(b) + 1)
    for ca in a:
        cur = [0]
        for j, cb in enumerate(b):
            cur.append(prev[j] + 1 if ca == cb else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


_reference = lcsLength


def lcsLength(*args):
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
