package io.hindsight.analyse.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The blame scan looks for each rule's regex only near its trigger words (and only at them when
 * the trigger opens the regex). That shortcut must find exactly what a plain scan of the whole
 * text with every rule finds.
 */
class BlameDetectionTest {
    private static final List<QualityAssessor.BlameRule> RULES = QualityAssessor.loadRules("blame-phrases.txt");
    private final QualityAssessor assessor = QualityAssessor.standard();

    @Test
    void findsEachKindOfBlamePhrase() {
        assertThat(phrases("The outage was caused by human error during the deploy.")).containsExactly("human error");
        assertThat(phrases("Bob forgot to renew the certificate.")).containsExactly("Bob forgot");
        assertThat(phrases("The on-call engineer ignored the alert for 20 minutes.")).containsExactly("ignored the alert");
        assertThat(phrases("It was her mistake, frankly.")).containsExactly("her mistake");
        assertThat(phrases("This change should not have been deployed on a Friday.")).containsExactly("should not have been deployed");
        assertThat(phrases("A careless edit to the config.")).containsExactly("careless");
        assertThat(phrases("Engineer didn't check the dashboard before the alert fired")).containsExactly("didn't check the dashboard before the alert");
    }

    @Test
    void triggerWordsInsideOtherWordsFindNothing() {
        // "her" in "other"/"there", "lazy" in "blazy", "blame" in "unblamed"
        assertThat(phrases("The other mistake was there: nothing blazy, no one unblamed.")).isEmpty();
        assertThat(phrases("Errors rose; the error budget burned; a fault in the disk.")).isEmpty();
        assertThat(phrases("Alice restored the service and Bob reviewed the fix.")).isEmpty();
    }

    @Test
    void aMatchAcrossTwoSentencesDoesNotCount() {
        assertThat(phrases("We missed the\nalert.")).isEmpty();
    }

    @Test
    void sameFindingsAsAScanOfTheWholeText() {
        String[] fragments = {
            "human error", "Operator error", "the error of Bob", "error by Alice", "her fault", "their mistake",
            "other mistakes", "there error", "Carol forgot", "Dave broke", "forgot to page", "should not have been merged",
            "shouldn't have shipped", "never should have approved the pull request", "why was this merged",
            "why was this code merged", "who approved", "blamed", "blames", "blame", "careless", "carelessly",
            "negligence", "lazy", "reckless", "incompetent", "ignored the alert", "missed a page", "slept through all alarms",
            "didn't notice the spike on the dashboard", "did not respond to the page", "failed to acknowledge the pager alert",
            "the oncall forgot to escalate", "the engineer neglected to check", "should have known", "Erin should have known",
            "latency", "errors", "faulty disk", "the mistake of", "rollback", "the", "Mistake by Frank", "HUMAN ERROR",
        };
        String[] separators = {" ", " ", ", ", ". ", "\n", " and ", "; ", " — ", "(", ") "};
        Random random = new Random(20261129);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int parts = 1 + random.nextInt(12);
            for (int i = 0; i < parts; i++) {
                String f = fragments[random.nextInt(fragments.length)];
                if (random.nextInt(8) == 0) {
                    f = f.toUpperCase(Locale.ROOT);
                }
                text.append(f).append(separators[random.nextInt(separators.length)]);
            }
            String t = text.toString();
            assertThat(phrases(t)).as(t).isEqualTo(wholeTextScan(t));
        }
    }

    private List<String> phrases(String text) {
        return assessor.blame(text).stream().map(QualityAssessor.BlameFinding::phrase).toList();
    }

    /** The reference: every rule's regex over the whole text, then the detector's own rules for keeping a match. */
    private static List<String> wholeTextScan(String text) {
        List<QualityAssessor.BlameRule> rules = RULES;
        TreeMap<Long, String> found = new TreeMap<>();
        Pattern sentenceEnd = Pattern.compile("[.!?]\\s|\\n");
        for (int r = 0; r < rules.size(); r++) {
            Matcher m = rules.get(r).pattern().matcher(text);
            while (m.find()) {
                String phrase = m.group().strip();
                if (!phrase.isEmpty() && !sentenceEnd.matcher(phrase).find()) {
                    found.putIfAbsent((long) m.start() * 1000 + r, phrase);
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String p : found.values()) {
            if (seen.add(p.toLowerCase(Locale.ROOT))) {
                out.add(p);
            }
        }
        return out;
    }
}
