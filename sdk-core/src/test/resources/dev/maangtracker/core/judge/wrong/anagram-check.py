# Known wrong: compares the sets of letters, so letter counts are ignored
# ("aab" and "abb" are reported as anagrams).
def isAnagram(first, second):
    return set(first) == set(second)
