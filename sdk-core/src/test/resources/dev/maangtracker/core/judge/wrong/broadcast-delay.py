# Known wrong: plain BFS that fixes each machine's time at its first arrival
# (fewest hops) instead of the smallest total delay (no Dijkstra).
from collections import deque


def broadcastTime(links, nodes, source):
    out = {}
    for u, v, w in links:
        out.setdefault(u, []).append((v, w))
    arrival = {source: 0}
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for v, w in out.get(u, []):
            if v not in arrival:
                arrival[v] = arrival[u] + w
                queue.append(v)
    if len(arrival) < nodes:
        return -1
    return max(arrival.values())
