# Known wrong: swaps the children in two statements, so the second one reads
# the left child that the first one has just overwritten.
def mirror(root):
    if root is None:
        return None
    root.left = mirror(root.right)
    root.right = mirror(root.left)
    return root
