package io.hindsight.spark;

import io.hindsight.ingest.FileKind;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Lists the input once, on the driver, through Hadoop's FileSystem API (any URI: file:, hdfs:,
 * s3a:). Only names and lengths are asked for, never permissions: on a local file system
 * without native Hadoop, permissions cost a forked process per file. Folders are recursed;
 * folders whose name starts with '.' (such as .git) are not. A glob selects files or folders.
 */
public final class InputListing {
    private InputListing() {
    }

    /** What the listing found: the files to read, sorted by path, and the skipped ones by extension. */
    public record Listing(List<InputFile> files, SortedMap<String, Long> skippedByExtension, long filesSeen) {
    }

    /** The input is missing or unreadable: a usage error. */
    public static final class InputProblem extends Exception {
        private static final long serialVersionUID = 1L;

        public InputProblem(String message) {
            super(message);
        }
    }

    public static Listing list(String input, Configuration conf) throws InputProblem {
        Path root = new Path(input);
        List<InputFile> files = new ArrayList<>();
        SortedMap<String, Long> skipped = new TreeMap<>();
        long[] seen = {0};
        try {
            FileSystem fs = root.getFileSystem(conf);
            boolean glob = input.matches(".*[*?\\[{].*");
            if (glob) {
                FileStatus[] matches = fs.globStatus(root);
                if (matches == null || matches.length == 0) {
                    throw new InputProblem("--input: no files match '" + input + "'");
                }
                Path base = globBase(root);
                for (FileStatus st : matches) {
                    if (st.isDirectory()) {
                        walk(fs, st.getPath(), fs.makeQualified(base), files, skipped, seen);
                    } else {
                        add(st, fs.makeQualified(base), files, skipped, seen);
                    }
                }
            } else {
                FileStatus st;
                try {
                    st = fs.getFileStatus(root);
                } catch (FileNotFoundException e) {
                    throw new InputProblem("--input: no such folder '" + input + "'");
                }
                if (!st.isDirectory()) {
                    throw new InputProblem("--input: '" + input + "' is a file, not a folder (give its folder, or a glob)");
                }
                walk(fs, st.getPath(), st.getPath(), files, skipped, seen);
            }
        } catch (IOException e) {
            throw new InputProblem("--input: cannot read '" + input + "': " + e.getMessage());
        }
        files.sort(Comparator.comparing(InputFile::relativePath));
        return new Listing(List.copyOf(files), skipped, seen[0]);
    }

    private static void walk(FileSystem fs, Path dir, Path base, List<InputFile> files, SortedMap<String, Long> skipped,
                             long[] seen) throws IOException {
        // listStatus, not listLocatedStatus/listFiles: located statuses copy the permissions,
        // which the local file system reads by forking a process per file.
        for (FileStatus st : fs.listStatus(dir)) {
            if (st.isDirectory()) {
                if (!st.getPath().getName().startsWith(".")) {
                    walk(fs, st.getPath(), base, files, skipped, seen);
                }
            } else {
                add(st, base, files, skipped, seen);
            }
        }
    }

    private static void add(FileStatus st, Path base, List<InputFile> files, SortedMap<String, Long> skipped, long[] seen) {
        seen[0]++;
        String uri = st.getPath().toUri().toString();
        String rel = relative(base, st.getPath());
        if (FileKind.of(rel).isEmpty()) {
            skipped.merge(FileKind.extension(rel), 1L, Long::sum);
        } else {
            files.add(new InputFile(rel, uri, st.getLen()));
        }
    }

    static String relative(Path base, Path file) {
        String b = base.toUri().getPath();
        String f = file.toUri().getPath();
        if (!b.endsWith("/")) {
            b = b + "/";
        }
        return f.startsWith(b) ? f.substring(b.length()) : file.getName();
    }

    /** The folder a glob starts from: the longest prefix without glob characters. */
    private static Path globBase(Path glob) {
        Path p = glob;
        while (p != null && p.toString().matches(".*[*?\\[{].*")) {
            p = p.getParent();
        }
        return p == null ? new Path("/") : p;
    }
}
