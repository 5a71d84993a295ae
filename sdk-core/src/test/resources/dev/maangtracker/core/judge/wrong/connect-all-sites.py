# Known wrong: walks greedily to the nearest unvisited site each time (a path,
# like a travelling-salesman heuristic) instead of building a spanning tree.
def minConnectCost(points):
    if len(points) < 2:
        return 0
    remaining = list(range(1, len(points)))
    here = 0
    total = 0
    while remaining:
        x, y = points[here]
        nxt = min(remaining, key=lambda j: abs(points[j][0] - x) + abs(points[j][1] - y))
        total += abs(points[nxt][0] - x) + abs(points[nxt][1] - y)
        remaining.remove(nxt)
        here = nxt
    return total
