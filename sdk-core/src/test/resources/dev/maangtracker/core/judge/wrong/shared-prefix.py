# Known wrong: applies the "compare the first and the last word" trick without
# sorting the words first, so words in the middle are never checked.
def longestSharedPrefix(words):
    if not words:
        return ""
    a, b = words[0], words[-1]
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]
