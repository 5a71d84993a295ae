# Known wrong: counts edges instead of nodes on the longest path (a single
# node gets height 0).
def height(root):
    if root is None:
        return 0
    if root.left is None and root.right is None:
        return 0
    return 1 + max(height(root.left), height(root.right))
