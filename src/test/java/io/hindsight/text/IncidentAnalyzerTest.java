package io.hindsight.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IncidentAnalyzerTest {
    private final TermExtractor extractor = TermExtractor.builtIn();

    @AfterEach
    void close() {
        extractor.close();
    }

    private List<String> terms(String text) {
        return extractor.analyze(text).terms();
    }

    @Test
    void keepsSreTokensWhole() {
        assertThat(terms("p99 latency and 5xx errors in us-east-1 on k8s"))
                .containsExactly("p99", "latency", "5xx", "error", "us-east-1", "kubernetes");
        assertThat(terms("v2.31.0 switched to utf-8 with ES2022")).contains("v2.31.0", "utf-8", "es2022");
    }

    @Test
    void splitsJoinedWordsWithoutDigits() {
        assertThat(terms("end-to-end tests of the checkout-api")).containsExactly("end", "end", "test", "checkout", "api");
    }

    @Test
    void dropsStopWordsAndIncidentBoilerplate() {
        assertThat(terms("The team noticed that we had an issue during the incident"))
                .containsExactly("notice");
        assertThat(terms("the incident team")).isEmpty();
    }

    @Test
    void dropsNumbersAndQuantitiesButNotCodes() {
        assertThat(terms("500 errors for 40k users in 50ms, 3.5 times, 1000x")).containsExactly("error", "user");
        assertThat(terms("4xx and 5xx")).containsExactly("4xx", "5xx");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "db, database", "DBs, database", "databases, database",
        "k8s, kubernetes", "Kubernetes, kubernetes",
        "cert, certificate", "certs, certificate", "TLS, certificate", "SSL, certificate", "certificates, certificate",
        "config, config", "configuration, config", "configs, config",
        "deploy, deploy", "deployment, deploy", "rollout, deploy", "release, deploy", "deployed, deploy",
        "OOM, oom", "out of memory, oom", "OOMKilled, oom", "out-of-memory, oom",
    })
    void synonymsMeetOnOneTerm(String surface, String canonical) {
        assertThat(terms(surface)).containsExactly(canonical);
    }

    @Test
    void multiWordSynonymKeepsItsSurface() {
        AnalyzedText text = extractor.analyze("The JVM ran out of memory");
        AnalyzedToken oom = text.words().stream().filter(w -> w.term().equals("exhaustion") || w.term().equals("oom"))
                .findFirst().orElseThrow();
        assertThat(oom.surface()).isIn("ran out", "out of memory");
        AnalyzedToken memory = extractor.analyze("Host went out of memory").words().get(2);
        assertThat(memory.term()).isEqualTo("oom");
        assertThat(memory.surface()).isEqualTo("out of memory");
        assertThat("Host went out of memory".substring(memory.startOffset(), memory.endOffset())).isEqualTo("out of memory");
    }

    @Test
    void stemsLightlyButNotCanonicalTermsOrCodes() {
        assertThat(terms("failures throttled requests")).containsExactly("failure", "ratelimit", "request");
        assertThat(terms("k8s pods")).containsExactly("kubernetes", "pod");
        assertThat(terms("p99s")).containsExactly("p99s");
    }

    @Test
    void keepsPossessiveOffAndSurfacesLowerCased() {
        AnalyzedText text = extractor.analyze("Node's Health-Check");
        assertThat(text.terms()).containsExactly("node", "health", "check");
        assertThat(text.words()).extracting(AnalyzedToken::surface).containsExactly("node's", "health", "check");
    }

    @Test
    void positionsLeaveGapsForStopWords() {
        AnalyzedText text = extractor.analyze("alerting on consumer lag");
        assertThat(text.words()).extracting(AnalyzedToken::position).containsExactly(0, 2, 3);
    }

    @Test
    void shinglesPairAdjacentWordsOnly() {
        AnalyzedText text = extractor.analyze("No alerting on consumer lag");
        assertThat(text.shingles()).containsExactly("consumer lag");
    }

    @Test
    void emptyAndOddInputGiveNoWords() {
        assertThat(terms("")).isEmpty();
        assertThat(terms("   \n\t")).isEmpty();
        assertThat(terms("— … !!! 42")).isEmpty();
    }

    @Test
    void badSynonymRulesAreRejectedWithTheReason() {
        WordLists bad = WordLists.of("the\n", "3 => x\n");
        assertThatThrownBy(() -> new IncidentAnalyzer(bad, false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad synonym rules");
    }
}
