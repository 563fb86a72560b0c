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
import java.util.OptionalLong;
import java.util.function.Function;

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
     */
    static Assembled assemble(List<TimelineClock.Placed> placed, boolean dated,
                              Function<Integer, Optional<PhaseClassifier.Classification>> fixedPhase,
                              OptionalLong statedTtd, PhaseClassifier classifier) {
        List<String> warnings = new ArrayList<>();
        List<PhaseClassifier.Classification> classes = new ArrayList<>();
        List<PhaseResolver.Classified> timed = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            TimelineClock.Placed p = placed.get(i);
            PhaseClassifier.Classification c = fixedPhase.apply(i)
                    .orElseGet(() -> classifier.classify(p.text(), p.source()));
            classes.add(c);
            if (p.at().isPresent()) {
                timed.add(new PhaseResolver.Classified(p.at().get(), i, c));
            }
        }
        PhaseResolver.Resolved resolved = PhaseResolver.resolve(timed);
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

    static Optional<LocalDate> firstDate(List<TimelineClock.Placed> placed) {
        return placed.stream().map(TimelineClock.Placed::localDate).flatMap(Optional::stream).findFirst();
    }
}
