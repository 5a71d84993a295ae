import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def removeNthFromEnd(head, n):
    dummy = ListNode(0, head)
    lead = trail = dummy
    for _ in range(n):
        lead = lead.next
    while lead.next:
        lead, trail = lead.next, trail.next
    trail.next = trail.next.next
    return dummy.next
