# Known wrong: averages the two middle values with integer division, dropping
# the .5 when their sum is odd.
def medianOfTwo(a, b):
    merged = sorted(a + b)
    n = len(merged)
    if n % 2:
        return merged[n // 2]
    return (merged[n // 2 - 1] + merged[n // 2]) // 2
