package io.hindsight.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The facts of one incident as its postmortem states them. Nothing here is guessed: a fact
 * the document does not give is empty, and a value that could not be read is empty with a
 * warning.
 *
 * @param sections the canonical sections the document has, for completeness checks
 */
public record Incident(
        String id,
        String sourcePath,
        SourceFormat format,
        Optional<String> title,
        Optional<LocalDate> date,
        Optional<Severity> severity,
        Optional<String> status,
        List<String> services,
        Optional<String> author,
        List<String> participants,
        Optional<LocalDate> postmortemDate,
        Optional<String> summary,
        List<TimelineEvent> timeline,
        Timings timings,
        OptionalLong statedDurationMinutes,
        Impact impact,
        Optional<DetectionMethod> detectionMethod,
        Optional<String> rootCause,
        List<String> contributingFactors,
        List<ActionItem> actionItems,
        List<String> whatWentWell,
        List<String> whatWentPoorly,
        List<String> lessonsLearned,
        Set<SectionKind> sections,
        List<String> warnings) {

    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(format, "format");
        services = List.copyOf(services);
        participants = List.copyOf(participants);
        timeline = List.copyOf(timeline);
        contributingFactors = List.copyOf(contributingFactors);
        actionItems = List.copyOf(actionItems);
        whatWentWell = List.copyOf(whatWentWell);
        whatWentPoorly = List.copyOf(whatWentPoorly);
        lessonsLearned = List.copyOf(lessonsLearned);
        // an EnumSet: iteration in declaration order, the same in every JVM (Set.copyOf's is randomised)
        sections = java.util.Collections.unmodifiableSet(sections.isEmpty() ? java.util.EnumSet.noneOf(SectionKind.class)
                : java.util.EnumSet.copyOf(sections));
        warnings = List.copyOf(warnings);
        for (Object o : new Object[] {title, date, severity, status, author, postmortemDate, summary, timings,
                statedDurationMinutes, impact, detectionMethod, rootCause}) {
            Objects.requireNonNull(o, "an Incident component is null in " + sourcePath);
        }
    }

    public Optional<Quarter> quarter() {
        return date.map(Quarter::of);
    }

    /** Days from the incident to its postmortem, when both dates are stated. */
    public OptionalLong postmortemLagDays() {
        if (date.isEmpty() || postmortemDate.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ChronoUnit.DAYS.between(date.get(), postmortemDate.get()));
    }

    /** The same incident, read from a file of another format (a Markdown postmortem kept inside a JSON record). */
    public Incident withFormat(SourceFormat newFormat) {
        return new Incident(id, sourcePath, newFormat, title, date, severity, status, services, author, participants,
                postmortemDate, summary, timeline, timings, statedDurationMinutes, impact, detectionMethod, rootCause,
                contributingFactors, actionItems, whatWentWell, whatWentPoorly, lessonsLearned, sections, warnings);
    }

    public Incident withWarnings(List<String> newWarnings) {
        return new Incident(id, sourcePath, format, title, date, severity, status, services, author, participants,
                postmortemDate, summary, timeline, timings, statedDurationMinutes, impact, detectionMethod, rootCause,
                contributingFactors, actionItems, whatWentWell, whatWentPoorly, lessonsLearned, sections, newWarnings);
    }
}
