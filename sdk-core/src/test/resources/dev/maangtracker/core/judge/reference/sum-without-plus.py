import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def _to_signed(x):
    x &= 0xFFFFFFFF
    return x - (1 << 32) if x & 0x80000000 else x


def addWithoutPlus(a, b):
    a &= 0xFFFFFFFF; b &= 0xFFFFFFFF
    while b:
        a, b = (a ^ b) & 0xFFFFFFFF, ((a & b) << 1) & 0xFFFFFFFF
    return _to_signed(a)
