package io.hindsight.ingest;

import java.util.Objects;

/**
 * Why a file (or one record in it) was not imported: a short reason code for counting and a
 * detail a person can act on. Becomes one row of {@code rejects.csv}.
 */
public record Rejection(String path, Reason reason, String detail) {
    public Rejection {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** The reasons a file is rejected; {@link #code()} is what {@code rejects.csv} shows. */
    public enum Reason {
        EMPTY("empty"),
        BINARY("binary"),
        NOT_UTF8("not_utf8"),
        TOO_LARGE("too_large"),
        INVALID_JSON("invalid_json"),
        WRONG_SHAPE("wrong_shape"),
        NOT_A_POSTMORTEM("not_a_postmortem"),
        UNREADABLE("unreadable"),
        DUPLICATE("duplicate"),
        INTERNAL_ERROR("internal_error");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
