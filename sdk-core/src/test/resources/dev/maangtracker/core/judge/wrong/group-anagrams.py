# Known wrong: keys the groups by the set of letters, so words with the same
# letters in different amounts ("ab", "aab") land in one group.
def groupAnagrams(words):
    groups = {}
    for w in words:
        groups.setdefault(frozenset(w), []).append(w)
    return list(groups.values())
