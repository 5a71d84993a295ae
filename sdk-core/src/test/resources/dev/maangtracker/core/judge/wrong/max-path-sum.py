# Known wrong: starts the best weight at 0, so a tree whose values are all
# negative reports 0 instead of its largest single value.
def maxPathSum(root):
    best = 0

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left = max(gain(node.left), 0)
        right = max(gain(node.right), 0)
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best
