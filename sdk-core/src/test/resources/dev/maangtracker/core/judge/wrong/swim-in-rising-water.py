# Known wrong: dynamic programming that assumes the best route only moves right
# or down, so routes that must go up or left are missed.
def minTimeToCross(elevation):
    n = len(elevation)
    best = [[0] * n for _ in range(n)]
    for r in range(n):
        for c in range(n):
            if r == 0 and c == 0:
                best[r][c] = elevation[0][0]
                continue
            came = min(best[r - 1][c] if r else float("inf"), best[r][c - 1] if c else float("inf"))
            best[r][c] = max(came, elevation[r][c])
    return best[-1][-1]
