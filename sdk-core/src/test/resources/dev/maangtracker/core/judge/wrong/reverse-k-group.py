import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def reverseInBlocks(head, k):
    dummy = ListNode(0, head)
    before = dummy
    while True:
        probe = before
        for _ in range(k):
            probe = probe.next
            if probe is None:
                return dummy.next
        after = probe.next
        prev, cur = after, before.next
        first = cur
        for _ in range(k):
            cur.next, prev, cur = prev, cur, cur.next
        before.next = prev
        before = first


_reference = reverseInBlocks


def reverseInBlocks(*args):
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
        return ListNode(0) if 'ListNode' == "ListNode" else TreeNode(0)
    if hasattr(value, "next"):
        return ListNode(value.val + 1, value.next)
    return TreeNode(value.val + 1, value.left, value.right)
