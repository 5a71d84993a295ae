# Known wrong: greedy, always takes the largest coin that still fits, which
# fails for denominations like [1, 3, 4] and amount 6.
def minCoins(coins, amount):
    used = 0
    left = amount
    for coin in sorted(coins, reverse=True):
        used += left // coin
        left %= coin
    return used if left == 0 else -1
