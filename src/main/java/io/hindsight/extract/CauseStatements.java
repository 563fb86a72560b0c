package io.hindsight.extract;

import io.hindsight.text.TermExtractor;
import io.hindsight.text.WordLists;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Finds the timeline event that states the root cause when no event says in so many words that
 * the cause was found. Writers often log the finding itself: "New instances are 3-4 min behind
 * real time. chrony is not enabled in the new AMI" beside a Root Cause section that tells how the
 * AMI came to ship with chrony disabled. That event is when the root cause was identified.
 *
 * <p>An event states the cause when it shares at least {@value #MIN_SHARED_TERMS} distinctive
 * terms with the root cause. Terms are the {@link io.hindsight.text.IncidentAnalyzer}'s
 * (stemmed; stop words, incident boilerplate and bare numbers dropped). A term found in more
 * than a third of the timeline's events (the service's own name) tells no event from another,
 * and words for what the incident looked like ("errors", "failing requests", "latency") say
 * nothing of why: neither is distinctive. The first such event in time is taken, unless it
 * only guesses ("Suspect DST", "possible link to the config change, not confirmed", a question):
 * a guess is not an identification.
 *
 * <p>Thread-safe (Lucene analyzers are).
 */
final class CauseStatements {
    /** Distinctive terms an event must share with the root cause. */
    static final int MIN_SHARED_TERMS = 2;

    /** Symptoms, not causes: an event that shares only these with the root cause reports the impact. */
    private static final String SYMPTOM_WORDS = "error errors fail fails failing failed failure failures request requests rate rates "
            + "latency slow slower outage degraded degradation spike spikes drop drops dropping increase increased high higher low lower "
            + "normal healthy health alert alerts page paged user users customer customers traffic percent dashboard metric metrics "
            + "success successful impact impacted affected reject rejects rejected rejecting";

    /** A guess or a lead still open. */
    private static final Pattern GUESS = Pattern.compile("(?i)\\b(?:possibl[ey]|maybe|perhaps|might|suspect\\w*|theor(?:y|ies)|hypothes[ie]s|hunch|guess\\w*"
            + "|(?:not|un)\\s*confirmed|ruled? out|rules out|unclear|unsure|whether|wonder\\w*|could be|seems?|probabl[ey])\\b|\\?\\s*$");

    private final TermExtractor terms = new TermExtractor(WordLists.builtIn(), false);
    private final Set<String> symptoms = termsOf(SYMPTOM_WORDS);

    /**
     * @param rootCause the document's root cause
     * @param texts     every timeline event's text, in the timeline's order
     * @param order     the indexes of the events to consider, earliest first
     * @param candidate whether an event may be the identification (see {@link TimelineAssembler})
     * @return the index of the first event that states the root cause
     */
    OptionalInt find(String rootCause, List<String> texts, List<Integer> order, IntPredicate candidate) {
        if (order.stream().noneMatch(candidate::test)) {
            return OptionalInt.empty();
        }
        Set<String> causeTerms = termsOf(rootCause);
        if (causeTerms.size() < MIN_SHARED_TERMS || texts.isEmpty()) {
            return OptionalInt.empty();
        }
        List<Set<String>> eventTerms = texts.stream().map(this::termsOf).toList();
        Map<String, Integer> eventsWith = new HashMap<>();
        for (Set<String> ts : eventTerms) {
            ts.forEach(t -> eventsWith.merge(t, 1, Integer::sum));
        }
        double commonAbove = Math.max(1, texts.size() / 3.0);
        for (int i : order) {
            if (!candidate.test(i) || GUESS.matcher(texts.get(i)).find()) {
                continue;
            }
            int shared = 0;
            for (String t : eventTerms.get(i)) {
                if (causeTerms.contains(t) && eventsWith.get(t) <= commonAbove && !symptoms.contains(t)) {
                    shared++;
                }
            }
            if (shared >= MIN_SHARED_TERMS) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private Set<String> termsOf(String text) {
        return terms.termSet(text);
    }
}
