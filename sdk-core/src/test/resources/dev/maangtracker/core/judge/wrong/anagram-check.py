import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def isAnagram(first, second):
    if len(first) != len(second):
        return False
    counts = [0] * 26
    for c in first:
        counts[ord(c) - 97] += 1
    for c in second:
        counts[ord(c) - 97] -= 1
    return all(c == 0 for c in counts)


_reference = isAnagram


def isAnagram(*args):
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
