# Known wrong: does not handle the empty tree (reads .val of None).
def levelOrder(root):
    levels = []
    current = [root]
    while current:
        levels.append([node.val for node in current])
        current = [child for node in current for child in (node.left, node.right) if child]
    return levels
