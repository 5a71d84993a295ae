import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def mergeSorted(first, second):
    dummy = tail = ListNode(0)
    while first and second:
        if first.val <= second.val:
            tail.next, first = first, first.next
        else:
            tail.next, second = second, second.next
        tail = tail.next
    tail.next = first or second
    return dummy.next
