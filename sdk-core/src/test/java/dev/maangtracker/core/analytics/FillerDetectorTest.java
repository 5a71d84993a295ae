package dev.maangtracker.core.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FillerDetectorTest {

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private Fillers fillersOf(String text) {
        return analyzer.analyze(AnswerInput.prose(text)).fillers();
    }

    private List<String> found(String text) {
        return fillersOf(text).occurrences().stream().map(FillerOccurrence::filler).toList();
    }

    // --- like -------------------------------------------------------------------------------

    @Test
    void likeAsAVerbIsNotAFiller() {
        assertThat(found("I like Java.")).isEmpty();
        assertThat(found("We like strongly typed languages.")).isEmpty();
        assertThat(found("Do you like it?")).isEmpty();
        assertThat(found("What I like about Go is the tooling.")).isEmpty();
    }

    @Test
    void likeAfterAModalOrNegationIsAVerb() {
        assertThat(found("I would like to add a cache.")).isEmpty();
        assertThat(found("I'd like to start with the API.")).isEmpty();
        assertThat(found("I don’t like global state.")).isEmpty();
        assertThat(found("They didn't like the proposal.")).isEmpty();
        assertThat(found("I really like this approach.")).isEmpty();
    }

    @Test
    void likeAsAPrepositionIsNotAFiller() {
        assertThat(found("We used languages like Go and Rust.")).isEmpty();
        assertThat(found("Tools like Kafka help here.")).isEmpty();
        assertThat(found("We tried things like caching and batching.")).isEmpty();
        assertThat(found("It was like a nightmare.")).isEmpty();
        assertThat(found("Treat it like a queue.")).isEmpty();
        assertThat(found("Stuff like that happens.")).isEmpty();
    }

    @Test
    void likeAfterAVerbOfPerceptionIsNotAFiller() {
        assertThat(found("It looks like a race condition.")).isEmpty();
        assertThat(found("That sounds like a plan.")).isEmpty();
        assertThat(found("It felt like forever.")).isEmpty();
        assertThat(found("It seems like the cache is cold.")).isEmpty();
        assertThat(found("I feel like we should measure first.")).isEmpty();
    }

    @Test
    void approximatingLikeAfterSomethingIsNotAFiller() {
        assertThat(found("It was something like 20% faster.")).isEmpty();
        assertThat(found("More like 300 ms at p99.")).isEmpty();
        assertThat(found("Nothing like that had happened before.")).isEmpty();
    }

    @Test
    void likeSetOffByCommasIsAFiller() {
        assertThat(found("It was, like, really slow.")).containsExactly("like");
        assertThat(found("It was — like — painful.")).containsExactly("like");
    }

    @Test
    void likeBetweenSubjectAndVerbIsAFiller() {
        assertThat(found("We like had to rewrite the whole thing.")).containsExactly("like");
        assertThat(found("I like literally rewrote it.")).containsExactly("like", "literally");
        assertThat(found("They like never replied.")).containsExactly("like");
        assertThat(found("We, like, had no tests.")).containsExactly("like");
    }

    @Test
    void likeBeforeAnAdverbOrAdjectiveIsAFiller() {
        assertThat(found("It was like really slow")).containsExactly("like");
        assertThat(found("The build was like super flaky.")).containsExactly("like");
    }

    @Test
    void likeBeforeAClauseIsAFillerInTranscripts() {
        assertThat(found("and like we shipped it on Friday")).containsExactly("like");
        assertThat(found("Like we had no tests at all.")).containsExactly("like");
    }

    @Test
    void likeBeforeANumberIsAFillerUnlessItFollowsAnApproximator() {
        assertThat(found("It took like 20 minutes.")).containsExactly("like");
        assertThat(found("It took something like 20 minutes.")).isEmpty();
    }

    @Test
    void likeISaidIsAConjunction() {
        assertThat(found("Like I said, the index was missing.")).isEmpty();
        assertThat(found("Like we discussed, it is eventually consistent.")).isEmpty();
    }

    @Test
    void quotativeLikeIsAFiller() {
        assertThat(found("He was like, \"no way\".")).containsExactly("like");
        assertThat(found("I was like why is this so slow?")).containsExactly("like");
    }

    @Test
    void likeAsANounOrOtherWordFormIsNotAFiller() {
        assertThat(found("The like button broke.")).isEmpty();
        assertThat(found("She likes Go and liked Rust, likely both.")).isEmpty();
        assertThat(found("They are like-minded, unlike us.")).isEmpty();
    }

    @Test
    void fillersBetweenTheContextWordsAreSkipped() {
        assertThat(found("I would, um, like to try that.")).containsExactly("um");
        assertThat(found("We basically like had to start over.")).containsExactly("basically", "like");
    }

    // --- you know, I mean --------------------------------------------------------------------

    @Test
    void youKnowSetOffByPunctuationIsAFiller() {
        assertThat(found("You know, it was hard.")).containsExactly("you know");
        assertThat(found("It was hard, you know.")).containsExactly("you know");
        assertThat(found("it was you know really slow")).containsExactly("you know");
    }

    @Test
    void youKnowAsAVerbIsNotAFiller() {
        assertThat(found("Do you know Kafka?")).isEmpty();
        assertThat(found("As you know, Redis is single-threaded.")).isEmpty();
        assertThat(found("You know the answer already.")).isEmpty();
        assertThat(found("If you know how it works, skip it.")).isEmpty();
        assertThat(found("You know what happened next?")).isEmpty();
    }

    @Test
    void youKnowWhatIMeanIsOneFiller() {
        assertThat(found("It was messy, you know what I mean?")).containsExactly("you know what I mean");
    }

    @Test
    void iMeanAtTheStartOfAClauseIsAFiller() {
        assertThat(found("I mean, it worked.")).containsExactly("I mean");
        assertThat(found("It's fine, I mean it works.")).containsExactly("I mean");
        assertThat(found("And I mean we tried.")).containsExactly("I mean");
    }

    @Test
    void iMeanAsAVerbIsNotAFiller() {
        assertThat(found("What I mean is simple.")).isEmpty();
        assertThat(found("I mean the second approach, not the first.")).isEmpty();
        assertThat(found("That is not what I meant.")).isEmpty();
    }

    // --- kind of / sort of, actually, so, right, okay so ------------------------------------

    @Test
    void kindOfBeforeANounIsNotAFiller() {
        assertThat(found("A trie is a kind of tree.")).isEmpty();
        assertThat(found("What sort of database did you pick?")).isEmpty();
        assertThat(found("We saw the same kind of bug twice.")).isEmpty();
        assertThat(found("This kind of problem needs a heap.")).isEmpty();
    }

    @Test
    void kindOfAsAHedgeIsAFiller() {
        assertThat(found("It was kind of slow.")).containsExactly("kind of");
        assertThat(found("We sort of rewrote it.")).containsExactly("sort of");
        assertThat(found("It's kinda hacky.")).containsExactly("kinda");
    }

    @Test
    void actuallyInsideAClauseIsNotAFiller() {
        assertThat(found("It actually reduced latency.")).isEmpty();
        assertThat(found("What actually happened was a deadlock.")).isEmpty();
        assertThat(found("The cache was actually slower.")).isEmpty();
    }

    @Test
    void actuallyOpeningOrClosingAClauseIsAFiller() {
        assertThat(found("Actually, it was fine.")).containsExactly("actually");
        assertThat(found("Actually we never measured it.")).containsExactly("actually");
        assertThat(found("It was, actually, fine.")).containsExactly("actually");
        assertThat(found("It worked actually.")).containsExactly("actually");
    }

    @Test
    void soIsAFillerOnlyAtTheStartOfASentence() {
        assertThat(found("So we decided to shard.")).containsExactly("so");
        assertThat(found("So, the idea is simple.")).containsExactly("so");
        assertThat(found("It was so slow that we gave up.")).isEmpty();
        assertThat(found("We sharded so that writes scale.")).isEmpty();
        assertThat(found("I think so.")).isEmpty();
    }

    @Test
    void soFarAndSoThatOpeningASentenceAreNotFillers() {
        assertThat(found("So far it has held up.")).isEmpty();
        assertThat(found("So many requests failed.")).isEmpty();
        assertThat(found("So that writes scale, we sharded.")).isEmpty();
    }

    @Test
    void soAfterAnotherOpeningFillerIsStillSentenceInitial() {
        assertThat(found("Um, so we built it.")).containsExactly("um", "so");
    }

    @Test
    void okaySoOpeningASentenceIsOneFiller() {
        assertThat(found("Okay so the idea is this.")).containsExactly("okay so");
        assertThat(found("OK, so we start with a map.")).containsExactly("okay so");
        assertThat(found("Alright, so first the brute force.")).containsExactly("okay so");
        assertThat(found("That is okay so we keep it.")).isEmpty();
    }

    @Test
    void rightAsATagQuestionIsAFiller() {
        assertThat(found("We cache it, right?")).containsExactly("right?");
        assertThat(found("We cache it. Right? Then we shard.")).containsExactly("right?");
        assertThat(found("Right, the key is the hash.")).containsExactly("right");
        assertThat(found("Right, so the key is the hash.")).containsExactly("right", "so");
    }

    @Test
    void rightInARealQuestionOrAsAnAdjectiveIsNotAFiller() {
        assertThat(found("Is that right?")).isEmpty();
        assertThat(found("Pick the right index.")).isEmpty();
        assertThat(found("Turn right at the load balancer.")).isEmpty();
    }

    // --- hesitation sounds and always-fillers -------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"um", "umm", "Ummm", "uh", "uhh", "er", "erm", "hmm", "Hmmm", "uhm", "mhm"})
    void hesitationSoundsAreAlwaysFillers(String sound) {
        assertThat(fillersOf("We " + sound + " cached it.").count()).isEqualTo(1);
    }

    @Test
    void hesitationSoundsAreCanonicalised() {
        assertThat(found("Ummm, uhhh, hmmm, errr.")).containsExactly("um", "uh", "hmm", "er");
    }

    @Test
    void wordsContainingFillerSoundsAreNotFillers() {
        assertThat(found("The umbrella team and the user herded the summary.")).isEmpty();
        assertThat(found("Her ERP system was slow.")).isEmpty();
    }

    @Test
    void basicallyAndLiterallyAreAlwaysFillers() {
        assertThat(found("Basically it is a heap. It literally never returns.")).containsExactly("basically", "literally");
    }

    // --- occurrences, rate, snippets ------------------------------------------------------------

    @Test
    void countsRateAndPerFillerCounts() {
        Fillers fillers = fillersOf("Um, it was, like, slow. Um, we fixed it.");
        assertThat(fillers.count()).isEqualTo(3);
        assertThat(fillers.ratePer100Words()).isCloseTo(3 * 100.0 / 9, offset(1e-9));
        assertThat(fillers.countsByFiller()).containsExactly(entry("like", 1), entry("um", 2));
    }

    @Test
    void occurrencesCarryPositionAndSnippet() {
        String text = "We tested it twice and it was, like, really slow under load.";
        FillerOccurrence like = fillersOf(text).occurrences().get(0);
        assertThat(like.filler()).isEqualTo("like");
        assertThat(text.substring(like.start(), like.end())).isEqualTo("like");
        assertThat(like.wordIndex()).isEqualTo(7);
        assertThat(like.snippet()).isEqualTo("… twice and it was, like, really slow under load.");
    }

    @Test
    void snippetsCollapseLineBreaksAndMarkCutText() {
        String text = "First we built the index.\n\nThen,\tum,   we   measured   the   latency   again today.";
        FillerOccurrence um = fillersOf(text).occurrences().get(0);
        assertThat(um.snippet()).isEqualTo("… built the index. Then, um, we measured the latency …");
    }

    @Test
    void multiWordFillerSpansAllItsWords() {
        String text = "It was hard, you know.";
        FillerOccurrence youKnow = fillersOf(text).occurrences().get(0);
        assertThat(text.substring(youKnow.start(), youKnow.end())).isEqualTo("you know");
    }

    @Test
    void typographicApostrophesAreRecognised() {
        assertThat(found("I’d like to add an index.")).isEmpty();
        assertThat(found("It’s kinda slow.")).containsExactly("kinda");
    }

    @Test
    void configuredExtraFillersAlwaysCount() {
        AnswerAnalyzer custom = new AnswerAnalyzer(AnalyticsSettings.builder()
                .addFillers(List.of("to be honest", "anyway")).build());
        Fillers fillers = custom.analyze(AnswerInput.prose("To be honest, the cache was cold. Anyway, we warmed it.")).fillers();
        assertThat(fillers.occurrences()).extracting(FillerOccurrence::filler).containsExactly("to be honest", "anyway");
    }

    @Test
    void answerWithoutFillersHasZeroRate() {
        Fillers fillers = fillersOf("We added an index on user id.");
        assertThat(fillers.count()).isZero();
        assertThat(fillers.ratePer100Words()).isZero();
        assertThat(fillers.occurrences()).isEmpty();
    }
}
