package io.hindsight.analyse.timing;

import io.hindsight.analyse.Corpus;
import io.hindsight.model.DetectionMethod;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quarter;
import io.hindsight.model.TimingMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/** Detection method mix per quarter and its change against the previous quarter. */
public final class DetectionAnalysis {
    /** Always shown, even at zero: the three the guide's template asks about. */
    static final List<DetectionMethod> ALWAYS = List.of(DetectionMethod.ALERT, DetectionMethod.CUSTOMER_REPORT,
            DetectionMethod.INTERNAL);

    private DetectionAnalysis() {
    }

    public static DetectionReview review(Corpus corpus) {
        List<String> methods = new ArrayList<>();
        for (DetectionMethod m : DetectionMethod.values()) {
            boolean occurs = corpus.window().stream().flatMap(q -> corpus.in(q).stream())
                    .anyMatch(r -> r.incident().detectionMethod().filter(m::equals).isPresent());
            if (ALWAYS.contains(m) || occurs) {
                methods.add(m.label());
            }
        }
        boolean unknown = corpus.window().stream().flatMap(q -> corpus.in(q).stream())
                .anyMatch(r -> r.incident().detectionMethod().isEmpty());
        if (unknown) {
            methods.add(TimingAnalysis.UNKNOWN);
        }
        List<DetectionReview.QuarterMix> mix = new ArrayList<>();
        for (Quarter q : corpus.window()) {
            List<DetectionReview.MethodCount> counts = new ArrayList<>();
            for (String m : methods) {
                counts.add(new DetectionReview.MethodCount(m, (int) corpus.in(q).stream().filter(r -> method(r).equals(m)).count()));
            }
            mix.add(new DetectionReview.QuarterMix(q, corpus.covers(q), corpus.in(q).size(), counts));
        }
        Quarter previous = corpus.quarter().minus(1);
        boolean hasPrevious = corpus.covers(previous);
        List<IncidentRecord> now = corpus.quarterIncidents();
        List<IncidentRecord> before = corpus.in(previous);
        List<DetectionReview.MethodChange> changes = new ArrayList<>();
        List<DetectionReview.MethodTtd> ttd = new ArrayList<>();
        for (String m : methods) {
            int c = (int) now.stream().filter(r -> method(r).equals(m)).count();
            int p = (int) before.stream().filter(r -> method(r).equals(m)).count();
            OptionalDouble share = now.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of((double) c / now.size());
            OptionalDouble prevShare = !hasPrevious || before.isEmpty() ? OptionalDouble.empty()
                    : OptionalDouble.of((double) p / before.size());
            OptionalDouble change = share.isPresent() && prevShare.isPresent()
                    ? OptionalDouble.of(100 * (share.getAsDouble() - prevShare.getAsDouble())) : OptionalDouble.empty();
            changes.add(new DetectionReview.MethodChange(m, c, share, hasPrevious ? OptionalInt.of(p) : OptionalInt.empty(),
                    prevShare, change));
            ttd.add(new DetectionReview.MethodTtd(m, TimingAnalysis.distribution(
                    now.stream().filter(r -> method(r).equals(m)).toList(), TimingMetric.TTD)));
        }
        return new DetectionReview(methods, mix, changes, ttd);
    }

    static String method(IncidentRecord r) {
        return r.incident().detectionMethod().map(DetectionMethod::label).orElse(TimingAnalysis.UNKNOWN);
    }
}
