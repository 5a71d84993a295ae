# Known wrong: calls nlargest on the counter without key=, so it returns the k
# largest values instead of the k most frequent ones.
import heapq
from collections import Counter


def topKFrequent(nums, k):
    counts = Counter(nums)
    return heapq.nlargest(k, counts)
