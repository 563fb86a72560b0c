package io.hindsight.analyse.actions;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Action item priorities as people write them, on one scale: P0/P1, SEV1, Critical, Urgent,
 * Highest and High are P1; P2, Medium, Normal and Moderate are P2; P3 and Low are P3; P4,
 * Lowest and Trivial are P4; anything else, or nothing, is "unset". (Three-level High/Medium/Low
 * schemes are read as P1/P2/P3.)
 */
public final class Priorities {
    public static final String UNSET = "unset";
    private static final Pattern P = Pattern.compile("\\b(?:p|sev|priority)[\\s_:-]*([0-4])\\b");

    private Priorities() {
    }

    public static String normalise(Optional<String> written) {
        if (written.isEmpty()) {
            return UNSET;
        }
        String t = written.get().toLowerCase(Locale.ROOT).strip();
        java.util.regex.Matcher m = P.matcher(t);
        if (m.find()) {
            return "P" + Math.max(1, Integer.parseInt(m.group(1)));
        }
        if (t.matches("[1-4]")) {
            return "P" + t;
        }
        if (t.matches(".*\\b(lowest|trivial)\\b.*")) {
            return "P4";
        }
        if (t.matches(".*\\b(critical|urgent|highest|blocker|high)\\b.*")) {
            return "P1";
        }
        if (t.matches(".*\\b(medium|normal|moderate|med)\\b.*")) {
            return "P2";
        }
        if (t.matches(".*\\blow\\b.*")) {
            return "P3";
        }
        return UNSET;
    }
}
