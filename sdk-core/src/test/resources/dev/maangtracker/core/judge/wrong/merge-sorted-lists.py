# Known wrong: the recursive base cases return the exhausted list (None)
# instead of the rest of the other list.
def mergeSorted(first, second):
    if first is None:
        return first
    if second is None:
        return second
    if second.val < first.val:
        second.next = mergeSorted(first, second.next)
        return second
    first.next = mergeSorted(first.next, second)
    return first
