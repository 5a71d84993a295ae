# Known wrong: appends the shared path list itself instead of a copy, so every
# recorded subset ends up as the same (empty) list.
def subsets(nums):
    nums = sorted(nums)
    out = []
    path = []

    def walk(start):
        out.append(path)
        for i in range(start, len(nums)):
            path.append(nums[i])
            walk(i + 1)
            path.pop()

    walk(0)
    return out
