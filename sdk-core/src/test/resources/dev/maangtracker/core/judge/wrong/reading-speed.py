# Known wrong: counts hours per pile as pages // speed + 1, one hour too many
# whenever the pile size is a multiple of the speed.
def minReadingSpeed(piles, hours):
    lo, hi = 1, max(piles)
    while lo < hi:
        speed = (lo + hi) // 2
        needed = sum(p // speed + 1 for p in piles)
        if needed <= hours:
            hi = speed
        else:
            lo = speed + 1
    return lo
