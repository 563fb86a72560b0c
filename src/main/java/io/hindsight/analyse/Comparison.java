package io.hindsight.analyse;

import java.util.OptionalInt;

/**
 * A count this quarter beside the same count in the previous quarter and in the same quarter a
 * year earlier. A comparison quarter is empty when the corpus does not reach back to it
 * ({@link Corpus#covers}): "no data" is not zero.
 */
public record Comparison(int current, OptionalInt previous, OptionalInt yearAgo, OptionalInt changeVsPrevious,
                         OptionalInt changeVsYearAgo) {
    public static Comparison of(int current, OptionalInt previous, OptionalInt yearAgo) {
        return new Comparison(current, previous, yearAgo,
                previous.isPresent() ? OptionalInt.of(current - previous.getAsInt()) : OptionalInt.empty(),
                yearAgo.isPresent() ? OptionalInt.of(current - yearAgo.getAsInt()) : OptionalInt.empty());
    }
}
