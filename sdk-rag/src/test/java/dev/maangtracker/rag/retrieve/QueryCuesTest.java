package dev.maangtracker.rag.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryCuesTest {

    /** A Tuesday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "What did Maria donate to a shelter in December 2023? | 2023-12-01/2024-01-01",
        "What painting did Melanie show on October 13, 2023?  | 2023-10-13/2023-10-14",
        "What did Gina find on 1 February, 2023?              | 2023-02-01/2023-02-02",
        "What did I say on the 5th of March 2025?             | 2025-03-05/2025-03-06",
        "What did interviewers criticise back in March?       | 2026-03-01/2026-04-01",
        "What did I practise in December?                     | 2025-12-01/2026-01-01",
        "Who did Maria have dinner with on May 3?             | 2026-05-03/2026-05-04",
        "How many times has Melanie gone to the beach in 2023? | 2023-01-01/2024-01-01",
        "What did I get wrong last week?                      | 2026-11-16/2026-11-23",
        "What did I say this month?                           | 2026-11-01/2026-12-01",
        "Which mock did I do last year?                       | 2025-01-01/2026-01-01",
        "What did I say yesterday?                            | 2026-11-23/2026-11-24",
        "What did I cover two months ago?                     | 2026-09-01/2026-10-01",
        "What did I cover 3 days ago?                         | 2026-11-21/2026-11-22",
        "What did I answer last Friday?                       | 2026-11-20/2026-11-21",
        "What did I answer on Tuesday?                        | 2026-11-24/2026-11-25",
        "What did I say on 2026-03-05?                        | 2026-03-05/2026-03-06",
        "Between June 2025 and January 2026, what changed?    | 2025-06-01/2025-07-01 2026-01-01/2026-02-01",
        "What may I have missed about caching?                | ",
        "How did I handle detecting a loop in a graph?        | ",
        "What did I say on February 30, 2026?                 | ",
        "What did I say on 0 May or May 0 or 2026-13-40?      | ",
    })
    void resolvesTheNamedPeriods(String query, String expected) {
        List<String> periods = QueryCues.periods(query, TODAY).stream().map(p -> p.start() + "/" + p.end()).toList();
        assertThat(periods).containsExactlyElementsOf(
                expected == null ? List.of() : Arrays.asList(expected.trim().split(" ")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "What did Caroline research?                                      | true",
        "What did I miss in the URL shortener design?                     | true",
        "What mistake did I make in a 2D matrix?                          | true",
        "How did I handle detecting a loop in prerequisite ordering?      | false",
        "Which status code did I favour for bouncing people?              | false",
        "I'm sure I said something. What was it?                          | false",
        "Redis was slow. Why did I pick it?                               | false",
        "What did I say about Redis?                                      | true",
        "What did interviewers criticise back in March?                   | false",
        "What did I say on 5 May 2023, last Friday and two weeks ago?     | false",
        "What did Maria donate in December 2023?                          | true",
    })
    void tellsWhetherAQueryNamesSomething(String query, boolean expected) {
        assertThat(QueryCues.namesSomething(query)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "When did Caroline go to the support group?       | true",
        "what year did I move to Berlin?                  | true",
        "How long ago did I practise tries?               | true",
        "What did I say about the rate limiter?           | false",
        "How did I handle it when the release moved?      | false",
    })
    void tellsWhetherAQueryAsksWhen(String query, boolean expected) {
        assertThat(QueryCues.asksWhen(query)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "I went to a support group yesterday.             | true",
        "We moved two weeks ago.                          | true",
        "On Saturday I ran a charity race.                | true",
        "I started in May 2023 and it went well.          | true",
        "The mock interview last week was on graphs.      | true",
        "I used a min-heap for the running median.        | false",
        "Caching cut the latency by sixty percent.        | false",
    })
    void tellsWhetherATextTellsATime(String text, boolean expected) {
        assertThat(QueryCues.tellsTime(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void anyMixOfDateLikeWordsResolvesWithoutFailing(long seed) {
        List<String> words = List.of("0", "00", "31", "99", "999", "2023", "1900", "2099", "-", ",", "of", "the", "May",
                "may", "Feb", "February", "Sept.", "last", "this", "ago", "days", "weeks", "months", "years", "a", "twelve",
                "Monday", "on", "yesterday", "2026-02-30", "2026-00-10", "When", "Caroline", "I", "?", ".", "th", "1st");
        Random random = new Random(seed);
        for (int i = 0; i < 500; i++) {
            StringBuilder query = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                query.append(words.get(random.nextInt(words.size()))).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = query.toString();
            List<QueryCues.Period> periods = QueryCues.periods(text, TODAY);
            assertThat(periods).as(text).allSatisfy(p -> assertThat(p.start()).isBefore(p.end()));
            QueryCues.namesSomething(text);
            QueryCues.asksWhen(text);
            QueryCues.tellsTime(text);
        }
    }

    @ParameterizedTest(name = "grace {1} days: {0}")
    @CsvSource({"2026-03-01, 0, true", "2026-03-31, 0, true", "2026-04-01, 0, false", "2026-04-07, 7, true",
        "2026-04-08, 7, false", "2026-02-28, 7, false"})
    void aPeriodCoversItsDaysAndTheGraceAfter(LocalDate day, int grace, boolean expected) {
        QueryCues.Period march = new QueryCues.Period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        assertThat(march.covers(day, grace)).isEqualTo(expected);
    }
}
