package dev.maangtracker.core.interview;

import dev.maangtracker.core.llm.JsonTextExtractor;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Turns one model reply, fed chunk by chunk as it streams, into {@link ModelTextChunk}s: the whole
 * reply for plain-text steps (questions, hints), the chosen members for JSON steps (decoded by
 * {@link JsonTextExtractor}). White space at either end of a text (of each item, for a list) is held
 * back until more text follows it, and list items are joined by a line break — so that a field's
 * streamed text equals what {@link ModelReplies} keeps of the complete reply (stripped, blank items
 * dropped). One narrator per reply; fed from one thread at a time.
 */
final class ReplyNarrator {

    /** The field of a plain-text reply. */
    static final String TEXT = "text";

    private final ModelTextSink sink;
    private final ModelStep step;
    private final String questionId;
    private final Map<String, TurnKind> kinds;
    private final JsonTextExtractor json;
    private final Map<String, FieldText> fields = new HashMap<>();
    private String highSurrogate = "";

    private ReplyNarrator(ModelTextSink sink, ModelStep step, String questionId, Map<String, TurnKind> kinds,
                          boolean isJson) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.step = Objects.requireNonNull(step, "step");
        this.questionId = questionId;
        this.kinds = Map.copyOf(kinds);
        this.json = isJson ? new JsonTextExtractor(this.kinds.keySet(), this::text) : null;
    }

    /** A reply that is the words themselves. */
    static ReplyNarrator plain(ModelTextSink sink, ModelStep step, TurnKind kind, String questionId) {
        return new ReplyNarrator(sink, step, questionId, Map.of(TEXT, kind), false);
    }

    /** A JSON reply whose chosen top-level members (name to the kind of turn they feed) are streamed. */
    static ReplyNarrator json(ModelTextSink sink, ModelStep step, String questionId, Map<String, TurnKind> members) {
        return new ReplyNarrator(sink, step, questionId, members, true);
    }

    /** The reply's next characters. */
    void feed(String chunk) {
        if (chunk == null || chunk.isEmpty()) {
            return;
        }
        if (json != null) {
            json.feed(chunk);
            return;
        }
        // As the JSON extractor does: a pair of surrogates cut by the chunking is passed on whole.
        String text = highSurrogate.isEmpty() ? chunk : highSurrogate + chunk;
        highSurrogate = "";
        if (Character.isHighSurrogate(text.charAt(text.length() - 1))) {
            highSurrogate = text.substring(text.length() - 1);
            text = text.substring(0, text.length() - 1);
        }
        if (!text.isEmpty()) {
            text(TEXT, 0, text);
        }
    }

    private void text(String field, int item, String delta) {
        String out = fields.computeIfAbsent(field, name -> new FieldText()).append(item, delta);
        if (!out.isEmpty()) {
            sink.text(new ModelTextChunk(step, kinds.get(field), questionId, field, out));
        }
    }

    /** One field's text so far: which item it is in, and the white space held back at its end. */
    private static final class FieldText {
        private int item = -1;
        private boolean fieldHasText;
        private boolean itemHasText;
        private final StringBuilder held = new StringBuilder();

        /** The characters to pass on for {@code delta}, possibly none. */
        String append(int newItem, String delta) {
            if (newItem != item) {
                item = newItem;
                itemHasText = false;
                held.setLength(0);
            }
            int start = 0;
            int end = delta.length();
            if (!itemHasText) {
                while (start < end && Character.isWhitespace(delta.charAt(start))) {
                    start++;
                }
            }
            int bodyEnd = end;
            while (bodyEnd > start && Character.isWhitespace(delta.charAt(bodyEnd - 1))) {
                bodyEnd--;
            }
            if (bodyEnd == start) {
                if (itemHasText) {
                    held.append(delta, start, end);
                }
                return "";
            }
            StringBuilder out = new StringBuilder(held.length() + bodyEnd - start + 1);
            if (!itemHasText && fieldHasText) {
                out.append('\n');
            }
            out.append(held).append(delta, start, bodyEnd);
            held.setLength(0);
            held.append(delta, bodyEnd, end);
            itemHasText = true;
            fieldHasText = true;
            return out.toString();
        }
    }
}
