import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def daysUntilWarmer(temps):
    out, stack = [0] * len(temps), []
    for i, t in enumerate(temps):
        while stack and temps[stack[-1]] < t:
            j = stack.pop()
            out[j] = i - j
        stack.append(i)
    return out


_reference = daysUntilWarmer


def daysUntilWarmer(*args):
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
        return ListNode(0) if 'int[]' == "ListNode" else TreeNode(0)
    if hasattr(value, "next"):
        return ListNode(value.val + 1, value.next)
    return TreeNode(value.val + 1, value.left, value.right)
