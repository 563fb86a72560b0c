package io.hindsight.analyse.quality;

import io.hindsight.analyse.IncidentRef;
import io.hindsight.analyse.timing.Distribution;
import io.hindsight.model.Quarter;
import java.util.List;

/**
 * Are our postmortems good enough to learn from? Completeness scaled to severity, blame
 * language with the question to ask instead, the lag to the postmortem, and incidents that
 * needed a postmortem and have none. Definitions are in {@link QualityAnalysis}.
 *
 * @param scores          quality scores (0..100) of the quarter's postmortems
 * @param scoreBuckets    the same, bucketed for the histogram
 * @param scoreTrend      per quarter of the trend window, oldest first
 * @param formality       per severity of the guide's "Scaling Formality" table
 * @param incomplete      the quarter's incidents missing sections their severity requires, lowest score first
 * @param blame           blame phrases found in the quarter's postmortems
 * @param incidentsWithBlame incidents of the quarter with at least one blame phrase
 * @param lag             days from incident to postmortem
 * @param missingPostmortems the quarter's incidents that met the postmortem threshold but carry no postmortem details
 */
public record QualityReview(Distribution scores, List<Bucket> scoreBuckets, List<QuarterScore> scoreTrend,
                            List<FormalityRow> formality, List<IncidentGap> incomplete, List<BlameRow> blame,
                            int incidentsWithBlame, Lag lag, List<ThresholdGap> missingPostmortems) {
    public QualityReview {
        scoreBuckets = List.copyOf(scoreBuckets);
        scoreTrend = List.copyOf(scoreTrend);
        formality = List.copyOf(formality);
        incomplete = List.copyOf(incomplete);
        blame = List.copyOf(blame);
        missingPostmortems = List.copyOf(missingPostmortems);
    }

    /** @param from inclusive, @param to inclusive */
    public record Bucket(String label, long from, long to, int count) {
    }

    public record QuarterScore(Quarter quarter, Distribution scores, int complete) {
    }

    /**
     * @param severity       SEV1..SEV4, or "unknown" (held to SEV2's standard)
     * @param level          the guide's word: Critical, Major, Moderate, Minor
     * @param format         the guide's format for that level
     * @param required       section names the severity requires
     * @param incidents      the quarter's incidents of this severity
     * @param complete       of them, those with no required section missing
     * @param gaps           required sections and how many of those incidents lack each, most missed first
     */
    public record FormalityRow(String severity, String level, String format, List<String> required, int incidents,
                               int complete, Distribution scores, List<SectionGap> gaps) {
        public FormalityRow {
            required = List.copyOf(required);
            gaps = List.copyOf(gaps);
        }
    }

    public record SectionGap(String section, int missing) {
    }

    public record IncidentGap(IncidentRef incident, String severity, int score, List<String> missing) {
        public IncidentGap {
            missing = List.copyOf(missing);
        }
    }

    /** @param alternative the guide's system-focused question to ask instead */
    public record BlameRow(IncidentRef incident, String phrase, String alternative) {
    }

    /**
     * @param days        lag of the postmortems that state a date and are not dated before the incident
     * @param notStated   incidents without a postmortem date
     * @param onTarget    lag of at most {@code targetDays} (a postmortem on the day counts as on time)
     * @param late        lag above {@code targetDays}
     * @param negative    postmortem dated before the incident (a data error, left out of {@code days})
     * @param latest      the latest postmortems, longest lag first
     */
    public record Lag(int targetDays, Distribution days, int notStated, int onTarget, int late, int negative,
                      List<Bucket> histogram, List<LateRow> latest) {
        public Lag {
            histogram = List.copyOf(histogram);
            latest = List.copyOf(latest);
        }
    }

    public record LateRow(IncidentRef incident, long days) {
    }

    /**
     * @param reason  why it needed a postmortem (e.g. "SEV2, lasted 45 min")
     * @param status  the document's status as written, when stated (e.g. "Draft")
     */
    public record ThresholdGap(IncidentRef incident, String severity, String reason, java.util.Optional<String> status) {
    }
}
