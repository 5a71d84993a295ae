# Known wrong: the row loop runs `rows` times instead of `rows - 1`, counting
# the routes of a grid one row taller.
def countPaths(rows, cols):
    ways = [1] * cols
    for _ in range(rows):
        for c in range(1, cols):
            ways[c] += ways[c - 1]
    return ways[-1]
