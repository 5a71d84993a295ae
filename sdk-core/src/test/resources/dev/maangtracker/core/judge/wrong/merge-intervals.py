# Known wrong: merges only strictly overlapping ranges; ranges that just touch
# ([1, 3] and [3, 5]) stay separate.
def mergeIntervals(intervals):
    if not intervals:
        return []
    ordered = sorted(intervals, key=lambda r: r[0])
    merged = []
    cur_start, cur_end = ordered[0]
    for start, end in ordered[1:]:
        if start < cur_end:
            cur_end = max(cur_end, end)
        else:
            merged.append([cur_start, cur_end])
            cur_start, cur_end = start, end
    merged.append([cur_start, cur_end])
    return merged
