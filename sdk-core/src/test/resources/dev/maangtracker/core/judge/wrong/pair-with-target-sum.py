# Known wrong: records the current value before looking up its complement,
# so a value equal to target / 2 is paired with its own position.
def pairWithTargetSum(nums, target):
    index_of = {}
    for pos, value in enumerate(nums):
        index_of[value] = pos
        other = target - value
        if other in index_of:
            return [index_of[other], pos]
    return []
