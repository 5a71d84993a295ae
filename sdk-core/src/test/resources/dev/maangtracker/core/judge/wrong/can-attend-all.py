import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def canAttendAll(meetings):
    ms = sorted(meetings)
    return all(ms[i][0] >= ms[i - 1][1] for i in range(1, len(ms)))


_reference = canAttendAll


def canAttendAll(*args):
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
