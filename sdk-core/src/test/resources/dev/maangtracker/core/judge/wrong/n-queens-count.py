# Known wrong: checks columns and the "/" diagonals but forgets the "\\"
# diagonals.
def countQueenPlacements(n):
    def place(row, cols, anti):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or row + c in anti:
                continue
            total += place(row + 1, cols | {c}, anti | {row + c})
        return total

    return place(0, frozenset(), frozenset())
