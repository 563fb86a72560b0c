package io.hindsight.extract;

import java.util.List;

/**
 * Bounds on how many entries one incident keeps of each list, so that one file of a hundred
 * thousand bullet points cannot swell an incident (and every stage after extraction) without
 * limit. Real postmortems have tens of factors and action items; the rest are dropped with a
 * warning that says how many.
 */
final class EntryLimits {
    /** Most entries kept per list (contributing factors, lessons, what went well or poorly, services, participants). */
    static final int MAX_ENTRIES = 500;
    /** Most action items kept per incident. */
    static final int MAX_ACTION_ITEMS = 500;

    private EntryLimits() {
    }

    /** The first {@code max} entries, with a warning when there were more. */
    static <T> List<T> cap(List<T> entries, int max, String what, List<String> warnings) {
        if (entries.size() <= max) {
            return entries;
        }
        warnings.add(what + ": " + entries.size() + " entries, only the first " + max + " were kept");
        return List.copyOf(entries.subList(0, max));
    }

    static <T> List<T> cap(List<T> entries, String what, List<String> warnings) {
        return cap(entries, MAX_ENTRIES, what, warnings);
    }
}
