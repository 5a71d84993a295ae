# Known wrong: only requires each distinct letter of t once, so repeated
# letters in t are not counted.
def minWindow(s, t):
    need = set(t)
    best = ""
    for i in range(len(s)):
        seen = set()
        for j in range(i, len(s)):
            if s[j] in need:
                seen.add(s[j])
            if seen == need:
                if not best or j - i + 1 < len(best):
                    best = s[i:j + 1]
                break
    return best
