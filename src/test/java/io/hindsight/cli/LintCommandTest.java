package io.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lint exits 1 on errors (missing sections, blame, not a postmortem), 0 on a clean file, 2 on usage errors. */
class LintCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out) {
    }

    private Run lint(String... args) {
        PrintStream old = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 1];
            all[0] = "lint";
            System.arraycopy(args, 0, all, 1, args.length);
            return new Run(Main.run(all), buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(old);
            System.setErr(oldErr);
        }
    }

    @Test
    void theGuidesWorkedExampleIsClean() throws Exception {
        Path example = Path.of(getClass().getResource("/guide/worked-example.md").toURI());
        Run r = lint(example.toString());
        assertThat(r.out()).contains("0 error(s)");
        assertThat(r.code()).isZero();
    }

    @Test
    void blameAndMissingSectionsAreErrors() throws Exception {
        Path f = Files.writeString(tmp.resolve("pm.md"), """
                # Postmortem: Checkout outage
                **Date:** 2026-03-04
                **Severity:** SEV1

                ## Summary
                Checkout failed for 40 minutes because of human error by Dave, who ignored the alert.

                ## Root Cause
                A config flag was flipped in production.
                """);
        Run r = lint(f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("blame language \"human error\"").contains("What gaps in our process")
                .contains("missing required section 'Timeline'").contains("missing required section 'Action items'");
    }

    @Test
    void notAPostmortemIsAnError() throws Exception {
        Path f = Files.writeString(tmp.resolve("README.md"), """
                # How we write postmortems
                ## Timeline
                Put the events in order.
                ## Action items
                - Every item needs an owner
                """);
        Run r = lint(f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("not a postmortem");
    }

    @Test
    void missingFileIsAUsageError() {
        assertThat(lint(tmp.resolve("nope.md").toString()).code()).isEqualTo(2);
    }
}
