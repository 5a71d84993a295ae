# Known wrong: looks for the first position whose value differs from its
# index but never considers that n itself may be the missing number.
def missingNumber(nums):
    ordered = sorted(nums)
    for i, v in enumerate(ordered):
        if v != i:
            return i
    return 0
