# Known wrong: Fibonacci indexed one step too early (returns fib(n) instead
# of fib(n + 1)), so two steps give 1 way instead of 2.
def countWays(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
