package io.hindsight.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.model.Quarter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job end to end on a small folder in a shared local Spark session: every file accounted
 * for, outputs sorted, and byte-identical output whatever the input order, partition count,
 * locale or time zone.
 */
class QuarterlyJobTest {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path input;

    @BeforeAll
    static void corpus() throws Exception {
        input = tmp.resolve("in");
        Path golden = Path.of(QuarterlyJobTest.class.getResource("/golden").toURI());
        try (Stream<Path> s = Files.walk(golden)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".expected.json")).toList()) {
                Path target = input.resolve(golden.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        Path worked = Path.of(QuarterlyJobTest.class.getResource("/guide/worked-example.md").toURI());
        Files.copy(worked, input.resolve("worked-example.md"));
        // the same incident again, under another name: a duplicate id (path hash differs, so give it an id)
        String withId = "---\nid: INC-DUP-1\n---\n" + Files.readString(worked);
        Files.writeString(input.resolve("dup-a.md"), withId);
        Files.writeString(input.resolve("dup-b.md"), withId);
        Files.write(input.resolve("latin1.md"), "# Postmortem: caf\u00e9 outage\n".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(input.resolve("empty.md"), "");
        Files.writeString(input.resolve("broken.json"), "{\"title\": \"half");
        Files.writeString(input.resolve("notes.txt"), "not a postmortem file type");
        Files.write(input.resolve("diagram.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        Files.createDirectories(input.resolve(".git"));
        Files.writeString(input.resolve(".git/HEAD.md"), "# not read: hidden folder");
    }

    private static JobConfig config(Path out) {
        return new JobConfig(input.toString(), out.toString(), Quarter.parse("2026-Q2"), LocalDate.of(2026, 7, 1), 4,
                Optional.empty(), false, 0.9, false, JobConfig.DEFAULT_MAX_FILE_SIZE);
    }

    private static QuarterlyJob.Result run(Path out, int partitions) throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        QuarterlyJob job = new QuarterlyJob(SharedSpark.get(), new PrintStream(err, true, StandardCharsets.UTF_8), partitions);
        return job.run(config(out));
    }

    @Test
    void everyFileIsAccountedForAndOutputsAreSorted() throws Exception {
        Path out = tmp.resolve("out1");
        QuarterlyJob.Result r = run(out, 0);
        assertThat(r.exitCode()).isZero();
        JsonNode summary = MAPPER.readTree(out.resolve("data/summary.json").toFile());
        long seen = summary.get("files_seen").asLong();
        long parsed = summary.get("parsed").asLong();
        long rejected = summary.get("rejected").asLong();
        long skipped = 0;
        for (JsonNode n : summary.get("skipped_by_extension")) {
            skipped += n.asLong();
        }
        assertThat(seen).isEqualTo(parsed + rejected + skipped);
        assertThat(summary.get("skipped_by_extension").get("txt").asLong()).isEqualTo(1);
        assertThat(summary.get("skipped_by_extension").get("png").asLong()).isEqualTo(1);
        // latin1, empty, broken json, and the second copy of the duplicate
        assertThat(rejected).isEqualTo(4);
        List<String> rejects = Files.readAllLines(out.resolve("data/rejects.csv"));
        assertThat(rejects.get(0)).isEqualTo("path,reason,detail");
        assertThat(String.join("\n", rejects)).contains("latin1.md,not_utf8").contains("empty.md,empty")
                .contains("broken.json,invalid_json").contains("dup-b.md,duplicate");
        List<String> lines = Files.readAllLines(out.resolve("data/incidents.jsonl"));
        List<String> ids = new ArrayList<>();
        for (String l : lines) {
            ids.add(MAPPER.readTree(l).get("id").asText());
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates().contains("INC-DUP-1");
        JsonNode kept = MAPPER.readTree(lines.get(ids.indexOf("INC-DUP-1")));
        assertThat(kept.get("source_path").asText()).isEqualTo("dup-a.md");
        assertThat(kept.get("warnings").toString()).contains("dup-b.md");
        assertThat(Files.readAllLines(out.resolve("data/action_items.csv")).get(0))
                .isEqualTo("incident_id,id,action,owner,due_date,priority,status,overdue");
        assertThat(out.resolve("report.html")).exists();
        assertThat(tmp.resolve(".out1.hindsight-tmp")).doesNotExist();
    }

    @Test
    void sameInputSameBytesWhateverPartitionsLocaleAndZone() throws Exception {
        Path a = tmp.resolve("det-a");
        Path b = tmp.resolve("det-b");
        run(a, 1);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            run(b, 7);
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        for (String f : List.of("report.html", "data/incidents.jsonl", "data/factors.jsonl", "data/clusters.json",
                "data/action_items.csv", "data/rejects.csv", "data/summary.json")) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
    }

    @Test
    void nonEmptyOutIsRefusedWithoutForce() throws Exception {
        Path out = tmp.resolve("busy");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(out, 0))
                .isInstanceOf(QuarterlyJob.UsageProblem.class).hasMessageContaining("not empty");
        assertThat(out.resolve("keep.txt")).exists();
    }

}
