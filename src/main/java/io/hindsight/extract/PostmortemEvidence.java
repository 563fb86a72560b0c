package io.hindsight.extract;

import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import io.hindsight.model.SectionKind;
import java.util.Locale;

/**
 * Decides whether a readable Markdown document is a postmortem, from evidence in several
 * places, so that an archive's README with a "Timeline" heading is not imported. Points:
 * a title or metadata that names an incident (2), a timeline with at least two timed events
 * (2), a stated severity (1), a stated incident date (1), and one point for each of: root
 * cause, impact, contributing factors, action items with at least one item, detection or
 * recovery, summary (half a point). A document needs {@value #THRESHOLD} points and at least
 * one timed event, root cause or impact: a draft with a postmortem title and a summary passes
 * as an (incomplete) postmortem; a how-to page with headings does not.
 */
final class PostmortemEvidence {
    static final double THRESHOLD = 3.0;

    private PostmortemEvidence() {
    }

    static double score(Incident i, boolean namedAsIncident) {
        double s = 0;
        s += namedAsIncident ? 2 : 0;
        long timed = timedEvents(i);
        s += timed >= 2 ? 2 : 0;
        s += i.severity().isPresent() ? 1 : 0;
        s += i.date().isPresent() ? 1 : 0;
        s += i.rootCause().isPresent() ? 1 : 0;
        s += i.sections().contains(SectionKind.IMPACT) ? 1 : 0;
        s += !i.contributingFactors().isEmpty() ? 1 : 0;
        s += !i.actionItems().isEmpty() ? 1 : 0;
        s += i.sections().contains(SectionKind.DETECTION) || i.sections().contains(SectionKind.RECOVERY) ? 1 : 0;
        s += i.summary().isPresent() ? 0.5 : 0;
        boolean substance = timed >= 1 || i.rootCause().isPresent() || i.sections().contains(SectionKind.IMPACT)
                || (namedAsIncident && i.summary().isPresent());
        return substance ? s : Math.min(s, THRESHOLD - 0.5);
    }

    private static long timedEvents(Incident i) {
        long dated = i.timeline().stream().filter(e -> e.at().isPresent()).count();
        if (dated > 0) {
            return dated;
        }
        // undated timelines still have times: count events that took part in the timings
        return i.timings().minutes().isEmpty() ? 0 : Math.max(2, i.timings().phases().size());
    }

    static String explain(Incident i, double score) {
        return String.format(Locale.ROOT,
                "not a postmortem: too little evidence (score %.1f of %.1f needed): title '%s', sections %s, %d timed timeline events, "
                        + "%s; add a '# Postmortem: <title>' heading and the template's sections (Timeline, Root Cause, Impact) if it is one",
                score, THRESHOLD, i.title().orElse("(none)"), i.sections(),
                i.timeline().stream().filter(e -> e.at().isPresent()).count(),
                i.timings().at(Phase.STARTED).isPresent() ? "a start time" : "no start time");
    }
}
