import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def rotateClockwise(matrix):
    n = len(matrix)
    for i in range(n):
        for j in range(i + 1, n):
            matrix[i][j], matrix[j][i] = matrix[j][i], matrix[i][j]
    for row in matrix:
        row.reverse()
    return matrix
