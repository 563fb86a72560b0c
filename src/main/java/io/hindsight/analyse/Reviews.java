package io.hindsight.analyse;

import io.hindsight.analyse.actions.FollowThrough;
import io.hindsight.analyse.actions.FollowThroughAnalysis;
import io.hindsight.analyse.quality.QualityAnalysis;
import io.hindsight.analyse.quality.QualityAssessor;
import io.hindsight.analyse.quality.QualityReview;
import io.hindsight.analyse.timing.DetectionAnalysis;
import io.hindsight.analyse.timing.DetectionReview;
import io.hindsight.analyse.timing.TimingAnalysis;
import io.hindsight.analyse.timing.TimingReview;
import io.hindsight.model.ActionItem;
import io.hindsight.model.DetectionMethod;
import io.hindsight.model.IncidentRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Computes the quarterly review from its input, one named step per section. Pure: the same
 * input gives an equal {@link Review} whatever order its lists arrive in; no clock (the as-of
 * day is in the input), no I/O.
 */
public final class Reviews {
    private Reviews() {
    }

    public static Review build(ReviewInput input) {
        Corpus corpus = new Corpus(input);
        Headline headline = HeadlineAnalysis.review(corpus);
        TimingReview timings = TimingAnalysis.review(corpus);
        DetectionReview detection = DetectionAnalysis.review(corpus);
        RecurringCauses causes = CauseRanking.review(corpus);
        FollowThrough actions = FollowThroughAnalysis.review(corpus);
        QualityReview quality = QualityAnalysis.review(corpus, QualityAssessor.standard());
        List<IndexRow> index = index(corpus);
        DataQuality data = dataQuality(corpus);
        return new Review(input.quarter(), input.asOf(), corpus.window(), headline, timings, detection, causes, actions,
                quality, index, data, people(corpus), input.redactPeople());
    }

    /** The digest the job keeps of a full incident (for callers building a {@link ReviewInput}). */
    public static IncidentDigest digestOf(IncidentRecord r) {
        return FollowThroughAnalysis.digestOf(r);
    }

    static List<IndexRow> index(Corpus corpus) {
        Map<String, String> labels = new HashMap<>();
        corpus.input().causes().forEach(c -> labels.put(c.id(), c.label()));
        List<IndexRow> rows = new ArrayList<>();
        for (IncidentRecord r : corpus.quarterIncidents()) {
            var i = r.incident();
            List<IndexRow.Timing> t = IndexRow.COLUMNS.stream().map(m -> new IndexRow.Timing(m, i.timings().get(m))).toList();
            List<IndexRow.ClusterRef> clusters = r.causeClusters().stream().distinct()
                    .map(c -> new IndexRow.ClusterRef(c, labels.getOrDefault(c, c))).toList();
            rows.add(new IndexRow(corpus.ref(r), i.severity().map(Enum::name).orElse(TimingAnalysis.UNKNOWN), i.services(),
                    i.detectionMethod().map(DetectionMethod::label).orElse(TimingAnalysis.UNKNOWN), t, clusters,
                    r.quality().score(), i.postmortemLagDays(), i.impact().usersAffected(), i.impact().revenueLossUsd(),
                    i.impact().sloBreached(), i.status(), i.actionItems().size(),
                    (int) i.actionItems().stream().filter(ActionItem::isDone).count(), i.warnings().size()));
        }
        return rows;
    }

    static DataQuality dataQuality(Corpus corpus) {
        RunStats run = corpus.input().run();
        Map<String, Long> reasons = new HashMap<>();
        run.rejects().forEach(r -> reasons.merge(r.reason(), 1L, Long::sum));
        List<DataQuality.ReasonCount> byReason = new ArrayList<>();
        reasons.forEach((k, v) -> byReason.add(new DataQuality.ReasonCount(k, v)));
        byReason.sort(Comparator.comparingLong(DataQuality.ReasonCount::count).reversed()
                .thenComparing(DataQuality.ReasonCount::reason));
        java.util.Set<String> undated = new java.util.HashSet<>();
        corpus.input().digests().stream().filter(d -> d.date().isEmpty()).forEach(d -> undated.add(d.id()));
        corpus.all().stream().filter(r -> r.incident().date().isEmpty()).forEach(r -> undated.add(r.id()));
        List<DataQuality.IncidentWarnings> warnings = corpus.quarterIncidents().stream()
                .filter(r -> !r.incident().warnings().isEmpty())
                .map(r -> new DataQuality.IncidentWarnings(corpus.ref(r), r.incident().warnings())).toList();
        return new DataQuality(run, byReason, undated.size(), warnings.size(), warnings);
    }

    /**
     * Everyone the corpus names in a people field: authors, participants, action item owners.
     * A trailing role in parentheses ("Sarah Chen (SRE)") is dropped; sorted, case-insensitively
     * then exactly, so pseudonyms numbered in this order are stable.
     */
    static List<String> people(Corpus corpus) {
        TreeSet<String> names = new TreeSet<>(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT))
                .thenComparing(Comparator.naturalOrder()));
        for (IncidentRecord r : corpus.all()) {
            r.incident().author().ifPresent(a -> addPeople(names, a));
            r.incident().participants().forEach(p -> addPeople(names, p));
            r.incident().actionItems().forEach(a -> a.owner().ifPresent(o -> addPeople(names, o)));
        }
        return List.copyOf(names);
    }

    /** One field may name several people: "Sarah Chen, Marco Rossi", "@a / @b", "Ana and Bo". */
    private static void addPeople(TreeSet<String> names, String field) {
        for (String part : field.split("\\s*(?:[,;/&+]|\\band\\b)\\s*")) {
            String name = part.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
            if (name.length() >= 2 && name.codePoints().anyMatch(Character::isLetter)) {
                names.add(name);
            }
        }
    }
}
