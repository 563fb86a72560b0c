package io.hindsight.spark;

import java.io.Serializable;

/**
 * A file to read: its path relative to the input root (what reports show and ids hash), its
 * full URI (what executors open), and its length from the listing.
 */
public record InputFile(String relativePath, String uri, long length) implements Serializable {
}
