package io.hindsight.extract;

import io.hindsight.model.Phase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Classifies one timeline event into a phase with an analysed vocabulary
 * ({@code phase-vocabulary.txt}): the event text is normalised and tokenised, each phase's cues
 * are matched as word groups within a window, and blockers near a cue veto it (negation,
 * hedging, plans: "rollback discussed and rejected", "renewal issued, not yet installed",
 * "correlation with the deploy identified"). Immutable and thread-safe once built.
 *
 * <p>An event takes one phase: the latest of those it matches, in the order CLOSED, RESOLVED,
 * MITIGATED, ROLLBACK_STARTED, IDENTIFIED, DECLARED, ACKNOWLEDGED, DETECTED. The other phases it
 * matches are returned as {@code also}: {@link PhaseResolver} uses them only to fill a phase no
 * other event marks ("rollback complete, service restored" is the mitigation when nothing
 * earlier mitigated).
 */
public final class PhaseClassifier {
    static final int CUE_WINDOW = 8;
    static final int BLOCKER_DISTANCE = 5;
    /** The words of a several-word blocker ("no ... alert") must stand this close together. */
    static final int BLOCKER_WINDOW = 4;
    private static final List<Phase> PRECEDENCE = List.of(Phase.CLOSED, Phase.RESOLVED, Phase.MITIGATED,
            Phase.ROLLBACK_STARTED, Phase.IDENTIFIED, Phase.DECLARED, Phase.ACKNOWLEDGED, Phase.DETECTED);
    /** A label of at most six words before a colon at the start of an event. */
    private static final Pattern LABEL = Pattern.compile("^\\s*([^:;,.]{2,60}?)\\s*:\\s+(?=\\S)");
    /** Splits tokens; hyphens stay inside: "reporting-api" and "user-profile" are names, not "reporting" and "user". */
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9%.\\-]+");
    private static final Pattern ALERT_SOURCE = Pattern.compile(
            "\\b(alert\\w*|alarm\\w*|pag(e|ed|ing)|pagerduty|opsgenie|victorops)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CUSTOMER_SOURCE = Pattern.compile(
            "\\b(customer\\w*|support|zendesk|intercom|twitter|user report\\w*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SYMPTOM = Pattern.compile(
            "\\b(threshold|cross\\w*|exceed\\w*|breach\\w*|spike\\w*|above|over|climb\\w*|rise|rose|rising|increas\\w*|"
                    + "error\\w*|fail\\w*|latency|timeout\\w*|5xx|50\\d|down|unavailable|degrad\\w*|saturat\\w*|elevated|high)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The outcome for one event: its phase, and the other phases its text also matches. */
    public record Classification(Optional<Phase> phase, Set<Phase> also, boolean rollbackMention) {
        static final Classification NONE = new Classification(Optional.empty(), Set.of(), false);
    }

    /** One word of a cue: alternatives, exact or prefixes (written with a trailing '*'); {@code id} indexes the per-event bitsets. */
    private record Group(int id, String[] alternatives) {
    }

    /**
     * All cue words in one prefix trie: walking a token's characters finds, in one pass, every
     * group whose exact word or prefix it matches. Built once; read-only afterwards.
     */
    private static final class Trie {
        private static final int SLOTS = 38;
        private final Trie[] next = new Trie[SLOTS];
        private java.util.Map<Character, Trie> other;
        private final java.util.BitSet prefixOf = new java.util.BitSet();
        private final java.util.BitSet exactOf = new java.util.BitSet();

        private static int slot(char c) {
            if (c >= 'a' && c <= 'z') {
                return c - 'a';
            }
            if (c >= '0' && c <= '9') {
                return 26 + c - '0';
            }
            return c == '%' ? 36 : c == '.' ? 37 : -1;
        }

        private Trie child(char c, boolean create) {
            int s = slot(c);
            if (s >= 0) {
                if (next[s] == null && create) {
                    next[s] = new Trie();
                }
                return next[s];
            }
            if (other == null) {
                if (!create) {
                    return null;
                }
                other = new java.util.HashMap<>();
            }
            return create ? other.computeIfAbsent(c, x -> new Trie()) : other.get(c);
        }

        void add(String word, int group, boolean prefix) {
            Trie t = this;
            for (int i = 0; i < word.length(); i++) {
                t = t.child(word.charAt(i), true);
            }
            (prefix ? t.prefixOf : t.exactOf).set(group);
        }

        java.util.BitSet groupsOf(String token) {
            if (token.indexOf('-') >= 0) {
                return exactGroupsOf(token);
            }
            java.util.BitSet out = new java.util.BitSet();
            Trie t = this;
            out.or(t.prefixOf);
            for (int i = 0; i < token.length() && t != null; i++) {
                t = t.child(token.charAt(i), false);
                if (t != null) {
                    out.or(t.prefixOf);
                    if (i == token.length() - 1) {
                        out.or(t.exactOf);
                    }
                }
            }
            return out;
        }

        /** Hyphenated names ("user-profile") match only cue words written exactly so. */
        private java.util.BitSet exactGroupsOf(String token) {
            Trie t = this;
            for (int i = 0; i < token.length() && t != null; i++) {
                t = t.child(token.charAt(i), false);
            }
            return t == null ? new java.util.BitSet() : (java.util.BitSet) t.exactOf.clone();
        }
    }

    private record Cue(List<Group> groups, Optional<List<Group>> unless) {
    }

    /** Token positions a cue matched. */
    private record Span(int[] positions) {
        int min() {
            return Arrays.stream(positions).min().orElse(0);
        }

        int max() {
            return Arrays.stream(positions).max().orElse(0);
        }

        boolean contains(int p) {
            for (int q : positions) {
                if (q == p) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<Phase, List<Cue>> cues;
    private final Map<Phase, List<List<Group>>> blockers;
    private final Map<Phase, List<List<Group>>> vetoes;
    private final Trie trie;

    private PhaseClassifier(Map<Phase, List<Cue>> cues, Map<Phase, List<List<Group>>> blockers,
                            Map<Phase, List<List<Group>>> vetoes, Trie trie) {
        this.cues = cues;
        this.blockers = blockers;
        this.vetoes = vetoes;
        this.trie = trie;
    }

    /** The classifier with the built-in vocabulary. */
    public static PhaseClassifier standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final PhaseClassifier STANDARD = load("phase-vocabulary.txt");
    }

    static PhaseClassifier load(String resource) {
        Map<Phase, List<Cue>> cues = new EnumMap<>(Phase.class);
        Map<Phase, List<List<Group>>> blockers = new EnumMap<>(Phase.class);
        Map<Phase, List<List<Group>>> vetoes = new EnumMap<>(Phase.class);
        Trie trie = new Trie();
        int[] nextId = {0};
        try (InputStream in = PhaseClassifier.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, "missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                boolean anywhere = t.startsWith("!!");
                boolean blocker = t.startsWith("!");
                String[] parts = (anywhere ? t.substring(2) : blocker ? t.substring(1) : t).split("\\s+", 2);
                if (parts.length < 2) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": expected 'PHASE cue', got '" + t + "'");
                }
                Phase phase;
                try {
                    phase = Phase.valueOf(parts[0]);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": unknown phase '" + parts[0] + "'", e);
                }
                String[] cueAndUnless = parts[1].split("\\s*;\\s*unless\\s+", 2);
                List<Group> groups = groups(cueAndUnless[0], trie, nextId);
                if (anywhere) {
                    vetoes.computeIfAbsent(phase, p -> new ArrayList<>()).add(groups);
                } else if (blocker) {
                    blockers.computeIfAbsent(phase, p -> new ArrayList<>()).add(groups);
                } else {
                    Optional<List<Group>> unless = cueAndUnless.length > 1 ? Optional.of(groups(cueAndUnless[1], trie, nextId)) : Optional.empty();
                    cues.computeIfAbsent(phase, p -> new ArrayList<>()).add(new Cue(groups, unless));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PhaseClassifier(cues, blockers, vetoes, trie);
    }

    private static List<Group> groups(String spec, Trie trie, int[] nextId) {
        List<Group> groups = new ArrayList<>();
        for (String g : spec.strip().split("\\s+")) {
            Group group = new Group(nextId[0]++, g.split("\\|"));
            for (String a : group.alternatives()) {
                boolean prefix = a.endsWith("*");
                trie.add(prefix ? a.substring(0, a.length() - 1) : a, group.id(), prefix);
            }
            groups.add(group);
        }
        return groups;
    }

    /**
     * Classifies an event from its text and, for threshold-style symptoms, the source that saw it.
     * A short label before a colon ("Root cause identified: ...", "Fix applied: ...") is the
     * author's own classification and wins over what the rest of the line describes.
     */
    public Classification classify(String text, Optional<String> source) {
        Matcher label = LABEL.matcher(text);
        if (label.find()) {
            Classification head = classifyText(label.group(1), Optional.empty());
            if (head.phase().isPresent()) {
                Classification rest = classifyText(text.substring(label.end()), source);
                EnumSet<Phase> also = EnumSet.noneOf(Phase.class);
                rest.phase().ifPresent(also::add);
                also.addAll(rest.also());
                also.addAll(head.also());
                also.remove(head.phase().get());
                return new Classification(head.phase(), Set.copyOf(also), head.rollbackMention() || rest.rollbackMention());
            }
        }
        return classifyText(text, source);
    }

    private Classification classifyText(String text, Optional<String> source) {
        String[] words = tokens(text);
        java.util.BitSet[] tokens = new java.util.BitSet[words.length];
        java.util.BitSet present = new java.util.BitSet();
        for (int i = 0; i < words.length; i++) {
            tokens[i] = trie.groupsOf(words[i]);
            present.or(tokens[i]);
        }
        EnumSet<Phase> matched = EnumSet.noneOf(Phase.class);
        for (Phase phase : PRECEDENCE) {
            if (matches(phase, tokens, present)) {
                matched.add(phase);
            }
        }
        boolean rollback = mentionsRollback(words);
        if (matched.isEmpty() && source.isPresent() && SYMPTOM.matcher(text).find()
                && (ALERT_SOURCE.matcher(source.get()).find() || CUSTOMER_SOURCE.matcher(source.get()).find())) {
            // "Pool usage crosses 80% | Grafana alert": the threshold alerted someone.
            return new Classification(Optional.of(Phase.DETECTED), Set.of(), rollback);
        }
        for (Phase p : PRECEDENCE) {
            if (matched.contains(p)) {
                EnumSet<Phase> also = EnumSet.copyOf(matched);
                also.remove(p);
                return new Classification(Optional.of(p), Set.copyOf(also), rollback);
            }
        }
        return new Classification(Optional.empty(), Set.of(), rollback);
    }

    private static boolean mentionsRollback(String[] tokens) {
        for (String t : tokens) {
            if (t.equals("rollback") || t.equals("revert") || t.startsWith("rollback")) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(Phase phase, java.util.BitSet[] tokens, java.util.BitSet present) {
        for (Cue cue : cues.getOrDefault(phase, List.of())) {
            if (!allPresent(cue.groups(), present)) {
                continue;
            }
            for (Span span : spans(cue.groups(), tokens, CUE_WINDOW)) {
                List<List<Group>> near = cue.unless().map(List::of).orElse(blockers.getOrDefault(phase, List.of()));
                if (!blocked(near, tokens, span, BLOCKER_DISTANCE)
                        && !blocked(vetoes.getOrDefault(phase, List.of()), tokens, span, Integer.MAX_VALUE)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean allPresent(List<Group> groups, java.util.BitSet present) {
        for (Group g : groups) {
            if (!present.get(g.id())) {
                return false;
            }
        }
        return true;
    }

    private static boolean blocked(List<List<Group>> blockers, java.util.BitSet[] tokens, Span cueSpan, int maxDistance) {
        for (List<Group> veto : blockers) {
            boolean possible = true;
            for (Group g : veto) {
                boolean any = false;
                for (java.util.BitSet t : tokens) {
                    if (t.get(g.id())) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    possible = false;
                    break;
                }
            }
            if (!possible) {
                continue;
            }
            for (Span b : spans(veto, tokens, BLOCKER_WINDOW)) {
                // A blocker made only of the cue's own words is no blocker ("fail*" in "failover done");
                // one that adds a word to them is ("no" + the cue's "alert").
                boolean inside = true;
                for (int p : b.positions()) {
                    if (!cueSpan.contains(p)) {
                        inside = false;
                        break;
                    }
                }
                if (inside) {
                    continue;
                }
                int distance = Math.max(0, Math.max(b.min() - cueSpan.max(), cueSpan.min() - b.max()));
                if (distance <= maxDistance) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every placement of the groups within the window, anchored on each match of the first group. */
    private static List<Span> spans(List<Group> groups, java.util.BitSet[] tokens, int window) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].get(groups.get(0).id())) {
                continue;
            }
            int[] pos = new int[groups.size()];
            pos[0] = i;
            boolean all = true;
            for (int g = 1; g < groups.size() && all; g++) {
                int best = -1;
                for (int d = 1; d < window && best < 0; d++) {
                    if (i + d < tokens.length && tokens[i + d].get(groups.get(g).id())) {
                        best = i + d;
                    } else if (i - d >= 0 && tokens[i - d].get(groups.get(g).id())) {
                        best = i - d;
                    }
                }
                if (best < 0) {
                    all = false;
                } else {
                    pos[g] = best;
                }
            }
            if (all) {
                out.add(new Span(pos));
            }
        }
        return out;
    }

    /** Lower-cased tokens after the normalisations the vocabulary relies on. */
    static String[] tokens(String text) {
        String t = normalise(text);
        // Dots stay inside tokens so that a version (v4.12.0) or a host name is one word.
        return Arrays.stream(SPLIT.split(t)).map(s -> s.indexOf('.') < 0 && s.indexOf('-') < 0 ? s : EDGE_PUNCT.matcher(s).replaceAll(""))
                .filter(s -> !s.isEmpty())
                .toArray(String[]::new);
    }

    /** Rewrites applied in order before tokenising; compiled once. */
    private static final List<java.util.Map.Entry<Pattern, String>> REWRITES = List.of(
            rewrite("n't\\b", " not"),
            rewrite("\\bcannot\\b", "can not"),
            rewrite("\\b(ack'?d|acked|acks|ack)\\b", "acknowledged"),
            rewrite("\\brolled[\\s-]*back\\b", " rollback done "),
            rewrite("\\brolling[\\s-]*back\\b", " rollback start "),
            rewrite("\\broll(s)?[\\s-]*back(s)?\\b", " rollback "),
            rewrite("\\brollbacks\\b", " rollback "),
            rewrite("\\breverted\\b", " revert done "),
            rewrite("\\breverting\\b", " revert start "),
            rewrite("\\breverts\\b", " revert "),
            rewrite("\\bfailed[\\s-]*over\\b", " failover done "),
            rewrite("\\bfailing[\\s-]*over\\b", " failover start "),
            rewrite("\\bfail[\\s-]+over\\b", " failover "),
            rewrite("\\bon[\\s-]*call\\b", "oncall"),
            rewrite("\\bpager[\\s-]*duty\\b", "pagerduty"),
            rewrite("\\bhealth[\\s-]*checks?\\b", "healthcheck"),
            rewrite("\\bkill[\\s-]*switch(es)?\\b", "killswitch"),
            rewrite("\\b(last[\\s-]*)?known[\\s-]*good\\b", "knowngood"),
            rewrite("\\blong[\\s-]*running\\b", "longrunning"),
            rewrite("\\bwar[\\s-]*room\\b", "war room"),
            rewrite("\\bstatus[\\s-]*page\\b", "statuspage"),
            rewrite("\\bi\\.c\\.", "ic"),
            // verb compounds written with a hyphen read as one word
            rewrite("\\b(roll|clean|set|scale|fail|back|shut|cut|sign)-(out|up|over|off|down|fill|back)\\b", "$1$2"),
            rewrite("\\bre-(\\w)", "re$1"),
            rewrite("\\b(auto|pre|post|non)-(\\w)", "$1$2"));
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[.\\-]+|[.\\-]+$");

    private static java.util.Map.Entry<Pattern, String> rewrite(String regex, String replacement) {
        return java.util.Map.entry(Pattern.compile(regex), replacement);
    }

    /** Letters every rewrite needs: a text with none of them needs no rewriting (most events). */
    private static final Pattern MAY_REWRITE = Pattern.compile("n't|cannot|ack|back|revert|fail|call|pager|health|kill|known|long|war|status|i\\.c\\.");

    static String normalise(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        if (!MAY_REWRITE.matcher(t).find()) {
            return t;
        }
        for (java.util.Map.Entry<Pattern, String> r : REWRITES) {
            t = r.getKey().matcher(t).replaceAll(r.getValue());
        }
        return t;
    }
}
