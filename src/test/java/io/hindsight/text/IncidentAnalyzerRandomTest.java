package io.hindsight.text;

import com.carrotsearch.randomizedtesting.ThreadFilter;
import com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Lucene's own random-input checks (JUnit 4, run by the vintage engine): random strings,
 * including broken Unicode and long inputs, through the whole chain, checking offsets,
 * position increments and lengths, the reset/end/close contract, and that a reused token
 * stream gives what a fresh one gives; also from several threads at once.
 */
@ThreadLeakFilters(defaultFilters = true, filters = IncidentAnalyzerRandomTest.SparkThreads.class)
public class IncidentAnalyzerRandomTest extends BaseTokenStreamTestCase {
    /**
     * The test JVM also holds the Spark session other suites share; Spark's pools start and
     * retire threads whenever it needs them ("block-manager-ask-thread-pool-194" appeared during
     * this suite in one CI run), which the runner's leak check would blame on this suite. Threads
     * this suite starts itself are still checked.
     */
    public static final class SparkThreads implements ThreadFilter {
        private static final java.util.List<String> PREFIXES = java.util.List.of("block-manager-", "dispatcher-", "rpc-", "spark-",
                "shuffle-", "netty-rpc-", "driver-", "executor-", "Executor task launch", "heartbeat-", "map-output-", "task-result-",
                "broadcast-", "context-cleaner", "Spark ", "SparkUI", "element-tracking-store", "RemoteBlock", "files-client", "cleanup-");

        @Override
        public boolean reject(Thread t) {
            return PREFIXES.stream().anyMatch(p -> t.getName().startsWith(p));
        }
    }

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
