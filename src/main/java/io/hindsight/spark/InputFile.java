package io.hindsight.spark;

import java.io.Serializable;
import java.util.Objects;

/**
 * A file to read: its path relative to the input root (what reports show and ids hash), its
 * full URI (what executors open), and its length from the listing.
 *
 * <p>A plain class, not a record: the files are data of the read stage, so Spark serializes them
 * with the configured {@code spark.serializer}, and Kryo (the usual choice in a cluster's
 * spark-defaults.conf) cannot build records.
 */
public final class InputFile implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String relativePath;
    private final String uri;
    private final long length;

    public InputFile(String relativePath, String uri, long length) {
        this.relativePath = Objects.requireNonNull(relativePath, "relativePath");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.length = length;
    }

    public String relativePath() {
        return relativePath;
    }

    public String uri() {
        return uri;
    }

    public long length() {
        return length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputFile f && f.relativePath.equals(relativePath) && f.uri.equals(uri) && f.length == length;
    }

    @Override
    public int hashCode() {
        return Objects.hash(relativePath, uri, length);
    }

    @Override
    public String toString() {
        return "InputFile[" + relativePath + ", " + uri + ", " + length + " bytes]";
    }
}
