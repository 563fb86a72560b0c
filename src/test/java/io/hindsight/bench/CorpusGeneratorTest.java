package io.hindsight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus generator is deterministic, writes every style in its share, breaks the share of
 * files it was asked to, and accounts for every file it wrote in the truth file.
 */
class CorpusGeneratorTest {
    static final int COUNT = 200;
    static final long SEED = 20260401L;

    @TempDir
    static Path tmp;
    static Path corpus;
    static CorpusGenerator.Summary summary;
    static List<Map<String, String>> truth;

    @BeforeAll
    static void generate() throws IOException {
        corpus = tmp.resolve("corpus");
        summary = CorpusGenerator.generate(new CorpusGenerator.Options(corpus, COUNT, SEED, 0.02, 0.01));
        truth = TruthFile.read(summary.truthFile());
    }

    @Test
    void sameSeedAndCountGiveByteIdenticalFiles() throws IOException {
        Path again = tmp.resolve("again");
        CorpusGenerator.Summary second = CorpusGenerator.generate(new CorpusGenerator.Options(again, COUNT, SEED, 0.02, 0.01));
        List<Path> first = files(corpus);
        List<Path> other = files(again);
        assertThat(other.stream().map(p -> again.relativize(p).toString()).toList())
                .isEqualTo(first.stream().map(p -> corpus.relativize(p).toString()).toList());
        for (Path p : first) {
            assertThat(Files.readAllBytes(again.resolve(corpus.relativize(p)))).as("bytes of %s", corpus.relativize(p))
                    .isEqualTo(Files.readAllBytes(p));
        }
        assertThat(Files.readAllBytes(second.truthFile())).isEqualTo(Files.readAllBytes(summary.truthFile()));
    }

    @Test
    void anotherSeedGivesAnotherCorpus() throws IOException {
        CorpusGenerator.Summary other = CorpusGenerator.generate(new CorpusGenerator.Options(tmp.resolve("other"), COUNT, SEED + 1, 0.02, 0.01));
        assertThat(Files.readAllBytes(other.truthFile())).isNotEqualTo(Files.readAllBytes(summary.truthFile()));
    }

    @Test
    void writesCountFilesInEveryStyleInItsShare() throws IOException {
        assertThat(files(corpus)).hasSize(COUNT);
        Map<String, Integer> byStyle = summary.filesByStyle();
        int postmortemFiles = COUNT - byStyle.get("broken") - byStyle.get("skipped");
        int totalWeight = 0;
        for (CorpusGenerator.Style s : CorpusGenerator.Style.values()) {
            totalWeight += s.weight;
        }
        for (CorpusGenerator.Style s : CorpusGenerator.Style.values()) {
            if (s.weight == 0) {
                continue;
            }
            double expected = (double) postmortemFiles * s.weight / totalWeight;
            assertThat(byStyle.get(s.label)).as("files in style %s", s.label).isBetween((int) Math.floor(expected), (int) Math.ceil(expected));
        }
        // the truth agrees with the summary, style by style
        Map<String, Set<String>> filesPerStyle = new TreeMap<>();
        truth.forEach(row -> filesPerStyle.computeIfAbsent(row.get("style"), k -> new HashSet<>()).add(row.get("file")));
        filesPerStyle.forEach((style, fs) -> assertThat(fs).as("files of style %s in the truth", style).hasSize(byStyle.get(style)));
    }

    @Test
    void breaksAndSkipsTheRequestedShares() {
        assertThat(summary.filesByStyle().get("broken")).isEqualTo(Math.round(COUNT * 0.02f));
        assertThat(summary.filesByStyle().get("skipped")).isEqualTo(Math.round(COUNT * 0.01f));
        long rejectedFiles = truth.stream().filter(r -> r.get("style").equals("broken")).count();
        assertThat(rejectedFiles).isEqualTo((long) summary.filesByStyle().get("broken"));
        assertThat(truth.stream().filter(r -> r.get("style").equals("broken")))
                .allSatisfy(r -> assertThat(r.get("expected")).matches("rejected:(not_utf8|empty|invalid_json|binary|not_a_postmortem|wrong_shape)"));
        assertThat(truth.stream().filter(r -> r.get("style").equals("skipped")))
                .allSatisfy(r -> assertThat(r.get("file")).matches(".*\\.(png|txt|csv|html)"));
    }

