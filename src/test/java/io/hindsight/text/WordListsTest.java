package io.hindsight.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WordListsTest {
    @Test
    void builtInListsAreVersionedResources() throws IOException {
        for (String name : new String[] {"stopwords.txt", "synonyms.txt"}) {
            try (InputStream in = WordLists.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text.lines().findFirst().orElseThrow()).as(name).containsPattern("version \\d+");
            }
        }
    }

    @Test
    void builtInStopWordsHoldTheBoilerplate() {
        assertThat(WordLists.builtIn().stopWords()).contains("the", "we", "team", "issue", "incident", "no");
        assertThat(WordLists.builtIn().stopWords()).doesNotContain("alert", "deploy", "database");
    }

    @Test
    void canonicalTermsAreTheRightHandSides() {
        WordLists lists = WordLists.of("a\n", "# comment\ndb, database => database\nk8s => kubernetes # tail\n");
        assertThat(lists.canonicalTerms()).containsExactly("database", "kubernetes");
        assertThat(WordLists.builtIn().canonicalTerms()).contains("database", "kubernetes", "certificate", "config",
                "deploy", "oom");
    }

    @Test
    void stopWordWithASpaceIsRejected() {
        assertThatThrownBy(() -> WordLists.of("the team\n", "")).hasMessageContaining("'the team'");
    }
}
