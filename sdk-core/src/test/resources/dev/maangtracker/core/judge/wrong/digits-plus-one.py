# Known wrong: propagates the carry but forgets the extra leading 1 when every
# digit is 9 ([9, 9] becomes [0, 0]).
def plusOne(digits):
    i = len(digits) - 1
    while i >= 0 and digits[i] == 9:
        digits[i] = 0
        i -= 1
    if i >= 0:
        digits[i] += 1
    return digits
