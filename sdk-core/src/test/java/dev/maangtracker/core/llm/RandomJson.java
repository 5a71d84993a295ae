package dev.maangtracker.core.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Random JSON objects shaped like a model's replies, written by hand so that every legal spelling
 * turns up: escapes chosen at random (short forms, {@code \}{@code uXXXX} in either case, both halves
 * of a surrogate pair escaped), raw non-ASCII and emoji, random white space, prose or a Markdown fence
 * around the object, the chosen members ({@code question}, {@code followUp}, {@code strengths}) in any
 * order among numbers, literals and nested values that reuse their names. Names are unique at the top
 * level. Deterministic for a given {@link Random}.
 */
final class RandomJson {

    private static final String[] BEFORE = {"", "", "Here is my evaluation:\n", "```json\n", "  \n"};
    private static final String[] AFTER = {"", "", "\n```", "\nHope this helps!", "\n"};
    private static final String[] SPACE = {"", "", " ", "\n", "\t", "\r\n  "};
    private static final String[] NUMBERS = {"0", "-12", "3.25", "1e5", "-0.5E-3", "42", "100"};
    private static final String ASCII = "abcdefghijklmnopqrstuvwxyz ABCXYZ 0123456789 .,?!:;-()'";
    private static final String SPECIAL = "\"\\/";
    private static final String CONTROL = "\n\t\r\b\f\u0001\u001f";
    private static final String BMP = "éüßçñ中文—…€\u2028ÆØ";
    private static final int[] SUPPLEMENTARY = {0x1F600, 0x1F680, 0x1D11E, 0x20BB7};

    private final Random random;

    RandomJson(Random random) {
        this.random = random;
    }

    /** An object with some of the chosen members and some distractors, maybe wrapped in prose. */
    String object() {
        List<String> members = new ArrayList<>();
        if (random.nextInt(10) < 8) {
            members.add(member("question", string()));
        }
        if (random.nextInt(10) < 7) {
            members.add(member("followUp", random.nextInt(4) == 0 ? "null" : string()));
        }
        if (random.nextInt(10) < 8) {
            members.add(member("strengths", array(1)));
        }
        members.add(member("overallScore", pick(NUMBERS)));
        if (random.nextBoolean()) {
            members.add(member("dimensions", "[" + space() + nested(1) + space() + "," + space() + nested(1) + "]"));
        }
        if (random.nextBoolean()) {
            members.add(member("meta", nested(1)));
        }
        if (random.nextBoolean()) {
            members.add(member("note", string()));
        }
        if (random.nextBoolean()) {
            members.add(member("done", random.nextBoolean() ? "true" : "false"));
        }
        Collections.shuffle(members, random);
        return pick(BEFORE) + "{" + space() + String.join("," + space(), members) + space() + "}" + pick(AFTER);
    }

    private String member(String name, String value) {
        return write(name) + space() + ":" + space() + value;
    }

    /** An object whose members reuse the chosen names, nested up to depth 3. */
    private String nested(int depth) {
        List<String> members = new ArrayList<>();
        members.add(member("question", string()));
        members.add(member("strengths", depth < 3 ? array(depth + 1) : "[]"));
        members.add(member("score", pick(NUMBERS)));
        if (depth < 3 && random.nextBoolean()) {
            members.add(member("followUp", nested(depth + 1)));
        }
        Collections.shuffle(members, random);
        return "{" + space() + String.join("," + space(), members) + space() + "}";
    }

    /** Mostly strings, with the odd number, literal, object or array among them. */
    private String array(int depth) {
        int size = random.nextInt(5);
        List<String> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                items.add(string());
            } else if (kind == 6) {
                items.add(pick(NUMBERS));
            } else if (kind == 7) {
                items.add("null");
            } else if (kind == 8 && depth < 3) {
                items.add(nested(depth + 1));
            } else {
                items.add("[" + string() + "]");
            }
        }
        return "[" + space() + String.join("," + space(), items) + space() + "]";
    }

    private String string() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            int pool = random.nextInt(100);
            if (pool < 50) {
                text.append(ASCII.charAt(random.nextInt(ASCII.length())));
            } else if (pool < 60) {
                text.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
            } else if (pool < 70) {
                text.append(CONTROL.charAt(random.nextInt(CONTROL.length())));
            } else if (pool < 85) {
                text.append(BMP.charAt(random.nextInt(BMP.length())));
            } else {
                text.appendCodePoint(SUPPLEMENTARY[random.nextInt(SUPPLEMENTARY.length)]);
            }
        }
        return write(text.toString());
    }

    /** A JSON string literal, escaping what must be escaped and, at random, what need not be. */
    private String write(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean longForm = random.nextInt(4) == 0;
            if (c == '"') {
                out.append(longForm ? unicode(c) : "\\\"");
            } else if (c == '\\') {
                out.append(longForm ? unicode(c) : "\\\\");
            } else if (c == '/') {
                out.append(longForm ? "\\/" : "/");
            } else if (c < 0x20) {
                String shortForm = switch (c) {
                    case '\n' -> "\\n";
                    case '\t' -> "\\t";
                    case '\r' -> "\\r";
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    default -> null;
                };
                out.append(shortForm == null || longForm ? unicode(c) : shortForm);
            } else if (random.nextInt(10) == 0) {
                out.append(unicode(c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private String unicode(char c) {
        String hex = String.format("%04x", (int) c);
        return "\\u" + (random.nextBoolean() ? hex : hex.toUpperCase(Locale.ROOT));
    }

    private String space() {
        return pick(SPACE);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