    @Test
    void truthCoversEveryFileAndOnlyThem() throws IOException {
        Set<String> onDisk = new HashSet<>();
        for (Path p : files(corpus)) {
            onDisk.add(corpus.relativize(p).toString().replace('\\', '/'));
        }
        Set<String> inTruth = new HashSet<>();
        truth.forEach(r -> inTruth.add(r.get("file")));
        assertThat(inTruth).isEqualTo(onDisk);
        Set<String> sources = new HashSet<>();
        for (Map<String, String> row : truth) {
            assertThat(sources.add(row.get("source_path"))).as("unique source_path %s", row.get("source_path")).isTrue();
            if (row.get("expected").equals("parsed")) {
                assertThat(row.get("cause_family")).isIn(CorpusGenerator.PRIMARY);
                assertThat(row.get("started_at")).as("started_at of %s", row.get("source_path"))
                        .matches(row.get("date").isEmpty() ? "" : "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
            }
        }
        assertThat(summary.truthFile().getParent()).isEqualTo(corpus.toAbsolutePath().getParent());
        assertThat(summary.truthFile().getFileName().toString()).isEqualTo("corpus-truth.tsv");
    }

    @Test
    void incidentsSpreadOverTwelveQuartersAndSkewedCauseFamilies() {
        Set<String> quarters = new HashSet<>();
        Map<String, Integer> families = new TreeMap<>();
        for (Map<String, String> row : truth) {
            if (!row.get("date").isEmpty()) {
                int month = Integer.parseInt(row.get("date").substring(5, 7));
                quarters.add(row.get("date").substring(0, 4) + "-Q" + ((month - 1) / 3 + 1));
            }
            if (!row.get("cause_family").isEmpty()) {
                families.merge(row.get("cause_family"), 1, Integer::sum);
            }
        }
        assertThat(quarters).hasSizeGreaterThanOrEqualTo(11).allMatch(q -> q.compareTo("2024-Q1") >= 0 && q.compareTo("2026-Q4") <= 0);
        assertThat(families.size()).isGreaterThanOrEqualTo(15);
        int top = families.getOrDefault(CorpusGenerator.PRIMARY.get(0), 0);
        int bottom = families.getOrDefault(CorpusGenerator.PRIMARY.get(CorpusGenerator.PRIMARY.size() - 1), 0);
        assertThat(top).isGreaterThan(2 * bottom);
    }

    @Test
    void markdownPostmortemsHaveRealisticSizesAndAreAllDifferent() throws IOException {
        List<Integer> sizes = new ArrayList<>();
        Set<String> contents = new HashSet<>();
        for (Map<String, String> row : truth) {
            if (row.get("style").startsWith("md-") && row.get("expected").equals("parsed")) {
                byte[] b = Files.readAllBytes(corpus.resolve(row.get("file")));
                sizes.add(b.length);
                assertThat(contents.add(new String(b, StandardCharsets.UTF_8))).as("duplicate content in %s", row.get("file")).isTrue();
            }
        }
        sizes.sort(null);
        assertThat(sizes.get(sizes.size() / 10)).isGreaterThanOrEqualTo(2_000);
        assertThat(sizes.get(sizes.size() * 9 / 10)).isLessThanOrEqualTo(6_500);
    }

    @Test
    void rejectsBadOptionsTogether() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CorpusGenerator.Options(tmp.resolve("x"), 0, 1, 0.9, -1))
                .hasMessageContaining("--count").hasMessageContaining("--broken-share").hasMessageContaining("--skipped-share");
    }

    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** Reads the truth TSV into rows keyed by column name. */
    static final class TruthFile {
        private TruthFile() {
        }

        static List<Map<String, String>> read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split("\t", -1);
            assertThat(List.of(header)).isEqualTo(CorpusGenerator.TRUTH_COLUMNS);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                assertThat(cells).as("cells in %s", line).hasSize(header.length);
                Map<String, String> row = new TreeMap<>();
                for (int k = 0; k < header.length; k++) {
                    row.put(header[k], cells[k]);
                }
                rows.add(row);
            }
            return rows;
        }
    }
}
