# Known wrong: only strips spaces and lowers the case; punctuation such as
# commas and colons stays in and breaks the comparison.
def isCleanPalindrome(text):
    letters = text.replace(" ", "").lower()
    return letters == letters[::-1]
