package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.model.ActionItem;
import io.hindsight.model.Incident;
import io.hindsight.model.Severity;
import io.hindsight.model.TimelineEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus ({@code src/test/resources/hostile/}): broken, misnamed, non-postmortem
 * and malicious files, each run through ingest, extraction and quality the way the Spark
 * stage does it ({@link FilePipeline}). {@code hostile/expected.tsv} says what a careful
 * person would decide for each file or record, with what the reason or warning must name;
 * the tests below check the facts that matter beyond the outcome.
 */
class HostileCorpusTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One row of expected.tsv. */
    record Expected(String location, String outcome, String reason, List<String> mentions) {
    }

    private static Map<String, FilePipeline.Result> results;

    static Path root() throws URISyntaxException {
        return Path.of(HostileCorpusTest.class.getResource("/hostile").toURI());
    }

    static List<Expected> expectations() throws Exception {
        List<Expected> out = new ArrayList<>();
        for (String line : Files.readAllLines(root().resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 4) {
                throw new IllegalStateException("expected.tsv: 4 tab-separated columns needed: " + line);
            }
            out.add(new Expected(f[0], f[1], f[2], f[3].equals("-") ? List.of() : List.of(f[3].split("\\|"))));
        }
        return out;
    }

    static List<Path> files() throws Exception {
        try (Stream<Path> s = Files.walk(root())) {
            return s.filter(Files::isRegularFile).filter(p -> !List.of("expected.tsv", ".gitattributes").contains(p.getFileName().toString())).sorted().toList();
        }
    }

    @BeforeAll
    static void runCorpus() throws Exception {
        FilePipeline pipeline = new FilePipeline();
        results = new LinkedHashMap<>();
        for (Path f : files()) {
            String rel = root().relativize(f).toString().replace('\\', '/');
            results.put(rel, pipeline.run(rel, Files.readAllBytes(f)));
        }
    }

    @Test
    void everyFileIsListedInTheExpectationsAndEveryRecordAccountedFor() throws Exception {
        TreeSet<String> listed = new TreeSet<>();
        for (Expected e : expectations()) {
            listed.add(e.location());
        }
        TreeSet<String> produced = new TreeSet<>();
        for (FilePipeline.Result r : results.values()) {
            assertThat(FilePipeline.violations(r)).as("invariants of %s", r.path()).isEmpty();
            if (r.skippedExtension().isPresent()) {
                produced.add(r.path());
            }
            r.parsed().forEach(p -> produced.add(p.location()));
            r.rejected().forEach(x -> produced.add(x.location()));
        }
        assertThat(produced).as("locations the corpus produced vs. expected.tsv").isEqualTo(listed);
    }

    static Stream<Expected> rows() throws Exception {
        return expectations().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void decidedAsACarefulPersonWould(Expected e) {
        String file = e.location().replaceFirst("(#\\d+|:\\d+)$", "");
        FilePipeline.Result r = results.get(file);
        assertThat(r).as("a file %s in the corpus", file).isNotNull();
        switch (e.outcome()) {
            case "skipped" -> assertThat(r.skippedExtension()).as("skipped by extension").contains(e.reason());
            case "rejected" -> {
                FilePipeline.Rejected x = r.rejected().stream().filter(j -> j.location().equals(e.location())).findFirst()
                        .orElseThrow(() -> new AssertionError(e.location() + " was not rejected: " + r));
                assertThat(x.reason()).as("reason for %s (%s)", e.location(), x.detail()).isEqualTo(e.reason());
                assertMentions(e, x.detail());
            }
            case "parsed" -> {
                FilePipeline.Parsed p = r.parsed().stream().filter(j -> j.location().equals(e.location())).findFirst()
                        .orElseThrow(() -> new AssertionError(e.location() + " was not parsed: " + r.rejected()));
                assertMentions(e, String.join("\n", p.incident().warnings()));
            }
            default -> throw new IllegalStateException("unknown outcome " + e.outcome());
        }
    }

    private static void assertMentions(Expected e, String text) {
        for (String m : e.mentions()) {
            assertThat(text.toLowerCase(Locale.ROOT)).as("%s should mention '%s'", e.location(), m).contains(m.toLowerCase(Locale.ROOT));
        }
    }

    private static Incident incident(String location) {
        String file = location.replaceFirst("(#\\d+|:\\d+)$", "");
        return results.get(file).parsed().stream().filter(p -> p.location().equals(location)).findFirst().orElseThrow().incident();
    }

    /** Every string value of the incident as the Spark stage writes it. */
    private static List<String> texts(String location) throws IOException {
        String file = location.replaceFirst("(#\\d+|:\\d+)$", "");
        String json = results.get(file).parsed().stream().filter(p -> p.location().equals(location)).findFirst().orElseThrow().json();
        List<String> out = new ArrayList<>();
        collect(MAPPER.readTree(json), out);
        return out;
    }

    private static void collect(JsonNode n, List<String> out) {
        if (n.isTextual()) {
            out.add(n.asText());
        } else {
            n.forEach(c -> collect(c, out));
        }
    }

    @Test
    void impossibleDatesAndTimesAreWarningsAndEmptyValuesTheRestIsKept() {
        Incident md = incident("dates/impossible-date-and-times.md");
        assertThat(md.date()).as("2026-13-40 is never guessed, and the timeline has times only").isEmpty();
        assertThat(md.postmortemDate()).isEmpty();
        assertThat(md.severity()).contains(Severity.SEV3);
        assertThat(md.rootCause()).hasValueSatisfying(r -> assertThat(r).contains("retried after a timeout"));
        TimelineEvent alert = md.timeline().stream().filter(t -> t.text().startsWith("Alert fired")).findFirst().orElseThrow();
        assertThat(alert.at()).as("25:61 has no instant").isEmpty();
        assertThat(md.timeline()).hasSize(5);
        assertThat(md.actionItems()).extracting(ActionItem::dueDate).containsExactly(Optional.empty(),
                Optional.of(java.time.LocalDate.of(2026, 3, 20)));

        Incident json = incident("dates/impossible-dates.json");
        assertThat(json.date()).as("the stated date is impossible: the first timeline timestamp's date, as when none is stated")
                .contains(java.time.LocalDate.of(2026, 3, 5));
        assertThat(json.postmortemDate()).isEmpty();
        assertThat(json.timeline().get(0).at()).isEmpty();
        assertThat(json.timeline().get(0).text()).isEqualTo("Postcode data file replaced");
        assertThat(json.actionItems().get(0).dueDate()).isEmpty();
    }

    @Test
    void invalidFrontMatterIsAWarningAndTheBodyIsRead() {
        for (String f : List.of("frontmatter/invalid-yaml.md", "frontmatter/yaml-alias-bomb.md", "frontmatter/java-type-tag.md",
                "frontmatter/a-list-not-a-mapping.md", "frontmatter/never-closed.md")) {
            Incident i = incident(f);
            assertThat(i.title()).as(f).contains("Payments webhook signature failures");
            assertThat(i.severity()).as(f).contains(Severity.SEV2);
            assertThat(i.date()).as(f).contains(java.time.LocalDate.of(2026, 5, 19));
            assertThat(i.timings().phases()).as(f).isNotEmpty();
        }
    }

    @Test
    void placeholdersAreNoValues() {
        Incident draft = incident("markdown/draft-partly-filled.md");
        assertThat(draft.severity()).as("'[SEV?]' states no severity").isEmpty();
        assertThat(draft.rootCause()).as("'[TBD after the vault team's review]' is no root cause").isEmpty();
        assertThat(draft.contributingFactors()).containsExactly("The maintenance runbook had a typo in the pool size");
        assertThat(draft.actionItems()).extracting(ActionItem::action).containsExactly("Validate pool size changes against a minimum");
        assertThat(draft.timeline()).extracting(TimelineEvent::text).noneMatch(t -> t.contains("[Incident closed]"));
        assertThat(draft.warnings()).noneMatch(w -> w.contains("cannot read"));
    }

    @Test
    void hugeAndNegativeNumbersAreEmptyWithAWarning() {
        Incident i = incident("json/huge-numbers.json");
        assertThat(i.impact().usersAffected()).isEmpty();
        assertThat(i.impact().failedRequests()).isEmpty();
        assertThat(i.impact().revenueLossUsd()).isEmpty();
        assertThat(i.impact().supportTickets()).isEmpty();
        assertThat(i.statedDurationMinutes()).isEmpty();
        assertThat(i.rootCause()).isPresent();
        assertThat(i.timings().minutes()).isNotEmpty();
    }

    @Test
    void deeplyNestedContentIsKeptAsText() throws IOException {
        assertThat(incident("nesting/quotes-1000-deep.md").rootCause())
                .hasValueSatisfying(r -> assertThat(r).contains("Quoted a thousand levels deep").contains("previous day's prices"));
        assertThat(String.join(" ", texts("nesting/emphasis-3000-deep.md"))).contains("emphasis three thousand deep");
    }

    @Test
    void unicodeIsKeptExactly() {
        Incident i = incident("unicode/torture.md");
        assertThat(i.title()).contains("\u200fخدمة الدفع\u200f — Zahlungsdienst ausgefallen 💳\u200d👩\u200d💻");
        assertThat(i.author()).contains("Zoë Ångström-Ñúñez");
        assertThat(i.services()).containsExactly("checkout\u200b-api", "決済サービス", "ödeme-servisi");
        assertThat(i.summary()).hasValueSatisfying(s -> assertThat(s).contains("\u202edeliaf stnemyap\u202c")
                .contains("👨\u200d👩\u200d👧\u200d👦").contains("𝒜𝓁𝑒𝓇𝓉"));
        assertThat(i.timings().minutes()).as("headings with emoji and zero-width characters still found").isNotEmpty();
        assertThat(i.rootCause()).isPresent();
        assertThat(i.actionItems()).extracting(ActionItem::owner).containsExactly(Optional.of("@zoë"), Optional.of("@José"));
    }

    /**
     * Markdown: raw HTML blocks and inline tags are dropped and link targets are not kept, so
     * {@code <script>}, event handlers, {@code javascript:}/{@code data:} URLs, SVG, iframes and
     * CSS never reach the incident as markup. What CommonMark itself reads as text stays text,
     * verbatim, for the report to escape: code spans, decoded entities, an autolink's text, and
     * "tags" CommonMark does not accept as HTML (an unquoted attribute holding parentheses).
     */
    @Test
    void markdownXssPayloadsAreDroppedOrKeptAsPlainText() throws IOException {
        List<String> texts = texts("xss/payloads.md");
        String all = String.join("\n", texts);
        for (String gone : List.of("fetch(", "document.cookie", "iframe", "<svg", "onload", "<style", "expression(",
                "onmouseover", "<b ", "<div", "<a href", "javascript:alert('link')", "JaVaScRiPt", "vbscript", "data:text/html",
                "javascript:alert('a')", "javascript:alert('div')", "<script>alert('cell')", "tracker.example")) {
            assertThat(all).as("'%s' from raw HTML or a link target", gone).doesNotContain(gone);
        }
        Incident i = incident("xss/payloads.md");
        assertThat(i.summary()).hasValueSatisfying(s -> assertThat(s)
                .contains("Search returned errors for twenty minutes after a config push, see also the runbook and the dashboard and a chart.")
                .contains("`<script>alert(\"code\")</script>`")
                .contains("<img src=x onerror=alert('entity')>")
                .contains("javascript:alert('autolink')"));
        assertThat(i.title()).contains("Search page <img src=x onerror=alert('title')>outagealert(1)");
        assertThat(i.rootCause()).contains("The pushed config had an invalid analyzer name.");
        assertThat(i.actionItems()).extracting(ActionItem::owner).containsExactly(Optional.of("@moxses"));
        assertThat(i.timings().minutes()).isNotEmpty();
    }

    /** JSON strings are plain text already: kept verbatim for the report to escape, except an id that is not a plausible id. */
    @Test
    void jsonXssPayloadsAreKeptVerbatimAsPlainText() {
        Incident i = incident("xss/payloads.json");
        assertThat(i.title()).contains("Search page <img src=x onerror=alert('title')>outage");
        assertThat(i.services()).containsExactly("search\"><script>alert('svc')</script>");
        assertThat(i.contributingFactors()).containsExactly("</script><script>alert('factor')</script>");
        assertThat(i.actionItems().get(0).owner()).contains("javascript:alert('owner')");
        assertThat(i.id()).as("an id with markup is not used; the path's hash is").matches("pm-[0-9a-f]{12}");
    }

    @Test
    void skippedFilesAreNotRead() {
        assertThat(results.values().stream().filter(r -> r.skippedExtension().isPresent()).map(FilePipeline.Result::path))
                .allMatch(p -> p.startsWith("skipped/"));
    }
}
