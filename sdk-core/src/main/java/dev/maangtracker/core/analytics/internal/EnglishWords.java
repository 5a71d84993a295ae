package dev.maangtracker.core.analytics.internal;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Small closed-class English word lists and the few morphology checks the analysers share. All
 * words are in normalised form (lower case, ASCII apostrophes).
 */
public final class EnglishWords {

    /**
     * Spelled-out numbers that state a quantity ("two hundred", "forty minutes"). "one" is left out:
     * "one of the teams" and "no one" are not quantities.
     */
    public static final Set<String> SPELLED_NUMBERS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
            "thousand", "million", "billion", "dozen", "hundreds", "thousands", "millions", "billions", "dozens");


    /** Articles, demonstratives, possessives and quantifiers: the start of a noun phrase. */
    public static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "my", "our", "your", "his", "her", "their", "its",
            "some", "any", "every", "each", "another", "other", "no", "all", "both", "many", "most", "several",
            "few", "such", "whatever", "which", "what");

    /** Pronouns that can be the subject of a verb. */
    public static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "they", "he", "she");

    /** Pronouns in object position. */
    public static final Set<String> OBJECT_PRONOUNS = Set.of(
            "me", "us", "him", "her", "them", "it", "you", "myself", "ourselves", "yourself", "themselves");

    /** Function words left out when counting repeated content words. */
    public static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "the", "and", "or", "but", "so", "if", "then", "than", "that", "this", "these", "those",
            "to", "of", "in", "on", "at", "by", "for", "with", "from", "into", "about", "as", "up", "out",
            "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had",
            "i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "her", "them", "my", "our", "your",
            "his", "their", "its", "i'm", "we're", "it's", "that's", "there", "here", "what", "which", "who",
            "when", "where", "why", "how", "not", "no", "yes", "just", "very", "really", "also", "can", "could",
            "would", "should", "will", "may", "might", "must", "all", "some", "any", "more", "most", "one",
            "because", "like", "um", "uh", "don't", "didn't", "can't", "i've", "we've");

    /** Auxiliaries, modals and adverbs that, after "I"/"we", show the next word is not an object. */
    public static final Set<String> AUXILIARIES_AND_ADVERBS = Set.of(
            "had", "have", "has", "was", "were", "is", "are", "am", "be", "been", "did", "do", "does", "can",
            "could", "would", "will", "should", "must", "might", "may", "just", "totally", "literally",
            "basically", "actually", "really", "never", "even", "kind", "sort", "kinda", "sorta", "so", "went",
            "got", "said", "thought");

    /** Irregular past tense forms of verbs common in interview answers. */
    public static final Set<String> IRREGULAR_PAST = Set.of(
            "built", "wrote", "led", "made", "took", "ran", "drove", "chose", "began", "set", "put", "sent",
            "spoke", "met", "found", "brought", "taught", "sought", "fought", "got", "gave", "kept", "left",
            "lost", "held", "told", "said", "did", "went", "came", "saw", "knew", "thought", "felt", "had",
            "was", "were", "became", "broke", "bought", "caught", "cut", "dealt", "drew", "fed", "fell", "flew",
            "forgot", "grew", "heard", "hid", "hit", "hung", "laid", "lent", "let", "meant", "paid", "quit",
            "read", "rewrote", "rode", "rose", "shook", "shot", "showed", "shut", "sold", "split", "spent",
            "spun", "stood", "stole", "struck", "swore", "swept", "threw", "understood", "undertook", "upheld",
            "woke", "won", "withdrew", "overcame", "oversaw", "overtook", "rebuilt", "redid", "undid", "sped",
            "agreed", "freed", "guaranteed", "proceeded", "succeeded", "exceeded", "embedded", "seeded");

    /** Words ending in "-ed" that are not past tense forms. */
    private static final Set<String> NOT_PAST = Set.of(
            "embed", "hundred", "indeed", "kindred", "sacred", "naked", "wicked", "wretched", "rugged", "ragged",
            "beloved", "crooked", "shed", "bed", "red", "wed", "need", "speed", "seed", "feed", "deed", "weed",
            "breed", "bleed", "greed", "steed", "tweed", "proceed", "succeed", "exceed");

    private static final Pattern DISFLUENCY = Pattern.compile("u+h*m+|u+h+|e+r+m+|e+r+|h+m+|m+h+m+");

    private EnglishWords() {
    }

    /** Whether a word is a simple past form: a listed irregular verb, or a regular "-ed" form. */
    public static boolean isPastTense(String word) {
        if (IRREGULAR_PAST.contains(word)) {
            return true;
        }
        return word.length() >= 4 && word.endsWith("ed") && !word.endsWith("eed") && !NOT_PAST.contains(word)
                && word.chars().allMatch(Character::isLetter);
    }

    /** Whether a word is a hesitation sound: um, uh, er, erm, hmm, mhm and their stretched spellings. */
    public static boolean isDisfluency(String word) {
        return word.length() <= 10 && DISFLUENCY.matcher(word).matches();
    }

    /** The canonical spelling of a hesitation sound ({@code ummm} → {@code um}), or the word unchanged. */
    public static String canonicalDisfluency(String word) {
        if (word.matches("u+h*m+")) {
            return "um";
        }
        if (word.matches("u+h+")) {
            return "uh";
        }
        if (word.matches("e+r+m+")) {
            return "erm";
        }
        if (word.matches("e+r+")) {
            return "er";
        }
        if (word.matches("h+m+")) {
            return "hmm";
        }
        if (word.matches("m+h+m+")) {
            return "mhm";
        }
        return word;
    }

    /** Whether a word is a first-person singular form of "I" ({@code i}, {@code i'm}, {@code i'd}, ...). */
    public static boolean isFirstPersonI(String word) {
        return word.equals("i") || word.startsWith("i'");
    }
}
