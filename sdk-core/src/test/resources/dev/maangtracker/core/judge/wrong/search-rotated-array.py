# Known wrong: finds the rotation point, then picks the half by comparing with
# nums[0]; when the array is not rotated at all the chosen half is empty.
from bisect import bisect_left


def searchRotated(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] > nums[hi]:
            lo = mid + 1
        else:
            hi = mid
    pivot = lo
    if target >= nums[0]:
        left, right = 0, pivot
    else:
        left, right = pivot, len(nums)
    i = bisect_left(nums, target, left, right)
    return i if i < right and nums[i] == target else -1
