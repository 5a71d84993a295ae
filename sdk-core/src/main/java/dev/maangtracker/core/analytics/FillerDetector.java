package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.EnglishWords;
import dev.maangtracker.core.analytics.internal.PhraseMatcher;
import dev.maangtracker.core.analytics.internal.Sentence;
import dev.maangtracker.core.analytics.internal.TechnologyLexicon;
import dev.maangtracker.core.analytics.internal.Token;
import dev.maangtracker.core.analytics.internal.TokenizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds fillers. Hesitation sounds (um, uh, er, erm, hmm, mhm), "basically", "literally" and the
 * configured extra fillers always count; the other candidates count only in filler use:
 *
 * <ul>
 *   <li><b>like</b> is a filler unless it is a verb or a preposition. Not a filler: after a modal,
 *       auxiliary or negation ("would like to", "I'd like", "don't like"); after a verb of
 *       perception or comparison ("looks like", "sounds like", "felt like", "something like 20%",
 *       "more like"); after a determiner ("the like button"); after I/we/you/they/he/she when the
 *       next word is an object rather than a verb ("I like Java" — but "we like had to" is a
 *       filler); after a plural or category noun ("languages like Go", "things like caching");
 *       before a noun phrase (determiner, pronoun object, capitalised name, known technology,
 *       "-ing" form: "it was like a nightmare"); and in "like I said". A filler: set off by
 *       punctuation ("it was, like, really slow"), before punctuation, before a number when not
 *       after "something"/"more"/... ("it took like 20 minutes"), and before anything else
 *       ("it was like really slow", "and like we shipped it").</li>
 *   <li><b>you know</b> is a filler unless it is the verb with an object or clause: not after
 *       do/did/if/as/what/... ("do you know", "as you know") and not before what/how/that/the/it/...
 *       ("you know the answer"). "you know what I mean" is always one filler.</li>
 *   <li><b>I mean</b> is a filler at the start of a clause (sentence start, after punctuation or
 *       and/but/so/or/well) unless followed by a determiner, "to" or "by" ("I mean the second
 *       approach"); never after other words ("what I mean is").</li>
 *   <li><b>kind of / sort of / kinda / sorta</b> are hedging fillers unless they follow a determiner
 *       or adjective that makes them a noun ("a kind of tree", "what sort of database", "the same kind of").</li>
 *   <li><b>actually</b> is a filler when it opens a sentence, is set off by commas or closes a
 *       clause ("Actually, ...", "it was, actually, fine", "it worked actually."); inside a clause it
 *       marks contrast and is not a filler ("it actually reduced latency").</li>
 *   <li><b>so</b> is a filler only as the first word of a sentence (after other fillers), except in
 *       "so far", "so much", "so many", "so that", "so long", "so few", "so little".</li>
 *   <li><b>okay so / ok so / alright so / all right so</b> opening a sentence is one filler.</li>
 *   <li><b>right?</b> is a filler as a tag question after a comma or alone ("..., right?") but not
 *       in a real question ("is that right?"); "Right," opening a sentence is a filler too.</li>
 * </ul>
 *
 * <p>When looking at the word before a candidate, punctuation and earlier fillers are skipped
 * ("I would, um, like to" still reads "would like"). Stateless after construction and thread-safe.
 */
final class FillerDetector {

    private static final Set<String> VERB_TRIGGERS = Set.of(
            "would", "do", "does", "did", "to", "will", "might", "may", "could", "should", "can", "cannot", "must",
            "shall", "really", "also", "always", "never", "still", "genuinely", "personally", "definitely",
            "particularly", "especially", "truly", "often", "usually", "generally");
    private static final Set<String> COMPARISON_TRIGGERS = Set.of(
            "look", "looks", "looked", "looking", "sound", "sounds", "sounded", "sounding", "seem", "seems", "seemed",
            "seeming", "feel", "feels", "felt", "feeling", "smell", "smells", "smelled", "taste", "tastes", "tasted",
            "act", "acts", "acted", "acting", "behave", "behaves", "behaved", "behaving", "work", "works", "worked",
            "working", "something", "anything", "nothing", "everything", "more", "less", "much", "exactly",
            "treat", "treated", "treating", "stuff", "data", "software", "infrastructure", "someone", "somebody",
            "anyone", "nobody");
    private static final Set<String> NOT_PLURAL_NOUNS = Set.of(
            "always", "sometimes", "perhaps", "unless", "across", "thus", "yours", "ours", "hers", "theirs", "does",
            "goes", "says", "gets", "makes", "takes", "seems", "means", "becomes", "this", "has", "was", "its", "is",
            "plus", "minus", "besides", "towards", "afterwards", "nowadays", "whereas", "various", "numerous",
            "serious", "previous", "obvious", "famous", "analysis", "basis", "less", "yes", "us", "thanks");
    /** Before "like", these make it a noun ("the like button"). */
    private static final Set<String> LIKE_NOUN_PREDECESSORS = Set.of(
            "a", "an", "the", "my", "our", "your", "his", "their", "its", "no");
    private static final Set<String> REPORTING_VERBS = Set.of(
            "said", "say", "mentioned", "mention", "told", "explained", "discussed", "noted", "described", "showed");
    private static final Set<String> YOU_KNOW_BLOCKERS = Set.of(
            "do", "does", "did", "if", "as", "whether", "would", "will", "could", "should", "might", "can", "what",
            "that", "than", "how", "when", "where", "since", "because", "once", "unless", "who", "let", "all",
            "i", "we", "they");
    private static final Set<String> YOU_KNOW_COMPLEMENTS = Set.of(
            "how", "what", "that", "the", "a", "an", "about", "if", "whether", "why", "where", "when", "who", "which",
            "this", "these", "those", "him", "her", "them", "me", "us", "it", "my", "our", "your", "his", "their",
            "its", "some", "any", "everything", "something", "anything", "nothing", "each", "every", "more",
            "exactly");
    private static final Set<String> I_MEAN_COMPLEMENTS = Set.of(
            "the", "a", "an", "that", "this", "these", "those", "to", "by", "what", "which");
    private static final Set<String> CLAUSE_STARTERS = Set.of(
            "and", "but", "so", "or", "well", "okay", "ok", "yeah", "because", "then");
    private static final Set<String> NOUN_KIND_PREDECESSORS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "what", "which", "whatever", "some", "any", "every",
            "each", "no", "one", "same", "other", "another", "different", "new", "first", "only", "right", "wrong",
            "particular", "certain", "specific", "similar", "special", "my", "our", "your", "their", "his", "her",
            "its", "best", "worst", "common", "usual", "typical", "weird", "strange", "interesting", "main", "last",
            "all", "many", "several", "various", "exact");
    private static final Set<String> SO_CONTENT_FOLLOWERS = Set.of("far", "much", "many", "that", "long", "few", "little");
    private static final Set<String> OKAY_WORDS = Set.of("okay", "ok", "alright");
    private static final Set<String> ALWAYS_FILLERS = Set.of("basically", "literally");

    private final PhraseMatcher<String> extraFillers;
    private final int snippetWords;

    FillerDetector(List<String> extraFillers, int snippetWords) {
        this.extraFillers = PhraseMatcher.ofPhrases(extraFillers);
        this.snippetWords = snippetWords;
    }

    FillerScan detect(TokenizedText text) {
        boolean[] mask = new boolean[text.size()];
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < text.size()) {
            Span span = text.token(i).isWord() ? match(text, i, mask) : null;
            if (span == null) {
                i++;
                continue;
            }
            for (int k = span.from(); k < span.to(); k++) {
                mask[k] = true;
            }
            spans.add(span);
            i = span.to();
        }
        List<FillerOccurrence> occurrences = new ArrayList<>(spans.size());
        List<Integer> firstTokens = new ArrayList<>(spans.size());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Span span : spans) {
            firstTokens.add(span.from());
            occurrences.add(new FillerOccurrence(span.filler(), text.wordIndexOf(span.from()),
                    text.token(span.from()).start(), text.token(span.to() - 1).end(), snippet(text, span.from(), span.to())));
            counts.merge(span.filler(), 1, Integer::sum);
        }
        double rate = text.wordCount() == 0 ? 0 : occurrences.size() * 100.0 / text.wordCount();
        return new FillerScan(new Fillers(occurrences.size(), rate, counts, occurrences), mask, firstTokens);
    }

    /** A filler over tokens {@code [from, to)}. */
    private record Span(int from, int to, String filler) {
    }

    private Span match(TokenizedText t, int i, boolean[] mask) {
        PhraseMatcher.Match<String> extra = extraFillers.matchAt(t, i);
        if (extra != null) {
            return new Span(i, extra.to(), extra.value());
        }
        String w = t.token(i).norm();
        if (EnglishWords.isDisfluency(w)) {
            return new Span(i, i + 1, EnglishWords.canonicalDisfluency(w));
        }
        if (ALWAYS_FILLERS.contains(w)) {
            return new Span(i, i + 1, w);
        }
        switch (w) {
            case "you":
                if (t.isWord(i + 1, "know")) {
                    if (t.isWord(i + 2, "what") && t.isWord(i + 3, "i") && t.isWord(i + 4, "mean")) {
                        return new Span(i, i + 5, "you know what I mean");
                    }
                    return youKnowIsFiller(t, i, mask) ? new Span(i, i + 2, "you know") : null;
                }
                return null;
            case "i":
                return t.isWord(i + 1, "mean") && iMeanIsFiller(t, i, mask) ? new Span(i, i + 2, "I mean") : null;
            case "kind":
            case "sort":
                return t.isWord(i + 1, "of") && kindOfIsFiller(t, i) ? new Span(i, i + 2, w + " of") : null;
            case "kinda":
            case "sorta":
                return kindOfIsFiller(t, i) ? new Span(i, i + 1, w) : null;
            case "actually":
                return actuallyIsFiller(t, i, mask) ? new Span(i, i + 1, w) : null;
            case "like":
                return likeIsFiller(t, i, mask) ? new Span(i, i + 1, w) : null;
            case "so":
                return soIsFiller(t, i, mask) ? new Span(i, i + 1, w) : null;
            case "right":
                return rightTag(t, i, mask);
            case "all":
                if (t.isWord(i + 1, "right") && atSentenceStart(t, i, mask)) {
                    int so = wordAfterOptionalComma(t, i + 1);
                    return t.isWord(so, "so") ? new Span(i, so + 1, "okay so") : null;
                }
                return null;
            default:
                if (OKAY_WORDS.contains(w) && atSentenceStart(t, i, mask)) {
                    int so = wordAfterOptionalComma(t, i);
                    return t.isWord(so, "so") ? new Span(i, so + 1, "okay so") : null;
                }
                return null;
        }
    }

    private static boolean likeIsFiller(TokenizedText t, int i, boolean[] mask) {
        int next = nextToken(t, i);
        Token nt = next < 0 ? null : t.token(next);
        if (nt != null && nt.isWord() && EnglishWords.SUBJECT_PRONOUNS.contains(nt.norm())
                && next + 1 < t.size() && REPORTING_VERBS.contains(t.token(next + 1).norm())) {
            return false; // "like I said": a conjunction
        }
        int before = immediatelyBefore(t, i);
        if (before >= 0 && t.token(before).isSoftPunctuation() && (nt == null || !nt.isWord())) {
            return true; // ", like,"
        }
        int pw = previousWord(t, i, mask);
        String p = pw < 0 ? null : t.token(pw).norm();
        if (p != null) {
            if (VERB_TRIGGERS.contains(p) || p.endsWith("'d") || p.endsWith("n't")) {
                return false;
            }
            if (COMPARISON_TRIGGERS.contains(p) || LIKE_NOUN_PREDECESSORS.contains(p)) {
                return false;
            }
            if (EnglishWords.SUBJECT_PRONOUNS.contains(p)) {
                return nt == null || !nt.isWord() || isVerbForm(nt.norm());
            }
            if (nt != null && nt.isWord() && looksLikePluralNoun(p)) {
                return false;
            }
        }
        if (nt == null || !nt.isWord() || nt.isNumeric()) {
            return true;
        }
        return !startsNounPhrase(nt);
    }

    private static boolean youKnowIsFiller(TokenizedText t, int i, boolean[] mask) {
        int pw = previousWord(t, i, mask);
        if (pw >= 0) {
            String p = t.token(pw).norm();
            if (YOU_KNOW_BLOCKERS.contains(p) || p.endsWith("n't") || p.endsWith("'d")) {
                return false;
            }
        }
        int next = nextToken(t, i + 1);
        if (next < 0 || !t.token(next).isWord()) {
            return true;
        }
        Token nt = t.token(next);
        return !YOU_KNOW_COMPLEMENTS.contains(nt.norm()) && !(nt.isCapitalized() && !EnglishWords.isFirstPersonI(nt.norm()));
    }

    private static boolean iMeanIsFiller(TokenizedText t, int i, boolean[] mask) {
        int before = immediatelyBefore(t, i);
        boolean clauseStart = before < 0 || !t.token(before).isWord() || mask[before]
                || CLAUSE_STARTERS.contains(t.token(before).norm());
        if (!clauseStart) {
            return false;
        }
        int next = nextToken(t, i + 1);
        return next < 0 || !t.token(next).isWord() || !I_MEAN_COMPLEMENTS.contains(t.token(next).norm());
    }

    private static boolean kindOfIsFiller(TokenizedText t, int i) {
        int before = immediatelyBefore(t, i);
        return before < 0 || !t.token(before).isWord() || !NOUN_KIND_PREDECESSORS.contains(t.token(before).norm());
    }

    private static boolean actuallyIsFiller(TokenizedText t, int i, boolean[] mask) {
        if (atSentenceStart(t, i, mask)) {
            return true;
        }
        int before = immediatelyBefore(t, i);
        if (before >= 0 && t.token(before).isSoftPunctuation()) {
            return true;
        }
        return i + 1 >= t.size() || t.token(i + 1).isPunctuation();
    }

    private static boolean soIsFiller(TokenizedText t, int i, boolean[] mask) {
        if (!atSentenceStart(t, i, mask)) {
            return false;
        }
        int next = nextToken(t, i);
        return next < 0 || !t.token(next).isWord() || !SO_CONTENT_FOLLOWERS.contains(t.token(next).norm());
    }

    private static Span rightTag(TokenizedText t, int i, boolean[] mask) {
        boolean questionFollows = i + 1 < t.size() && t.token(i + 1).isTerminator() && t.token(i + 1).text().contains("?");
        if (questionFollows) {
            int before = immediatelyBefore(t, i);
            boolean tag = before < 0 || t.token(before).isSoftPunctuation() || mask[before];
            return tag ? new Span(i, i + 1, "right?") : null;
        }
        boolean opensWithComma = i + 1 < t.size() && t.token(i + 1).text().equals(",") && atSentenceStart(t, i, mask);
        return opensWithComma ? new Span(i, i + 1, "right") : null;
    }

    /** Whether every word before index {@code i} in its sentence is already a filler. */
    private static boolean atSentenceStart(TokenizedText t, int i, boolean[] mask) {
        Sentence sentence = t.sentenceOf(i);
        for (int k = sentence.firstToken(); k < i; k++) {
            if (t.token(k).isWord() && !mask[k]) {
                return false;
            }
        }
        return true;
    }

    /** The previous word in the same sentence, skipping punctuation and fillers; -1 if none. */
    private static int previousWord(TokenizedText t, int i, boolean[] mask) {
        int first = t.sentenceOf(i).firstToken();
        for (int k = i - 1; k >= first; k--) {
            if (t.token(k).isWord() && !mask[k]) {
                return k;
            }
        }
        return -1;
    }

    /** The token right before, in the same sentence; -1 at a sentence start. */
    private static int immediatelyBefore(TokenizedText t, int i) {
        return i - 1 >= t.sentenceOf(i).firstToken() ? i - 1 : -1;
    }

    /** The next token, skipping hesitation sounds; -1 at the end. */
    private static int nextToken(TokenizedText t, int i) {
        int k = i + 1;
        while (k < t.size() && t.token(k).isWord() && EnglishWords.isDisfluency(t.token(k).norm())) {
            k++;
        }
        return k < t.size() ? k : -1;
    }

    private static int wordAfterOptionalComma(TokenizedText t, int i) {
        int k = i + 1;
        if (k < t.size() && t.token(k).text().equals(",")) {
            k++;
        }
        return k;
    }

    private static boolean isVerbForm(String word) {
        return EnglishWords.AUXILIARIES_AND_ADVERBS.contains(word) || EnglishWords.isPastTense(word)
                || word.endsWith("n't") || EnglishWords.isDisfluency(word);
    }

    private static boolean looksLikePluralNoun(String word) {
        return word.length() >= 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("'s")
                && !word.endsWith("ous") && !NOT_PLURAL_NOUNS.contains(word)
                && !EnglishWords.AUXILIARIES_AND_ADVERBS.contains(word);
    }

    private static boolean startsNounPhrase(Token next) {
        String w = next.norm();
        return EnglishWords.DETERMINERS.contains(w) || EnglishWords.OBJECT_PRONOUNS.contains(w)
                || (next.isCapitalized() && !EnglishWords.isFirstPersonI(w))
                || (w.endsWith("ing") && w.length() > 4)
                || TechnologyLexicon.builtIn().isUnambiguousWord(w);
    }

    /** The filler with up to {@code snippetWords} words on each side, plus the punctuation right after. */
    private String snippet(TokenizedText t, int from, int to) {
        int left = from;
        int words = 0;
        for (int k = from - 1; k >= 0 && words < snippetWords; k--) {
            if (t.token(k).isWord()) {
                words++;
                left = k;
            }
        }
        int right = to;
        words = 0;
        for (int k = to; k < t.size() && words < snippetWords; k++) {
            if (t.token(k).isWord()) {
                words++;
                right = k + 1;
            }
        }
        if (right < t.size() && t.token(right).isPunctuation()) {
            right++;
        }
        return (left > 0 ? "… " : "") + t.span(left, right) + (right < t.size() ? " …" : "");
    }
}
