import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def canFinish(courses, prerequisites):
    indeg, graph = [0] * courses, defaultdict(list)
    for a, b in prerequisites:
        graph[b].append(a); indeg[a] += 1
    q = deque(i for i in range(courses) if indeg[i] == 0)
    done = 0
    while q:
        u = q.popleft(); done += 1
        for v in graph[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                q.append(v)
    return done == courses
