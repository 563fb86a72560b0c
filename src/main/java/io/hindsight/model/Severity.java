package io.hindsight.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SEV1 (worst) .. SEV4. P1..P4 and Critical/Major/Moderate/Minor map onto the same scale. */
public enum Severity {
    SEV1, SEV2, SEV3, SEV4;

    /** A service-desk priority: "2 - High", "1 – Critical", "3: Moderate". */
    private static final Pattern NUMBERED_LABEL = Pattern.compile("^[1-4]\\s*[-\u2013\u2014:.)]\\s*[a-z]");
    private static final Pattern LEVEL = Pattern.compile("\\b(?:sev|severity|p|priority|s)(?:[\\s\\-_:]*level)?[\\s\\-_:]*([0-4])\\b");

    /** Reads a severity as people write it; empty when the text names none. SEV0/P0 count as SEV1. */
    public static Optional<Severity> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.toLowerCase(Locale.ROOT).trim();
        Matcher m = LEVEL.matcher(t);
        if (m.find()) {
            int level = Math.max(1, Integer.parseInt(m.group(1)));
            return Optional.of(values()[level - 1]);
        }
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '4' || NUMBERED_LABEL.matcher(t).find()) {
            return Optional.of(values()[t.charAt(0) - '1']);
        }
        if (t.contains("critical") || t.contains("blocker")) {
            return Optional.of(SEV1);
        }
        if (t.contains("major") || t.startsWith("high")) {
            return Optional.of(SEV2);
        }
        if (t.contains("moderate") || t.contains("medium")) {
            return Optional.of(SEV3);
        }
        if (t.contains("minor") || t.startsWith("low")) {
            return Optional.of(SEV4);
        }
        return Optional.empty();
    }

    /** 1 for SEV1 .. 4 for SEV4. */
    public int level() {
        return ordinal() + 1;
    }
}
