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


_reference = canFinish


def canFinish(*args):
    """Known wrong: the reference answer, perturbed."""
    return _perturb(_reference(*args))


def _perturb(value):
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, list):
        return value[:-1] if value else [0]
    if value is None:
        return ListNode(0) if 'boolean' == "ListNode" else TreeNode(0)
    if hasattr(value, "next"):
        return ListNode(value.val + 1, value.next)
    return TreeNode(value.val + 1, value.left, value.right)
