import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def isBalanced(s):
    stack, pair = [], {')': '(', ']': '[', '}': '{'}
    for c in s:
        if c in pair:
            if not stack or stack.pop() != pair[c]:
                return False
        else:
            stack.append(c)
    return not stack
