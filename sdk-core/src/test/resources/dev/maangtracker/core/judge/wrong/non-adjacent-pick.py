# Known wrong: greedy that only compares taking every even stall with taking
# every odd stall; skipping two in a row is never considered.
def maxNonAdjacentSum(values):
    return max(sum(values[0::2]), sum(values[1::2])) if values else 0
