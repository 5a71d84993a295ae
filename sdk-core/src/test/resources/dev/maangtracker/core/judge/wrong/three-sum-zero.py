# Known wrong: two-pointer scan that never skips repeated values, so the same
# triple is reported more than once.
def threeSumZero(nums):
    a = sorted(nums)
    found = []
    for i in range(len(a) - 2):
        lo, hi = i + 1, len(a) - 1
        while lo < hi:
            total = a[i] + a[lo] + a[hi]
            if total == 0:
                found.append([a[i], a[lo], a[hi]])
                lo += 1
                hi -= 1
            elif total < 0:
                lo += 1
            else:
                hi -= 1
    return found
