# Known wrong: greedy matching, each character of a is matched to its first
# occurrence in b after the previous match, which can waste characters of b.
def lcsLength(a, b):
    pos = 0
    length = 0
    for ch in a:
        found = b.find(ch, pos)
        if found != -1:
            length += 1
            pos = found + 1
    return length
