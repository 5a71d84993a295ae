import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def groupAnagrams(words):
    groups = {}
    for w in words:
        key = [0] * 26
        for c in w:
            key[ord(c) - 97] += 1
        groups.setdefault(tuple(key), []).append(w)
    return list(groups.values())


_reference = groupAnagrams


def groupAnagrams(*args):
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
        return ListNode(0) if 'string[][]' == "ListNode" else TreeNode(0)
    if hasattr(value, "next"):
        return ListNode(value.val + 1, value.next)
    return TreeNode(value.val + 1, value.left, value.right)
