package io.hindsight.job;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Writes the run's outputs into a temporary folder beside {@code --out} and renames it into
 * place when complete, so a run that dies leaves the previous output (or none), never half a
 * report. Names inside come from this code only, never from postmortems.
 */
final class OutputFolder implements AutoCloseable {
    private final FileSystem fs;
    private final Path target;
    private final Path temp;
    private boolean committed;

    private OutputFolder(FileSystem fs, Path target, Path temp) {
        this.fs = fs;
        this.target = target;
        this.temp = temp;
    }

    /** A usage problem with --out: exit 2. */
    static final class OutProblem extends Exception {
        private static final long serialVersionUID = 1L;

        OutProblem(String message) {
            super(message);
        }
    }

    /** Checks --out (refusing a non-empty one without --force) and opens a fresh temporary sibling. */
    static OutputFolder open(String out, boolean force, Configuration conf) throws OutProblem, IOException {
        Path target = new Path(out);
        FileSystem fs = target.getFileSystem(conf);
        target = fs.makeQualified(target);
        if ("file".equals(target.toUri().getScheme())) {
            // the raw local file system: no .crc checksum files beside the outputs
            fs = FileSystem.getLocal(conf).getRaw();
        }
        if (fs.exists(target)) {
            FileStatus st = fs.getFileStatus(target);
            if (!st.isDirectory()) {
                throw new OutProblem("--out: '" + out + "' is a file, not a folder");
            }
            if (fs.listStatus(target).length > 0 && !force) {
                throw new OutProblem("--out: '" + out + "' is not empty; pass --force to replace its contents");
            }
        }
        Path parent = target.getParent();
        if (parent != null && !fs.exists(parent)) {
            fs.mkdirs(parent);
        }
        Path temp = new Path(parent, "." + target.getName() + ".hindsight-tmp");
        if (fs.exists(temp)) {
            fs.delete(temp, true);
        }
        fs.mkdirs(new Path(temp, "data"));
        return new OutputFolder(fs, target, temp);
    }

    /** A new file in the temporary folder, e.g. {@code data/incidents.jsonl}. */
    OutputStream create(String relative) throws IOException {
        return fs.create(new Path(temp, relative), true);
    }

    /** Moves the finished output into place: the old output is set aside first and removed last. */
    void commit() throws IOException {
        Path old = new Path(target.getParent(), "." + target.getName() + ".hindsight-old");
        if (fs.exists(old)) {
            fs.delete(old, true);
        }
        if (fs.exists(target)) {
            if (!fs.rename(target, old)) {
                throw new IOException("cannot move the previous output aside: " + target);
            }
        }
        if (!fs.rename(temp, target)) {
            throw new IOException("cannot move the new output into place: " + temp + " -> " + target);
        }
        committed = true;
        if (fs.exists(old)) {
            fs.delete(old, true);
        }
    }

    String location() {
        return target.toString();
    }

    @Override
    public void close() throws IOException {
        if (!committed && fs.exists(temp)) {
            fs.delete(temp, true);
        }
    }
}
