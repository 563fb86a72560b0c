package io.hindsight.extract;

import io.hindsight.model.DetectionMethod;
import io.hindsight.model.Phase;
import io.hindsight.model.TimelineEvent;
import io.hindsight.model.TimingMetric;
import io.hindsight.model.Timings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.IntPredicate;

/**
 * The part of extraction shared by every format: placed timeline events are classified into
 * phases, resolved into timings, reconciled with a stated time to detect, and turned into the
 * incident's {@link TimelineEvent}s.
 */
final class TimelineAssembler {
    private TimelineAssembler() {
    }

    /** @param classes each placed event's classification, in the order of the events */
    record Assembled(List<TimelineEvent> events, Timings timings, Optional<DetectionMethod> detectedBy, List<String> warnings,
                     List<PhaseClassifier.Classification> classes) {
    }

    /**
     * @param placed     events on the clock (see {@link TimelineClock})
     * @param dated      whether the instants are real (else only durations are reported)
     * @param fixedPhase a phase the source states outright for an event (an export's milestone type), by index
     * @param statedTtd  a time to detect the text states
     * @param rootCause  the document's root cause: when no event says the cause was found, the
     *                   event that states it is the identification (see {@link CauseStatements})
     */
    static Assembled assemble(List<TimelineClock.Placed> placed, boolean dated,
                              Function<Integer, Optional<PhaseClassifier.Classification>> fixedPhase,
                              OptionalLong statedTtd, Optional<String> rootCause, Readers readers) {
        List<String> warnings = new ArrayList<>();
        List<PhaseClassifier.Classification> classes = new ArrayList<>();
        boolean[] stated = new boolean[placed.size()]; // the source states the event's phase outright (an export's milestone, a stage column)
        for (int i = 0; i < placed.size(); i++) {
            TimelineClock.Placed p = placed.get(i);
            Optional<PhaseClassifier.Classification> fixed = fixedPhase.apply(i);
            stated[i] = fixed.isPresent() || p.stated().isPresent();
            classes.add(fixed.orElseGet(() -> withStatedStage(readers.classifier().classify(p.text(), p.source()), p.stated())));
        }
        // whether a recovery event tells what was done, read once per event however often the timeline is resolved
        Boolean[] named = new Boolean[placed.size()];
        IntPredicate namesAction = i -> named[i] != null ? named[i] : (named[i] = EffectReports.namesAction(placed.get(i).text()));
        PhaseResolver.Resolved resolved = PhaseResolver.resolve(timed(placed, classes, namesAction));
        // events the vocabulary left without their phase, read as a whole: the finding that states the
        // root cause, an action told with its effect, the last report of health before the close
        if (rootCause.isPresent() && !resolved.timings().phases().containsKey(Phase.IDENTIFIED)) {
            resolved = relabel(placed, classes, causeStated(placed, classes, resolved, rootCause.get(), readers.causes()), Phase.IDENTIFIED,
                    resolved, namesAction);
        }
        resolved = relabel(placed, classes, effectReported(placed, classes, resolved), Phase.MITIGATED, resolved, namesAction);
        resolved = relabel(placed, classes, recoveryReported(placed, classes, resolved), Phase.RESOLVED, resolved, namesAction);
        resolved = inEffectLater(placed, classes, stated, resolved, namesAction);
        warnings.addAll(resolved.warnings());
        Map<Integer, Phase> phaseOfEvent = new java.util.HashMap<>();
        resolved.eventOfPhase().forEach((phase, idx) -> phaseOfEvent.putIfAbsent(idx, phase));
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            TimelineClock.Placed p = placed.get(i);
            Optional<Phase> phase = classes.get(i).phase();
            if (phase.isEmpty() && phaseOfEvent.get(i) == Phase.STARTED) {
                phase = Optional.of(Phase.STARTED);
            }
            events.add(new TimelineEvent(dated ? p.at() : Optional.empty(), p.text(), p.source(), phase));
        }
        Timings t = resolved.timings();
        Map<Phase, Instant> phases = dated ? t.phases() : Map.of();
        Map<TimingMetric, Long> minutes = new EnumMap<>(TimingMetric.class);
        minutes.putAll(t.minutes());
        if (statedTtd.isPresent()) {
            Long fromTimeline = minutes.get(TimingMetric.TTD);
            if (fromTimeline == null) {
                minutes.put(TimingMetric.TTD, statedTtd.getAsLong());
            } else if (Math.abs(fromTimeline - statedTtd.getAsLong()) > 5) {
                warnings.add("stated time to detect (" + statedTtd.getAsLong() + " min) disagrees with the timeline ("
                        + fromTimeline + " min); the timeline's figure is kept");
            }
        }
        Optional<DetectionMethod> detectedBy = Optional.empty();
        Integer detectedIdx = resolved.eventOfPhase().get(Phase.DETECTED);
        if (detectedIdx != null) {
            TimelineClock.Placed p = placed.get(detectedIdx);
            detectedBy = DetectionMethods.of(p.text() + " " + p.source().orElse(""));
        }
        return new Assembled(events, new Timings(phases, minutes), detectedBy, warnings, classes);
    }

    /**
     * The phase a writer's stage column names ("Mitigation", "Recovered", "Closed") for a row
     * whose words name none, or whose words read as the end of the incident, which they easily
     * misread ("Closing paused from the admin console", labelled "Mitigation"; "Tobias closes
     * GS-2291", labelled "Closed"). A stage spans several rows, so words naming another step stay
     * ("Revert started" in the "Identified" stage is the rollback), as do words telling an action
     * that changed nothing and a close labelled "Resolved".
     */
    static PhaseClassifier.Classification withStatedStage(PhaseClassifier.Classification read, Optional<Phase> stated) {
        if (stated.isEmpty() || read.reportsNoEffect() || read.phase().equals(stated)) {
            return read;
        }
        Optional<Phase> words = read.phase();
        boolean endRead = words.filter(p -> p == Phase.RESOLVED || p == Phase.CLOSED).isPresent();
        if (words.isPresent() && (!endRead || words.get() == Phase.CLOSED && stated.get() == Phase.RESOLVED)) {
            return read;
        }
        java.util.EnumSet<Phase> also = java.util.EnumSet.noneOf(Phase.class);
        also.addAll(read.also());
        also.remove(stated.get());
        return new PhaseClassifier.Classification(stated, java.util.Collections.unmodifiableSet(also), read.rollbackMention(), false);
    }

    /** Gives the event at {@code index} (if any) the phase, keeping what else it told, and resolves the timeline again. */
    private static PhaseResolver.Resolved relabel(List<TimelineClock.Placed> placed, List<PhaseClassifier.Classification> classes,
                                                  OptionalInt index, Phase phase, PhaseResolver.Resolved resolved,
                                                  IntPredicate namesAction) {
        if (index.isEmpty()) {
            return resolved;
        }
        PhaseClassifier.Classification c = classes.get(index.getAsInt());
        classes.set(index.getAsInt(), new PhaseClassifier.Classification(Optional.of(phase), c.also(), c.rollbackMention(), c.reportsNoEffect()));
        return PhaseResolver.resolve(timed(placed, classes, namesAction));
    }

    /** The classifier and the root-cause matcher extraction shares across documents (both thread-safe). */
    record Readers(PhaseClassifier classifier, CauseStatements causes) {
        static Readers standard() {
            return new Readers(PhaseClassifier.standard(), new CauseStatements());
        }
    }

    private static List<PhaseResolver.Classified> timed(List<TimelineClock.Placed> placed, List<PhaseClassifier.Classification> classes,
                                                        IntPredicate namesAction) {
        List<PhaseResolver.Classified> timed = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            if (placed.get(i).at().isPresent()) {
                PhaseClassifier.Classification c = classes.get(i);
                boolean recovery = c.phase().filter(Phase.RESOLVED::equals).isPresent();
                boolean statesCause = c.phase().filter(Phase.IDENTIFIED::equals).isPresent() && PhaseResolver.statesCause(placed.get(i).text());
                timed.add(new PhaseResolver.Classified(placed.get(i).at().get(), i, c, recovery && namesAction.test(i), statesCause));
            }
        }
        return timed;
    }

    /**
     * The event that states the root cause, among those that could be its identification: timed,
     * in the response (from detection, or from the start's next event, up to the close), with no
     * phase of their own, not reporting that an action changed nothing ("restarted pods, no
     * change" shares the cause's words without finding it) and not about a rollback ("rolling back
     * the upstreams.json change discussed and rejected" is a decision, not a finding).
     */
    private static OptionalInt causeStated(List<TimelineClock.Placed> placed, List<PhaseClassifier.Classification> classes,
                                           PhaseResolver.Resolved resolved, String rootCause, CauseStatements causes) {
        Map<Phase, Instant> phases = resolved.timings().phases();
        Instant from = phases.getOrDefault(Phase.DETECTED, phases.get(Phase.STARTED));
        if (from == null) {
            return OptionalInt.empty();
        }
        Instant to = phases.get(Phase.CLOSED);
        Integer start = resolved.eventOfPhase().get(Phase.STARTED);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            if (placed.get(i).at().isPresent()) {
                order.add(i);
            }
        }
        order.sort(java.util.Comparator.comparing((Integer i) -> placed.get(i).at().get()).thenComparingInt(i -> i));
        return causes.find(rootCause, placed.stream().map(TimelineClock.Placed::text).toList(), order, i -> {
            Instant at = placed.get(i).at().get();
            PhaseClassifier.Classification c = classes.get(i);
            return c.phase().isEmpty() && !c.reportsNoEffect() && !c.rollbackMention() && (start == null || i != start)
                    && !at.isBefore(from) && (to == null || !at.isAfter(to));
        });
    }

    /**
     * The first event, from detection on and before the mitigation the vocabulary found (if any),
     * that tells an action with the improvement it brought (see {@link EffectReports}): the
     * mitigation was in effect from then. Only events with no phase of their own, not the start,
     * not reporting that an action changed nothing and not about a rollback are read.
     */
    private static OptionalInt effectReported(List<TimelineClock.Placed> placed, List<PhaseClassifier.Classification> classes,
                                              PhaseResolver.Resolved resolved) {
        Map<Phase, Instant> phases = resolved.timings().phases();
        Instant from = phases.get(Phase.DETECTED);
        if (from == null) {
            return OptionalInt.empty();
        }
        Instant before = phases.get(Phase.MITIGATED);
        Instant to = phases.get(Phase.CLOSED);
        Integer start = resolved.eventOfPhase().get(Phase.STARTED);
        int first = -1;
        for (int i = 0; i < placed.size(); i++) {
            Optional<Instant> at = placed.get(i).at();
            PhaseClassifier.Classification c = classes.get(i);
            if (at.isEmpty() || at.get().isBefore(from) || before != null && !at.get().isBefore(before) || to != null && at.get().isAfter(to)
                    || start != null && i == start || c.phase().isPresent() || c.reportsNoEffect() || c.rollbackMention()
                    || first >= 0 && !at.get().isBefore(placed.get(first).at().get())
                    || !EffectReports.tellsEffect(placed.get(i).text())) {
                continue;
            }
            first = i;
        }
        return first < 0 ? OptionalInt.empty() : OptionalInt.of(first);
    }

    /**
     * The last event after the recovery the vocabulary found (with none, after the mitigation,
     * else the identification, else the detection), up to the close, that reports the service
     * healthy or the clean-up finished in words too weak to mark a recovery anywhere else (see
     * {@link RecoveryReports}): that report is when full health was confirmed, the last recovery
     * event before the close. Events with a phase of their own keep it, except a later mitigation
     * step, and a report that an action changed nothing confirms nothing.
     */
    private static OptionalInt recoveryReported(List<TimelineClock.Placed> placed, List<PhaseClassifier.Classification> classes,
                                                PhaseResolver.Resolved resolved) {
        Phase anchor = java.util.stream.Stream.of(Phase.RESOLVED, Phase.MITIGATED, Phase.IDENTIFIED, Phase.DETECTED)
                .filter(resolved.eventOfPhase()::containsKey).findFirst().orElse(null);
        if (anchor == null) {
            return OptionalInt.empty();
        }
        int anchorEvent = resolved.eventOfPhase().get(anchor);
        Instant after = resolved.timings().phases().get(anchor);
        Instant to = resolved.timings().phases().get(Phase.CLOSED);
        int last = -1;
        for (int i = 0; i < placed.size(); i++) {
            Optional<Instant> at = placed.get(i).at();
            PhaseClassifier.Classification c = classes.get(i);
            if (i == anchorEvent || at.isEmpty() || !at.get().isAfter(after) || to != null && at.get().isAfter(to)
                    || c.phase().filter(p -> p != Phase.MITIGATED).isPresent() || c.reportsNoEffect()
                    || !RecoveryReports.reportsHealth(placed.get(i).text())) {
                continue;
            }
            if (last < 0 || !at.get().isBefore(placed.get(last).at().get())) {
                last = i;
            }
        }
        return last < 0 ? OptionalInt.empty() : OptionalInt.of(last);
    }

    /** How soon after a step told without its effect a mitigation telling the improvement is taken as that step in effect. */
    static final java.time.Duration IN_EFFECT_WITHIN = java.time.Duration.ofMinutes(45);

    /**
     * The first mitigation in effect, when the one found tells a step without its effect
     * ("Scaled collab-gateway from 24 to 40 pods", "Config reverted to 9.2.0") and a mitigation
     * within {@link #IN_EFFECT_WITHIN} after it tells the service getting better ("extra gateway
     * pods serving, errors down to ~20%"): the step was in effect by then. The steps before that
     * report lose their phase (what else they told stays); a step told as done or in force
     * ("rollback complete", "fix applied") keeps it, as the contract's examples of a mitigation
     * in effect are such steps, and so does a phase the source states outright ({@code stated}:
     * an export's milestone, a stage column). A rollback step ("Config reverted to 9.2.0") that
     * loses its phase is the rollback's start when nothing else is. See
     * {@link EffectReports#toldInEffect}.
     */
    private static PhaseResolver.Resolved inEffectLater(List<TimelineClock.Placed> placed, List<PhaseClassifier.Classification> classes,
                                                        boolean[] stated, PhaseResolver.Resolved resolved, IntPredicate namesAction) {
        Integer step = resolved.eventOfPhase().get(Phase.MITIGATED);
        if (step == null || stated[step] || placed.get(step).at().isEmpty() || EffectReports.toldInEffect(placed.get(step).text())) {
            return resolved;
        }
        Instant from = placed.get(step).at().get();
        Instant until = from.plus(IN_EFFECT_WITHIN);
        int effect = -1;
        for (int i = 0; i < placed.size(); i++) {
            Optional<Instant> at = placed.get(i).at();
            PhaseClassifier.Classification c = classes.get(i);
            if (i == step || at.isEmpty() || !at.get().isAfter(from) || at.get().isAfter(until) || c.phase().filter(Phase.MITIGATED::equals).isEmpty()
                    || c.reportsNoEffect() || !EffectReports.tellsImprovement(placed.get(i).text())) {
                continue;
            }
            if (effect < 0 || at.get().isBefore(placed.get(effect).at().get())) {
                effect = i;
            }
        }
        if (effect < 0) {
            return resolved;
        }
        Instant effectAt = placed.get(effect).at().get();
        for (int i = 0; i < placed.size(); i++) {
            Optional<Instant> at = placed.get(i).at();
            PhaseClassifier.Classification c = classes.get(i);
            if (at.isPresent() && !at.get().isBefore(from) && at.get().isBefore(effectAt) && c.phase().filter(Phase.MITIGATED::equals).isPresent()
                    && !stated[i] && (i == step || !EffectReports.toldInEffect(placed.get(i).text()))) {
                boolean rollbackStart = c.rollbackMention() && !resolved.eventOfPhase().containsKey(Phase.ROLLBACK_STARTED);
                classes.set(i, new PhaseClassifier.Classification(rollbackStart ? Optional.of(Phase.ROLLBACK_STARTED) : Optional.empty(),
                        c.also(), c.rollbackMention(), c.reportsNoEffect()));
            }
        }
        return PhaseResolver.resolve(timed(placed, classes, namesAction));
    }

    static Optional<LocalDate> firstDate(List<TimelineClock.Placed> placed) {
        return placed.stream().map(TimelineClock.Placed::localDate).flatMap(Optional::stream).findFirst();
    }
}
