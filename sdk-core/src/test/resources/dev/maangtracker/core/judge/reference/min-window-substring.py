import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def minWindow(s, t):
    need = Counter(t)
    missing, left, best = len(t), 0, (math.inf, 0, 0)
    for right, c in enumerate(s):
        if need[c] > 0:
            missing -= 1
        need[c] -= 1
        if missing == 0:
            while need[s[left]] < 0:
                need[s[left]] += 1; left += 1
            if right - left + 1 < best[0]:
                best = (right - left + 1, left, right + 1)
            need[s[left]] += 1; missing += 1; left += 1
    return s[best[1]:best[2]] if best[0] < math.inf else ''
