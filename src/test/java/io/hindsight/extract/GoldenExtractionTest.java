package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden inputs carry their expectations: every postmortem under {@code golden/} has a
 * {@code NAME.expected.json} beside it holding the fields a careful reader of the CONTRACT
 * would extract. Each fixture must match field for field.
 */
class GoldenExtractionTest {
    static Path root() throws URISyntaxException {
        return Path.of(GoldenExtractionTest.class.getResource("/golden").toURI());
    }

    static Stream<Path> fixtures() throws Exception {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root())) {
            s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".expected.json"))
                    .filter(p -> FileKindOf.known(p))
                    .sorted()
                    .forEach(out::add);
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void matchesExpectations(Path input) throws Exception {
        String name = input.getFileName().toString();
        Path expectedFile = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        JsonNode expected = GoldenFiles.MAPPER.readTree(Files.readString(expectedFile));
        List<JsonNode> actual = GoldenFiles.extract(root(), input);
        List<JsonNode> wanted = new ArrayList<>();
        if (expected.isArray()) {
            expected.forEach(wanted::add);
        } else {
            wanted.add(expected);
        }
        assertThat(actual).as("incidents in %s", name).hasSize(wanted.size());
        List<String> diffs = new ArrayList<>();
        int[] counts = new int[2];
        for (int i = 0; i < wanted.size(); i++) {
            for (String d : GoldenFiles.compare(actual.get(i), wanted.get(i), counts)) {
                diffs.add("[" + i + "] " + d);
            }
        }
        assertThat(diffs).as("differences from %s", expectedFile.getFileName()).isEmpty();
    }

    /** Which files are postmortem inputs. */
    static final class FileKindOf {
        static boolean known(Path p) {
            return io.hindsight.ingest.FileKind.of(p.toString()).isPresent();
        }
    }

}
