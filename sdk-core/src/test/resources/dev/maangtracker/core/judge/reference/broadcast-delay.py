import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def broadcastTime(links, nodes, source):
    graph = defaultdict(list)
    for u, v, w in links:
        graph[u].append((v, w))
    dist, heap = {}, [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in dist:
            continue
        dist[u] = d
        for v, w in graph[u]:
            if v not in dist:
                heapq.heappush(heap, (d + w, v))
    return max(dist.values()) if len(dist) == nodes else -1
