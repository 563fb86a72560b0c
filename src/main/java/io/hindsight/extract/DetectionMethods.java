package io.hindsight.extract;

import io.hindsight.model.DetectionMethod;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how an incident was detected from a statement ("Automated alert on pool > 80%",
 * "Customer report via support") or a detection event. The earliest affirmed mention wins; a
 * mention negated nearby ("no alert fired") is skipped.
 */
final class DetectionMethods {
    private static final Pattern NEGATED_AFTER = Pattern.compile("(?is)^\\s*(did not|didn'?t|never|failed to|was silent|were silent)\\b.*");
    private static final Pattern MENTION = Pattern.compile("(?i)\\b(?:"
            + "(?<customer>customers?|users?|clients?|merchants?|sellers?|partners?|creators?|subscribers?|shoppers?|buyers?|players?|members?|drivers?|riders?|hosts?|tenants?|support tickets?|tickets?|tweets?|twitter|social media|complain\\w*|user reports?|customer reports?)"
            + "|(?<synthetic>synthetic\\w*|probes?|uptime check\\w*|pingdom|statuscake|external monitor\\w*)"
            + "|(?<alert>alert\\w*|alarm\\w*|monitor\\w*|paged|pag(?:e|ing)|pagerduty|opsgenie|automated|automatic|datadog|grafana|prometheus|cloudwatch|threshold|slo burn)"
            + "|(?<internal>engineers?|employees?|staff|internal\\w*|noticed|observ\\w*|manual\\w*|developers?|team members?|dogfood\\w*|spotted|colleague\\w*|on-?call (?:engineer )?noticed|sre)"
            + "|(?<third>vendor|provider|third[- ]party|upstream status page))\\b");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(no|not|never|without|didn'?t|did not|failed to|missing|silent|lack\\w*)\\b");

    private DetectionMethods() {
    }

    static Optional<DetectionMethod> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String before = text.substring(Math.max(0, m.start() - 25), m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 25));
            if (NEGATION.matcher(before).find() || NEGATED_AFTER.matcher(after).matches()) {
                continue;
            }
            if (m.group("customer") != null) {
                return Optional.of(DetectionMethod.CUSTOMER_REPORT);
            }
            if (m.group("synthetic") != null || m.group("alert") != null) {
                return Optional.of(DetectionMethod.ALERT);
            }
            if (m.group("internal") != null) {
                return Optional.of(DetectionMethod.INTERNAL);
            }
            if (m.group("third") != null) {
                return Optional.of(DetectionMethod.THIRD_PARTY);
            }
        }
        return Optional.empty();
    }
}
