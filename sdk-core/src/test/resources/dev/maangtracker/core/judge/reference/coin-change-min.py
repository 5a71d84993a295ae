import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def minCoins(coins, amount):
    inf = amount + 1
    best = [0] + [inf] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return -1 if best[amount] == inf else best[amount]
