import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def isCleanPalindrome(text):
    i, j = 0, len(text) - 1
    ok = lambda c: c.isascii() and c.isalnum()
    while i < j:
        while i < j and not ok(text[i]):
            i += 1
        while i < j and not ok(text[j]):
            j -= 1
        if text[i].lower() != text[j].lower():
            return False
        i += 1; j -= 1
    return True


_reference = isCleanPalindrome


def isCleanPalindrome(*args):
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
