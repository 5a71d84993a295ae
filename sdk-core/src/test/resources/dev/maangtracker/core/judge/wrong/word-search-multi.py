# Known wrong: the search does not mark cells as used, so a word may step back
# onto a cell it already used.
def findWords(board, words):
    rows, cols = len(board), len(board[0]) if board else 0

    def trace(word, i, r, c):
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and trace(word, i + 1, nr, nc):
                return True
        return False

    return [w for w in words
            if any(trace(w, 0, r, c) for r in range(rows) for c in range(cols))]
