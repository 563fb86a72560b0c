package io.hindsight.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline drawn as a Mermaid diagram in a code block, as its lines of time and event:
 * {@code timeline} ("09h14 : payments team asks ..."), {@code gantt} (a task's start,
 * "IndexLagHigh pages search on-call :milestone, r1, 2026-02-09 09:37, 0m") and
 * {@code sequenceDiagram} (a message or note that opens with its time, "PD->>SAM: 13:24 page").
 * Mermaid writes a colon inside a label as {@code #58;}.
 */
final class MermaidTimeline {
    private MermaidTimeline() {
    }

    private static final Pattern TIMELINE_ENTRY = Pattern.compile("^\\s*([^:]+?)\\s*:\\s+(.+)$");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s*:\\s*(.+)$");
    /** A gantt task: its name, then after the colon its tags, id, start and end or length. */
    private static final Pattern GANTT_TASK = Pattern.compile("^\\s*([^:]+?)\\s*:(.+)$");
    private static final Pattern GANTT_START = Pattern.compile("^\\s*(\\d{4}-\\d\\d-\\d\\d(?:[ T]\\d{1,2}:\\d\\d(?::\\d\\d)?)?|\\d{1,2}:\\d\\d(?::\\d\\d)?)\\s*$");
    /** A sequence diagram's message ("A->>B: text") or note ("Note over A,B: text"). */
    private static final Pattern SEQUENCE = Pattern.compile("^\\s*(?:Note\\s+(?:over|left of|right of)\\s+[^:]+|[^:]*?(?:-{1,2}>>?|-{1,2}[x)]|-{1,2}>)[^:]*)\\s*:\\s*(.+)$");
    private static final List<String> DIRECTIVES = List.of("title", "dateformat", "axisformat", "todaymarker", "section", "excludes",
            "includes", "tickinterval", "weekday", "participant", "actor", "autonumber", "activate", "deactivate", "loop", "end", "alt",
            "else", "opt", "par", "and", "rect", "critical", "break", "box");

    /** The diagram's events as lines ("09h14 payments team asks ..."), if the code block is a Mermaid timeline, gantt or sequence diagram. */
    static Optional<List<String>> of(String literal) {
        List<String> lines = literal.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("%%")).toList();
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        String kind = lines.get(0).strip();
        List<String> out = new ArrayList<>();
        switch (kind) {
            case "timeline" -> {
                String time = null;
                for (String line : lines.subList(1, lines.size())) {
                    if (isDirective(line)) {
                        continue;
                    }
                    Matcher more = CONTINUATION.matcher(line);
                    Matcher entry = TIMELINE_ENTRY.matcher(line);
                    if (more.matches() && time != null) {
                        out.add(time + " " + more.group(1).strip());
                    } else if (entry.matches()) {
                        time = entry.group(1).strip();
                        for (String event : entry.group(2).split("\\s:\\s")) {
                            out.add(time + " " + event.strip());
                        }
                    }
                }
            }
            case "gantt" -> {
                for (String line : lines.subList(1, lines.size())) {
                    Matcher task = GANTT_TASK.matcher(line);
                    if (isDirective(line) || !task.matches()) {
                        continue;
                    }
                    for (String part : task.group(2).split(",")) {
                        if (GANTT_START.matcher(part).matches()) {
                            out.add(part.strip() + " " + task.group(1).strip());
                            break; // the first date or time is the start
                        }
                    }
                }
            }
            case "sequenceDiagram" -> {
                for (String line : lines.subList(1, lines.size())) {
                    Matcher m = SEQUENCE.matcher(line);
                    if (!isDirective(line) && m.matches()) {
                        out.add(m.group(1).strip());
                    }
                }
            }
            default -> {
                return Optional.empty();
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out.stream().map(l -> l.replace("#58;", ":")).toList());
    }

    private static boolean isDirective(String line) {
        String first = line.strip().split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        return DIRECTIVES.contains(first);
    }
}
