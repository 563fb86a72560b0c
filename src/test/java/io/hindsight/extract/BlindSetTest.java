package io.hindsight.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hindsight.model.ActionStatus;
import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import io.hindsight.model.TimingMetric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Postmortems written apart from the extractor, by helpers who read only the contract and the
 * guide, each with the facts its writer expects ({@code truth.tsv}; their judgement calls are in
 * {@code NOTES.md}). Set 1 was used to find gaps in the vocabulary. Sets 2 to 5 were each
 * measured before any change made for them (84.8%, 84.9%, 79.7% and 81.9% of fields; 79.7%,
 * 80.2%, 76.0% and 75.0% with the extractor as it was before set 1), then used too. Each set must
 * keep its level: a change that loses fields here reads other writers worse. Sets 6 and 7 were
 * measured the same way (87.5% and 83.1%), then used to add prose timelines. Set 8 was written
 * after those changes and measured at 87.5% before any change made for it. Sets 9 to 28 were
 * each measured the same way before anything was changed for them (the README's table gives
 * each figure), then used; each floor below is the set's level now.
 */
class BlindSetTest {
    private static final Phase[] PHASES = Phase.values();
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}: at least {1} of fields right")
    @CsvSource({"set1, 0.99", "set2, 0.97", "set3, 0.99", "set4, 0.97", "set5, 0.98", "set6, 1.00", "set7, 0.98", "set8, 1.00", "set9, 1.00", "set10, 0.99", "set11, 1.00", "set12, 0.99", "set13, 0.99", "set14, 1.00", "set15, 1.00", "set16, 0.98", "set17, 0.98", "set18, 0.99", "set19, 1.00", "set20, 1.00", "set21, 0.95", "set22, 1.00", "set23, 0.95", "set24, 0.99", "set25, 0.98", "set26, 0.96", "set27, 1.00", "set28, 0.88", "set29, 0.97", "set30, 0.81", "set31, 0.96", "set32, 0.96", "set33, 0.99", "set34, 0.85", "set35, 0.88", "set36, 0.98", "set37, 0.98", "set38, 0.72", "set39, 0.71", "set40, 0.86", "set41, 0.90", "set42, 0.98", "set43, 0.97", "set44, 0.96", "set45, 0.98", "set46, 0.99", "set47, 0.95", "set48, 0.97", "set49, 1.00", "set50, 0.99", "set51, 0.98", "set52, 0.99", "set53, 0.99", "set54, 0.98", "set55, 0.91", "set56, 0.95", "set57, 0.98", "set58, 0.97", "set59, 0.98", "set60, 0.95", "set61, 0.98", "set62, 0.99", "set63, 1.00", "set64, 0.98", "set65, 0.97", "set66, 0.95", "set67, 0.96", "set68, 0.92", "set69, 0.94", "set70, 0.97", "set71, 0.98", "set72, 0.98", "set73, 0.97", "set74, 0.95", "set75, 0.96", "set76, 0.98", "set77, 0.95", "set78, 0.97", "set79, 0.96", "set80, 0.95", "set81, 0.98", "set82, 0.95", "set83, 0.92", "set84, 0.96", "set85, 0.98", "set86, 0.94", "set87, 0.90", "set88, 0.98", "set89, 0.96", "set90, 0.93", "set91, 0.97", "set92, 0.96", "set93, 0.94", "set94, 0.95", "set95, 0.99", "set96, 0.97", "set97, 0.97", "set98, 0.98", "set99, 0.97", "set100, 0.93", "set101, 0.97", "set102, 0.97", "set103, 0.97", "set104, 0.95", "set105, 0.95", "set106, 0.98", "set107, 0.96", "set108, 0.90", "set109, 0.96", "set110, 0.95", "set111, 0.99", "set112, 0.93", "set113, 0.95", "set114, 0.94", "set115, 0.93", "set116, 0.97", "set117, 0.96", "set118, 0.92", "set119, 0.96", "set120, 0.95", "set121, 0.94", "set122, 0.96", "set123, 0.98", "set124, 0.94", "set125, 0.90", "set126, 0.97", "set127, 0.96", "set128, 0.94", "set129, 0.96", "set130, 0.81", "set131, 0.90", "set132, 0.94", "set133, 0.97", "set134, 0.93", "set135, 0.91", "set136, 0.93", "set137, 0.96", "set138, 0.85", "set139, 0.99", "set140, 0.94", "set141, 0.95", "set142, 0.93", "set143, 0.93", "set144, 0.98", "set145, 0.88", "set146, 0.95", "set147, 0.95", "set148, 0.98", "set149, 0.96", "set150, 0.94", "set151, 0.96", "set152, 0.95", "set153, 0.92", "set154, 0.93", "set155, 0.88", "set156, 0.96", "set157, 0.93", "set158, 0.94", "set159, 0.97", "set160, 0.95", "set161, 0.93", "set162, 0.93", "set163, 0.99", "set164, 0.93", "set165, 0.97", "set166, 0.93", "set167, 0.97", "set168, 0.99", "set169, 0.94", "set170, 0.95", "set171, 0.93", "set172, 0.98", "set173, 0.96", "set174, 0.90", "set175, 0.89", "set176, 0.94", "set177, 0.97", "set178, 0.95", "set179, 0.93", "set180, 0.96", "set181, 0.89", "set182, 0.88", "set183, 0.92", "set184, 0.96", "set185, 0.94", "set186, 0.88", "set187, 0.96", "set188, 0.97", "set189, 0.94", "set190, 0.98", "set191, 0.95", "set192, 0.97", "set193, 0.93", "set194, 0.96", "set195, 0.93", "set196, 0.91", "set197, 0.86", "set198, 0.90", "set199, 0.84", "set200, 0.89", "set201, 0.91", "set202, 0.90", "set203, 0.80", "set204, 0.91", "set205, 0.94", "set206, 0.98", "set207, 0.96", "set208, 0.96", "set209, 0.96", "set210, 0.98", "set211, 0.92", "set212, 0.95", "set213, 0.93", "set214, 0.94", "set215, 0.94", "set216, 0.97", "set217, 0.94", "set218, 0.96", "set219, 0.94", "set220, 0.94", "set221, 0.96", "set222, 0.93", "set223, 0.94", "set224, 0.89", "set225, 0.92", "set226, 0.96", "set227, 0.90", "set228, 0.96", "set229, 0.91", "set230, 0.91", "set231, 0.89", "set232, 0.95", "set233, 0.93", "set234, 0.93", "set235, 0.80", "set236, 0.95", "set237, 0.96", "set238, 0.97", "set239, 0.96", "set240, 0.96", "set241, 0.93", "set242, 0.96", "set243, 0.96", "set244, 0.85", "set245, 0.95", "set246, 0.91", "set247, 0.95", "set248, 0.90", "set249, 0.90", "set250, 0.97", "set251, 0.94", "set252, 0.84", "set253, 0.95", "set254, 0.95", "set255, 0.92", "set256, 0.85", "set257, 0.93", "set258, 0.92", "set259, 0.89", "set260, 0.90", "set261, 0.96", "set262, 0.97", "set263, 0.94", "set264, 0.96", "set265, 0.88", "set266, 0.94", "set267, 0.92", "set268, 0.88", "set269, 0.92", "set270, 0.97", "set271, 0.82", "set272, 0.97", "set273, 0.94", "set274, 0.96", "set275, 0.90", "set276, 0.89", "set277, 0.90", "set278, 0.94", "set279, 0.94", "set280, 0.92", "set281, 0.90", "set282, 0.96", "set283, 0.89", "set284, 0.93", "set285, 0.91", "set286, 0.98", "set287, 0.88", "set288, 0.96", "set289, 0.95", "set290, 0.83", "set291, 0.72", "set292, 0.95", "set293, 0.91", "set294, 0.89", "set295, 0.77", "set296, 0.89", "set297, 0.88", "set298, 0.87", "set299, 0.83", "set300, 0.78", "set301, 0.95", "set302, 0.93", "set303, 0.65", "set304, 0.96", "set305, 0.95", "set306, 0.94", "set307, 0.81", "set308, 0.87", "set309, 0.93", "set310, 0.95", "set311, 0.92", "set312, 0.92", "set313, 0.93", "set314, 0.89", "set315, 0.89", "set316, 0.92", "set317, 0.93", "set318, 0.88", "set319, 0.59", "set320, 0.94", "set321, 0.95", "set322, 0.90", "set323, 0.61", "set324, 0.80", "set325, 0.90", "set326, 0.53", "set327, 0.80", "set328, 0.84", "set329, 0.92", "set330, 0.79", "set331, 0.56", "set332, 0.88", "set333, 0.90", "set334, 0.95", "set335, 0.85", "set336, 0.81", "set337, 0.88", "set338, 0.51", "set339, 0.68", "set340, 0.85", "set341, 0.84", "set342, 0.87", "set343, 0.97", "set344, 0.57", "set345, 0.75", "set346, 0.38", "set347, 0.88", "set348, 0.78", "set349, 0.61", "set350, 0.86", "set351, 0.96", "set352, 0.48", "set353, 0.84", "set354, 0.90", "set355, 0.94", "set356, 0.93", "set357, 0.82", "set358, 0.91", "set359, 0.89", "set360, 0.94", "set361, 0.83", "set362, 0.88", "set363, 0.89", "set364, 0.93", "set365, 0.82", "set366, 0.94", "set367, 0.78", "set368, 0.91", "set369, 0.90", "set370, 0.91", "set371, 0.88", "set372, 0.84", "set373, 0.96", "set374, 0.92", "set375, 0.77", "set376, 0.73", "set377, 0.90", "set378, 0.87", "set379, 0.99", "set380, 1.00", "set381, 0.97", "set382, 0.95", "set383, 0.97", "set384, 0.96", "set385, 0.94", "set386, 0.93", "set387, 0.96", "set388, 0.96", "set389, 0.97", "set390, 0.96", "set391, 0.96", "set392, 0.96", "set393, 0.95", "set394, 0.94", "set395, 0.95", "set396, 0.93", "set397, 0.95", "set398, 0.96", "set399, 0.88", "set400, 0.94", "set401, 0.97", "set402, 0.95", "set403, 1.00", "set404, 0.93", "set405, 0.99", "set406, 0.96", "set407, 0.85", "set408, 0.92", "set409, 0.96", "set410, 0.96", "set411, 0.95", "set412, 0.95", "set413, 0.99", "set414, 0.91", "set415, 0.99", "set416, 0.93", "set417, 0.93", "set418, 0.96", "set419, 0.99", "set420, 0.96", "set421, 0.93", "set422, 0.85", "set423, 0.98", "set424, 0.96", "set425, 0.95", "set426, 0.93", "set427, 0.99", "set428, 0.92", "set429, 0.85", "set430, 0.94", "set431, 0.86", "set432, 0.89", "set433, 0.88", "set434, 0.95", "set435, 0.83", "set436, 0.91", "set437, 0.89", "set438, 0.84", "set439, 0.85", "set440, 0.83", "set441, 0.87", "set442, 0.88", "set443, 0.81", "set444, 0.83", "set445, 0.91", "set446, 0.63", "set447, 0.84", "set448, 0.87", "set449, 0.67", "set450, 0.88", "set451, 0.52", "set452, 0.91", "set453, 0.80", "set454, 0.91", "set455, 0.72", "set456, 0.79", "set457, 0.83", "set458, 0.81", "set459, 0.82", "set460, 0.89", "set461, 0.95", "set462, 0.75", "set463, 0.90", "set464, 0.81", "set465, 0.92", "set466, 0.90", "set467, 0.86", "set468, 0.98", "set469, 0.85", "set470, 0.90", "set471, 0.87", "set472, 0.61", "set473, 0.71", "set474, 0.86", "set475, 0.81", "set476, 0.96", "set477, 0.89", "set478, 0.86", "set479, 0.96", "set480, 0.91", "set481, 0.93", "set482, 0.96", "set483, 0.96", "set484, 0.96", "set485, 0.86", "set486, 0.81", "set487, 0.90", "set488, 0.79", "set489, 0.96", "set490, 0.98"})
    void keepsItsLevel(String set, double floor) throws IOException {
        Path dir = Path.of("src/test/resources/blind", set);
        List<String> lines = Files.readAllLines(dir.resolve("truth.tsv"));
        List<String> header = List.of(lines.get(0).split("\t", -1));
        FilePipeline pipeline = new FilePipeline();
        List<String> misses = new ArrayList<>();
        int fields = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] t = line.split("\t", -1);
            // "file", or one incident of a file holding several: "file.json#1" (array index), "file.jsonl:2" (line)
            String file = t[0].strip();
            String path = file.replaceFirst("(#\\d+|:\\d+)$", "");
            FilePipeline.Result r = pipeline.run(path, Files.readAllBytes(dir.resolve(path)));
            List<String> got = new ArrayList<>();
            Optional<FilePipeline.Parsed> parsed = r.parsed().stream()
                    .filter(x -> file.equals(path) ? r.parsed().size() == 1 : x.location().equals(file)).findFirst();
            if (parsed.isEmpty()) {
                misses.add(file + ": not read " + r.rejected());
            } else {
                got = facts(parsed.get().incident());
            }
            for (int c = 1; c < header.size(); c++) {
                fields++;
                String expected = t[c].strip();
                String actual = got.isEmpty() ? "?" : got.get(c - 1);
                if (!expected.equals(actual)) {
                    misses.add(file + " " + header.get(c) + ": expected '" + expected + "', got '" + actual + "'");
                }
            }
        }
        double right = 1.0 - (double) misses.size() / fields;
        assertThat(right).as("%s: %d of %d fields right; misses:%n%s", set, fields - misses.size(), fields, String.join("\n", misses))
                .isGreaterThanOrEqualTo(floor);
    }

    /** The truth file's columns after the file name, in its order. */
    private static List<String> facts(Incident i) {
        List<String> out = new ArrayList<>();
        out.add(i.date().map(Object::toString).orElse(""));
        out.add(i.severity().map(Enum::name).orElse(""));
        for (Phase p : PHASES) {
            Instant at = i.timings().phases().get(p);
            out.add(at == null ? "" : MINUTE.format(at));
        }
        out.add(minutes(i, TimingMetric.TTD));
        out.add(minutes(i, TimingMetric.TTR));
        out.add(String.valueOf(i.contributingFactors().size()));
        out.add(String.valueOf(i.actionItems().size()));
        out.add(String.valueOf(i.actionItems().stream().filter(a -> a.status().filter(ActionStatus.DONE::equals).isPresent()).count()));
        return out;
    }

    private static String minutes(Incident i, TimingMetric m) {
        Long v = i.timings().minutes().get(m);
        return v == null ? "" : String.valueOf(v);
    }
}
