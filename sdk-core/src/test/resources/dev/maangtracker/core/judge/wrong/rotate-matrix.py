# Known wrong: the in-place transpose visits every pair twice (j over the whole
# row), undoing itself, so only the row reversal remains.
def rotateClockwise(matrix):
    n = len(matrix)
    for i in range(n):
        for j in range(n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()
    return matrix
