# Known wrong: greedy, always pops the balloon with the smallest number first.
def maxPopScore(values):
    row = list(values)
    score = 0
    while row:
        i = min(range(len(row)), key=lambda j: row[j])
        left = row[i - 1] if i > 0 else 1
        right = row[i + 1] if i + 1 < len(row) else 1
        score += left * row[i] * right
        row.pop(i)
    return score
