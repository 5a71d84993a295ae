# Known wrong: takes the tallest wall strictly left and right of each position
# but never clamps min(left, right) - height at 0, so peaks subtract water.
def trappedWater(heights):
    total = 0
    for i in range(1, len(heights) - 1):
        left = max(heights[:i])
        right = max(heights[i + 1:])
        total += min(left, right) - heights[i]
    return total
