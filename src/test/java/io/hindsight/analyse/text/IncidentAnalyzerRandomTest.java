package io.hindsight.analyse.text;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Lucene's own random-input checks (JUnit 4, run by the vintage engine): random strings,
 * including broken Unicode and long inputs, through the whole chain, checking offsets,
 * position increments and lengths, the reset/end/close contract, and that a reused token
 * stream gives what a fresh one gives; also from several threads at once.
 */
public class IncidentAnalyzerRandomTest extends BaseTokenStreamTestCase {

    public void testKnownSentenceOffsetsAndPositions() throws Exception {
        try (Analyzer a = new IncidentAnalyzer(WordLists.builtIn(), false)) {
            assertAnalyzesTo(a, "The DB's p99 hit 5xx in us-east-1",
                    new String[] {"database", "p99", "hit", "5xx", "us-east-1"},
                    new int[] {4, 9, 13, 17, 24},
                    new int[] {8, 12, 16, 20, 33},
                    new int[] {2, 1, 1, 1, 2});
        }
    }

    public void testRandomStringsWithoutShingles() throws Exception {
        try (Analyzer a = new IncidentAnalyzer(WordLists.builtIn(), false)) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testRandomStringsWithShingles() throws Exception {
        try (Analyzer a = new IncidentAnalyzer(WordLists.builtIn(), true)) {
            checkRandomData(random(), a, 200 * RANDOM_MULTIPLIER);
        }
    }

    public void testRandomLongStrings() throws Exception {
        try (Analyzer a = new IncidentAnalyzer(WordLists.builtIn(), true)) {
            checkRandomData(random(), a, 20 * RANDOM_MULTIPLIER, 2048);
        }
    }

    public void testEmptyAndStopOnlyInputGiveNoTokens() throws Exception {
        try (Analyzer a = new IncidentAnalyzer(WordLists.builtIn(), true)) {
            assertAnalyzesTo(a, "", new String[0]);
            assertAnalyzesTo(a, "the team and the incident", new String[0]);
        }
    }
}
