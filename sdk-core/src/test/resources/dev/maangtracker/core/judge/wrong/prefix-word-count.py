# Known wrong: counts prefixes over set(words), so a word listed twice in the
# dictionary is counted once.
from collections import Counter


def countWithPrefix(words, prefixes):
    starts = Counter()
    for word in set(words):
        for end in range(1, len(word) + 1):
            starts[word[:end]] += 1
    return [starts[p] for p in prefixes]
