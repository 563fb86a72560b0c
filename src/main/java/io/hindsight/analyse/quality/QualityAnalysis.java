package io.hindsight.analyse.quality;

import io.hindsight.analyse.Corpus;
import io.hindsight.analyse.timing.Distribution;
import io.hindsight.model.IncidentRecord;
import io.hindsight.model.Quarter;
import io.hindsight.model.SectionKind;
import io.hindsight.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Postmortem quality across the quarter's incidents:
 *
 * <ul>
 *   <li><b>Completeness</b>: each incident's {@code quality.missing_sections} as
 *       {@link QualityAssessor} found them against the sections its severity requires (the
 *       guide's "Scaling Formality": SEV4/Minor needs a summary, root cause and action items;
 *       SEV1/Critical the full template). "Complete" means none missing.</li>
 *   <li><b>Blame language</b>: each phrase quoted as found, with the guide's system-focused
 *       question ({@link QualityAssessor#alternativeFor}).</li>
 *   <li><b>Lag</b>: postmortem date minus incident date, target at most
 *       {@value #LAG_TARGET_DAYS} days (the guide: hold the review within 1-3 days).</li>
 *   <li><b>Missing postmortems</b>: incidents that met the threshold
 *       ({@link QualityAssessor#thresholdReason}) but carry no root cause, contributing factor
 *       or action item ({@link QualityAssessor#hasPostmortemDetails}).</li>
 * </ul>
 */
public final class QualityAnalysis {
    public static final int LAG_TARGET_DAYS = 3;
    static final long[][] SCORE_BUCKETS = {{0, 49}, {50, 59}, {60, 69}, {70, 79}, {80, 89}, {90, 100}};
    static final long[][] LAG_BUCKETS = {{0, 0}, {1, 1}, {2, 2}, {3, 3}, {4, 7}, {8, 14}, {15, 30}, {31, Long.MAX_VALUE}};
    /** The longest lags listed. */
    static final int LATEST = 5;

    private QualityAnalysis() {
    }

    public static QualityReview review(Corpus corpus, QualityAssessor assessor) {
        List<IncidentRecord> now = corpus.quarterIncidents();
        Distribution scores = scores(now);
        List<QualityReview.Bucket> buckets = buckets(scores.values(), SCORE_BUCKETS, QualityAnalysis::scoreLabel);
        List<QualityReview.QuarterScore> trend = new ArrayList<>();
        for (Quarter q : corpus.window()) {
            List<IncidentRecord> in = corpus.in(q);
            trend.add(new QualityReview.QuarterScore(q, scores(in),
                    (int) in.stream().filter(r -> r.quality().missingSections().isEmpty()).count()));
        }

        Map<String, List<IncidentRecord>> bySeverity = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            bySeverity.put(s.name(), now.stream().filter(r -> r.incident().severity().filter(s::equals).isPresent()).toList());
        }
        List<IncidentRecord> unknown = now.stream().filter(r -> r.incident().severity().isEmpty()).toList();
        if (!unknown.isEmpty()) {
            bySeverity.put("unknown", unknown);
        }
        List<QualityReview.FormalityRow> formality = new ArrayList<>();
        bySeverity.forEach((key, list) -> {
            Optional<Severity> sev = key.equals("unknown") ? Optional.empty() : Optional.of(Severity.valueOf(key));
            QualityAssessor.Formality f = QualityAssessor.formality(sev);
            List<SectionKind> required = QualityAssessor.required(sev).stream().sorted().toList();
            List<QualityReview.SectionGap> gaps = new ArrayList<>();
            for (SectionKind k : required) {
                int missing = (int) list.stream().filter(r -> r.quality().missingSections().contains(k)).count();
                if (missing > 0) {
                    gaps.add(new QualityReview.SectionGap(sectionLabel(k), missing));
                }
            }
            gaps.sort(Comparator.comparingInt(QualityReview.SectionGap::missing).reversed());
            formality.add(new QualityReview.FormalityRow(key, f.level(), f.format(),
                    required.stream().map(QualityAnalysis::sectionLabel).toList(), list.size(),
                    (int) list.stream().filter(r -> r.quality().missingSections().isEmpty()).count(), scores(list), gaps));
        });

        List<QualityReview.IncidentGap> incomplete = now.stream()
                .filter(r -> !r.quality().missingSections().isEmpty())
                .sorted(Comparator.comparingInt((IncidentRecord r) -> r.quality().score()).thenComparing(IncidentRecord::id))
                .map(r -> new QualityReview.IncidentGap(corpus.ref(r), severity(r), r.quality().score(),
                        r.quality().missingSections().stream().sorted().map(QualityAnalysis::sectionLabel).toList()))
                .toList();

        List<QualityReview.BlameRow> blame = new ArrayList<>();
        int withBlame = 0;
        for (IncidentRecord r : now) {
            Set<String> phrases = new LinkedHashSet<>(r.quality().blamePhrases());
            withBlame += phrases.isEmpty() ? 0 : 1;
            for (String p : phrases) {
                blame.add(new QualityReview.BlameRow(corpus.ref(r), p, assessor.alternativeFor(p)));
            }
        }

        List<Long> lags = new ArrayList<>();
        int notStated = 0, onTarget = 0, late = 0, negative = 0;
        List<QualityReview.LateRow> lateRows = new ArrayList<>();
        for (IncidentRecord r : now) {
            var lag = r.incident().postmortemLagDays();
            if (lag.isEmpty()) {
                notStated++;
                continue;
            }
            long d = lag.getAsLong();
            if (d < 0) {
                negative++;
                continue;
            }
            lags.add(d);
            if (d <= LAG_TARGET_DAYS) {
                onTarget++;
            } else {
                late++;
                lateRows.add(new QualityReview.LateRow(corpus.ref(r), d));
            }
        }
        lateRows.sort(Comparator.comparingLong((QualityReview.LateRow x) -> -x.days()).thenComparing(x -> x.incident().id()));
        Distribution lagDays = Distribution.of(lags);
        QualityReview.Lag lag = new QualityReview.Lag(LAG_TARGET_DAYS, lagDays, notStated, onTarget, late, negative,
                buckets(lagDays.values(), LAG_BUCKETS, QualityAnalysis::lagLabel),
                lateRows.subList(0, Math.min(LATEST, lateRows.size())));

        List<QualityReview.ThresholdGap> missing = new ArrayList<>();
        for (IncidentRecord r : now) {
            Optional<String> reason = QualityAssessor.thresholdReason(r.incident());
            if (reason.isPresent() && !QualityAssessor.hasPostmortemDetails(r.incident())) {
                missing.add(new QualityReview.ThresholdGap(corpus.ref(r), severity(r), reason.get(), r.incident().status()));
            }
        }
        return new QualityReview(scores, buckets, trend, formality, incomplete, blame, withBlame, lag, missing);
    }

    static Distribution scores(List<IncidentRecord> incidents) {
        return Distribution.of(incidents.stream().map(r -> (long) r.quality().score()).toList());
    }

    static String severity(IncidentRecord r) {
        return r.incident().severity().map(Enum::name).orElse("unknown");
    }

    /** A section as a reader names it: ROOT_CAUSE is "Root cause". */
    public static String sectionLabel(SectionKind k) {
        String s = k.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static List<QualityReview.Bucket> buckets(List<Long> values, long[][] bounds, java.util.function.Function<long[], String> label) {
        List<QualityReview.Bucket> out = new ArrayList<>();
        for (long[] b : bounds) {
            int c = (int) values.stream().filter(v -> v >= b[0] && v <= b[1]).count();
            out.add(new QualityReview.Bucket(label.apply(b), b[0], b[1], c));
        }
        return out;
    }

    private static String scoreLabel(long[] b) {
        return b[0] + "\u2013" + b[1];
    }

    private static String lagLabel(long[] b) {
        if (b[1] == Long.MAX_VALUE) {
            return "over " + (b[0] - 1) + " days";
        }
        if (b[0] == 0 && b[1] == 0) {
            return "same day";
        }
        if (b[0] == b[1]) {
            return b[0] + (b[0] == 1 ? " day" : " days");
        }
        return b[0] + "\u2013" + b[1] + " days";
    }
}
