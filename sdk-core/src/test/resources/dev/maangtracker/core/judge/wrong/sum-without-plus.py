# Known wrong: masks to 32 bits to stop the carry loop but never converts the
# result back to a negative number (assumes unsigned arithmetic).
def addWithoutPlus(a, b):
    mask = 0xFFFFFFFF
    a &= mask
    b &= mask
    while b:
        a, b = (a ^ b) & mask, ((a & b) << 1) & mask
    return a
