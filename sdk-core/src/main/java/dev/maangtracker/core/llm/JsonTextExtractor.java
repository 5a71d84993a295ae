package dev.maangtracker.core.llm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a JSON object that arrives in pieces — a language model's reply while it streams — and
 * passes on the decoded text of chosen members as soon as it is read, so that the words meant for
 * a person can be shown while the rest of the object is still being written.
 *
 * <p>The chosen members are top-level members of the first object in the input whose value is a
 * string, or an array whose string elements are passed on one by one (other elements are skipped).
 * Members may come in any order; members of the same name inside nested objects are not chosen; a
 * member repeated later in the object is not passed on again. Escapes are decoded, {@code \}{@code uXXXX}
 * included, wherever the chunk boundaries fall; a surrogate pair is never split between two
 * {@link Listener#text} calls, and a surrogate without its pair is passed on as U+FFFD. Text before the object (a Markdown fence, a sentence) and after it is
 * ignored.
 *
 * <p>This is a reader for display, not a validator: the complete reply must still be parsed and
 * checked. It never throws on bad input: at the first character that cannot continue a JSON object
 * (an unescaped control character in a string, a bad escape, a missing colon, nesting deeper than
 * {@value #MAX_DEPTH}, ...) it passes on what it had decoded before that character and ignores
 * everything after ({@link #failed()}). What it passes on does not depend on how the input was cut
 * into chunks, only on the input.
 *
 * <p>Not thread-safe: feed one reply from one thread at a time (Reactor's {@code doOnNext} does).
 * Memory is bounded by the nesting depth and the longest chunk, not by the reply's length.
 */
public final class JsonTextExtractor {

    /** Deepest nesting accepted, as Jackson's default; deeper input counts as malformed. */
    public static final int MAX_DEPTH = 1_000;
    /** Longest member name compared with the chosen ones; longer names are simply not chosen. */
    static final int MAX_NAME_LENGTH = 256;

    /** Receives decoded text as it is read. */
    @FunctionalInterface
    public interface Listener {

        /**
         * Characters of a chosen member, in order.
         *
         * @param field the member's name
         * @param item  0 for a string member; the element's index for a member that is an array
         * @param text  the characters decoded since the previous call for this member; never empty
         */
        void text(String field, int item, String text);
    }

    private enum Expect {
        /** Outside the object: waiting for its '{'. */
        OBJECT_START,
        /** After '{': a member name or '}'. */
        NAME_OR_END,
        /** After ',' in an object: a member name. */
        NAME,
        /** After a member name: ':'. */
        COLON,
        /** After ':' or ',' in an array: a value. */
        VALUE,
        /** After '[': a value or ']'. */
        VALUE_OR_END,
        /** After a value: ',' or the container's end. */
        SEPARATOR_OR_END,
        /** The object has ended, or the input is malformed: nothing more is read. */
        NOTHING
    }

    private enum Token { NONE, STRING, NUMBER, LITERAL }

    /** An open object or array, with what the extractor needs to know about its position. */
    private static final class Container {
        final boolean array;
        /** For the root object's arrays: the chosen member the array is the value of, else null. */
        final String field;
        int index = -1;

        Container(boolean array, String field) {
            this.array = array;
            this.field = field;
        }
    }

    private final Set<String> fields;
    private final Listener listener;
    private final Set<String> emitted = new HashSet<>();
    private final Deque<Container> stack = new ArrayDeque<>();

    private Expect expect = Expect.OBJECT_START;
    private Token token = Token.NONE;
    private boolean failed;

    // The string being read: a member name (collected), a chosen value (passed on) or neither.
    private boolean readingName;
    private final StringBuilder name = new StringBuilder();
    private boolean nameTooLong;
    private String memberName;
    private String target;
    private int targetItem;
    private final StringBuilder pending = new StringBuilder();
    private boolean escape;
    private int unicodeDigits = -1;
    private int unicodeValue;

    // The literal being read (true, false, null) and how much of it was matched.
    private String literal;
    private int literalMatched;

    /**
     * @param fields   the top-level members whose text to pass on; not null, may be empty
     * @param listener receives the text; runs on the feeding thread, before {@link #feed} returns
     */
    public JsonTextExtractor(Set<String> fields, Listener listener) {
        this.fields = Set.copyOf(Objects.requireNonNull(fields, "fields"));
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Reads the next piece of the reply and passes on the chosen text it completes. Characters of a
     * string still open at the end of the chunk are passed on now, except a trailing high surrogate,
     * held until its pair arrives.
     *
     * @param chunk the next characters; {@code null} or empty does nothing
     */
    public void feed(CharSequence chunk) {
        if (chunk == null) {
            return;
        }
        for (int i = 0; i < chunk.length() && expect != Expect.NOTHING; i++) {
            accept(chunk.charAt(i));
        }
        flush(true);
    }

    /** Whether the input stopped being a JSON object; nothing after that point is passed on. */
    public boolean failed() {
        return failed;
    }

    /** Whether the object has been read to its closing brace. */
    public boolean completed() {
        return expect == Expect.NOTHING && !failed;
    }

    private void accept(char c) {
        switch (token) {
            case STRING -> string(c);
            case NUMBER -> number(c);
            case LITERAL -> literal(c);
            default -> structure(c);
        }
    }

    private void structure(char c) {
        if (expect == Expect.OBJECT_START) {
            if (c == '{') {
                open(false);
            }
            return;
        }
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            return;
        }
        switch (expect) {
            case NAME_OR_END, NAME -> {
                if (c == '"') {
                    startString(true);
                } else if (c == '}' && expect == Expect.NAME_OR_END) {
                    close();
                } else {
                    fail();
                }
            }
            case COLON -> {
                if (c == ':') {
                    expect = Expect.VALUE;
                } else {
                    fail();
                }
            }
            case VALUE, VALUE_OR_END -> {
                if (c == ']' && expect == Expect.VALUE_OR_END) {
                    close();
                } else {
                    value(c);
                }
            }
            case SEPARATOR_OR_END -> {
                Container container = stack.peek();
                if (c == ',') {
                    expect = container.array ? Expect.VALUE : Expect.NAME;
                } else if (c == (container.array ? ']' : '}')) {
                    close();
                } else {
                    fail();
                }
            }
            default -> fail();
        }
    }

    /** The first character of a value, in an object member or an array. */
    private void value(char c) {
        Container container = stack.peek();
        if (container.array) {
            container.index++;
        }
        switch (c) {
            case '"' -> startString(false);
            case '{' -> open(false);
            case '[' -> open(true);
            case 't' -> startLiteral("true");
            case 'f' -> startLiteral("false");
            case 'n' -> startLiteral("null");
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    token = Token.NUMBER;
                } else {
                    fail();
                }
            }
        }
    }

    private void open(boolean array) {
        if (stack.size() >= MAX_DEPTH) {
            fail();
            return;
        }
        // An array directly under the root object, as the value of a chosen member not yet passed on.
        String field = array && stack.size() == 1 && !stack.peek().array && isChosen(memberName) ? memberName : null;
        stack.push(new Container(array, field));
        expect = array ? Expect.VALUE_OR_END : Expect.NAME_OR_END;
    }

    private void close() {
        Container closed = stack.pop();
        if (closed.field != null) {
            emitted.add(closed.field);
        }
        if (stack.isEmpty()) {
            expect = Expect.NOTHING;
        } else {
            expect = Expect.SEPARATOR_OR_END;
        }
    }

    private void startString(boolean isName) {
        token = Token.STRING;
        readingName = isName;
        if (isName) {
            name.setLength(0);
            nameTooLong = false;
            target = null;
            return;
        }
        Container container = stack.peek();
        if (stack.size() == 1 && isChosen(memberName)) {
            target = memberName;
            targetItem = 0;
        } else if (container.array && container.field != null) {
            target = container.field;
            targetItem = container.index;
        } else {
            target = null;
        }
    }

    private boolean isChosen(String member) {
        return member != null && fields.contains(member) && !emitted.contains(member);
    }

    private void string(char c) {
        if (unicodeDigits >= 0) {
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                fail();
                return;
            }
            unicodeValue = unicodeValue * 16 + digit;
            if (++unicodeDigits == 4) {
                unicodeDigits = -1;
                character((char) unicodeValue);
            }
            return;
        }
        if (escape) {
            escape = false;
            switch (c) {
                case '"', '\\', '/' -> character(c);
                case 'b' -> character('\b');
                case 'f' -> character('\f');
                case 'n' -> character('\n');
                case 'r' -> character('\r');
                case 't' -> character('\t');
                case 'u' -> {
                    unicodeDigits = 0;
                    unicodeValue = 0;
                }
                default -> fail();
            }
            return;
        }
        if (c == '\\') {
            escape = true;
        } else if (c == '"') {
            endString();
        } else if (c < 0x20) {
            // JSON forbids raw control characters in strings; the final parse would reject the reply.
            fail();
        } else {
            character(c);
        }
    }

    private void character(char c) {
        if (readingName) {
            if (name.length() < MAX_NAME_LENGTH) {
                name.append(c);
            } else {
                nameTooLong = true;
            }
        } else if (target != null) {
            pending.append(c);
        }
    }

    private void endString() {
        token = Token.NONE;
        if (readingName) {
            readingName = false;
            memberName = nameTooLong ? null : name.toString();
            expect = Expect.COLON;
            return;
        }
        flush(false);
        if (target != null && stack.size() == 1) {
            emitted.add(target);
        }
        target = null;
        expect = Expect.SEPARATOR_OR_END;
    }

    private void number(char c) {
        if ((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
            return;
        }
        token = Token.NONE;
        expect = Expect.SEPARATOR_OR_END;
        structure(c);
    }

    private void startLiteral(String word) {
        token = Token.LITERAL;
        literal = word;
        literalMatched = 1;
    }

    private void literal(char c) {
        if (c != literal.charAt(literalMatched)) {
            fail();
            return;
        }
        if (++literalMatched == literal.length()) {
            token = Token.NONE;
            expect = Expect.SEPARATOR_OR_END;
        }
    }

    private void fail() {
        failed = true;
        expect = Expect.NOTHING;
        token = Token.NONE;
        flush(false);
    }

    /**
     * Passes on the pending text of the current chosen value. At a chunk's end a trailing high
     * surrogate waits for the low one that completes it; a surrogate without its pair (only malformed
     * or odd input has one) is passed on as U+FFFD, so the text is always well-formed UTF-16.
     */
    private void flush(boolean atChunkEnd) {
        int end = pending.length();
        if (end > 0 && atChunkEnd && Character.isHighSurrogate(pending.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || target == null) {
            return;
        }
        StringBuilder text = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            char c = pending.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(pending.charAt(i + 1))) {
                text.append(c).append(pending.charAt(++i));
            } else {
                text.append(Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        pending.delete(0, end);
        listener.text(target, targetItem, text.toString());
    }
}
