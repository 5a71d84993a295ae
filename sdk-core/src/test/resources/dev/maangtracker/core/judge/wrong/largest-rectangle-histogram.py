# Known wrong: monotonic stack that never flushes the bars still on the stack
# after the last bar, so rectangles reaching the right edge are missed.
def largestRectangle(heights):
    stack = []
    best = 0
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] > h:
            top = stack.pop()
            left = stack[-1] + 1 if stack else 0
            best = max(best, heights[top] * (i - left))
        stack.append(i)
    return best
