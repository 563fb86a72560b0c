package io.hindsight.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads whether an event reports the service healthy again or the clean-up finished, in the
 * plain words writers use after the fix: "Crash rate 0.3% (baseline) in all regions", "Lag &lt; 1k,
 * fulfilment dashboard green", "all 318 events replayed, no orders left in pending", "Job
 * succeeds; scorecards for 13 July published", "CTR back in line with last week".
 *
 * <p>These words are too weak to mark a recovery anywhere in a timeline: before the fix, "p95 at
 * 0.8 s (normal)" is the baseline being described and "deploy complete" is the change that broke
 * things. So they are read only after the mitigation, and only when no event says outright that
 * the service was restored (see {@link TimelineAssembler}): then the last such report before the
 * close is when full health was confirmed, the contract's {@code resolved}.
 *
 * <p>A report that qualifies itself is no confirmation: something still wrong, partial or pending
 * ("still", "partial", "except", "remaining", "about half"), or failing again. Neither is the
 * aftermath told to others or planned (an apology e-mail "sent to all customers", a retro
 * booked, a ticket "marked done in the tracker"): it says nothing of the service.
 */
final class RecoveryReports {
    private RecoveryReports() {
    }

    /** Health or completion words, any one of which makes the report. */
    private static final List<Pattern> HEALTHY = List.of(
            // at, back to or in line with the usual level
            Pattern.compile("\\b(?:baseline|normal|usual|nominal)\\b|\\bin line with\\b|\\bsame as\\b|\\bat the level of\\b"),
            Pattern.compile("\\b(?:green|healthy|fresh|up[ -]to[ -]date|intact|in sync|all clear|current|clean|ok|okay|correct)\\b"),
            // nothing of the trouble left: "zero timeouts", "no duplicates", "0 broken image URLs", "no orders left"
            Pattern.compile("\\b(?:zero|0|no|none)\\s+(?:[\\w-]+\\s+){0,2}?(?:errors?|timeouts?|failures?|duplicates?|gaps?|rejections?|rejected"
                    + "|broken|left|pending|mismatch\\w*|discrepanc\\w+|complaints|alerts|crashes|rebalances|lock waits)\\b"),
            Pattern.compile("(?:=|\\bat)\\s*0(?![\\d.,%])"),
            // the clean-up done: "All 212 wrongful citations voided", "all delayed uploads published"
            Pattern.compile("\\ball\\b(?:\\s+[\\w,.%~-]+){0,6}?\\s+(?:\\w+ed|sent|done|run|rerun|back)\\b"),
            Pattern.compile("\\b(?:complete|completed|completes|done|finished|succeeds|succeeded|succeeding|accepted)\\b"),
            // a success rate in the high nineties: "Upload success 99.6% on all platforms"
            Pattern.compile("\\bsuccess(?:ful)?(?: rate)?\\s*(?:at|of|is|:)?\\s*~?9\\d(?:\\.\\d+)?\\s*%"),
            // a symptom under its bound: "Lag < 1k", "5xx under 0.1%"
            Pattern.compile("(?:\\b(?:under|below)|<)\\s*~?\\d"),
            // health held for a while: "for 30 min", "for an hour"
            Pattern.compile("\\bfor (?:\\d+|an?|one|two|three) ?(?:min|mins|minutes|hour|hours|h)\\b"),
            Pattern.compile("\\b(?:signs? off|sign-off|confirms?|confirmed|verified)\\b"));

    /** A qualified report, or the aftermath rather than the service. */
    private static final Pattern NOT_A_CONFIRMATION = Pattern.compile("\\b(?:still|not yet|partial\\w*|partly|half|except|degraded|elevated"
            + "|remaining|some|most|only|but|expected to|(?:fail\\w*|errors?|erroring|down|broken|crash\\w*) again"
            + "|\\d+(?:\\.\\d+)?\\s*(?:x|times)|above|twice"
            // told to others, planned or filed
            + "|apolog\\w*|compensat\\w*|credits?|refund\\w*|notif\\w+|informed|contacted|letter|advis\\w+|statement"
            + "|customers|merchants|players|accounts|retro\\w*|postmortem|post-mortem|review|rfo|action items?|follow[ -]?ups?"
            + "|ticket|tracker|jira|scheduled|booked|meeting|debrief|stand-up|standup"
            // still watching, not yet confirmed: "Watching dashboards for 30 minutes before closing"
            + "|(?:still|keep|keeps|continue|continues|continuing|are|is|we're) (?:watching|monitoring|observing)|keeping an eye|before closing)\\b"
            + "|^\\W*(?:watching|monitoring|observing)\\b");

    /** Whether the event reports health or finished clean-up, with nothing left wrong. */
    static boolean reportsHealth(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (NOT_A_CONFIRMATION.matcher(t).find()) {
            return false;
        }
        for (Pattern p : HEALTHY) {
            if (p.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }
}
