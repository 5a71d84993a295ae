import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def reverseList(head):
    prev = None
    while head:
        head.next, prev, head = prev, head, head.next
    return prev
