# Known wrong: always takes the longest jump from the current square, never a
# shorter one that would avoid landing on a 0.
def canReachEnd(jumps):
    i = 0
    last = len(jumps) - 1
    while i < last:
        if jumps[i] == 0:
            return False
        i += jumps[i]
    return True
