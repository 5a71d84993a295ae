# Known wrong: on a repeat it jumps the window start to just after the earlier
# occurrence even when that is behind the current start ("abba").
def longestUniqueSubstring(s):
    last = {}
    start = 0
    best = 0
    for i, ch in enumerate(s):
        if ch in last:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
