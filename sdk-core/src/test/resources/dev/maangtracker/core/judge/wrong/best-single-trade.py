# Known wrong: takes the highest and the lowest price regardless of order,
# so it "sells" before it buys.
def maxProfit(prices):
    if len(prices) < 2:
        return 0
    return max(0, max(prices) - min(prices))
