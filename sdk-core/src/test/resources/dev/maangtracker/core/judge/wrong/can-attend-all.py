# Known wrong: treats a meeting that starts exactly when the previous one ends
# as a clash, although the ranges are half-open.
def canAttendAll(meetings):
    ordered = sorted(meetings, key=lambda m: m[0])
    for prev, cur in zip(ordered, ordered[1:]):
        if cur[0] <= prev[1]:
            return False
    return True
