# Known wrong: counts each kind of bracket separately and never checks the
# nesting order, so "([)]" is accepted.
def isBalanced(s):
    depth = {"(": 0, "[": 0, "{": 0}
    opener = {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in depth:
            depth[ch] += 1
        else:
            depth[opener[ch]] -= 1
            if depth[opener[ch]] < 0:
                return False
    return all(v == 0 for v in depth.values())
