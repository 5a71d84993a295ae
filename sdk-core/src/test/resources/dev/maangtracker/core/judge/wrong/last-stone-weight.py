# Known wrong: sorts the stones once and then appends each remainder at the
# end, so later rounds no longer smash the two heaviest stones.
def lastStoneWeight(stones):
    pile = sorted(stones, reverse=True)
    while len(pile) > 1:
        a = pile.pop(0)
        b = pile.pop(0)
        if a != b:
            pile.append(a - b)
    return pile[0] if pile else 0
