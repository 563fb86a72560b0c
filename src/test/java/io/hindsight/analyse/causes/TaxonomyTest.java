package io.hindsight.analyse.causes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private TaxonomyException failure(Path file) {
        return catchThrowableOfType(TaxonomyException.class, () -> Taxonomy.load(file));
    }

    @Test
    void builtInHasTheSreThemesAndOtherLast() {
        assertThat(Taxonomy.builtIn().themes()).extracting(Theme::id).containsExactly("deployment", "configuration",
                "capacity", "dependency", "monitoring", "runbook", "testing", "data", "certificates", "infrastructure",
                "network", "other");
        assertThat(Taxonomy.builtIn().themes()).allSatisfy(t -> {
            assertThat(t.name()).isNotBlank();
            if (!t.id().equals("other")) {
                assertThat(t.keywords()).isNotEmpty();
                assertThat(t.investment()).isPresent();
            }
        });
    }

    @Test
    void loadsYaml() throws Exception {
        Taxonomy t = Taxonomy.load(write("t.yaml", """
                version: 1
                themes:
                  - id: flags
                    name: Feature flags
                    description: Flag changes.
                    keywords: [feature flag, kill switch]
                    investment: Review flag changes like code
                """));
        assertThat(t.themes()).extracting(Theme::id).containsExactly("flags", "other");
        assertThat(t.theme("flags")).get().satisfies(th -> {
            assertThat(th.keywords()).containsExactly("feature flag", "kill switch");
            assertThat(th.investment()).contains("Review flag changes like code");
        });
    }

    @Test
    void loadsJson() throws Exception {
        Taxonomy t = Taxonomy.load(write("t.json", """
                {
                \t"themes": [
                \t\t{"id": "dns", "name": "DNS", "keywords": ["dns", "resolver"]},
                \t\t{"id": "other", "name": "Everything else"}
                \t]
                }
                """));
        assertThat(t.themes()).extracting(Theme::id).containsExactly("dns", "other");
        assertThat(t.other().name()).isEqualTo("Everything else");
    }

    @Test
    void reportsEveryProblemOfABadFileTogether() throws Exception {
        Path file = write("bad.yaml", """
                themes:
                  - id: deploys
                    name: Deploys
                    keywords: [deploy]
                    colour: blue
                  - name: No id here
                    keywords: [x]
                  - id: deploys
                    name: Again
                    keywords: [canary]
                  - id: empty
                    name: Empty
                    keywords: []
                  - id: Bad Id
                    name: Bad
                    keywords: [the]
                extra: 1
                """);
        TaxonomyException e = failure(file);
        assertThat(e.getMessage()).contains(file.toString()).contains("7 problems");
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("unknown key 'colour'"))
                .anySatisfy(p -> assertThat(p).contains("themes[1]: missing 'id'"))
                .anySatisfy(p -> assertThat(p).contains("duplicate id 'deploys'"))
                .anySatisfy(p -> assertThat(p).contains("(id 'empty'): 'keywords' is empty"))
                .anySatisfy(p -> assertThat(p).contains("id 'Bad Id' must be lower-case"))
                .anySatisfy(p -> assertThat(p).contains("unknown top-level key 'extra'"))
                .anySatisfy(p -> assertThat(p).contains("keyword 'the' is only stop words"));
    }

    @Test
    void namesStopWordOnlyKeywordsAndYamlBooleans() throws Exception {
        TaxonomyException e = failure(write("t.yaml", """
                themes:
                  - id: a
                    name: A
                    keywords: [the team, no]
                """));
        assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("keyword 'the team' is only stop words"))
                .anySatisfy(p -> assertThat(p).contains("keywords[1]").contains("boolean"));
    }

    @Test
    void malformedEmptyAndMissingFilesGetOneClearMessage() throws Exception {
        assertThat(failure(write("broken.yaml", "themes: [ {id: a, name: \"x}")).getMessage())
                .startsWith("taxonomy " + dir.resolve("broken.yaml") + ": not valid YAML or JSON");
        assertThat(failure(write("empty.yaml", "")).getMessage()).contains("empty document");
        assertThat(failure(write("dup.json", "{\"themes\": [], \"themes\": []}")).getMessage())
                .contains("not valid YAML or JSON").contains("themes");
        assertThat(failure(dir.resolve("missing.yaml")).getMessage()).contains("missing.yaml").contains("no such file");
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'t', 'h', 'e', 'm', 'e', 's', ':', ' ', (byte) 0xe9});
        assertThat(failure(latin1).getMessage()).contains("not UTF-8");
    }
}
