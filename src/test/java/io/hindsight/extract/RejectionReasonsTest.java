package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.ingest.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every rejection reason code with one example message, produced by running a real input
 * through {@link FilePipeline} where ingest or extraction decides it, or quoted from the layer
 * that does (file reading, duplicate ids). Printed and written to
 * {@code target/rejection-reasons.md}, the list the closing note of the hostile-input work
 * reports. Fails when a reason has no example, so a new reason cannot go undocumented.
 */
class RejectionReasonsTest {
    /** Reasons decided outside ingest and extraction, with the message the layer that decides writes. */
    private static final Map<Rejection.Reason, String> ELSEWHERE = Map.of(
            Rejection.Reason.UNREADABLE, "spark.ExtractPartition: the file vanished during the run"
                    + " | cannot read the file: AccessDeniedException: /in/2026/locked.md",
            Rejection.Reason.DUPLICATE, "job.QuarterlyJob: incident id 'INC-2026-006' is also in 2026/a.md; that one is kept",
            Rejection.Reason.INTERNAL_ERROR, "spark.ExtractPartition (catch-all, never seen in the fuzz runs): could not be parsed: "
                    + "<exception class>: <message> | extraction failed: <exception class>: <message>");

    @Test
    void everyReasonHasAnExampleMessage() throws IOException {
        FilePipeline pipeline = new FilePipeline();
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("2026/empty.md", new byte[0]);
        inputs.put("2026/screenshot.md", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        inputs.put("2026/cafe.md", "# Postmortem: Caf\u00e9 checkout\n".getBytes(StandardCharsets.ISO_8859_1));
        inputs.put("2026/huge.md", new byte[(int) FilePipeline.MAX_FILE_SIZE + 1]);
        inputs.put("2026/export.json", "{\"title\": \"Search down\", \"timeline\": [{\"time\": \"10:0".getBytes(StandardCharsets.UTF_8));
        inputs.put("2026/package.json", "{\"name\": \"dashboard\", \"version\": \"1.0.0\", \"description\": \"UI\"}".getBytes(StandardCharsets.UTF_8));
        inputs.put("2026/README.md", """
                # Incident response handbook

                ## Timeline
                | Time | Event |
                |---|---|
                | 14:02 | Alert fired |
                | 14:20 | Rollback started |

                ## Action items
                - Every action item needs an owner
                """.getBytes(StandardCharsets.UTF_8));
        Map<String, String> examples = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> in : inputs.entrySet()) {
            for (FilePipeline.Rejected x : pipeline.run(in.getKey(), in.getValue()).rejected()) {
                examples.putIfAbsent(x.reason(), x.location() + ": " + x.detail());
            }
        }
        ELSEWHERE.forEach((reason, message) -> examples.putIfAbsent(reason.code(), message));

        StringBuilder table = new StringBuilder("| reason | example message |\n|---|---|\n");
        for (Rejection.Reason r : Rejection.Reason.values()) {
            table.append("| `").append(r.code()).append("` | ").append(examples.getOrDefault(r.code(), "(none)").replace("|", "\\|"))
                    .append(" |\n");
        }
        System.out.print(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "rejection-reasons.md"), table, StandardCharsets.UTF_8);
        assertThat(examples.keySet()).containsExactlyInAnyOrder(Arrays.stream(Rejection.Reason.values()).map(Rejection.Reason::code)
                .toArray(String[]::new));
        assertThat(examples.keySet()).as("reasons ingest and extraction decide themselves")
                .contains("empty", "binary", "not_utf8", "too_large", "invalid_json", "wrong_shape", "not_a_postmortem");
    }

    @Test
    void aRejectionSaysWhatWentWrongWhileReadingTheFile() {
        // Everything that made it a postmortem was in front matter that is not valid YAML: the
        // analyst reading rejects.csv must learn that, not only "too little evidence".
        byte[] broken = """
                ---
                title: Checkout latency
                date: 2026-08-03
                severity: [SEV2
                ---
                # Checkout latency
                """.getBytes(StandardCharsets.UTF_8);
        FilePipeline.Result r = new FilePipeline().run("2026/checkout.md", broken);
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo("not_a_postmortem");
            assertThat(x.detail()).contains("while reading it: front matter is not valid YAML");
        });
    }
}
