package io.hindsight.analyse.quality;

import io.hindsight.model.Incident;
import io.hindsight.model.Quality;
import io.hindsight.model.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The checks {@code hindsight lint} runs on one postmortem, for a postmortem repository's own
 * CI: the same completeness and blame checks as the quarterly report. Errors fail the build;
 * warnings do not.
 */
public final class Lint {
    /** Days after the incident within which the guide wants the review held (1-3 days). */
    static final int LAG_TARGET_DAYS = 3;

    private Lint() {
    }

    public enum Level { ERROR, WARNING }

    public record Finding(Level level, String message) {
        @Override
        public String toString() {
            return level.name().toLowerCase(Locale.ROOT) + ": " + message;
        }
    }

    /** The quality score, for the summary line. */
    public static int score(Incident incident, String text, QualityAssessor assessor) {
        return assessor.assess(incident, text).score();
    }

    public static List<Finding> check(Incident incident, String text, QualityAssessor assessor) {
        List<Finding> out = new ArrayList<>();
        Quality q = assessor.assess(incident, text);
        String sev = incident.severity().map(Enum::name).orElse("unknown severity, held to SEV2");
        for (SectionKind k : q.missingSections()) {
            out.add(new Finding(Level.ERROR, "missing required section " + name(k) + " (required for " + sev + ")"));
        }
        for (QualityAssessor.BlameFinding b : assessor.blame(text)) {
            out.add(new Finding(Level.ERROR, "blame language \"" + b.phrase() + "\": ask instead \"" + b.alternative() + "\""));
        }
        if (q.actionItemsWithoutOwner() > 0) {
            out.add(new Finding(Level.WARNING, q.actionItemsWithoutOwner() + " action item(s) without an owner"));
        }
        if (q.actionItemsWithoutDueDate() > 0) {
            out.add(new Finding(Level.WARNING, q.actionItemsWithoutDueDate() + " action item(s) without a due date"));
        }
        if (incident.severity().isEmpty()) {
            out.add(new Finding(Level.WARNING, "no severity stated (SEV1..SEV4, P1..P4 or Critical/Major/Moderate/Minor)"));
        }
        if (incident.date().isEmpty()) {
            out.add(new Finding(Level.WARNING, "no incident date stated"));
        }
        incident.postmortemLagDays().ifPresent(lag -> {
            if (lag > LAG_TARGET_DAYS) {
                out.add(new Finding(Level.WARNING, "postmortem written " + lag + " days after the incident (target: 1-3 days)"));
            }
        });
        for (String w : incident.warnings()) {
            out.add(new Finding(Level.WARNING, w));
        }
        return out;
    }

    static String name(SectionKind k) {
        String s = k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return "'" + Character.toUpperCase(s.charAt(0)) + s.substring(1) + "'";
    }
}
