package io.hindsight.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up action promised in a postmortem.
 *
 * @param id       the document's own id for the item, else its 1-based position
 * @param action   what is to be done
 * @param owner    who owns it, as written (e.g. {@code @marco})
 * @param dueDate  when it is due
 * @param priority as written (P1, High, ...)
 * @param status   normalised status; empty when the document gives none
 */
public record ActionItem(String id, String action, Optional<String> owner, Optional<LocalDate> dueDate,
                         Optional<String> priority, Optional<ActionStatus> status) {
    public ActionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(status, "status");
    }

    public boolean isDone() {
        return status.filter(s -> s == ActionStatus.DONE).isPresent();
    }

    /** Open (or in progress, or of unknown status) and past its due date on the given day. */
    public boolean isOverdue(LocalDate asOf) {
        boolean finished = status.filter(s -> s == ActionStatus.DONE || s == ActionStatus.WONT_DO).isPresent();
        return !finished && dueDate.filter(d -> d.isBefore(asOf)).isPresent();
    }
}
