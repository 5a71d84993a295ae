import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def canAttendAll(meetings):
    ms = sorted(meetings)
    return all(ms[i][0] >= ms[i - 1][1] for i in range(1, len(ms)))
