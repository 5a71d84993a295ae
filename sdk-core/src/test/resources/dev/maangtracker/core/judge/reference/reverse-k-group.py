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
