package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.EnglishWords;
import dev.maangtracker.core.analytics.internal.PhraseMatcher;
import dev.maangtracker.core.analytics.internal.Sentence;
import dev.maangtracker.core.analytics.internal.TokenizedText;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the Situation, Task, Action and Result of a behavioural story. Every sentence gets a score
 * per part from cue phrases and lexical signals; a part is present when some sentence scores at
 * least 1, and the best-scoring sentence is its evidence (the earliest on a tie, the latest for
 * Result).
 *
 * <ul>
 *   <li>Situation: context phrases ("at my previous company", "when I was", "back in", "the
 *       context was") 1; "at" + a name ("At Stripe") 1; a year 0.5; "we had", "there was", "our
 *       system", "was/were ...ing" 0.5; the first sentence 0.5.</li>
 *   <li>Task: responsibility and goal phrases ("my task", "I was responsible for", "I needed to",
 *       "the goal was", "I was asked to") 1.</li>
 *   <li>Action: "I" + past-tense verb, optionally with an adverb between ("I built", "I then
 *       wrote", "I decided") 1; "we" + past-tense verb 0.5. Stative verbs (was, had, felt, knew,
 *       wanted, needed, thought) do not count.</li>
 *   <li>Result: outcome phrases ("as a result", "which reduced", "we shipped", "in the end",
 *       "led to") 1; a metric (number with %, ms, x, users, ...) 1; change verbs (reduced,
 *       improved, cut, doubled, launched, ...) 0.5.</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
final class StarDetector {

    private static final double PRESENT = 1.0;

    private static final PhraseMatcher<Cue> CUES = PhraseMatcher.of(cues());

    private static final Set<String> ACTION_ADVERBS = Set.of("then", "also", "quickly", "first", "personally",
            "eventually", "immediately", "finally", "just", "actually", "basically", "initially", "later", "soon",
            "carefully", "directly", "proactively", "quietly", "still");
    private static final Set<String> STATIVE = Set.of("was", "were", "had", "felt", "knew", "wanted", "needed",
            "thought", "liked", "loved", "hated", "seemed", "meant", "believed");
    private static final Set<String> CHANGE_VERBS = Set.of("reduced", "improved", "increased", "decreased", "cut",
            "saved", "dropped", "grew", "doubled", "tripled", "halved", "shipped", "launched", "delivered",
            "eliminated", "prevented", "boosted", "lowered", "raised", "sped", "accelerated", "shrank", "stabilized",
            "stabilised", "resolved", "fixed", "won", "recovered");

    private record Cue(StarComponent component, double weight) {
    }

    Optional<StarStructure> analyzeIfStory(AnswerKind kind, TokenizedText t) {
        return kind == AnswerKind.BEHAVIORAL_STORY ? Optional.of(analyze(t)) : Optional.empty();
    }

    StarStructure analyze(TokenizedText t) {
        List<Sentence> sentences = t.sentences();
        Map<StarComponent, Double> best = new EnumMap<>(StarComponent.class);
        Map<StarComponent, String> evidence = new EnumMap<>(StarComponent.class);
        for (int s = 0; s < sentences.size(); s++) {
            Sentence sentence = sentences.get(s);
            if (sentence.wordCount() == 0) {
                continue;
            }
            Map<StarComponent, Double> scores = score(t, sentence, s == 0);
            for (Map.Entry<StarComponent, Double> entry : scores.entrySet()) {
                StarComponent component = entry.getKey();
                double value = entry.getValue();
                double current = best.getOrDefault(component, 0.0);
                boolean better = value > current || (component == StarComponent.RESULT && value == current && value >= PRESENT);
                if (value >= PRESENT && better) {
                    best.put(component, value);
                    evidence.put(component, sentence.text());
                }
            }
        }
        Set<StarComponent> present = evidence.isEmpty() ? EnumSet.noneOf(StarComponent.class) : EnumSet.copyOf(evidence.keySet());
        return new StarStructure(present, present.size() / 4.0, evidence);
    }

    private static Map<StarComponent, Double> score(TokenizedText t, Sentence sentence, boolean first) {
        Map<StarComponent, Double> scores = new EnumMap<>(StarComponent.class);
        for (PhraseMatcher.Match<Cue> match : CUES.findAll(t, sentence.firstToken(), sentence.endToken())) {
            scores.merge(match.value().component(), match.value().weight(), Double::sum);
        }
        if (first) {
            scores.merge(StarComponent.SITUATION, 0.5, Double::sum);
        }
        double change = 0;
        boolean metric = false;
        boolean year = false;
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            String w = t.token(i).norm();
            if (!t.token(i).isWord()) {
                continue;
            }
            if (w.equals("at") && i + 1 < sentence.endToken() && t.token(i + 1).isCapitalized()
                    && !EnglishWords.isFirstPersonI(t.token(i + 1).norm())) {
                scores.merge(StarComponent.SITUATION, 1.0, Double::sum);
            }
            if ((w.equals("was") || w.equals("were")) && i + 1 < sentence.endToken() && t.token(i + 1).norm().endsWith("ing")
                    && t.token(i + 1).norm().length() > 4) {
                scores.merge(StarComponent.SITUATION, 0.5, Double::sum);
            }
            year |= MetricRecognizer.isYear(t, i);
            metric |= MetricRecognizer.metricAt(t, i) != null;
            if (CHANGE_VERBS.contains(w)) {
                change = 0.5;
            }
            if (w.equals("i") || w.equals("we")) {
                int verb = i + 1;
                if (verb < sentence.endToken() && ACTION_ADVERBS.contains(t.token(verb).norm())) {
                    verb++;
                }
                if (verb < sentence.endToken() && t.token(verb).isWord() && EnglishWords.isPastTense(t.token(verb).norm())
                        && !STATIVE.contains(t.token(verb).norm())) {
                    scores.merge(StarComponent.ACTION, w.equals("i") ? 1.0 : 0.5, Double::sum);
                }
            }
        }
        if (year) {
            scores.merge(StarComponent.SITUATION, 0.5, Double::sum);
        }
        if (metric) {
            scores.merge(StarComponent.RESULT, 1.0, Double::sum);
        }
        if (change > 0) {
            scores.merge(StarComponent.RESULT, change, Double::sum);
        }
        return scores;
    }

    private static Map<String, Cue> cues() {
        Map<String, Cue> cues = new LinkedHashMap<>();
        add(cues, StarComponent.SITUATION, 1.0, "at my previous", "at my last", "at my current", "in my previous",
                "in my last", "in my current", "at my old", "when i was", "while i was", "back in", "at the time",
                "the context", "the situation", "the background", "i was working", "i worked at", "i worked on",
                "i was at", "i was on", "years ago", "months ago", "last year", "a few years ago", "we were facing",
                "the problem was", "the issue was", "we faced", "i was part of", "i joined");
        add(cues, StarComponent.SITUATION, 0.5, "there was", "there were", "we had", "we were", "our team",
                "our system", "our service", "the team", "the company", "used to", "the project", "our product");
        add(cues, StarComponent.TASK, 1.0, "my task", "my job", "my role", "my responsibility", "my goal",
                "i was responsible", "responsible for", "i was asked", "i was tasked", "i was assigned", "i needed to",
                "i had to", "we needed to", "we had to", "the goal", "our goal", "the objective", "our objective",
                "the challenge was", "the task", "i was supposed to", "i owned", "i was in charge", "in charge of",
                "the requirement", "the deadline", "i wanted to", "i set out to", "the mandate");
        add(cues, StarComponent.ACTION, 1.0, "my approach", "i started by", "the first thing i did", "what i did",
                "i decided to");
        add(cues, StarComponent.RESULT, 1.0, "as a result", "resulted in", "the result", "the outcome", "in the end",
                "ultimately", "the impact", "which reduced", "which improved", "which cut", "which saved",
                "which increased", "which decreased", "which led", "led to", "we shipped", "i shipped", "we launched",
                "went live", "got promoted", "i learned", "we learned", "since then", "end result", "this reduced",
                "that reduced", "it reduced", "this improved", "that improved", "it improved", "the feedback",
                "was adopted", "we delivered", "i delivered", "on time");
        return cues;
    }

    private static void add(Map<String, Cue> cues, StarComponent component, double weight, String... phrases) {
        for (String phrase : phrases) {
            cues.put(phrase, new Cue(component, weight));
        }
    }
}
