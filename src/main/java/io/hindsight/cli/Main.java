package io.hindsight.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Hindsight's entry point: {@code quarterly}, {@code lint} and {@code similar}. Exit codes:
 * 0 done, 1 failure, 2 usage error or unreadable input, 3 too many rejected files.
 */
@Command(name = "hindsight", mixinStandardHelpOptions = true, version = "hindsight 0.1.0",
        description = "Learn from incidents: a quarterly review of postmortems.",
        subcommands = {QuarterlyCommand.class, LintCommand.class, SimilarCommand.class})
public final class Main implements Runnable {
    public static final int EXIT_USAGE = 2;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setParameterExceptionHandler((ex, a) -> {
            System.err.println("hindsight: " + ex.getMessage().lines().findFirst().orElse("usage error")
                    + " (see hindsight " + (ex.getCommandLine().getCommandName()) + " --help)");
            return EXIT_USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, p) -> {
            System.err.println("hindsight: failed: " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            return 1;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.err);
    }
}
