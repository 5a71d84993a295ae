# Known wrong: the loop stops while the current node still has a successor,
# so the old tail is never linked in and is lost.
def reverseList(head):
    prev = None
    node = head
    while node is not None and node.next is not None:
        following = node.next
        node.next = prev
        prev = node
        node = following
    return prev
