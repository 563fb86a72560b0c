package io.hindsight.analyse;

import io.hindsight.analyse.actions.FollowThrough;
import io.hindsight.analyse.quality.QualityReview;
import io.hindsight.analyse.timing.DetectionReview;
import io.hindsight.analyse.timing.TimingReview;
import io.hindsight.model.Quarter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every number of the quarterly review, computed once by {@link Reviews#build}. The report
 * presents this tree and computes nothing; the data files and the report agree because both
 * come from here.
 *
 * @param window        the trend window: {@code quartersOfHistory} quarters then the quarter under review
 * @param index         the quarter's incidents, by date then id
 * @param people        names and handles of people the corpus names in author, participant and
 *                      owner fields, sorted: what {@code --redact-people} must hide
 * @param redactPeople  whether the report replaces those (and @handles) with pseudonyms
 */
public record Review(Quarter quarter, LocalDate asOf, List<Quarter> window, Headline headline, TimingReview timings,
                     DetectionReview detection, RecurringCauses causes, FollowThrough actions, QualityReview quality,
                     List<IndexRow> index, DataQuality data, List<String> people, boolean redactPeople) {
    public Review {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(asOf, "asOf");
        window = List.copyOf(window);
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(timings, "timings");
        Objects.requireNonNull(detection, "detection");
        Objects.requireNonNull(causes, "causes");
        Objects.requireNonNull(actions, "actions");
        Objects.requireNonNull(quality, "quality");
        index = List.copyOf(index);
        Objects.requireNonNull(data, "data");
        people = List.copyOf(people);
    }
}
