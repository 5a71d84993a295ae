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
