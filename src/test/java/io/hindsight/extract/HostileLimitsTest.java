package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.Incident;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The large hostile cases, generated at run time into a temporary folder (no big files in the
 * repository) and read back as the job reads them: each must finish in the test JVM as
 * configured (no OutOfMemoryError, no StackOverflowError), and what one file can put into an
 * incident is bounded by design: {@link TimelineReader#MAX_ENTRIES}, the Markdown reader's
 * section, list and table limits, {@link EntryLimits}, and JSON's nesting and per-file
 * problem limits, each with a warning or a reason that says so. No wall-clock assertions.
 */
class HostileLimitsTest {
    private static final String HEAD = """
            # Postmortem: Queue backlog during the spring sale

            **Date:** 2026-04-03
            **Severity:** SEV2

            ## Summary
            The order queue backed up for two hours during the spring sale.

            ## Root Cause
            Consumers were capped at four replicas.

            """;

    @TempDir
    Path dir;

    private final FilePipeline pipeline = new FilePipeline();

    private FilePipeline.Result run(String name, String content) throws IOException {
        return run(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private FilePipeline.Result run(String name, byte[] content) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, content);
        assertThat(Files.size(f)).as("%s is under the 5 MiB limit", name).isLessThanOrEqualTo(FilePipeline.MAX_FILE_SIZE);
        FilePipeline.Result r = pipeline.run(name, Files.readAllBytes(f));
        assertThat(FilePipeline.violations(r)).as("invariants of %s", name).isEmpty();
        return r;
    }

    private static Incident only(FilePipeline.Result r) {
        assertThat(r.rejected()).as("rejections of %s", r.path()).isEmpty();
        assertThat(r.parsed()).hasSize(1);
        return r.parsed().get(0).incident();
    }

    @Test
    void aFiveThousandRowTimelineIsReadUpToTheLimit() throws IOException {
        StringBuilder sb = new StringBuilder(HEAD).append("## Timeline (UTC)\n| Time | Event |\n|---|---|\n");
        for (int i = 0; i < 5000; i++) {
            sb.append(String.format("| 2026-04-03 %02d:%02d:%02d | Queue depth sample %d, alert fired |%n", (i / 3600) % 24, (i / 60) % 60, i % 60, i));
        }
        Incident i = only(run("timeline-5000.md", sb.toString()));
        assertThat(i.timeline()).hasSize(TimelineReader.MAX_ENTRIES);
        assertThat(i.warnings()).anyMatch(w -> w.contains("more than " + TimelineReader.MAX_ENTRIES + " entries"));
        assertThat(i.timings().minutes()).isNotEmpty();
    }

    @Test
    void aJsonTimelineOfTwentyThousandEventsIsReadUpToTheLimit() throws IOException {
        StringBuilder sb = new StringBuilder("{\"title\": \"Backlog\", \"date\": \"2026-04-03\", \"severity\": \"SEV2\", \"timeline\": [");
        for (int i = 0; i < 20_000; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"time\": \"2026-04-03T10:00:").append(String.format("%02d", i % 60))
                    .append("Z\", \"event\": \"sample ").append(i).append("\"}");
        }
        Incident i = only(run("timeline-20000.json", sb.append("]}").toString()));
        assertThat(i.timeline()).hasSize(TimelineReader.MAX_ENTRIES);
        assertThat(i.warnings()).anyMatch(w -> w.contains("20000 entries"));
    }

    @Test
    void aHundredThousandLineFileOfBulletsIsCapped() throws IOException {
        StringBuilder sb = new StringBuilder(HEAD).append("## Contributing Factors\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("- Factor number ").append(i).append('\n');
        }
        Incident i = only(run("bullets-100k.md", sb.toString()));
        assertThat(i.contributingFactors()).hasSize(EntryLimits.MAX_ENTRIES);
        assertThat(i.warnings()).anyMatch(w -> w.contains("more than " + io.hindsight.ingest.MarkdownReader.MAX_LIST_ITEMS + " items"))
                .anyMatch(w -> w.contains("contributing factors: " + io.hindsight.ingest.MarkdownReader.MAX_LIST_ITEMS + " entries"));
    }

    @Test
    void aHundredThousandHeadingsAreFoldedPastTheSectionLimit() throws IOException {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < 100_000; i++) {
            sb.append("## Lessons Learned ").append(i).append('\n');
        }
        Incident i = only(run("headings-100k.md", sb.toString()));
        assertThat(i.warnings()).anyMatch(w -> w.contains("more than " + io.hindsight.ingest.MarkdownReader.MAX_SECTIONS + " headings"));
        assertThat(i.rootCause()).isPresent();
    }

    @Test
    void aHundredThousandPlainTimelineLinesAreReadUpToTheLimit() throws IOException {
        StringBuilder sb = new StringBuilder(HEAD).append("## Timeline\n2026-04-03 (all times UTC)\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append(String.format("%02d:%02d alert fired again%n", (i / 60) % 24, i % 60));
        }
        Incident i = only(run("plain-lines-100k.md", sb.toString()));
        assertThat(i.timeline().size()).isLessThanOrEqualTo(TimelineReader.MAX_ENTRIES);
    }

    @Test
    void aHundredThousandRowActionItemTableIsCapped() throws IOException {
        StringBuilder sb = new StringBuilder(HEAD).append("## Action Items\n| Action | Owner | Due Date | Status |\n|---|---|---|---|\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("| Fix thing ").append(i).append(" | @a | 2026-05-01 | Open |\n");
        }
        Incident i = only(run("actions-100k.md", sb.toString()));
        assertThat(i.actionItems()).hasSize(EntryLimits.MAX_ACTION_ITEMS);
        assertThat(i.warnings()).anyMatch(w -> w.contains("rows were not read")).anyMatch(w -> w.contains("action items:"));
    }

    @Test
    void listsNestedAThousandLevelsDeepAreRead() throws IOException {
        StringBuilder sb = new StringBuilder(HEAD).append("## Contributing Factors\n");
        for (int i = 0; i < 1000; i++) {
            sb.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        Incident i = only(run("lists-1000-deep.md", sb.toString()));
        assertThat(i.contributingFactors()).hasSize(1);
        assertThat(i.contributingFactors().get(0)).contains("level 0 level 1").contains("level 20 level 21").contains("level 999");
    }

    @Test
    void quotesAndListsMixedTenThousandLevelsDeepAreRead() throws IOException {
        String deep = "> - ".repeat(10_000) + "the bottom\n";
        Incident i = only(run("mixed-10000-deep.md", HEAD.replace("## Root Cause\n", "## Root Cause\n" + deep + "\n")));
        assertThat(i.rootCause()).isPresent();
    }

    @Test
    void oneMegabyteLinesAreRead() throws IOException {
        String words = "slow ".repeat(200_000);
        String digits = "9".repeat(1_000_000);
        String[] lines = {
            "## Impact\n- Users affected: " + digits + "\n- Revenue impact: $" + digits + "\n",
            "## Timeline (UTC)\n| Time | Event |\n|---|---|\n| 10:00 | " + words + " |\n| 10:05 | Alert fired |\n",
            "## Lessons Learned\n- " + "*_[`<".repeat(200_000) + "\n",
            "## Detection\n- Time to detect: " + digits + " minutes\n" + "a:".repeat(500_000) + "\n",
            "## Contributing Factors\n- " + "2026-04-03 10:00 ".repeat(60_000) + "\n",
            "## Summary\n" + "x".repeat(1_000_000) + "\n"};
        for (int k = 0; k < lines.length; k++) {
            Incident i = only(run("long-line-" + k + ".md", HEAD + lines[k]));
            assertThat(i.title()).as("long line case %d", k).contains("Queue backlog during the spring sale");
        }
        FilePipeline.Result json = run("long-line.json", "{\"title\": \"" + "t".repeat(1_000_000)
                + "\", \"date\": \"2026-04-03\", \"severity\": \"SEV2\", \"impact\": {\"users_affected\": \"" + digits + "\"}}");
        assertThat(only(json).impact().usersAffected()).isEmpty();
    }

    @Test
    void aJsonArrayOfAHundredThousandIncidentsIsRead() throws IOException {
        StringBuilder sb = new StringBuilder(5_200_000).append('[');
        for (int i = 0; i < 100_000; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"title\":\"").append(Integer.toString(i, 36))
                    .append("\",\"severity\":\"P3\",\"date\":\"2026-1-1\"}");
        }
        FilePipeline.Result r = run("incidents-100k.json", sb.append(']').toString());
        assertThat(r.rejected()).isEmpty();
        assertThat(r.parsed()).hasSize(100_000);
        assertThat(r.parsed()).extracting(FilePipeline.Parsed::location).doesNotHaveDuplicates();
    }

    @Test
    void aJsonLinesFileOfNinetyThousandBadLinesGivesBoundedRejections() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            sb.append(i % 10 == 0 ? "{\"title\": \"ok " + i + "\", \"date\": \"2026-01-01\", \"severity\": \"SEV4\"}" : "{broken").append('\n');
        }
        FilePipeline.Result r = run("mostly-bad.jsonl", sb.toString());
        assertThat(r.parsed()).hasSize(10_000);
        assertThat(r.rejected()).hasSize(101);
        assertThat(r.rejected().get(100).detail()).contains("89900 more bad lines (line 113 to 100000)");
    }

    @Test
    void jsonNestedTenThousandLevelsIsRejectedNotRecursedInto() throws IOException {
        FilePipeline.Result r = run("deep.json", "{\"title\": \"x\", \"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo("wrong_shape");
            assertThat(x.detail()).contains("nested more than 64 levels");
        });
    }

    @Test
    void aFileOverTheSizeLimitIsRejectedUnread() {
        byte[] big = new byte[(int) FilePipeline.MAX_FILE_SIZE + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        FilePipeline.Result r = pipeline.run("big.md", big);
        assertThat(r.rejected()).singleElement().satisfies(x -> {
            assertThat(x.reason()).isEqualTo("too_large");
            assertThat(x.detail()).contains("over the 5.0 MiB limit");
        });
    }
}
