# Known wrong: greedy sorted by start that keeps the earlier range on every
# clash, even when that range reaches further to the right.
def minRemovals(intervals):
    ordered = sorted(intervals)
    removed = 0
    end = None
    for s, e in ordered:
        if end is not None and s < end:
            removed += 1
        else:
            end = e
    return removed
