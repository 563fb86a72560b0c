package io.hindsight.model;

import java.util.Locale;

/** How the incident was first noticed. */
public enum DetectionMethod {
    ALERT, CUSTOMER_REPORT, INTERNAL, SYNTHETIC, THIRD_PARTY;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
