# Known wrong: compares each node only with its direct children, not with all
# the ancestors' bounds.
def isValidBst(root):
    if root is None:
        return True
    if root.left is not None and root.left.val >= root.val:
        return False
    if root.right is not None and root.right.val <= root.val:
        return False
    return isValidBst(root.left) and isValidBst(root.right)
