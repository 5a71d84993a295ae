import heapq, itertools, math
from collections import Counter, defaultdict, deque
from functools import lru_cache


def findWords(board, words):
    trie = {}
    for w in words:
        node = trie
        for c in w:
            node = node.setdefault(c, {})
        node['$'] = w
    rows, cols = len(board), len(board[0])
    found, used = [], set()
    def dfs(r, c, parent):
        node = parent.get(board[r][c])
        if node is None:
            return
        if '$' in node:
            found.append(node.pop('$'))
        used.add((r, c))
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used:
                dfs(nr, nc, node)
        used.discard((r, c))
        if not node:
            parent.pop(board[r][c])
    for r in range(rows):
        for c in range(cols):
            dfs(r, c, trie)
    return found


_reference = findWords


def findWords(*args):
    """Known wrong: the reference answer, perturbed."""
    return _perturb(_reference(*args))


def _perturb(value):
    if isinstance(value, bool):
        return not value
    if isinstance(value, (int, float)):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, list):
        return value[:-1] if value else [0]
    if value is None:
        return ListNode(0) if 'string[]' == "ListNode" else TreeNode(0)
    if hasattr(value, "next"):
        return ListNode(value.val + 1, value.next)
    return TreeNode(value.val + 1, value.left, value.right)
