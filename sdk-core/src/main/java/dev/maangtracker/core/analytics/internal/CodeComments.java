package dev.maangtracker.core.analytics.internal;

/**
 * Extracts the comments of source code in the common languages: {@code // ...}, {@code # ...},
 * {@code -- ...} (SQL) and {@code /* ... *}{@code /} comments, and Python {@code """..."""}
 * docstrings. String literals are skipped so a {@code "//"} inside a string is not a comment. One
 * linear pass; never fails on unterminated comments or strings. Stateless and thread-safe.
 */
public final class CodeComments {

    private CodeComments() {
    }

    /** The text of every comment, each followed by a line break; empty when there are none. */
    public static String extract(String code) {
        StringBuilder out = new StringBuilder();
        int n = code.length();
        int i = 0;
        while (i < n) {
            char c = code.charAt(i);
            if (code.startsWith("\"\"\"", i) || code.startsWith("'''", i)) {
                String quote = code.substring(i, i + 3);
                int end = code.indexOf(quote, i + 3);
                end = end < 0 ? n : end;
                out.append(code, i + 3, end).append('\n');
                i = Math.min(n, end + 3);
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? n : end;
                out.append(code, i + 2, end).append('\n');
                i = Math.min(n, end + 2);
            } else if (code.startsWith("//", i) || c == '#' || code.startsWith("--", i)) {
                int start = i + (c == '#' ? 1 : 2);
                int end = lineEnd(code, start);
                out.append(code, start, end).append('\n');
                i = end;
            } else if (c == '"' || c == '\'' || c == '`') {
                i = skipString(code, i, c);
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int lineEnd(String code, int from) {
        int i = from;
        while (i < code.length() && code.charAt(i) != '\n' && code.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int skipString(String code, int start, char quote) {
        int i = start + 1;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n' && quote != '`') {
                return i + 1;
            } else {
                i++;
            }
        }
        return code.length();
    }
}
