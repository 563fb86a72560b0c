package io.hindsight.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The impact figures a postmortem states, each empty when it does not say. */
public record Impact(OptionalLong usersAffected, OptionalDouble usersAffectedPct, OptionalLong failedRequests,
                     OptionalLong revenueLossUsd, Optional<Boolean> sloBreached, OptionalLong supportTickets) {
    public static final Impact NONE = new Impact(OptionalLong.empty(), OptionalDouble.empty(), OptionalLong.empty(),
            OptionalLong.empty(), Optional.empty(), OptionalLong.empty());

    public Impact {
        Objects.requireNonNull(usersAffected);
        Objects.requireNonNull(usersAffectedPct);
        Objects.requireNonNull(failedRequests);
        Objects.requireNonNull(revenueLossUsd);
        Objects.requireNonNull(sloBreached);
        Objects.requireNonNull(supportTickets);
    }
}
