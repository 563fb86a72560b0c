package io.hindsight.extract;

import io.hindsight.model.Incident;
import io.hindsight.model.Phase;
import io.hindsight.model.SectionKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a readable Markdown document is a postmortem, from evidence in several
 * places, so that an archive's README with a "Timeline" heading is not imported. Points:
 * a title or metadata that names an incident (2), a timeline of an incident (2: at least two
 * timed events, and at least one of them is a response phase such as an alert, a rollback or
 * a recovery; a dated schedule of milestones scores 1), a stated severity (1), a stated
 * incident date (1), and one point for each of: root cause, impact, contributing factors,
 * action items with at least one item, detection or recovery, summary (half a point).
 * Template placeholders ("[Incident Title]", "HH:MM") count as nothing.
 *
 * <p>A document needs {@value #THRESHOLD} points and two things besides: some substance (a
 * timed event, a root cause, an impact section, or a named draft with a summary) and
 * something that ties it to one incident (a date, an incident id, a severity, or an impact
 * figure). A draft with a postmortem title, a date and a summary passes as an (incomplete)
 * postmortem; a how-to page or handbook with example headings, timelines and checklists
 * does not, and neither does an unfilled template.
 */
final class PostmortemEvidence {
    static final double THRESHOLD = 3.0;

    /**
     * What the document states beyond the incident record.
     *
     * @param namedAsIncident a title (not a placeholder) or metadata that names an incident
     * @param dateStated      the document states the incident date (not only the timeline's)
     * @param idStated        the document gives its own incident id
     * @param unfilled        template placeholders left in it
     */
    record Facts(boolean namedAsIncident, boolean dateStated, boolean idStated, List<String> unfilled) {
        Facts {
            unfilled = List.copyOf(unfilled);
        }
    }

    private PostmortemEvidence() {
    }

    static double score(Incident i, Facts f) {
        double s = 0;
        s += f.namedAsIncident() ? 2 : 0;
        long timed = timedEvents(i);
        s += timed >= 2 ? (responsePhase(i) ? 2 : 1) : 0;
        s += i.severity().isPresent() ? 1 : 0;
        s += f.dateStated() ? 1 : 0;
        s += i.rootCause().isPresent() ? 1 : 0;
        s += i.sections().contains(SectionKind.IMPACT) ? 1 : 0;
        s += !i.contributingFactors().isEmpty() ? 1 : 0;
        s += !i.actionItems().isEmpty() ? 1 : 0;
        s += i.sections().contains(SectionKind.DETECTION) || i.sections().contains(SectionKind.RECOVERY) ? 1 : 0;
        s += i.summary().isPresent() ? 0.5 : 0;
        return substance(i, f) && specific(i, f) ? s : Math.min(s, THRESHOLD - 0.5);
    }

    private static boolean substance(Incident i, Facts f) {
        return timedEvents(i) >= 1 || i.rootCause().isPresent() || i.sections().contains(SectionKind.IMPACT)
                || (f.namedAsIncident() && i.summary().isPresent());
    }

    /** Something that makes it about one incident rather than incidents in general. */
    private static boolean specific(Incident i, Facts f) {
        return i.date().isPresent() || f.idStated() || i.severity().isPresent() || anyFigure(i);
    }

    private static boolean anyFigure(Incident i) {
        var m = i.impact();
        return m.usersAffected().isPresent() || m.usersAffectedPct().isPresent() || m.failedRequests().isPresent()
                || m.revenueLossUsd().isPresent() || m.supportTickets().isPresent();
    }

    /** An event past the start took a response phase: something was detected, rolled back, mitigated, resolved... */
    private static boolean responsePhase(Incident i) {
        return !i.timings().minutes().isEmpty() || i.timings().phases().keySet().stream().anyMatch(p -> p != Phase.STARTED);
    }

    private static long timedEvents(Incident i) {
        long dated = i.timeline().stream().filter(e -> e.at().isPresent()).count();
        if (dated > 0) {
            return dated;
        }
        // undated timelines still have times: count events that took part in the timings
        return i.timings().minutes().isEmpty() ? 0 : Math.max(2, i.timings().phases().size());
    }

    static String explain(Incident i, double score, Facts f) {
        List<String> why = new ArrayList<>();
        if (f.unfilled().size() >= 3) {
            why.add("it looks like an unfilled template: " + Placeholders.describe(f.unfilled()));
        }
        if (!specific(i, f)) {
            why.add("nothing ties it to one incident (no incident date, id, severity or impact figure)");
        }
        if (!substance(i, f)) {
            why.add("no timed event, root cause or impact");
        }
        String because = why.isEmpty() ? "" : String.join("; ", why) + "; ";
        return String.format(Locale.ROOT,
                "not a postmortem: %stoo little evidence (score %.1f of %.1f needed): title '%s', sections %s, %d timed timeline events, "
                        + "%s; add a '# Postmortem: <title>' heading, the incident date and the template's sections (Timeline, Root Cause, "
                        + "Impact) if it is one",
                because, score, THRESHOLD, TimelineReader.abbreviate(i.title().orElse("(none)")), i.sections(),
                i.timeline().stream().filter(e -> e.at().isPresent()).count(),
                i.timings().at(Phase.STARTED).isPresent() ? "a start time" : "no start time") + problemsReading(i);
    }

    /** Characters of each warning a rejection's detail repeats (the detail stays one short line). */
    private static final int WARNING_SHOWN = 120;

    /** What went wrong while reading it (front matter ignored, a limit hit): often why the evidence is missing. */
    private static String problemsReading(Incident i) {
        if (i.warnings().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("; while reading it: ");
        int shown = Math.min(3, i.warnings().size());
        for (int k = 0; k < shown; k++) {
            // a warning quotes the text it could not read, which may be long: keep the gist
            out.append(k > 0 ? "; " : "").append(TimelineReader.abbreviate(i.warnings().get(k), WARNING_SHOWN));
        }
        return out + (i.warnings().size() > shown ? "; and " + (i.warnings().size() - shown) + " more" : "");
    }
}
