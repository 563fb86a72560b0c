package io.hindsight.analyse;

import io.hindsight.model.Quarter;
import io.hindsight.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the review needs to know of any incident in the corpus, whatever its date: enough for
 * recurrence ("this cause came back after its action items were done") and long trends.
 */
public record IncidentDigest(String id, Optional<LocalDate> date, Optional<Quarter> quarter, Optional<Severity> severity,
                             int actionItems, int actionItemsDone, List<String> causeClusters) {
    public IncidentDigest {
        causeClusters = List.copyOf(causeClusters);
    }
}
