# Known wrong: also reverses the final block when it has fewer than k nodes.
def reverseInBlocks(head, k):
    dummy = ListNode(0, head)
    before = dummy
    while before.next is not None:
        first = before.next
        prev, node, count = None, first, 0
        while node is not None and count < k:
            node.next, prev, node = prev, node, node.next
            count += 1
        before.next = prev
        first.next = node
        before = first
    return dummy.next
