# Known wrong: ranks points by Manhattan distance |x| + |y| instead of the
# straight-line distance.
def kClosest(points, k):
    return sorted(points, key=lambda p: abs(p[0]) + abs(p[1]))[:k]
