# Known wrong: two pointers without a dummy head, so removing the first node
# (n equal to the length) dereferences None.
def removeNthFromEnd(head, n):
    fast = head
    for _ in range(n):
        fast = fast.next
    slow = head
    while fast.next is not None:
        fast = fast.next
        slow = slow.next
    slow.next = slow.next.next
    return head
