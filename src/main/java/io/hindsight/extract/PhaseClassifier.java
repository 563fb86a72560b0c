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
import java.util.Collections;
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
    /**
     * A short label before a colon at the start of an event; a dot inside a version or a host name
     * ("Diff of 2026.02.2 vs 2026.02.3:") ends no sentence.
     */
    private static final Pattern LABEL = Pattern.compile("^\\s*((?:[^:;,.]|\\.(?=\\S)){2,60}?)\\s*:\\s+(?=\\S)");
    private static final Pattern ALERT_SOURCE = Pattern.compile(
            // a status page shows the public; it pages no one
            "\\b(alert\\w*|alarm\\w*|(?<!status\\s)pag(e|ed|ing)|pagerduty|opsgenie|victorops)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CUSTOMER_SOURCE = Pattern.compile(
            "\\b(customer\\w*|support|zendesk|intercom|twitter|user report\\w*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SYMPTOM = Pattern.compile(
            "\\b(threshold|cross\\w*|exceed\\w*|breach\\w*|spike\\w*|above|over|climb\\w*|rise|rose|rising|increas\\w*|"
                    + "error\\w*|fail\\w*|latency|timeout\\w*|5xx|50\\d|down|unavailable|degrad\\w*|saturat\\w*|elevated|high)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The outcome for one event: its phase, and the other phases its text also matches. */
    public record Classification(Optional<Phase> phase, Set<Phase> also, boolean rollbackMention, boolean reportsNoEffect) {
        static final Classification NONE = new Classification(Optional.empty(), Set.of(), false);

        Classification(Optional<Phase> phase, Set<Phase> also, boolean rollbackMention) {
            this(phase, also, rollbackMention, false);
        }
    }

    /**
     * An event that reports the previous action changed nothing ("No change", "error rate
     * unchanged", "did not help"). Read on the normalised words; "still ..." alone is not enough, as
     * a partial recovery says it too (see {@link #DONE_BUT_STILL} for when it is).
     */
    private static final Pattern NO_EFFECT = Pattern.compile(
            "\\b(?:no (?:change|effect|improvement|difference|impact on)|unchanged|ineffective|(?:did|does|do) not (?:help|work|improve|change|fix|move)|nothing (?:changed|changes|moved|moves|improved|improves)|(?:changed|helped|fixed|stopped) nothing|made no difference|(?:practically |basically |roughly |much )?the same as before|same (?:errors?|gaps?|failures?|symptoms?|problems?|behaviou?r|results?|refusals?|rejections?|crash(?:es)?|wall|issues?)"
                    // "Restarted run hangs on Wakefield again": the same failure came back
                    // "counts double again within two minutes": the harm came back
                    + "|(?:hangs?|hung|fails?|failed|crash(?:es|ed|loop\\w*)?|stalls?|stalled|stuck|dies|died|times out|timed out|doubles?|doubled|spikes?|spiked"
                    // ... but not "failed jobs retried, payslips generating again", "failed uploads emailed to try again": a
                    // failure's items put right, the work going again
                    + "|reappears?|reappeared|recurs?|recurred)(?: (?!(?:try|tried|retry|retried|retries|retrying|resent|resend|resubmit\\w*"
                    + "|reprocess\\w*|generating|working|succeeding|flowing|loading|printing|sending|processing)\\b)[\\w.-]+){0,4} again"
                    // "OK for ~3 minutes, then pool full again", "queue drops for ~2 min then climbs again": it relapsed
                    + "|then (?:[\\w.%-]+ ){0,3}(?:full|climbs?|climbing|rises?|rising|fails?|failing|crash\\w*|hangs?|hanging|stuck|down|spikes?|spiking"
                    + "|errors?|erroring|starts?|grows?|growing|saturat\\w*|exhausted)(?: [\\w.%-]+){0,3} again"
                    // "Batch stopped. Quota stays exhausted until the daily reset"
                    + "|(?:stays?|stayed|remains?|remained) (?:exhausted|full|down|broken|stuck|offline|at 100%)"
                    // "Error rate goes up, 18% → 27%": the action made it worse
                    + "|(?:errors?|error rate|5xx|latency|failures?|rejections?)(?: [\\w.%-]+){0,2} (?:goes up|went up|rises|rose|climbs|climbed|worsens|worsened|got worse)"
                    // "restarts the sensor task; it goes straight back to waiting"
                    + "|(?:goes|went|go|is|stays?|stayed|falls?|fell|gets?|got|came|comes?) (?:straight |right |immediately )?back (?:to|into|in) (?:waiting|failing|erroring|crashing|pending|timing out|stuck"
                    + "|errors?|error state|failed|crash\\w*|down|red|offline)"
                    // "scaled to 96 pods; rebalances get more frequent, lag grows faster"
                    + "|(?:grows?|grew|growing|climbs?|climbing|rises?|rising) faster|(?:gets?|got|getting|becomes?|became) more frequent"
                    // "Worse: more members, more rebalances", "Priya: worse.", "that made it worse"
                    + "|^(?:[a-z]+ )?worse|made (?:it|things|this|matters) worse)\\b");
    /**
     * A step done while the harm stands: "rollback complete; DE OTP delivery still at 61%",
     * "Rollback finished, failures still at 100%" (not "lag still high but falling").
     */
    private static final Pattern DONE_BUT_STILL = Pattern.compile(
            "\\b(?:complete|completed|done|finished) (?:[\\w%~.-]+ ){0,6}still "
                    + "(?:at\\b|about\\b|around\\b|\\d+|failing|broken|active|high|elevated|stuck|missing|empty|red|the same|rejecting|erroring|crashing)"
                    + "(?!(?: [\\w%~.-]+){0,6} (?:but|though|although|yet) (?:[\\w%~.-]+ ){0,3}(?:fall|drop|improv|recover|drain|decreas|eas))\\b");

    /**
     * An action told with the harm it left whole: "Restarted the application service - login still
     * hangs", "memory limit raised to 4 GiB; pods still crash" (not "restarted; 20% still failing",
     * a partial recovery). Read on the event's words joined by spaces, without its punctuation.
     */
    private static final Pattern ACTION_BUT_STILL = Pattern.compile(
            "\\b(?:restarted|rebooted|raised|increased|scaled|bumped|redeployed|reverted|cleared|flushed|recycled|bounced|killed|retried"
                    + "|reran|rerun|reloaded|applied|deployed|added|replaced|resized|expanded) (?:[\\w.%-]+ ){0,12}still "
                    + "(?:hangs?|hung|crash\\w*|fail(?:s|ing)?|times? out|timing out|rejects?|rejecting|broken|down|erroring|stuck|unable|can not|not working"
                    + "|returns? (?:errors?|5\\d\\d)|at 100%|[45]\\d\\ds?)\\b");
    /** An action, then its failure: "Re-ran the import with the mapping fixed. It failed on the unique constraint". */
    private static final Pattern ACTION_THEN_FAILED = Pattern.compile(
            "\\b(?:reran|rerun|re-run|restarted|retried|redeployed|reloaded|rebooted) (?:[\\w.%-]+ ){0,12}(?:it|they|which|and) (?:failed|fails|crashed|crashes|errored|timed out)\\b");
    /** A share or a part still failing beside the action: a partial recovery, not an action with no effect. */
    private static final Pattern PART_STILL = Pattern.compile("\\b(?:some|few|remaining|rest|half|most|partly|partially|other|others|\\d+ of|\\d+(?:\\.\\d+)? ?%) (?:[\\w-]+ ){0,3}still\\b");

    /**
     * One word of a cue: alternatives, exact or prefixes (written with a trailing '*'); {@code id}
     * indexes the per-event bitsets. {@code after} (written with a leading '>'): it must come
     * after the cue's first word, not on either side ("still >down" is "still down", not
     * "jams down, heads still latched").
     */
    private record Group(int id, String[] alternatives, boolean after) {
    }

    /**
     * All cue words in one prefix trie: walking a token's characters finds, in one pass, every
     * group whose exact word or prefix it matches. Built in a flat table (node i's child for
     * character slot c at {@code next[i * SLOTS + c]}, 0 for none: the root is no one's child),
     * then sealed into a compact form a walk reads from cache (the flat table of ~2,900 nodes
     * is 450 KB, and its misses were most of the classifier's time). Read-only after
     * {@link #seal()}.
     */
    private static final class Trie {
        /** a-z, 0-9, '%', '.', '-': every character a token can hold. */
        private static final int SLOTS = 39;
        /** A node with at least this many children keeps a dense row of transitions. */
        private static final int DENSE_CHILDREN = 8;
        private int[] next = new int[SLOTS * 64];
        private final List<java.util.BitSet> prefixOf = new ArrayList<>(List.of(new java.util.BitSet()));
        private final List<java.util.BitSet> exactOf = new ArrayList<>(List.of(new java.util.BitSet()));
        /** Per node, the groups matched by a token ending there: the prefixes on the path to it, and the exact words at it. */
        private long[][] atEnd;
        /** Per node, the groups matched by a longer token passing through: the prefixes on the path to it. */
        private long[][] passing;
        /** Per node, the groups whose exact word ends there. */
        private long[][] exactAt;
        /**
         * The sealed transitions, small enough to stay in cache (the building table above is
         * 39 ints per node): a node with many children keeps a dense row ({@code denseRow} >= 0),
         * the others a short run of (slot, child) edges from {@code edgeStart[node]}.
         */
        private int[] denseRow;
        private int[] dense;
        private int[] edgeStart;
        private byte[] edgeSlot;
        private int[] edgeChild;

        private static int slot(char c) {
            if (c >= 'a' && c <= 'z') {
                return c - 'a';
            }
            if (c >= '0' && c <= '9') {
                return 26 + c - '0';
            }
            return c == '%' ? 36 : c == '.' ? 37 : c == '-' ? 38 : -1;
        }

        void add(String word, int group, boolean prefix) {
            int node = 0;
            for (int i = 0; i < word.length(); i++) {
                int s = slot(word.charAt(i));
                if (s < 0) {
                    throw new IllegalStateException("cue word '" + word + "' holds a character no token can: '" + word.charAt(i) + "'");
                }
                if (next[node * SLOTS + s] == 0) {
                    int created = prefixOf.size();
                    prefixOf.add(new java.util.BitSet());
                    exactOf.add(new java.util.BitSet());
                    if ((created + 1) * SLOTS > next.length) {
                        next = Arrays.copyOf(next, next.length * 2);
                    }
                    next[node * SLOTS + s] = created;
                }
                node = next[node * SLOTS + s];
            }
            (prefix ? prefixOf : exactOf).get(node).set(group);
        }

        /** Precomputes every node's answer once all cue words are in, so a lookup allocates nothing. */
        void seal() {
            int nodes = prefixOf.size();
            passing = new long[nodes][];
            atEnd = new long[nodes][];
            exactAt = new long[nodes][];
            for (int n = 0; n < nodes; n++) {
                exactAt[n] = exactOf.get(n).toLongArray();
            }
            seal(0, new java.util.BitSet());
            denseRow = new int[nodes];
            edgeStart = new int[nodes + 1];
            int rows = 0;
            int edges = 0;
            for (int n = 0; n < nodes; n++) {
                int children = 0;
                for (int c = 0; c < SLOTS; c++) {
                    children += next[n * SLOTS + c] != 0 ? 1 : 0;
                }
                denseRow[n] = children >= DENSE_CHILDREN ? rows++ : -1;
                edgeStart[n] = edges;
                edges += children >= DENSE_CHILDREN ? 0 : children;
            }
            edgeStart[nodes] = edges;
            dense = new int[rows * SLOTS];
            edgeSlot = new byte[edges];
            edgeChild = new int[edges];
            for (int n = 0; n < nodes; n++) {
                int e = edgeStart[n];
                for (int c = 0; c < SLOTS; c++) {
                    int child = next[n * SLOTS + c];
                    if (denseRow[n] >= 0) {
                        dense[denseRow[n] * SLOTS + c] = child;
                    } else if (child != 0) {
                        edgeSlot[e] = (byte) c;
                        edgeChild[e++] = child;
                    }
                }
            }
            next = null;
        }

        private void seal(int node, java.util.BitSet above) {
            java.util.BitSet p = (java.util.BitSet) above.clone();
            p.or(prefixOf.get(node));
            java.util.BitSet e = (java.util.BitSet) p.clone();
            e.or(exactOf.get(node));
            passing[node] = p.toLongArray();
            atEnd[node] = e.toLongArray();
            for (int s = 0; s < SLOTS; s++) {
                int child = next[node * SLOTS + s];
                if (child != 0) {
                    seal(child, p);
                }
            }
        }

        /** The child of a sealed node by a character slot, 0 for none. */
        private int child(int node, int s) {
            if (s < 0) {
                return 0;
            }
            int row = denseRow[node];
            if (row >= 0) {
                return dense[row * SLOTS + s];
            }
            for (int e = edgeStart[node]; e < edgeStart[node + 1]; e++) {
                if (edgeSlot[e] == s) {
                    return edgeChild[e];
                }
            }
            return 0;
        }

        /** The groups whose exact word or prefix the token matches, as the words of a bit set (see {@link #has}); shared and read-only. */
        long[] groupsOf(String token) {
            if (token.indexOf('-') >= 0) {
                return exactGroupsOf(token);
            }
            int node = 0;
            for (int i = 0; i < token.length(); i++) {
                int child = child(node, slot(token.charAt(i)));
                if (child == 0) {
                    return passing[node];
                }
                node = child;
            }
            return atEnd[node];
        }

        /** Hyphenated names ("user-profile") match only cue words written exactly so. */
        private long[] exactGroupsOf(String token) {
            int node = 0;
            for (int i = 0; i < token.length(); i++) {
                node = child(node, slot(token.charAt(i)));
                if (node == 0) {
                    return EMPTY;
                }
            }
            return exactAt[node];
        }

        private static final long[] EMPTY = new long[0];
    }

    /**
     * A cue and the blockers it meets: its own ({@code unless}) instead of its phase's, or as
     * well as them when {@code alsoPhaseBlockers} ("; also unless ...").
     */
    private record Cue(Phase phase, List<Group> groups, Optional<List<Group>> unless, boolean alsoPhaseBlockers) {
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

    private final Map<Phase, List<List<Group>>> blockers;
    private final Map<Phase, List<List<Group>>> vetoes;
    private final Trie trie;
    /** Each cue by the id of its first group (group ids are unique to one cue), or null: the cues an event may match are those whose first word it holds. */
    private final Cue[] cueByFirstGroup;

    private PhaseClassifier(Map<Phase, List<Cue>> cues, Map<Phase, List<List<Group>>> blockers,
                            Map<Phase, List<List<Group>>> vetoes, Trie trie, int groupCount) {
        this.blockers = blockers;
        this.vetoes = vetoes;
        this.trie = trie;
        trie.seal();
        this.cueByFirstGroup = new Cue[groupCount];
        cues.values().forEach(list -> list.forEach(c -> cueByFirstGroup[c.groups().get(0).id()] = c));
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
                String[] cueAndUnless = parts[1].split("\\s*;\\s*(?=(?:also\\s+)?unless\\s)", 2);
                boolean alsoPhaseBlockers = cueAndUnless.length > 1 && cueAndUnless[1].startsWith("also");
                if (cueAndUnless.length > 1) {
                    cueAndUnless[1] = cueAndUnless[1].replaceFirst("^(?:also\\s+)?unless\\s+", "");
                }
                List<Group> groups = groups(cueAndUnless[0], trie, nextId);
                if (anywhere) {
                    vetoes.computeIfAbsent(phase, p -> new ArrayList<>()).add(groups);
                } else if (blocker) {
                    blockers.computeIfAbsent(phase, p -> new ArrayList<>()).add(groups);
                } else {
                    Optional<List<Group>> unless = cueAndUnless.length > 1 ? Optional.of(groups(cueAndUnless[1], trie, nextId)) : Optional.empty();
                    cues.computeIfAbsent(phase, p -> new ArrayList<>()).add(new Cue(phase, groups, unless, alsoPhaseBlockers));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PhaseClassifier(cues, blockers, vetoes, trie, nextId[0]);
    }

    private static List<Group> groups(String spec, Trie trie, int[] nextId) {
        List<Group> groups = new ArrayList<>();
        for (String g : spec.strip().split("\\s+")) {
            boolean after = g.startsWith(">");
            Group group = new Group(nextId[0]++, (after ? g.substring(1) : g).split("\\|"), after);
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
     * A chat handle before the message ("ines.carvalho: ...") is dropped; a status-page post's
     * state ("Identified - ...", "Monitoring - ...") is its phase. A short label before a colon
     * ("Root cause identified: ...", "Fix applied: ...") is the author's own classification and
     * wins over what the rest of the line describes.
     */
    public Classification classify(String text, Optional<String> source) {
        if (text.startsWith("<")) {
            text = CHAT_NICK.matcher(text).replaceFirst("$1 "); // "<pagerduty> TRIGGERED ...": the writer's nick, as a name
        }
        Matcher stream = text.startsWith("[") ? WORKSTREAM.matcher(text) : null;
        if (stream != null && stream.lookingAt()) {
            if (COMMS.matcher(stream.group(1)).matches()) {
                return Classification.NONE; // "[Comms] Status page: Resolved" tells customers, it is no phase
            }
            String rest = text.substring(stream.end());
            if (ALERT_SOURCE.matcher(stream.group(1)).find()) {
                // "[PagerDuty] Triggered: etcdNoLeader to Jonah": the tool that paged is the subject, not a workstream
                text = stream.group(1) + " " + rest;
            } else if (mayHaveLabel(rest)) {
                text = rest; // "[DB] Root cause: ...": the workstream's own label comes after its tag
            }
        }
        if (!text.isBlank() && Character.toLowerCase(text.strip().charAt(0)) == 's' && COMMS_POST.matcher(text).lookingAt()) {
            // "Status page: "Identified - a fix is in place"" tells customers; "Status page: Resolved. Incident
            // closed" also tells of the close
            return CLOSED_AFTER_POST.matcher(text).find() ? new Classification(Optional.of(Phase.CLOSED), Set.of(), false)
                    : Classification.NONE;
        }
        if (!text.isEmpty() && (text.charAt(0) >= 'a' && text.charAt(0) <= 'z' || text.charAt(0) == '@')) {
            Matcher handle = CHAT_HANDLE.matcher(text);
            if (handle.lookingAt()) {
                text = text.substring(handle.end()); // "ines.carvalho: found it: ..." is what Ines wrote
            }
        }
        if (text.endsWith("?") && QUESTION.matcher(text).matches()) {
            return Classification.NONE;
        }
        Matcher post = mayBeStatusPost(text) ? STATUS_POST.matcher(text) : null;
        if (post != null && post.lookingAt()) {
            Phase stated = STATUS_PHASES.get(post.group(1).toLowerCase(Locale.ROOT));
            if (stated != null) {
                Classification rest = classifyText(text.substring(post.end()), source);
                return new Classification(Optional.of(stated), rest.also(), rest.rollbackMention(), rest.reportsNoEffect());
            }
            text = text.substring(post.end());
        }
        Matcher dashed = DASHED_FINDING.matcher(text);
        if (dashed.lookingAt()) {
            // "Got it — the Cookie header is 12 KB": said like a label, with a dash
            Classification rest = classifyText(text.substring(dashed.end()), source);
            return rest.phase().isPresent() ? rest : new Classification(Optional.of(Phase.IDENTIFIED), rest.also(), rest.rollbackMention());
        }
        Matcher label = mayHaveLabel(text) ? LABEL.matcher(text) : null;
        String labelName = null;
        if (label != null && label.find() && wordCount(label.group(1)) <= MAX_LABEL_WORDS) {
            labelName = label.group(1);
            String name = label.group(1).strip().toLowerCase(Locale.ROOT);
            Classification head = IDENTIFYING_LABELS.contains(name) || FOUND_IT.matcher(name).find()
                    ? new Classification(Optional.of(Phase.IDENTIFIED), Set.of(), false)
                    : classifyText(label.group(1), Optional.empty());
            if (PAGING_LABELS.contains(name)) {
                // "Page: order confirmation p95 > 60 s" is a page that went out, unless the rest says it reached no one
                Classification rest = classifyText(text.substring(label.end()), source);
                if (UNHEARD.matcher(text).find()) {
                    return rest.phase().filter(p -> p == Phase.DETECTED).isPresent() ? Classification.NONE : rest;
                }
                // what the rest says happened wins: "page: on-call engineer acknowledges the ticket"
                return rest.phase().isPresent() ? rest : new Classification(Optional.of(Phase.DETECTED), rest.also(), rest.rollbackMention());
            }
            String said = text.substring(label.end());
            if (SPEAKER_LABELS.contains(name)) {
                // "IC: root cause: ...", "Comms: status page updated": the role speaking, not what it did
                return classify(said, source);
            }
            if (head.phase().isEmpty() && (DASHED_FINDING.matcher(said).lookingAt() || FOUND_FIRST.matcher(said).lookingAt())) {
                // "Kwame: found it - 2.14.0 reads ...": a finding someone announced
                return classify(said, source);
            }
            if (head.phase().isEmpty() && (CONFIRMING_LABELS.contains(name) || CONFIRMS.matcher(name).find() && CAUSAL.matcher(said).find())) {
                // "Confirmed: the attempt counter defeats dedupe" names a cause; "Confirmed: all green" a recovery; what
                // "Vendor tier 2 confirms: 5.0.2 reports CO2 in percent" confirms is past detection
                Classification rest = classifyText(text.substring(label.end()), source);
                return rest.phase().filter(p -> p.compareTo(Phase.IDENTIFIED) > 0).isPresent() ? rest
                        : new Classification(Optional.of(Phase.IDENTIFIED), rest.also(), rest.rollbackMention());
            }
            if (head.phase().isPresent()) {
                Classification rest = classifyText(text.substring(label.end()), source);
                if (rest.reportsNoEffect() && rest.phase().isEmpty() && (head.phase().get() == Phase.MITIGATED || head.phase().get() == Phase.RESOLVED)) {
                    // "label-svc pods restarted on a hunch: no change": the action mitigated nothing
                    return new Classification(Optional.empty(), Set.of(), head.rollbackMention() || rest.rollbackMention(), true);
                }
                EnumSet<Phase> also = EnumSet.noneOf(Phase.class);
                if (head.phase().get() != Phase.IDENTIFIED) {
                    // after "Root cause identified:" the rest explains the cause ("... patched every
                    // ResourceQuota on each reconcile"); it tells of no action taken
                    rest.phase().ifPresent(also::add);
                    also.addAll(rest.also());
                }
                also.addAll(head.also());
                also.remove(head.phase().get());
                return new Classification(head.phase(), Collections.unmodifiableSet(also), head.rollbackMention() || rest.rollbackMention(),
                        head.reportsNoEffect() || rest.reportsNoEffect());
            }
        }
        Classification whole = classifyText(text, source);
        if (whole.phase().isEmpty() && labelName != null && TOOL_PAGE_LABEL.matcher(labelName.strip().toLowerCase(Locale.ROOT)).matches()
                && !UNHEARD.matcher(text).find() && !whole.reportsNoEffect()) {
            // "NOC (Zabbix) page: 14 x host/device DOWN, Hall B": a page its sender labels, when the rest tells nothing else
            return new Classification(Optional.of(Phase.DETECTED), whole.also(), whole.rollbackMention());
        }
        String reporter = labelName != null ? labelName : longLabel(text);
        if (whole.phase().isEmpty() && reporter != null && REPORTING_LABEL.matcher(reporter).find()
                && !whole.reportsNoEffect()) {
            // "Manly marina office calls: booking page says the domain is for sale": someone reporting what they see
            return new Classification(Optional.of(Phase.DETECTED), whole.also(), whole.rollbackMention());
        }
        if (labelName != null && whole.phase().filter(Phase.RESOLVED::equals).isPresent()
                && STOPGAP_LABELS.contains(labelName.strip().toLowerCase(Locale.ROOT)) && !whole.reportsNoEffect()) {
            return new Classification(Optional.of(Phase.MITIGATED), whole.also(), whole.rollbackMention());
        }
        if (whole.phase().filter(p -> p == Phase.MITIGATED || p == Phase.RESOLVED).isPresent() && whole.reportsNoEffect()) {
            // "restarts the sensor task; it goes straight back to waiting", "healthy ~2 min then crashloop again":
            // the action or the recovery told with its failure
            return new Classification(Optional.empty(), whole.also(), whole.rollbackMention(), true);
        }
        if (whole.phase().isEmpty() && FOUND_FIRST.matcher(text).lookingAt()) {
            // "Found the NAK text: their listener now requires MSH-12 = 2.5.1": a finding, said without a subject
            return new Classification(Optional.of(Phase.IDENTIFIED), whole.also(), whole.rollbackMention(), whole.reportsNoEffect());
        }
        Optional<Classification> explained = explainedCause(text, source);
        if (explained.isPresent()) {
            return explained.get();
        }
        if (whole.phase().map(p -> p.compareTo(Phase.IDENTIFIED) < 0).orElse(true) && VERDICT_AT_END.matcher(text).find()) {
            // "Wei Jie spots 'certificate expired' handshake errors in gateway logs. Root cause", "pgbouncer SHOW SERVERS:
            // all connections still to the old primary IP. Root cause": the writer's verdict closes the line
            EnumSet<Phase> also = EnumSet.noneOf(Phase.class);
            whole.phase().ifPresent(also::add);
            also.addAll(whole.also());
            also.remove(Phase.IDENTIFIED);
            return new Classification(Optional.of(Phase.IDENTIFIED), Collections.unmodifiableSet(also), whole.rollbackMention(),
                    whole.reportsNoEffect());
        }
        return whole.phase().isPresent() ? whole : labelledSentence(text, source).orElse(whole);
    }

    /**
     * An event whose later sentence opens with a cause label ("Priya sees the READONLY errors.
     * Root cause: ... the script updated the DNS record, but pods never look it up again"): what
     * follows the label explains the cause and tells of no step taken, so the event is the
     * finding, unless the sentences before the label tell of a later step ("Pods restarted.
     * Root cause: ...").
     */
    private Optional<Classification> explainedCause(String text, Optional<String> source) {
        for (int i : laterSentencesBeforeLastColon(text, ".!?;")) {
            String sentence = text.substring(i + 1).strip();
            Matcher label = !sentence.isEmpty() && mayHaveLabel(sentence) ? LABEL.matcher(sentence) : null;
            if (label != null && label.find() && IDENTIFYING_LABELS.contains(label.group(1).strip().toLowerCase(Locale.ROOT))) {
                Classification before = classifyText(text.substring(0, i + 1), source);
                if (before.phase().filter(p -> p.compareTo(Phase.IDENTIFIED) > 0).isPresent()) {
                    return Optional.of(before);
                }
                if (vetoedAnywhere(text, Phase.IDENTIFIED)) {
                    return Optional.empty();
                }
                EnumSet<Phase> also = EnumSet.noneOf(Phase.class);
                before.phase().ifPresent(also::add);
                also.addAll(before.also());
                also.remove(Phase.IDENTIFIED);
                return Optional.of(new Classification(Optional.of(Phase.IDENTIFIED), Collections.unmodifiableSet(also), before.rollbackMention()));
            }
        }
        return Optional.empty();
    }

    /** The incident closed in a later sentence of a status-page event: "Status page: Resolved. Incident closed". */
    private static final Pattern CLOSED_AFTER_POST = Pattern.compile("(?i)[.;,]\\s*(?:the\\s+)?incident\\s+(?:is\\s+|was\\s+)?closed\\b(?!\\s+(?:for|to)\\b)");

    /** A label naming someone reporting: "Manly marina office calls", "Store 14 emails", "Night nurse rings". */
    private static final Pattern REPORTING_LABEL = Pattern.compile(
            "(?i)^(?!\\s*(?:we|i|ic|oncall|on-call|sre|ops|bot)\\b)[\\w .'()-]{2,50}\\s(?:calls|phones|rings|emails|e-mails|texts)"
                    // "Kate Broughton (council shellfish officer) rings Hemi": whom, by name
                    + "(?:\\s+(?-i:\\p{Lu})[\\w'-]+(?:\\s+(?-i:\\p{Lu})[\\w'-]+)?|\\s+(?:me|us))?"
                    // "Wiremu (gang leader) texts me from his own phone": and how
                    + "(?:\\s+(?:from|on|via|over)\\s+[\\w' -]{1,30})?\\s*$"
                    // "someone in our matrix room: \"is it just me or is home frozen?\"": a user asking, by name or not
                    + "|^(?:someone|somebody|a (?:user|customer|member|reader|listener|player|patient|parent|student|viewer))\\b[\\w .'()#-]{0,40}$");

    /** The writer's verdict closing the event: "... in gateway logs. Root cause", "...; that's the cause." */
    private static final Pattern VERDICT_AT_END = Pattern.compile(
            "[.;:\u2014\u2013-]\\s*(?i:root cause|cause found|cause identified|cause confirmed|that's the cause|that is the cause|that's it)\\s*[.!]?\\s*$");

    /** An event that opens with the finding's verb and what was found: "Found the NAK text: ...", "Found in the Airflow log: ...". */
    private static final Pattern FOUND_FIRST = Pattern.compile(
            "\\s*(?:Found|Finds|Spotted|Discovered)\\s+(?:the|that|it|a|an|in|on)\\s+(?!no\\b|nothing\\b|none\\b)"
                    // "found `MAX_POLL_RECORDS=2000` in pod env, ... — root cause": the writer's own verdict closes the line
                    + "|(?i:found)\\b.*[\u2014\u2013-]\\s*(?i:root cause|the cause|cause)\\s*[.!]?\\s*$");

    /**
     * A label that starts a later sentence of the event: "Edge logs show the 429s come from the
     * WAF. Root cause identified: the rule counts per source IP." Read only when the event as a
     * whole tells no phase, so a label never overrides what the earlier sentences describe.
     */
    private Optional<Classification> labelledSentence(String text, Optional<String> source) {
        for (int i : laterSentencesBeforeLastColon(text, ".!?")) {
            String sentence = text.substring(i + 1).strip();
            if (!sentence.isEmpty() && Character.isUpperCase(sentence.charAt(0)) && mayHaveLabel(sentence)) {
                Classification labelled = classify(sentence, source);
                if (labelled.phase().isPresent()) {
                    // "Rollback discussed and rejected. The draft said: rollback started": the event's veto stands
                    return vetoedAnywhere(text, labelled.phase().get()) ? Optional.empty() : Optional.of(labelled);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where the later sentences of an event end their predecessors: each index of one of the
     * {@code enders} followed by a space, up to the last colon (a sentence after it can hold no label).
     */
    private static int[] laterSentencesBeforeLastColon(String text, String enders) {
        int colon = text.lastIndexOf(':');
        return java.util.stream.IntStream.range(1, Math.max(1, colon - 1))
                .filter(i -> enders.indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1)))
                .toArray();
    }

    /** Whether one of the phase's vetoes (blockers that hold anywhere in an event) stands in the text. */
    private boolean vetoedAnywhere(String text, Phase phase) {
        Words split = words(text);
        return blocked(vetoes.getOrDefault(phase, List.of()), unquoted(groupsOf(split), split.quoted()), split.clause(), NOWHERE,
                Integer.MAX_VALUE);
    }

    /** Each word's cue groups. */
    private long[][] groupsOf(Words split) {
        long[][] tokens = new long[split.words().length][];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = trie.groupsOf(split.words()[i]);
        }
        return tokens;
    }

    /** The words' groups with those of quoted words left out (the same array when no word is quoted). */
    private static long[][] unquoted(long[][] tokens, boolean[] quoted) {
        if (quoted == null) {
            return tokens;
        }
        long[][] out = new long[tokens.length][];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = quoted[i] ? NO_GROUPS : tokens[i];
        }
        return out;
    }

    /** A workstream's tag before an event in an interleaved timeline: "[DB] ...", "[Comms] ...". */
    private static final Pattern WORKSTREAM = Pattern.compile("\\[([A-Za-z][A-Za-z &/+-]{1,24})]\\s*");
    /** Workstreams that talk to customers and staff rather than work on the system. */
    private static final Pattern COMMS = Pattern.compile("(?i)comms|communications?|customer comms|status ?page|support comms|pr|marketing");
    /** A post to customers: "Status page: "Identified — a fix is in place"", "Status page post: ...", "Banner removed; X post: ...". */
    private static final Pattern COMMS_POST = Pattern.compile("(?i)\\s*status[\\s-]*page(?:\\s+(?:post|update|message))?\\s*:");

    /**
     * A chat export's handle before the message: "ines.carvalho: ...", "tomasz_w: ...", "@jun.park: ...", after the
     * channel's name in a pasted log ("slack @jun.park: ..."), or a bot's name ("alertbot: FIRING ..."): a bot's post is told
     * by what it says.
     */
    /** A writer's nick in angle brackets at the start of a pasted chat line: "<maria> seeing 502s". */
    private static final Pattern CHAT_NICK = Pattern.compile("^<([A-Za-z][\\w.-]{0,30})>\\s*");
    private static final Pattern CHAT_HANDLE = Pattern.compile("(?:[a-z]{2,12}\\s+)?@?(?:[a-z][a-z0-9]*[._-][a-z0-9._-]{1,30}|[a-z][a-z0-9]{1,20}bot)\\s*:\\s+");
    /**
     * A status-page post: "Identified - We have found the cause", "Monitoring - A fix has been
     * applied", "Posted Mar 14, 2026 - 20:58 UTC Resolved - ...". The post's own state is the
     * phase; Investigating and Update posts are read from their text.
     */
    private static final Pattern STATUS_POST = Pattern.compile(
            "(?i)(?:posted\\s+[^-\u2013\u2014]{3,40}[-\u2013\u2014][^A-Za-z]{0,20}(?:utc|gmt|[a-z]{2,4}t)?\\s+)?"
                    + "(investigating|identified|monitoring|resolved|update|completed)\\s*[-\u2013\u2014:]\\s+");
    private static final Map<String, Phase> STATUS_PHASES = Map.of("identified", Phase.IDENTIFIED, "monitoring", Phase.MITIGATED,
            "resolved", Phase.RESOLVED, "completed", Phase.RESOLVED);
    /** "Got it — ...", "Found it – ...", "Confirmed - ...": a finding announced with a dash. */
    private static final Pattern DASHED_FINDING = Pattern.compile("(?i)\\s*(?:got it|found it|confirmed|nailed it)\\s*[-\u2013\u2014]+\\s+");
    /** A label longer than this is a clause of the event, not the author's own classification of it. */
    private static final int MAX_LABEL_WORDS = 8;

    private static boolean mayBeStatusPost(String text) {
        char c = text.isEmpty() ? ' ' : Character.toLowerCase(text.charAt(0));
        return c == 'i' || c == 'm' || c == 'r' || c == 'u' || c == 'c' || c == 'p';
    }

    private static int wordCount(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            n += letter && !in ? 1 : 0;
            in = letter;
        }
        return n;
    }

    /** Labels that say the rest of the line is the cause found: "cause: ...", "Found: ...", "why: ...". */
    private static final Set<String> IDENTIFYING_LABELS = Set.of("cause", "root cause", "found", "why", "diagnosis", "culprit", "rca",
            "root cause analysis", "found why", "cause found", "root cause found",
            // in the writer's own language: Portuguese, Spanish, Italian, German, Polish, Vietnamese, Turkish
            "causa raiz", "causa raíz", "causa raiz identificada", "causa raíz identificada", "causa encontrada", "causa identificada",
            "causa individuata", "causa trovata", "ursache", "ursache gefunden", "grundursache", "przyczyna", "przyczyna źródłowa",
            "nguyên nhân", "xác định nguyên nhân", "kök neden", "kök neden bulundu",
            // Dutch, Swedish, Norwegian, Danish, Czech, Finnish
            "oorzaak", "oorzaak gevonden", "grondoorzaak", "orsak", "orsaken", "grundorsak", "rotorsak", "årsak", "årsaken", "rotårsak",
            "årsag", "årsagen", "grundårsag", "příčina", "hlavní příčina", "syy", "juurisyy");
    /** Labels that say a page or an alert went out: "Page: ...", "PagerDuty: ...", "PD: ...". */
    private static final Set<String> PAGING_LABELS = Set.of("page", "paged", "alert", "alarm", "pagerduty", "opsgenie", "pager", "pd");
    /** A page or alert labelled with who or what sent it: "NOC (Zabbix) page:", "Datadog alert:", "BMS alarm:". */
    private static final Pattern TOOL_PAGE_LABEL = Pattern.compile(
            "(?!.*\\b(?:false|test|testing|known|resolved|cleared|new|missed|muted|silenced|no|kein|keine|geen|ingen|sin|sans|nessun|planned|status|web|landing|error|login|home|help|wiki)\\b)"
                    + "[\\w ()/.-]{2,30}\\s(?:page|alert|alarm)");
    /** Words that say an alert reached no one. */
    private static final Pattern UNHEARD = Pattern.compile(
            "(?i)\\b(?:not|no|nobody|no one|never|silenced|silence|muted|suppressed|unrouted|dashboard only|warning only)\\b");
    /** A question asked in the channel ("do we declare?", "should we roll back to 2026.08.2?") is no event of any phase. */
    private static final Pattern QUESTION = Pattern.compile(
            "(?i)\\s*(?:[\\w.-]{1,30}:\\s+)?(?:do|does|did|should|shall|can|could|would|are|is|was|were|have|has|any)\\b(?:[^.!?]|\\.(?=\\S))*\\?"
                    // and the questions after it: "Can we switch off the campaign flag? @luis ok from marketing?"
                    + "(?:\\s+(?:[^.!?]|\\.(?=\\S))*\\?)*\\s*");
    /** Labels of a stopgap ("Workaround: viewers sent to the simulcast, which plays normally"): what follows is mitigated, not resolved. */
    private static final Set<String> STOPGAP_LABELS = Set.of("workaround", "temporary workaround", "workaround applied", "interim fix",
            "temporary fix", "stopgap");
    /** Roles that head the lines of an incident commander's log ("IC: ...", "Scribe: ..."): the speaker, not a phase. */
    private static final Set<String> SPEAKER_LABELS = Set.of("ic", "incident commander", "scribe", "deputy ic", "ic (me)");
    /** A label naming who confirmed what follows: "ClimaGrow tier 2 confirms", "DBA confirmed". */
    private static final Pattern CONFIRMS = Pattern.compile("\\s(?:confirms|confirmed|verifies|verified)$");

    /** Words that explain, in what a named person or vendor confirms ("a known issue", "because the relay is down"). */
    private static final Pattern CAUSAL = Pattern.compile("(?i)\\b(?:because|due to|caus\\w*|known (?:issue|bug|problem)|bug|regression|root)\\b");

    /** Labels that name the cause only when the rest of the line tells no other phase. */
    private static final Set<String> CONFIRMING_LABELS = Set.of("confirmed", "got it", "finding", "findings");
    /** "Priya spots it: the exclude pattern matches the new nodes too": someone found the cause. */
    private static final Pattern FOUND_IT = Pattern.compile("\\b(?:spots|spotted|finds|found|sees|saw|nails|nailed|cracks|cracked) it$"
            // "Hot node found: rebalance placed both shards on es-data-07": what was found is the cause
            + "|^(?!(?:a |the )?(?:workaround|fix|solution|mitigation|fallback|way)\\b)[a-z0-9 -]{2,40} (?:found|identified|isolated|located|pinpointed)$"
            // "Mapping diff: suggest is type text in the new index", "Diff of #2231: the block was copied from ...": the change that did it
            + "|^(?:[a-z0-9-]+ ){0,2}diff(?: of [^:]{1,30})?$");

    /** Most words of a label that names who reported ("Wiremu (Hurunui gang leader) texts me from his own phone"). */
    private static final int MAX_REPORTER_WORDS = 14;

    /** A label too long to be read as a step's name, kept to see whether it names someone reporting; null when there is none. */
    private static String longLabel(String text) {
        if (!mayHaveLabel(text)) {
            return null;
        }
        Matcher m = LONG_LABEL.matcher(text);
        return m.find() && wordCount(m.group(1)) <= MAX_REPORTER_WORDS ? m.group(1) : null;
    }

    private static final Pattern LONG_LABEL = Pattern.compile("^\\s*((?:[^:;,.]|\\.(?=\\S)){2,100}?)\\s*:\\s+(?=\\S)");

    /** A cheap test before {@link #LABEL}: a colon with no ';' or ',' and no sentence's end before it. */
    private static boolean mayHaveLabel(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ',' || c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private Classification classifyText(String text, Optional<String> source) {
        Words split = words(text);
        String[] words = split.words();
        int[] clause = split.clause();
        long[][] tokens = groupsOf(split);
        long[][] unquoted = unquoted(tokens, split.quoted());
        long[] present = new long[(cueByFirstGroup.length + 63) >>> 6];
        for (long[] groups : tokens) {
            for (int w = 0; w < groups.length; w++) {
                present[w] |= groups[w];
            }
        }
        EnumSet<Phase> matched = EnumSet.noneOf(Phase.class);
        for (int w = 0; w < present.length; w++) {
            for (long bits = present[w]; bits != 0; bits &= bits - 1) {
                int g = (w << 6) + Long.numberOfTrailingZeros(bits);
                Cue cue = cueByFirstGroup[g];
                if (cue != null && !matched.contains(cue.phase()) && matches(cue, tokens, unquoted, split, present)) {
                    matched.add(cue.phase());
                }
            }
        }
        boolean rollback = mentionsRollback(words);
        boolean noEffect = reportsNoEffect(words);
        if (rollback && !matched.contains(Phase.ROLLBACK_STARTED) && toldDone(words)
                && !blocked(vetoes.getOrDefault(Phase.ROLLBACK_STARTED, List.of()), unquoted, clause, NOWHERE, Integer.MAX_VALUE)) {
            // only its end is told ("Rolled back to v56 in the model registry"): the rollback had started by then
            matched.add(Phase.ROLLBACK_STARTED);
        }
        if (matched.isEmpty() && source.isPresent() && SYMPTOM.matcher(text).find()
                && (ALERT_SOURCE.matcher(source.get()).find() || CUSTOMER_SOURCE.matcher(source.get()).find())
                && !blocked(vetoes.getOrDefault(Phase.DETECTED, List.of()), unquoted, clause, NOWHERE, Integer.MAX_VALUE)) {
            // "Pool usage crosses 80% | Grafana alert": the threshold alerted someone.
            return new Classification(Optional.of(Phase.DETECTED), Set.of(), rollback, noEffect);
        }
        for (Phase p : PRECEDENCE) {
            if (matched.contains(p)) {
                matched.remove(p);
                return new Classification(Optional.of(p), Collections.unmodifiableSet(matched), rollback, noEffect);
            }
        }
        return new Classification(Optional.empty(), Set.of(), rollback, noEffect);
    }

    /** "rollback done" (as "rolled back" is normalised), "revert complete", "rollback finished". */
    private static boolean toldDone(String[] tokens) {
        for (int i = 0; i + 1 < tokens.length; i++) {
            if ((tokens[i].equals("rollback") || tokens[i].equals("revert"))
                    && (tokens[i + 1].equals("done") || tokens[i + 1].startsWith("complete") || tokens[i + 1].equals("finished"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean reportsNoEffect(String[] tokens) {
        boolean candidate = false;
        boolean still = false;
        boolean failed = false;
        for (String t : tokens) {
            if (t.equals("no") || t.equals("not") || t.equals("nothing") || t.equals("unchanged") || t.equals("ineffective") || t.equals("again")
                    || t.equals("up") || t.equals("back") || t.equals("rises") || t.equals("rose") || t.equals("climbs") || t.equals("climbed") || t.startsWith("worse")
                    || t.equals("faster") || t.equals("frequent") || t.equals("stays") || t.equals("stay") || t.equals("stayed") || t.equals("remains")
                    || t.equals("remain") || t.equals("remained")) {
                candidate = true;
            } else if (t.equals("still")) {
                still = true;
            } else if (t.equals("failed") || t.equals("fails") || t.equals("crashed") || t.equals("crashes") || t.equals("errored") || t.equals("timed")) {
                failed = true;
            }
        }
        if (!candidate && !still && !failed) {
            return false;
        }
        String joined = String.join(" ", tokens);
        return candidate && NO_EFFECT.matcher(joined).find()
                || still && (DONE_BUT_STILL.matcher(joined).find() || ACTION_BUT_STILL.matcher(joined).find() && !PART_STILL.matcher(joined).find())
                || failed && ACTION_THEN_FAILED.matcher(joined).find();
    }

    private static boolean mentionsRollback(String[] tokens) {
        for (String t : tokens) {
            if (t.equals("rollback") || t.equals("revert") || t.startsWith("rollback")) {
                return true;
            }
        }
        return false;
    }

    /** Whether group {@code id} is in the bit set held as {@code bits} (its words, low bit first; shorter arrays end in zeros). */
    private static boolean has(long[] bits, int id) {
        int w = id >>> 6;
        return w < bits.length && (bits[w] & (1L << id)) != 0;
    }

    /**
     * Whether the cue's words stand together with no blocker near them. Blockers are looked for
     * outside quotes: in {@code alert "idle robots > 10%" pages the on-call} the quoted alert
     * name's "robots" is a name, not devices reporting in.
     */
    private boolean matches(Cue cue, long[][] tokens, long[][] unquoted, Words split, long[] present) {
        if (!allPresent(cue.groups(), present)) {
            return false;
        }
        boolean[] quoted = split.quoted();
        int[] clause = split.clause();
        for (Span span : spans(cue.groups(), tokens, CUE_WINDOW)) {
            List<List<Group>> phaseBlockers = blockers.getOrDefault(cue.phase(), List.of());
            List<List<Group>> near = cue.unless().map(List::of).orElse(phaseBlockers);
            // a cue inside quotes meets the blockers quoted with it: `delivery acknowledgement timed out`; so does a
            // recovery cue that takes a word from inside them: `a surge in "mobile data not working" calls` (a
            // report's quoted words are its evidence: `posts fans "sent back to the start" in #onsale`)
            long[][] around = quoted != null && (allIn(span, quoted) || RECOVERY.contains(cue.phase()) && !noneIn(span, quoted))
                    ? tokens : unquoted;
            if (cue.phase() == Phase.ACKNOWLEDGED && split.aside() != null && noneIn(span, split.aside())) {
                // an aside in parentheses tells the responder's circumstances, not whether they answered:
                // "Tom acks (first page didn't wake him)", "Tomás acknowledges (was in the metro without signal)"
                around = unquoted(around, split.aside());
            }
            if (!blocked(near, around, clause, span, BLOCKER_DISTANCE)
                    && !(cue.alsoPhaseBlockers() && blocked(phaseBlockers, around, clause, span, BLOCKER_DISTANCE))
                    && !blocked(vetoes.getOrDefault(cue.phase(), List.of()), around, clause, span, Integer.MAX_VALUE)) {
                return true;
            }
        }
        return false;
    }

    /** The phases of the service coming back, whose cues a quoted complaint's words must not complete. */
    private static final Set<Phase> RECOVERY = java.util.EnumSet.of(Phase.MITIGATED, Phase.RESOLVED);

    private static boolean allIn(Span span, boolean[] marked) {
        for (int p : span.positions()) {
            if (!marked[p]) {
                return false;
            }
        }
        return true;
    }

    private static boolean noneIn(Span span, boolean[] marked) {
        for (int p : span.positions()) {
            if (marked[p]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allPresent(List<Group> groups, long[] present) {
        for (Group g : groups) {
            if (!has(present, g.id())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a blocker stands within {@code maxDistance} words of the cue. A near blocker
     * (not a veto) in an earlier clause than the cue blocks nothing: in "versions still
     * existed; 404 rate falls" the "still" is not about the fall. One in a later clause does,
     * as a later clause tells how the action went ("totals checked; 3k rows missing").
     */
    private static boolean blocked(List<List<Group>> blockers, long[][] tokens, int[] clause, Span cueSpan, int maxDistance) {
        for (List<Group> veto : blockers) {
            boolean possible = true;
            for (Group g : veto) {
                boolean any = false;
                for (long[] t : tokens) {
                    if (has(t, g.id())) {
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
                if (distance <= maxDistance && (maxDistance == Integer.MAX_VALUE || !inEarlierClause(clause, b, cueSpan))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A cue span at no word: every blocker lies outside it (for vetoes that need no cue). */
    private static final Span NOWHERE = new Span(new int[] {-1});

    private static boolean inEarlierClause(int[] clause, Span blocker, Span cue) {
        return blocker.max() < cue.min() && clause[blocker.max()] != clause[cue.min()];
    }

    /** Every placement of the groups within the window, anchored on each match of the first group. */
    private static List<Span> spans(List<Group> groups, long[][] tokens, int window) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            if (!has(tokens[i], groups.get(0).id())) {
                continue;
            }
            int[] pos = new int[groups.size()];
            pos[0] = i;
            boolean all = true;
            for (int g = 1; g < groups.size() && all; g++) {
                int best = -1;
                for (int d = 1; d < window && best < 0; d++) {
                    if (i + d < tokens.length && has(tokens[i + d], groups.get(g).id())) {
                        best = i + d;
                    } else if (!groups.get(g).after() && i - d >= 0 && has(tokens[i - d], groups.get(g).id())) {
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

    /**
     * Lower-cased tokens after the normalisations the vocabulary relies on: runs of letters,
     * digits, '%', '.' and '-', with dots and hyphens trimmed from their ends. Dots stay inside
     * tokens so that a version (v4.12.0) or a host name is one word; hyphens so that
     * "reporting-api" is a name, not "reporting".
     */
    static String[] tokens(String text) {
        return words(text).words();
    }

    /**
     * An event's words and, for each, its clause (a ';' or a sentence's end starts the next one)
     * and whether it stands inside double quotes or backticks ({@code quoted} is null when no
     * word does, or when the quotes do not pair up) or inside parentheses ({@code aside}, null
     * when no word does).
     */
    private record Words(String[] words, int[] clause, boolean[] quoted, boolean[] aside) {
    }

    private static final long[] NO_GROUPS = new long[0];

    private static Words words(String text) {
        String t = normalise(text);
        List<String> out = new ArrayList<>();
        int[] clauses = new int[16];
        int clause = 0;
        int start = -1;
        boolean pairedQuotes = quoteMarks(t) % 2 == 0;
        boolean[] singleQuote = singleQuotes(t);
        boolean inQuote = false;
        boolean anyQuoted = false;
        boolean[] quoted = new boolean[16];
        int depth = 0;
        boolean anyAside = false;
        boolean[] aside = new boolean[16];
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : ' ';
            boolean inToken = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '%' || c == '.' || c == '-';
            if (inToken && start < 0) {
                start = i;
            } else if (!inToken && start >= 0) {
                int from = start;
                int to = i;
                while (from < to && isEdge(t.charAt(from))) {
                    from++;
                }
                while (to > from && isEdge(t.charAt(to - 1))) {
                    to--;
                }
                if (from < to) {
                    if (out.size() == clauses.length) {
                        clauses = Arrays.copyOf(clauses, clauses.length * 2);
                        quoted = Arrays.copyOf(quoted, clauses.length);
                        aside = Arrays.copyOf(aside, clauses.length);
                    }
                    clauses[out.size()] = clause;
                    quoted[out.size()] = inQuote;
                    anyQuoted |= inQuote;
                    aside[out.size()] = depth > 0;
                    anyAside |= depth > 0;
                    out.add(t.substring(from, to));
                }
                if (t.charAt(i - 1) == '.' && Character.isWhitespace(c)) {
                    clause++;
                }
                start = -1;
            }
            if (c == ';' || c == '!' || c == '?') {
                clause++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (pairedQuotes && isQuoteMark(c) || singleQuote != null && i < t.length() && singleQuote[i]) {
                inQuote = !inQuote;
            }
        }
        return new Words(out.toArray(String[]::new), Arrays.copyOf(clauses, out.size()),
                anyQuoted ? Arrays.copyOf(quoted, out.size()) : null, anyAside ? Arrays.copyOf(aside, out.size()) : null);
    }

    /**
     * The single quotes that open and close a quotation ("escalates three tickets 'not getting
     * notifications' to ..."), paired: an opening one follows a space or the start and comes
     * before a word, a closing one ends a word; an apostrophe inside a word ("can't") or after
     * one with no opening before it ("customers' data") is neither. Null when there are none.
     */
    private static boolean[] singleQuotes(String t) {
        int at = t.indexOf('\'');
        if (at < 0) {
            return null;
        }
        boolean[] quote = null;
        int open = -1;
        for (int i = at; i < t.length(); i++) {
            if (t.charAt(i) != '\'') {
                continue;
            }
            boolean spaceBefore = i == 0 || Character.isWhitespace(t.charAt(i - 1)) || t.charAt(i - 1) == '(' || t.charAt(i - 1) == '[';
            boolean spaceAfter = i + 1 == t.length() || Character.isWhitespace(t.charAt(i + 1)) || ".,;:)]!?".indexOf(t.charAt(i + 1)) >= 0;
            if (spaceBefore && !spaceAfter) {
                open = i;
            } else if (!spaceBefore && spaceAfter && open >= 0) {
                if (quote == null) {
                    quote = new boolean[t.length()];
                }
                quote[open] = true;
                quote[i] = true;
                open = -1;
            }
        }
        return quote;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '`' || c == '\u201c' || c == '\u201d';
    }

    private static int quoteMarks(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            n += isQuoteMark(t.charAt(i)) ? 1 : 0;
        }
        return n;
    }

    private static boolean isEdge(char c) {
        return c == '.' || c == '-';
    }

    /**
     * How writers say that a symptom reached no one, each read as the word {@code noalertsent}
     * (a detection veto in the vocabulary).
     */
    private static final List<String> UNALERTED = List.of(
            // "below the 500/min paging threshold", "inside the alert window"
            "(?:below|under|inside|within)\\s+(?:the\\s+|its\\s+|our\\s+)?(?:[\\w/.,%~-]+\\s+){0,2}(?:paging|alert|alerting|alarm|page)\\s+"
                    + "(?:threshold|window|level|limit)s?",
            // "(paging threshold is 120 s)", "we only alert at 15%", "alert is at 90 %"
            "(?:paging|alert|alerting|alarm)\\s+threshold\\s+is",
            "(?:we\\s+)?only\\s+(?:alert|page|alarm)s?\\s+(?:at|above|on|when)",
            "(?:alert|alarm)\\s+is\\s+at\\s+\\d+",
            // "stayed under the 5% paging threshold"
            "stay(?:s|ed)?\\s+(?:under|below|inside|within)\\s+(?:the\\s+|its\\s+)?(?:[\\w/.,%~-]+\\s+){0,2}(?:threshold|window)",
            // "the SLO alert ... has not fired", "nothing sent yet"
            "(?:has|have|had)\\s+not\\s+(?:fired|paged|triggered)",
            "nothing\\s+(?:sent|fired|paged)",
            // "its SNS topic has no subscriptions", "a list nobody reads", "e-mail only"
            "no\\s+subscriptions?",
            "nobody\\s+(?:reads|watches|monitors|checks)",
            "e-?mail[\\s-]only",
            // "Alert e-mail goes to sms-alerts@ (unread)", "posted to an unwatched channel"
            "(?<=\\()(?:unread|unwatched|unmonitored)(?=\\))",
            "(?:unread|unwatched|unmonitored)\\s+(?:inbox|mailbox|channel|list|alias|queue|folder)s?",
            "(?:inbox|mailbox|channel|list|alias|folder)\\s+(?:that\\s+)?(?:is\\s+|was\\s+)?(?:unread|unwatched|unmonitored)",
            // "posted to #platform-alerts-lowprio", "a low-priority channel", "Slack only": a chat post paged no one
            "(?<=#)[\\w-]*low-?prio(?:rity)?[\\w-]*",
            "low[\\s-]?prio(?:rity)?\\s+(?:slack\\s+|chat\\s+|teams\\s+)?channel",
            "(?:slack|chat|channel)[\\s-]only",
            // "error alert only watches 5xx": the alert does not see this symptom
            "(?:alert|alarm|alerting|monitor)s?\\s+only\\s+(?:watches|counts|covers|looks\\s+at|fires\\s+on|checks|tracks|measures)",
            // "(found during review)", "spotted in the review, not at the time"
            "(?:found|spotted|seen|noticed)\\s+(?:in|during)\\s+(?:the\\s+)?(?:review|postmortem|retro)",
            "not\\s+at\\s+the\\s+time",
            // "velocity alerts are only set up for the Play build"
            "(?:alert|alerts|alerting|alarms?)\\s+(?:is|are)\\s+only\\s+(?:set\\s+up|configured|enabled|defined|wired)\\s+for",
            // the rule described beside the symptom: "the alert on it has a 15-minute window", "the burn-rate alert uses a
            // 1h window", "the alert works on daily totals", "the alert is set at 15 seconds", "our alerts are on API errors"
            "(?:alert|alarm)s?\\s+(?:on\\s+(?:it|this|that)\\s+)?(?:has|have|uses|use|works|work|waits|is\\s+set|are\\s+set|is\\s+on|are\\s+on)\\b(?![^.;]*\\b(?:fired|fires|paged|pages|triggered)\\b)",
            // "Warning threshold is 97%, paging threshold 95%", "alert threshold was 100%"
            "(?:warning|paging|alert|alarm)\\s+threshold\\s+(?:is|was|of|at)\\b",
            // "still above the 85% alert threshold": the measure has not reached it
            "still\\s+(?:above|below|under|inside|within)\\s+(?:the\\s+|its\\s+|our\\s+)?(?:[\\w/.,%~-]+\\s+){0,2}(?:paging\\s+|alert\\s+|alarm\\s+)?(?:threshold|window)",
            // "we alert on error rate, not latency", "(P4, no notification policy)", "not firing yet", "does not fire"
            "we\\s+(?:only\\s+)?alert\\s+on\\s+[\\w\\s/%-]{1,30}?,?\\s+not\\b",
            "no\\s+notification\\s+polic(?:y|ies)",
            // "The alarm on this metric has no action configured", "no SNS target attached"
            "(?:has|have|with)\\s+no\\s+(?:alarm\\s+|alert\\s+|sns\\s+|notification\\s+)?(?:actions?|targets?|subscribers?|receivers?|recipients?)(?:\\s+(?:configured|attached|set|defined|wired))?",
            "not\\s+firing",
            "(?:does|did|do)\\s+not\\s+(?:fire|page|trigger)");

    /**
     * Rewrites applied in order before tokenising; compiled once. Each names what its pattern
     * cannot match without (see {@link Rewrite#needs}), so an event runs only the few rewrites
     * it may need.
     */
    static final List<Rewrite> REWRITES = List.of(
            new Rewrite("n't", "n't\\b", " not"),
            new Rewrite("^cannot", "\\bcannot\\b", "can not"),
            new Rewrite("^ack", "\\b(ack'?d|acked|acks|ack|acking)\\b", "acknowledged"),
            // "dampers set to manual", "lanes switch to manual lists": run by hand (one word, so that "asks them to stop manual
            // overrides" is not)
            new Rewrite("^to ^manual", "\\bto manual(?:ly)?\\b", "tomanual"),
            // steps named in the writer's own language beside English ("Rollback gestartet", "Rollback concluído",
            // "Incidente encerrado", "Aperto incidente SEV3", "Rafael assumiu o chamado")
            new Rewrite("gestartet|iniciad|iniziat|avviat|rozpocz|başlat|baslat|bắt đầu",
                    "\\b(?:rollback|revert)\\s+(?:gestartet|iniciado|iniciada|iniziato|avviato|rozpoczęty|rozpoczety|başlatıldı|baslatildi)"
                    + "|\\bbắt đầu\\s+rollback", " rollback start "),
            new Rewrite("fertig|abgeschlossen|erledigt|conclu|terminad|completad|completat|terminat|xong|zakończ|zakoncz|tamamland",
                    "\\b(?:rollback|revert)\\s+(?:fertig|abgeschlossen|erledigt|concluído|concluido|concluso|terminado|terminada|completado"
                    + "|completada|completato|terminato|xong|zakończony|zakonczony|tamamlandı|tamamlandi)", " rollback done "),
            new Rewrite("geschlossen|encerrad|fechad|cerrad|chius|zamkni|kapat|đóng",
                    "\\b(?:incidente|incident|incidencia|vorfall|incydent|olay)\\s+(?:geschlossen|abgeschlossen|encerrado|fechado|cerrado|chiuso"
                    + "|zamknięty|zamkniety|kapatıldı|kapatildi)\\b|\\bđóng sự cố", " incidentclosed "),
            new Rewrite("eröffnet|aperto|aberto|abierto|declarad|dichiarat|ogłosz|otwart|khai báo",
                    "\\b(?:incidente|incident|incidencia|vorfall|incydent)\\s+(?:eröffnet|aperto|aberto|abierto|declarado|declarada|dichiarato"
                    + "|ogłoszony|otwarty)\\b|\\b(?:aperto|aberto|abierto|eröffnet)\\s+(?:l')?(?:incidente|incident|vorfall)\\b|\\bkhai báo sự cố",
                    " incident declared "),
            new Rewrite("assumiu|asumió|asumio|übernimmt|übernommen|in carico|przejmuje|przejął",
                    "\\b(?:assumiu|asumió|asumio|übernimmt|übernommen|prende in carico|presa in carico|przejmuje|przejął)\\b", " takesownership "),
            // a timeline written in French, Spanish, Portuguese or German: its step words in English ("Retour arrière
            // vers le profil v6 lancé", "Llama el operador", "Alarm ausgelöst, Bereitschaft informiert", "neu gestartet – kein Effekt")
            Rewrite.words(" rollback ", "retour arrière", "retour en arrière"),
            Rewrite.words(" started ", "lancé", "lancée", "lancés", "lancées", "démarré", "démarrée", "démarrés", "démarrées", "commencé", "commencée", "commencés", "commencées", "entamé", "entamée", "entamés", "entamées"),
            Rewrite.englishWords(" starts ", "commence"),
            Rewrite.words(" starts ", "lance", "lancent", "démarre", "démarrent", "commencent", "entame", "entament", "empieza", "comienza", "empezó", "comenzó", "começa", "começou"),
            Rewrite.words(" completed ", "terminé", "terminée", "terminés", "terminées", "achevé", "achevée", "achevés", "achevées"),
            Rewrite.words(" declared ", "déclaré", "déclarée", "déclarés", "déclarées", "ausgerufen", "erklärt"),
            Rewrite.words(" closed ", "clos", "clôturé", "clôturée", "clôturés", "clôturées", "fermé", "fermée", "fermés", "fermées", "geschlossen"),
            Rewrite.words(" ended ", "beendet"),
            // Spanish: "Se abre incidente SEV-3", "Cierre del incidente", "toma el caso", "acepta la alerta"
            Rewrite.words(" incident declared ", "se abre incidencia", "se abre incidente", "abrimos incidencia", "abrimos incidente",
                    "se abre el incidente", "se abre la incidencia"),
            Rewrite.words(" incident closed ", "se cierra el incidente", "se cierra la incidencia", "cierre del incidente",
                    "cierre de la incidencia", "cerramos la incidencia", "cerramos el incidente", "incidente cerrado", "incidencia cerrada"),
            Rewrite.words(" declares ", "declara", "declaró", "declaran"),
            Rewrite.words(" takesownership ", "toma el caso", "toma el incidente", "toma la incidencia", "lo recoge", "se hace cargo"),
            Rewrite.words(" acknowledges the alert ", "acepta la alerta", "aceptó la alerta", "acepta el aviso"),
            Rewrite.words(" acknowledges the alert ", "reconoce la alerta", "toma la alerta", "acusa recibo", "atiende la alerta",
                    "assume o alerta", "assume o chamado"),
            Rewrite.words(" found the cause ", "identificada la causa", "encontrada la causa", "causa identificada", "causa encontrada"),
            Rewrite.words(" identified ", "identificado", "identificada"),
            Rewrite.words(" incident ", "incidencia", "incidente"),
            Rewrite.words(" alert ", "alerta", "alertas"),
            Rewrite.words(" reverted ", "revertido", "revertida"),
            Rewrite.words(" back to normal ", "vuelve a lo normal", "vuelven a lo normal", "vuelve a la normalidad", "niveles habituales"),
            Rewrite.words(" resumed ", "se reanudan", "se reanuda", "reanudan"),
            Rewrite.words(" drained ", "drenada", "drenado", "vaciada"),
            Rewrite.words(" customer support ", "atención al cliente", "soporte al cliente"),
            Rewrite.words(" completed ", "abgeschlossen"),
            Rewrite.words(" resumed ", "fortgesetzt", "wieder aufgenommen", "reanudado", "reanudada", "retomado", "retomada", "reprise", "repris"),
            Rewrite.words(" takesownership ", "übernimmt", "übernommen"),
            Rewrite.words(" declares the incident ", "ruft die störung aus", "ruft den incident aus", "ruft einen incident aus"),
            Rewrite.words(" paged ", "alarmiert", "angerufen", "angepiept"),
            Rewrite.words(" found ", "trouvé", "trouvée", "trouvés", "trouvées", "identifié", "identifiée", "identifiés", "identifiées", "gefunden", "identifiziert"),
            Rewrite.words(" reports ", "signale", "signalent", "signalé", "signalée", "informa", "reporta", "relata", "comunica"),
            Rewrite.words(" calls ", "appelle", "téléphone à", "téléphone au", "llama", "llamó", "llaman", "telefonea", "liga", "ligou"),
            Rewrite.words(" on-call ", "piquete", "de sobreaviso", "sobreaviso", "guardia", "de garde", "d'astreinte", "en astreinte", "de guardia", "de turno", "de plantão", "de plantao", "rufbereitschaft", "bereitschaft", "pikett"),
            Rewrite.words(" acknowledges ", "acquitte", "acquittent", "acquitté", "acquittée", "accuse réception", "aceita", "aceitou", "reconhece", "reconheceu"),
            Rewrite.words(" acknowledged ", "acquittement"),
            Rewrite.words(" no ", "aucune", "aucun", "nenhum", "nenhuma", "ningún", "ninguna", "ninguno", "keine", "kein", "keinen"),
            Rewrite.words(" zero ", "zéro", "cero"),
            Rewrite.words(" again ", "à nouveau", "de nouveau", "novamente", "de novo", "de nuevo", "otra vez", "wieder"),
            Rewrite.words(" drops ", "redescend", "redescendu", "redescendue", "retombe", "retombé", "baisse", "diminue", "cai", "caiu", "baja", "bajó"),
            Rewrite.words(" detects ", "deteta", "detecta", "detetou", "detectou", "détecte", "détecté", "détectée", "detectó"),
            Rewrite.words(" pages ", "pagina", "paginou", "aciona", "acionou", "acionado", "acionada"),
            Rewrite.words(" fires ", "dispara", "disparou", "disparado", "disparada", "se dispara", "se disparó"),
            Rewrite.words(" declared ", "declarado", "declarada", "declarados", "declaradas"),
            Rewrite.words(" completed ", "concluído", "concluída", "concluido", "concluida", "finalizado", "finalizada"),
            Rewrite.words(" normal ", "normais", "normales"),
            Rewrite.words(" back to normal ", "revenu à la normale", "revenue à la normale", "retour à la normale", "revenu au niveau habituel",
                    "revenue au niveau habituel", "de volta ao normal", "volta ao normal", "voltou ao normal", "normalizou"),
            Rewrite.words(" takesownership ", "prend l'appel", "prend le relais", "prend le signalement", "prend le ticket", "prend le sujet", "prend la main", "prend l'incident", "prend en charge", "prise en charge", "répond à l'alerte", "répond l'alerte", "répond à la page", "répond la page", "répond à l'appel", "répond l'appel"),
            Rewrite.words(" no effect ", "aucun effet", "sans effet", "aucun changement", "pas d'effet", "sans changement", "sin efecto", "sin cambios", "sem efeito", "nenhum efeito", "kein effekt", "keine wirkung", "ohne wirkung", "keine besserung", "keine änderung"),
            Rewrite.words(" still ", "toujours"),
            Rewrite.words(" restarted ", "redémarrage", "redémarre", "redémarrent", "redémarré", "redémarrée", "redémarrés", "redémarrées", "reinicio", "reinicia", "reiniciamos", "reiniciou", "reiniciaram", "reiniciado", "reiniciada", "reiniciados", "reiniciadas", "neu gestartet", "neugestartet", "neustart"),
            Rewrite.words(" normally ", "correctement", "normalement"),
            Rewrite.words(" restored ", "restauré", "restaurée", "restaurés", "restaurées", "restaurado", "restaurada", "rétabli", "rétablie", "rétablis", "rétablies", "résolu", "résolue", "résolus", "résolues", "resuelto", "resuelta", "resueltos", "resueltas", "restablecido", "restablecida", "restablecidos", "restablecidas", "normalizado", "normalizada", "normalizados", "normalizadas", "restabelecido", "restabelecida", "restabelecidos", "restabelecidas", "resolvido", "resolvida", "resolvidos", "resolvidas"),
            Rewrite.words(" alert ", "alerte", "alertes", "alarme"),
            Rewrite.englishWords(" alert ", "alarm", "alarms"),
            Rewrite.words(" fires ", "déclenché", "déclenchée", "déclenchés", "déclenchées", "déclenche"),
            Rewrite.words(" fired ", "ausgelöst", "ausgeloest", "löst aus"),
            Rewrite.words(" fixed ", "corrigé", "corrigée", "corrigés", "corrigées", "correctif"),
            Rewrite.words(" mitigation ", "mitigación", "mitigacion", "mitigação", "mitigacao", "mitigado", "mitigada", "mitigados", "mitigadas"),
            Rewrite.words(" acknowledges the ", "quittiert", "bestätigt den", "bestaetigt den"),
            Rewrite.words(" incident ", "störung", "störungen", "stoerung", "stoerungen"),
            Rewrite.words(" cause ", "grundursache", "ursache"),
            Rewrite.words(" resolved ", "behoben"),
            Rewrite.words(" drops ", "sinkt", "fällt", "faellt"),
            Rewrite.words(" reports ", "meldet", "melden"),
            Rewrite.words(" customer support ", "kundenservice", "kundendienst", "kundensupport"),
            Rewrite.words(" incident declared ", "levanta incidente", "levanta el incidente", "levanta un incidente", "se levanta incidente",
                    "abre incidente", "abre el incidente", "abriu incidente", "abre incidente"),
            Rewrite.words(" resolved ", "se da por resuelto", "da por resuelto", "se da por resuelta", "dado por resolvido", "dá por resolvido"),
            Rewrite.words(" incident closed ", "cierra el incidente", "cierra la incidencia", "fecha o incidente", "encerra o incidente",
                    "incidente encerrado", "incidente fechado", "incidente cerrado"),
            Rewrite.words(" found the cause ", "causa entendida", "causa confirmada", "causa encontrada", "causa identificada"),
            Rewrite.words(" no effect ", "sin mejora", "sin mejoría", "sem melhora", "sem melhoria"),
            Rewrite.words(" drops ", "bajan", "bajando", "caen", "disminuye", "disminuyen", "caem", "diminui", "diminuem"),
            Rewrite.words(" failover ", "conmutación", "conmutar", "conmuta", "comutação"),
            // "Operaciones tienda Las Condes llama a mesa de ayuda", "Mesa de ayuda pagea a guardia plataforma"
            Rewrite.words(" helpdesk ", "mesa de ayuda", "mesa de servicio", "mesa de serviço", "central de atendimento", "centro de atención"),
            Rewrite.words(" calls ", "llama a", "llamó a", "llaman a", "llamaron a", "liga para", "ligou para", "ligam para", "ligaram para"),
            Rewrite.words(" pages ", "pagea", "pageó", "pagean", "pagearon", "pageia", "pageou"),
            Rewrite.words(" accepts ", "acepta", "aceptó", "aceita", "aceitou"),
            // "Soporte escribe en #guardia-checkout: varios clientes dicen que ...", "Se evalúa hacer rollback ...; se descarta"
            Rewrite.words(" support ", "soporte", "suporte"),
            Rewrite.words(" confirms ", "confirma", "confirmó", "confirmou"),
            Rewrite.words(" no longer ", "ya no", "já não"),
            Rewrite.words(" customers ", "clientes", "usuarios", "usuários"),
            Rewrite.words(" say ", "dicen", "dizem"),
            Rewrite.words(" posts in ", "escribe en", "escribió en", "publica en", "postea en", "escreve no", "escreve em", "posta no", "postou no"),
            Rewrite.words(" considered ", "se evalúa", "se evalua", "se considera", "se consideró", "avalia-se", "cogita-se"),
            Rewrite.words(" rejected ", "se descarta", "se descartó", "descartado", "descartada", "descartamos"),
            Rewrite.words(" applied ", "aplicado", "aplicada", "aplicados", "aplicadas"),
            Rewrite.words(" again ", "vuelven a", "vuelve a", "voltam a", "volta a"),
            Rewrite.words(" stable ", "estable", "estables", "estável", "estáveis"),
            Rewrite.words(" store ", "tienda", "tiendas", "loja", "lojas", "sucursal", "sucursales"),
            Rewrite.words(" oncall ", "guardia", "de guardia", "de plantão", "plantonista", "sobreaviso"),
            Rewrite.words(" stabilized ", "se estabiliza", "se estabilizan", "se estabilizó", "estabiliza", "estabilizou"),
            // Dutch
            Rewrite.words(" found the cause ", "oorzaak gevonden", "oorzaak vastgesteld", "oorzaak achterhaald", "oorzaak bekend"),
            Rewrite.words(" takesownership ", "pakt het op", "pakt dit op", "pakt op", "neemt het op", "neemt het over"),
            Rewrite.words(" acknowledges the page ", "bevestigt de page", "bevestigt de pagina", "bevestigt de melding", "bevestigt het alarm",
                    "bevestigt de alert"),
            Rewrite.words(" pages ", "pagt", "pageert", "piept op"),
            Rewrite.words(" on-call ", "dienstdoende", "storingsdienst", "wachtdienst", "piketdienst", "consignatiedienst"),
            Rewrite.words(" fires ", "gaat af", "ging af", "afgegaan"),
            Rewrite.words(" declared ", "uitgeroepen"),
            Rewrite.words(" declares ", "roept uit", "roept het incident uit"),
            Rewrite.words(" incident ", "storing", "verstoring"),
            Rewrite.words(" cause ", "oorzaak"),
            Rewrite.words(" started ", "gestart", "begonnen", "opgestart"),
            Rewrite.words(" completed ", "afgerond", "voltooid"),
            Rewrite.words(" closed ", "gesloten", "afgesloten"),
            Rewrite.words(" restored ", "hersteld", "opgelost"),
            Rewrite.words(" back to normal ", "weer normaal", "weer beschikbaar", "werkt weer", "werken weer", "normaal niveau"),
            Rewrite.words(" no effect ", "geen effect", "geen verbetering", "geen verandering", "zonder effect"),
            Rewrite.words(" no ", "geen"),
            Rewrite.words(" still ", "nog steeds"),
            Rewrite.words(" again ", "opnieuw"),
            Rewrite.words(" drops ", "daalt", "zakt"),
            Rewrite.words(" reports ", "meldt", "melden"),
            Rewrite.words(" calls ", "belt"),
            Rewrite.words(" restarted ", "herstart", "herstarten"),
            Rewrite.words(" reverted ", "teruggedraaid", "teruggezet"),
            Rewrite.words(" customer support ", "klantenservice"),
            Rewrite.words(" mitigation ", "mitigatie"),
            // Swedish, Norwegian and Danish
            Rewrite.words(" found the cause ", "orsaken hittad", "orsak hittad", "hittade orsaken", "orsaken identifierad", "orsak identifierad",
                    "årsaken funnet", "årsak funnet", "fant årsaken", "årsaken identifisert", "årsak identifisert", "årsagen fundet", "årsag fundet",
                    "fandt årsagen", "årsagen identificeret", "årsag identificeret"),
            Rewrite.words(" takesownership ", "tar ärendet", "tar över", "tar tag i", "tar saken", "tar hendelsen", "tar tak i", "tager sagen",
                    "overtager", "tar över ärendet", "tager den", "tager det", "tar den", "tar det", "tek saka", "tek den", "tek over",
                    "tek hendinga"),
            Rewrite.words(" acknowledges the alert ", "kvitterar larmet", "kvitterade larmet", "kvitterer alarmen", "kvitterte alarmen",
                    "kvitterer for alarmen", "bekræfter alarmen", "kvitterede alarmen"),
            Rewrite.words(" acknowledges ", "kvitterar", "kvitterade", "kvitterer", "kvitterte", "kvitterede"),
            Rewrite.words(" on-call phone ", "vagttelefonen", "vakttelefonen", "jourtelefonen"),
            Rewrite.words(" on-call ", "jouren", "jourhavande", "jourhavare", "beredskapen", "vakthavende", "vakthavande", "vagthavende",
                    "vagten", "bakvakt", "bagvagt", "vagt", "vakt", "vakta"),
            Rewrite.words(" fires ", "utlöses", "utlöstes", "larmar", "larmade", "går av", "gick av", "gikk av", "gik af", "går i gang",
                    "gikk i gang", "gik i gang"),
            Rewrite.words(" alert ", "larm", "larmet", "larmen", "alarmen", "alarmer", "varsel", "varsling"),
            Rewrite.words(" paged ", "larmad", "larmades", "varslet", "varslas", "varsles", "tilkaldt", "tilkalt", "blev tilkaldt", "ble tilkalt"),
            Rewrite.words(" declared ", "deklarerad", "deklareras", "utlyst", "erklært", "erklæret"),
            Rewrite.words(" declares ", "deklarerar", "erklærer"),
            Rewrite.words(" incident commander ", "incidentledare", "hendelsesleder", "hændelsesleder", "hendingsleiar", "incidentleder"),
            Rewrite.words(" incident ", "incidenten", "störning", "störningen", "driftstörning", "avbrottet", "hendelse", "hendelsen",
                    "hændelse", "hændelsen", "driftsforstyrrelse", "nedetid", "hending", "hendinga"),
            Rewrite.words(" opened ", "oppretta", "opprettet", "oprettet", "oprettes", "skapad", "skapades", "öppnad", "öppnades"),
            Rewrite.words(" confirms ", "bekräftar", "bekräftade", "bekrefter", "bekreftet", "bekræfter", "bekræftede", "stadfestar",
                    "stadfester"),
            Rewrite.words(" logs in ", "loggar in", "loggade in", "logger inn", "logget inn", "logger på", "loggede på", "logga inn"),
            Rewrite.words(" disabled ", "slået fra", "slog fra", "slått av", "slo av", "stängde av", "stängdes av", "avstängd", "deaktiverad",
                    "deaktivert", "deaktiveret"),
            Rewrite.words(" enabled ", "slået til", "slått på", "slo på", "aktiverad", "aktivert", "aktiveret"),
            Rewrite.words(" stopped ", "stoppad", "stoppades", "stoppet", "stoppede", "stansa", "stanset"),
            Rewrite.words(" raised ", "höjd", "höjdes", "hevet", "hævet", "økt", "øget"),
            Rewrite.words(" writing again ", "skriver igen", "skriv att", "skriver igjen"),
            Rewrite.words(" goes down ", "går ned", "gick ner", "gikk ned", "gjekk ned"),
            Rewrite.words(" cause ", "orsak", "orsaken", "årsak", "årsaken", "årsag", "årsagen", "grundorsak", "rotårsak", "grundårsag"),
            Rewrite.words(" started ", "startad", "startade", "startat", "påbörjad", "påbörjade", "startet", "startede", "påbegynt", "påbegyndt",
                    "igangsatt", "sat i gang"),
            Rewrite.words(" rolling back ", "rullar tillbaka", "ruller tilbake", "ruller tilbage"),
            Rewrite.words(" reverted ", "rullade tillbaka", "rullet tilbake", "rullet tilbage", "tilbakerullet", "tilbagerullet", "återställd till",
                    "tilbakestilt til", "tilbageført til"),
            Rewrite.words(" completed ", "slutförd", "slutfört", "färdig", "ferdig", "fullført", "fuldført", "færdig", "gennemført"),
            Rewrite.words(" back to normal ", "fungerar igen", "fungerer igjen", "fungerer igen", "virker igjen", "virker igen",
                    "tillbaka till normal", "tilbake til normalt", "tilbage til normal", "normal igen", "normalt igjen", "normalt igen",
                    "allt normalt", "allt är normalt", "alt normalt", "alt er normalt"),
            Rewrite.words(" looking ", "tittar på", "ser på", "kollar på", "kigger på", "undersöker", "undersøker", "undersøger", "felsöker",
                    "feilsøker", "fejlsøger"),
            Rewrite.words(" complaints ", "klagomål", "klagemål", "klager", "reklamationer"),
            Rewrite.words(" new ", "nya", "nye", "nytt", "nyt"),
            Rewrite.words(" rollback ", "tilbagerulning", "tilbagerulningen", "tilbakerulling", "tilbakerullingen", "återrullning"),
            Rewrite.words(" downgrade ", "nedgradering", "nedgraderingen", "nedgradert", "nedgraderet", "nedgraderad", "backa uppgraderingen"),
            Rewrite.words(" pages ", "kalder", "kaldes", "kaldte", "blev kaldt", "personsøkes", "larmas"),
            Rewrite.words(" all ", "alla", "alle", "wszystkie", "wszystkich", "všechny", "kaikki"),
            Rewrite.words(" draining ", "tömmas", "tømmes", "töms", "tømmer"),
            Rewrite.words(" empty ", "tomt", "tømt", "tømd", "tömd"), // not "tom": a name too
            Rewrite.words(" paused ", "pausad", "pausade", "pausat", "pauset", "pausede", "satt på pause", "sat på pause"),
            Rewrite.words(" resumed ", "återupptagen", "återupptogs", "återupptaget", "gjenopptatt", "genoptaget", "genoptog"),
            Rewrite.words(" verified ", "verifierad", "verifierade", "verifierat", "verifisert", "verificeret", "kontrollerad", "kontrollerade",
                    "kontrollerat", "kontrollert", "kontrolleret"),
            Rewrite.words(" healthy ", "friska", "frisk", "friske", "sunde"),
            Rewrite.words(" reprocessed ", "genbehandlet", "genbehandlede", "upparbetade", "omkörda", "kjørt på nytt", "behandlet på nytt"),
            Rewrite.words(" visible again ", "visas igen", "vises igjen", "vises igen", "synlig igen", "synlige igen", "synlig igjen"),
            Rewrite.words(" service ", "tjänsten", "tjänst", "tjenesten", "tjeneste"),
            Rewrite.words(" escalates ", "eskalerar", "eskalerade", "eskalerer", "eskalerte", "eskalerede"),
            Rewrite.words(" receives ", "tar emot", "tog emot", "mottar", "mottok", "modtager", "modtog"),
            Rewrite.words(" first ", "första", "første", "förste"),
            Rewrite.words(" ticket ", "henvendelse", "henvendelser", "ärende", "ärendet", "sak", "saken", "sagen"),
            Rewrite.words(" back ", "tillbaka", "tilbake", "tilbage"),
            Rewrite.words(" restored ", "återställd", "återställt", "återställdes", "gjenopprettet", "genoprettet", "löst", "løst"),
            Rewrite.words(" closed ", "stängd", "stängt", "stängs", "avslutad", "avslutat", "avsluttet", "afsluttet", "lukket", "lukkes",
                    "lukkede", "lukka", "avslutta"),
            Rewrite.words(" restarted ", "omstartad", "omstartade", "startade om", "startet på nytt", "omstartet", "genstartet", "genstartede",
                    "restartet", "restartede", "starta på nytt", "starta om"),
            Rewrite.words(" deployed ", "driftsatt", "driftsat", "udrullet", "utrullad", "rullad ut", "rullet ut", "rullet ud", "rulla ut"),
            Rewrite.words(" no effect ", "ingen effekt", "ingen förbättring", "ingen förändring", "ingen bedring", "ingen endring",
                    "ingen forbedring", "ingen ændring"),
            Rewrite.words(" no ", "ingen", "inga"),
            Rewrite.words(" still ", "fortfarande", "fremdeles", "fortsatt", "stadig", "stadigvæk", "fortsat"),
            Rewrite.words(" again ", "igen", "igjen", "åter"),
            Rewrite.words(" drops ", "sjunker", "sjönk", "synker", "sank", "falder", "faldt"),
            Rewrite.words(" reports ", "rapporterar", "rapporterade", "rapporterer", "rapporterte", "rapporterede", "anmäler", "melder",
                    "meldte", "meldt", "rapporter", "rapporterna", "anmälningar"),
            Rewrite.words(" calls ", "ringer", "ringde", "ringte", "ringede", "ringjer", "ringde til"),
            Rewrite.words(" customers ", "kunder", "kunderna", "kundene", "kunderne"),
            Rewrite.words(" customer support ", "kundtjänst", "kundservice", "kundeservice", "kundesenter", "kundesenteret", "kundeservicen"),
            Rewrite.words(" detects ", "upptäcker", "upptäckte", "oppdager", "oppdaget", "opdager", "opdagede", "märker", "merker",
                    "bemærker"),
            Rewrite.words(" mitigation ", "tillfällig lösning", "midlertidig løsning", "midlertidig losning"),
            // Polish, Czech and Finnish
            Rewrite.words(" found the cause ", "przyczyna znaleziona", "znaleziono przyczynę", "przyczyna zidentyfikowana", "zidentyfikowano przyczynę",
                    "ustalono przyczynę", "przyczyna ustalona", "příčina nalezena", "nalezena příčina", "příčina zjištěna", "zjištěna příčina",
                    "příčina identifikována", "syy löytyi", "syy selvisi", "löydettiin syy", "syy tunnistettu", "syy tunnistettiin"),
            Rewrite.words(" takesownership ", "przejmuje", "przejął", "przejęła", "bierze zgłoszenie", "przebírá", "převzal", "převzala", "ujímá se",
                    "ottaa tapauksen", "otti tapauksen", "ottaa hoitaakseen", "otti hoitaakseen"),
            Rewrite.words(" acknowledges ", "potwierdza", "potwierdził", "potwierdziła", "potvrzuje", "potvrdil", "potvrdila", "kuittaa", "kuittasi"),
            Rewrite.words(" on-call ", "dyżurny", "dyżurna", "dyżurnego", "dyżurnej", "dyżur", "pohotovost", "pohotovosti", "pohotovostní", "držitel pohotovosti",
                    "päivystäjä", "päivystäjälle", "päivystäjän", "päivystys"),
            Rewrite.words(" fires ", "zadziałał", "odpalił", "wyzwolony", "spustil se", "spustila se", "spustí se", "vyvolán", "laukesi", "laukeaa",
                    "hälytti"),
            Rewrite.words(" alert ", "hälytys", "hälytyksen", "hälytykset", "výstraha", "upozornění"),
            Rewrite.words(" declared ", "ogłoszony", "ogłoszono", "ogłosił", "vyhlášen", "vyhlášena", "vyhlásil", "julistettiin", "julistettu"),
            Rewrite.words(" declares ", "ogłasza", "vyhlašuje", "julistaa"),
            Rewrite.words(" incident ", "incydent", "incydentu", "awaria", "awarii", "výpadek", "výpadku", "porucha", "häiriö", "häiriön", "poikkeama",
                    "katko"),
            Rewrite.words(" cause ", "przyczyna", "przyczynę", "příčina", "příčinu", "syy", "syyn"),
            Rewrite.words(" started ", "rozpoczęty", "rozpoczęto", "rozpoczęte", "rozpoczyna", "zahájen", "zahájeno", "zahájena", "spuštěn", "spuštěno",
                    "aloitettu", "aloitettiin", "käynnistetty"),
            Rewrite.words(" reverted ", "wycofano", "wycofane", "wycofaliśmy", "wycofanie", "vráceno zpět", "vrácena zpět", "vrátili", "vrácení",
                    "peruttiin", "palautettiin edelliseen"),
            Rewrite.words(" completed ", "zakończony", "zakończono", "ukończony", "ukończono", "dokončen", "dokončena", "valmistui", "päättyi"),
            Rewrite.words(" back to normal ", "działa ponownie", "działają ponownie", "wróciło do normy", "wrócił do normy", "w normie",
                    "funguje znovu", "fungují znovu", "opět funguje", "opět fungují", "v normálu", "toimii taas", "toimivat taas", "toimii jälleen",
                    "normaalisti"),
            Rewrite.words(" restored ", "przywrócono", "przywrócona", "przywrócone", "przywrócony", "obnoven", "obnovena", "obnoveno", "palautettu",
                    "palautui", "palautettiin"),
            Rewrite.words(" closed ", "zamknięty", "zamknięto", "zamknięte", "uzavřen", "uzavřeno", "uzavřena", "suljettu", "suljettiin"),
            Rewrite.words(" restarted ", "zrestartowano", "zrestartowany", "restartowano", "restartován", "restartováno", "restartovali",
                    "uudelleenkäynnistettiin", "käynnistettiin uudelleen"),
            Rewrite.words(" deployed ", "wdrożono", "wdrożony", "wdrożona", "nasazen", "nasazeno", "nasazena", "otettiin käyttöön", "otettu käyttöön",
                    "julkaistiin", "asennettiin"),
            Rewrite.words(" no effect ", "brak efektu", "bez efektu", "bez poprawy", "bez zmian", "bez zlepšení", "beze změny", "ei vaikutusta",
                    "ei apua", "ei muutosta"),
            Rewrite.words(" still ", "nadal", "wciąż", "stále", "pořád", "edelleen", "yhä"),
            Rewrite.words(" again ", "ponownie", "znowu", "znovu", "opět", "uudelleen", "taas"),
            Rewrite.words(" drops ", "spada", "spadł", "spadła", "klesá", "klesl", "klesla", "laskee", "laski"),
            Rewrite.words(" reports ", "zgłasza", "zgłosił", "zgłosiła", "zgłaszają", "hlásí", "nahlásil", "nahlásila", "ilmoittaa", "ilmoitti",
                    "raportoi"),
            Rewrite.words(" calls ", "dzwoni", "zadzwonił", "zadzwoniła", "volá", "volal", "volala", "soittaa", "soitti"),
            Rewrite.words(" customers ", "klienci", "klientów", "użytkownicy", "zákazníci", "uživatelé", "asiakkaat", "käyttäjät"),
            Rewrite.words(" customer support ", "obsługa klienta", "dział obsługi klienta", "zákaznická podpora", "zákaznické podpory",
                    "asiakaspalvelu", "asiakaspalvelusta"),
            Rewrite.words(" detects ", "zauważa", "zauważył", "zauważyła", "wykrył", "wykryła", "zaznamenal", "zaznamenala", "všiml si",
                    "huomasi", "huomaa", "havaitsi"),
            Rewrite.words(" disabled ", "wyłączono", "wyłączony", "vypnuto", "vypnut", "vypnuli", "poistettiin käytöstä", "kytkettiin pois"),
            Rewrite.words(" paused ", "wstrzymano", "pozastaveno", "keskeytettiin"),
            Rewrite.words(" verified ", "zweryfikowano", "sprawdzono", "ověřeno", "zkontrolováno", "tarkistettu", "varmistettu"),
            // Italian
            Rewrite.words(" found the cause ", "individuata la causa", "causa individuata", "trovata la causa", "causa trovata",
                    "identificata la causa", "causa identificata"),
            Rewrite.words(" takesownership ", "prende in carico", "presa in carico", "preso in carico", "prende in mano"),
            Rewrite.words(" on-call ", "reperibile", "reperibilità", "in reperibilità"),
            Rewrite.words(" alert ", "allarme", "allarmi", "allerta"),
            Rewrite.words(" fires ", "scatta", "scattano", "scattato", "scattata"),
            Rewrite.words(" declared ", "dichiarato", "dichiarata"),
            Rewrite.words(" declares ", "dichiara"),
            Rewrite.words(" incident ", "incidente", "incidenti"),
            Rewrite.words(" identified ", "individuato", "individuata", "identificato", "identificata"),
            Rewrite.words(" cause ", "causa"),
            Rewrite.words(" started ", "avviato", "avviata", "avviati", "avviate", "iniziato", "iniziata", "lanciato", "lanciata"),
            Rewrite.words(" starts ", "inizia", "avvia", "comincia"),
            Rewrite.words(" completed ", "completato", "completata", "terminato", "terminata", "concluso", "conclusa", "finito", "finita"),
            Rewrite.words(" closed ", "chiuso", "chiusa"),
            Rewrite.words(" restored ", "ripristinato", "ripristinata", "ripristinati", "ripristinate", "risolto", "risolta"),
            Rewrite.words(" back to normal ", "nella norma", "tornato alla normalità", "tornata alla normalità", "torna alla normalità",
                    "tornano alla normalità", "torna a funzionare", "tornano a funzionare", "valori normali", "di nuovo disponibile"),
            Rewrite.words(" no effect ", "nessun effetto", "senza effetto", "nessun miglioramento", "nessun cambiamento"),
            Rewrite.words(" no ", "nessun", "nessuna", "nessuno"),
            Rewrite.words(" still ", "ancora"),
            Rewrite.words(" again ", "di nuovo", "nuovamente"),
            Rewrite.words(" drops ", "scende", "cala", "diminuisce"),
            Rewrite.words(" detects ", "rileva", "rilevano"),
            Rewrite.words(" reports ", "segnala", "segnalano"),
            Rewrite.words(" calls ", "chiama", "chiamano", "telefona"),
            Rewrite.words(" pages ", "manda una pagina", "invia una pagina"),
            Rewrite.words(" restarted ", "riavvio", "riavviato", "riavviata", "riavviati", "riavviate", "riavvia"),
            Rewrite.words(" mitigation ", "mitigazione", "mitigato", "mitigata"),
            Rewrite.words(" customer support ", "servizio clienti", "assistenza clienti"),
            Rewrite.words(" resumed ", "ripreso", "ripresa", "riprende", "riprendono"),
            Rewrite.words(" normally ", "normalmente", "correttamente"),
            Rewrite.words(" attempt ", "tentativo"),
            Rewrite.words(" first reports ", "prime segnalazioni", "prima segnalazione", "primeros avisos", "primeiras reclamações",
                    "premiers signalements", "premières réclamations", "eerste meldingen", "erste meldungen", "första anmälningarna"),
            Rewrite.words(" reports ", "segnalazioni", "segnalazione"),
            Rewrite.words(" delivered again ", "tornano a essere consegnati", "tornano a essere consegnate", "di nuovo consegnati"),
            Rewrite.words(" activated ", "attivato", "attivata", "ativado", "ativada", "activado", "activada", "activé", "activée",
                    "aktiviert", "geactiveerd"),
            Rewrite.words(" incident resolved ", "incidente risolto", "incidente resolvido", "incident résolu", "störung behoben"),
            // German, as an Austrian transit operator or a German utility write it
            Rewrite.words(" first complaints ", "erste beschwerden", "ersten beschwerden"),
            Rewrite.words(" complaints ", "beschwerden", "reklamationen"),
            Rewrite.words(" passengers ", "fahrgästen", "fahrgäste", "reisende", "reisenden"),
            Rewrite.words(" customers ", "kunden", "kundinnen"),
            Rewrite.words(" looking ", "beginnt mit der analyse", "mit der analyse beginnt", "beginnt die analyse", "analysiert", "untersucht"),
            Rewrite.words(" declares sev ", "ruft störungsstufe", "ruft stufe", "ruft prio", "ruft die stufe"),
            Rewrite.words(" initiated ", "eingeleitet", "angestoßen", "iniciado", "iniciada", "initié", "initiée", "ingezet"),
            Rewrite.words(" completed ", "fertig", "klaar"),
            // Chinese, Japanese and Korean, read as characters (no spaces between words); the longer, more telling forms first
            Rewrite.characters(" acknowledged the alert ", "响应告警", "确认告警", "响应报警", "알람 확인", "アラート確認"),
            Rewrite.characters(" started investigating ", "开始排查", "开始调查", "対応開始", "調査開始", "대응 시작", "조사 시작"),
            Rewrite.characters(" declared incident ", "成立应急小组", "宣布故障", "故障升级", "升级为", "障害宣言", "장애 선언", "대응방 개설"),
            Rewrite.characters(" root cause identified ", "定位根因", "定位原因", "确认根因", "找到根因", "根因确认", "原因を特定", "原因特定",
                    "원인 파악", "원인 확인", "원인 특정"),
            Rewrite.characters(" rollback started ", "开始回滚", "回滚开始", "ロールバック開始", "切り戻し開始", "롤백 시작"),
            Rewrite.characters(" rollback complete ", "回滚完成", "回滚完毕", "ロールバック完了", "切り戻し完了", "롤백 완료"),
            Rewrite.characters(" rollback ", "回滚", "回退", "ロールバック", "切り戻し", "롤백"),
            Rewrite.characters(" failover complete ", "切换完成", "漂移完成", "切り替え完了", "전환 완료", "절체 완료"),
            Rewrite.characters(" fully recovered, resolved ", "业务完全恢复", "完全恢复", "全部恢复", "全面恢复", "完全復旧", "全面復旧",
                    "전체 복구", "완전 복구"),
            Rewrite.characters(" recovering ", "恢复写入", "恢复运行", "恢复服务", "部分恢复", "一部復旧", "부분 복구"),
            Rewrite.characters(" incident closed ", "故障关闭", "关闭故障", "事件关闭", "障害クローズ", "장애 종료", "종료 선언"),
            Rewrite.characters(" alert fired, paged on-call ", "电话通知", "电话告警", "呼叫值班", "온콜 전화", "당직 호출"),
            Rewrite.characters(" alert fired ", "告警", "报警", "警报", "アラート", "알람", "경보"),
            Rewrite.characters(" customers report ", "客户反馈", "用户反馈", "现场反馈", "客服反馈", "客户投诉", "問い合わせ", "문의 급증"),
            Rewrite.words(" still rejected ", "werden weiterhin abgelehnt", "weiterhin abgelehnt", "immer noch abgelehnt", "noch abgelehnt"),
            Rewrite.words(" still ", "weiterhin", "immer noch", "todavía", "ainda", "toujours pas"),
            Rewrite.words(" rejected ", "rechazados", "rechazadas", "recusados", "recusadas", "refusés", "refusées", "geweigerd"),
            Rewrite.words(" disabled ", "deaktiviert", "abgeschaltet", "desactivado", "desactivada", "desativado", "desativada", "désactivé",
                    "désactivée", "disattivato", "disattivata", "uitgeschakeld", "gedeactiveerd"),
            Rewrite.words(" purchases ", "käufe", "einkäufe", "ticketkäufe"),
            Rewrite.words(" succeeding again ", "gehen wieder durch", "laufen wieder durch", "funktionieren wieder", "arbeiten wieder fehlerfrei"),
            Rewrite.words(" working again ", "wieder voll funktionsfähig", "wieder funktionsfähig", "arbeiten wieder", "läuft wieder", "laufen wieder"),
            Rewrite.words(" deployed ", "ausgerollt", "eingespielt", "implantado", "déployé", "déployée", "uitgerold"),
            // Portuguese, French, Spanish, Dutch
            Rewrite.words(" takesownership ", "pega no caso", "pega o caso", "assume o caso", "assume o incidente"),
            Rewrite.words(" incident opened ", "aberto o incidente", "abertura do incidente", "aperto incidente", "aperto l'incidente",
                    "ouverture de l'incident", "incident ouvert", "se abre el incidente"),
            Rewrite.words(" incident closed ", "clôture de l'incident", "encerramento do incidente", "chiusura dell'incidente"),
            Rewrite.words(" backlog ", "em atraso", "en retard", "en retraso", "achterstand"),
            Rewrite.words(" imported ", "importadas", "importados", "importada", "importado", "importées", "importés", "importiert", "geïmporteerd"),
            Rewrite.words(" resume ", "reprennent", "reprend", "retomam", "retoma", "reanudan"),
            Rewrite.words(" below the alert threshold ", "por debajo del umbral de alerta", "abaixo do limiar de alerta", "sous le seuil d'alerte",
                    "unter der alarmschwelle", "sotto la soglia di allarme", "onder de alarmdrempel", "under larmgränsen"),
            Rewrite.words(" below the threshold ", "por debajo del umbral", "abaixo do limiar", "sous le seuil", "unter der schwelle",
                    "unterhalb der schwelle", "sotto la soglia", "onder de drempel", "under gränsen"),
            Rewrite.words(" rollback started ", "se inicia la reversión", "inicia la reversión", "terugrol gestart", "terugdraaien gestart"),
            Rewrite.words(" rollback ", "terugrol", "terugrollen", "reversión", "reversion"),
            Rewrite.words(" first customer chat ", "eerste klantchat", "eerste klantchats"),
            Rewrite.words(" still ", "nog altijd", "nach wie vor"),
            Rewrite.words(" keeps growing ", "groeit gewoon verder", "groeit verder", "wächst weiter", "continua a crescere", "sigue creciendo",
                    "continue de croître", "continua a crescer"),
            Rewrite.words(" discussed ", "besproken", "besprochen", "diskutiert", "discutido", "discutida", "discuté", "discutée", "discusso",
                    "discussa", "diskuterad", "diskuterades"),
            Rewrite.words(" rejected ", "afgewezen", "verworfen", "rejeitado", "rejeitada", "rechazado", "rechazada", "rejeté", "rejetée",
                    "respinto", "respinta", "avvisad", "avvisades"),
            Rewrite.words(" confirms ", "bevestigt", "confirmam", "confirma", "confirment", "confirme", "bestätigt", "conferma", "confermano"),
            new Rewrite("^rolled back", "\\brolled[\\s-]*back\\b", " rollback done "),
            new Rewrite("^rolling back", "\\brolling[\\s-]*back\\b", " rollback start "),
            new Rewrite("^roll back", "\\broll(s)?[\\s-]*back(s)?\\b", " rollback "),
            // "rolling auth-svc back", "rolled the release back", "roll it back": up to three names between
            new Rewrite("^rolling ^back", "\\brolling ((?:[\\w.%-]+ ){1,3})back\\b", " rollback start $1"),
            new Rewrite("^rolled ^back", "\\brolled ((?:[\\w.%-]+ ){1,3})back\\b", " rollback done $1"),
            new Rewrite("^roll ^back", "\\broll ((?:[\\w.%-]+ ){1,3})back\\b", " rollback $1"),
            // "revert rolling out": under way, not in effect
            new Rewrite("^rolling out", "\\brolling[\\s-]+out\\b", " rollout start "),
            new Rewrite("^rollbacks", "\\brollbacks\\b", " rollback "),
            // "Rollback of cart-service 4.20.0 (deployed 11:40) to 4.19.2 started": the start told at the end of the clause
            new Rewrite("^rollback ^started|^rollback ^initiated|^rollback ^began|^revert ^started|^revert ^initiated|^revert ^began",
                    "\\b(rollback|revert)\\b((?:(?!done|complete|finished|[.;!?]\\s).){1,80}?)\\s(?:started|initiated|began)\\b", "$1 start$2"),
            new Rewrite("^reverted", "\\breverted\\b", " revert done "),
            new Rewrite("^reverting", "\\breverting\\b", " revert start "),
            new Rewrite("^reverts", "\\breverts\\b", " revert "),
            // a database migration undone: "Down-migration of 0142 started"
            new Rewrite("^down", "\\bdown[\\s-]?migrat(?:ion|ions|e|es|ed|ing)\\b", " rollback "),
            // "Dev started undoing the change", "the undo was finished"
            new Rewrite("^undoing", "\\bundoing\\b", " revert start "),
            new Rewrite("^undid|^undone", "\\b(?:undid|undone)\\b", " revert done "),
            new Rewrite("^undo", "\\bundo(?:es)?\\b", " revert "),
            // "closed after monitoring, no recurrence": nothing came back, no negation of the close
            new Rewrite("^no recurrence|^no further recurrence", "\\bno (?:further )?recurrences?\\b", "norecurrence"),
            // a change backed out, in ITIL's word for it: "Backout of CHG0052217 started", "backed out the change"
            new Rewrite("^backed", "\\bbacked[\\s-]*out\\b", " rollback done "),
            new Rewrite("^backing", "\\bbacking[\\s-]*out\\b", " rollback start "),
            new Rewrite("^back out", "\\bbacks?[\\s-]*outs?\\b", " rollback "),
            new Rewrite("^failed over", "\\bfailed[\\s-]*over\\b", " failover done "),
            new Rewrite("^failing over", "\\bfailing[\\s-]*over\\b", " failover start "),
            new Rewrite("^fail over", "\\bfail[\\s-]+over\\b", " failover "),
            // "Julia (Merchandising) in #search-help: ..." is a message posted in a channel
            new Rewrite("in # :", "\\bin #[\\w.-]+\\s*:", " postsinchannel "),
            // a client certificate, library or secret is a thing, not a customer reporting: read as "certificate"
            new Rewrite("^client", "\\bclient[\\s-]+(certificates?|certs?|librar(?:y|ies)|sdks?|side|secrets?|ids?|credentials?|keys?|versions?|code|config)\\b",
                    "$1"),
            // a team's rota by its alias: "emails pipeline-oncall", "pages db-on-call"
            new Rewrite("-on call", "(?<=[a-z0-9])-on-?call\\b", " oncall"),
            new Rewrite("^on call", "\\bon[\\s-]*call\\b", "oncall"),
            // terse logs: "RB started", "RB done", "mitig.: 70% back"
            new Rewrite("^rb", "\\brb\\b", " rollback "),
            new Rewrite("^mitig.", "\\bmitig\\.", "mitigated"),
            new Rewrite("^no one", "\\bno[\\s-]one\\b", "nobody"),
            new Rewrite("^pager duty", "\\bpager[\\s-]*duty\\b", "pagerduty"),
            new Rewrite("^help line|^help desk|^help-", "\\bhelp[\\s-]+(line|desk)\\b", "help$1"),
            // "picking resumes at about 40% of normal throughput": a partial recovery, not "normal"
            // "traffic 6 times normal", "3x the usual load": far above normal, not back to it
            new Rewrite("times normal|times usual|times baseline|x normal|x usual|x baseline|\u00d7 normal|\u00d7 usual|\u00d7 baseline|twice normal|twice usual|twice baseline"
                    + "|double normal|triple normal|treble normal|quadruple normal|double the|triple the", "\\b(?:\\d+(?:[.,]\\d+)?\\s*(?:x|\u00d7|times)|(?:two|three|four|five|six|seven|eight|nine|ten|several|many)\\s+times|twice|double|triple|treble|quadruple)"
                    + "\\s+(?:the\\s+|its\\s+|their\\s+)?(?:normal|usual|baseline)\\b", "abovenormal"),
            // a bound in brackets is no recovery: "queue at 340 (normal <20)", "(usually ~2 s)"
            new Rewrite("(normal|(usual|(baseline|(typical|(expected", "\\((?:normal|normally|usual|usually|baseline|typical|typically|expected)\\s*(?:is\\s*)?[<>~\u2248]\\s*\\d[^()]{0,30}\\)", " "),
            // "Replay ~70% done", "rollback 50% complete": under way, not finished
            new Rewrite("% done|% complete|% finished|% through", "\\b\\d+(?:\\.\\d+)?\\s*%\\s+(?:done|complete|completed|finished|through)\\b", "partial"),
            // all of it is no part: "ingest back to 100% of baseline"
            new Rewrite("% of normal|% of usual|% of baseline|% of expected|% of typical", "\\b(?!100(?:\\.0+)?\\s*%)\\d+(?:\\.\\d+)?\\s*%\\s+of\\s+(?:normal|usual|baseline|expected|typical)\\b", "partial"),
            // "ingest recovers to 70%": some of the way back
            new Rewrite("recover", "\\brecover(?:s|ed|ing|y)?\\s+to\\s+[~\u2248]?\\s*\\d{1,2}(?:\\.\\d+)?\\s*%", "partly recovered"),
            // "(dashboard only; the paging alert was set at 95%)": seen on a screen, paged to no one (not "the dashboard only shows")
            new Rewrite("dashboard only|dashboards only|grafana only", "\\b(?:dashboards?|grafana)\\s+only\\b(?=\\s*(?:[;:,.)]|$))", " dashboardonly "),
            // "All pods on v13; p99 210 ms": every instance on the named version, a rollout or rollback finished
            new Rewrite("^all", "\\ball\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:\\d+\\s+)?(pods|nodes|hosts|instances|replicas|servers|workers|consumers)"
                    + "\\s+(?:now\\s+)?(?:on|running|serving)\\s+v?\\d+(?:\\.\\d+)*\\b", " all $1 onversion "),
            // "declares a Level 2 operational incident": the incident's kind, not the service declared operational
            new Rewrite("operational incident|operational emergency|operational event", "\\boperational\\s+(incident|emergency|event)\\b", "ops $1"),
            // an alert's condition: "alert fires (no rows written for 10 min)" is what it watches, no "no" to the alert
            new Rewrite("no rows|no data|no messages|no events|no records|no writes|no progress|no heartbeat|no output|no files",
                    "\\bno\\s+(rows|data|messages|events|records|writes|progress|heartbeats?|output|files)\\b(?=\\s+(?:written|received|processed|seen|"
                    + "arriving|for|in|since))", "no$1"),
            // Alertmanager's "[FIRING:1] QuoteApiLatencyP99 > 2s": an alert firing ("[RESOLVED]" is its end)
            new Rewrite("[firing", "\\[firing(?::\\s*\\d+)?\\]", " alert firing "),
            // "rollback done, queue starts draining": the work going again, not a rollback starting
            new Rewrite("^start|^began|^begin", "\\b(queues?|backlogs?|lag)\\s+(?:starts?|started|starting|begins?|began|beginning)\\s+(?:to\\s+)?"
                    + "(draining|clearing|shrinking|falling|dropping)\\b", "$1 $2"),
            // a work shift is no traffic shift: "shift lead reads the e-mail", "night shift engineer"
            new Rewrite("^shift", "\\bshift[\\s-]+(lead|leader|engineer|manager|supervisor|worker|staff|handover|change|pattern|team)s?\\b",
                    "shift$1"),
            new Rewrite("^shift", "\\b(night|morning|day|evening|early|late|weekend|afternoon)[\\s-]+shift\\b", "$1shift"),
            new Rewrite("^health check", "\\bhealth[\\s-]*checks?\\b", "healthcheck"),
            new Rewrite("^kill switch", "\\bkill[\\s-]*switch(es)?\\b", "killswitch"),
            new Rewrite("known good", "\\b(last[\\s-]*)?known[\\s-]*good\\b", "knowngood"),
            new Rewrite("^long running", "\\blong[\\s-]*running\\b", "longrunning"),
            new Rewrite("^war room", "\\bwar[\\s-]*room\\b", "war room"),
            new Rewrite("^status page", "\\bstatus[\\s-]*page\\b", "statuspage"),
            new Rewrite("^i.c.", "\\bi\\.c\\.", "ic"),
            // "Ravi on it", "on it, checking": the chat idiom, not "turned on it" (the lookahead first, so that
            // the lookbehinds run only where "on it" stands: "on" and "it" are in most events)
            new Rewrite("on it", "(?=on it\\b)(?:^|(?<=[\\s:;,(]))"
                    + "(?<!\\b(?:turn|switch|put|base|depend|rely|relie|act|focus|work|spot|stay|keep|kept|sit|sat|land|click|tap"
                    + "|restart|crash|fail|choke|block|hang|loop|trip|break|stall|die|error|retrie|wait|stuck|hung)s?\\s)"
                    + "(?<!\\b\\w{2,20}(?:ed|ing)\\s)on it\\b(?=\\s*(?:$|[.!,;:)\u2014-]|now|and|too|already|checking|looking))", " onit "),
            // "L. Hughes takes ownership", "Florian takes over": someone picking the work up
            new Rewrite("^takes ^over|^took ^over|^taking ^over|^takes ^ownership|^took ^ownership|^taking ^ownership",
                    "\\b(?:takes|took|taking)\\s+(?:ownership|over)\\b", " takesownership "),
            // "Incident closed; night on-call keeps watch until 08:00": the event opens with the close
            new Rewrite("^closed", "^\\W*(?:(?:the\\s+)?incident\\s+(?:is\\s+|was\\s+)?)?closed\\b(?!\\s+(?:the|a|an|its|their|our|by|on|for|to|in|at|down|off|out|loop|loops|port|ports)\\b)", "incidentclosed"),
            // "Ticket inflow back to normal": the support queue as a measure of the impact, not a ticket filed
            new Rewrite("^ticket inflow|^ticket volume|^ticket rate|^ticket count|^ticket intake", "\\btickets?\\s+(?:inflow|volume|rate|count|intake)s?\\b", "contactvolume"),
            // "Dario hands over to the day shift and closes the incident", "closes the incident ticket"
            new Rewrite("closes the incident|closed the incident|closing the incident|closes incident|closed incident",
                    "\\bclos(?:es|ed|ing)\\s+(?:the\\s+)?incident\\b(?:\\s+(?:ticket|record|channel))?", " incidentclosed "),
            // "test window ended with no further errors, incident closed": the event ends with the close
            new Rewrite("incident closed", "[,;.]\\s+(?:the\\s+)?incident\\s+(?:is\\s+|was\\s+)?closed\\.?\\s*$", ", incidentclosed"),
            // a tool's "state change: Case closed" is the record's state, not a change closed
            new Rewrite("state change", "\\bstate\\s+change\\b", "statechange"),
            // a ticket picked up by its number: "Ciaran picks up SD-4410"
            new Rewrite("picks up|picked up|picking up|pick up|takes|took|grabs|grabbed",
                    "\\b(pick(?:s|ed|ing)?\\s+up|takes|took|grabs|grabbed)\\s+[a-z]{2,10}-\\d{2,}\\b", "$1 ticket"),
            // an ITIL incident record by its number: "INC0055104 closed"
            new Rewrite("^inc-|^inc_|^inc0|^inc1|^inc2|^inc3|^inc4|^inc5|^inc6|^inc7|^inc8|^inc9", "\\binc[-_]?\\d{3,}\\b", "increcord"),
            // verb compounds written with a hyphen read as one word
            new Rewrite("^roll-|^clean-|^set-|^scale-|^fail-|^back-|^shut-|^cut-|^sign-",
                    "\\b(roll|clean|set|scale|fail|back|shut|cut|sign)-(out|up|over|off|down|fill|back)\\b", "$1$2"),
            // an alert that reached no one, said of a symptom (see UNALERTED)
            new Rewrite("threshold|alert is|alarm is|only alert|only page|only set|only configured|only enabled|only defined|only wired"
                    + "|not fired|not paged|not triggered|nothing sent|nothing fired"
                    + "|nothing paged|subscription|nobody|unread|unwatched|unmonitored|mail only|mail-only|review|retro|postmortem|at the time"
                    + "|lowprio|low-prio|low prio|low priority|low-priority|slack only|slack-only|chat only|chat-only|channel only|channel-only"
                    + "|alert only|alerts only|alarm only|alarms only|alerting only|monitor only|monitors only"
                    + "|alert has|alert uses|alert works|alert waits|alert on it|alert on this|alert on that|alerts are|alert is|alarm has|alarm uses"
                    + "|alerts have|alerts use|alerts work|notification polic|not firing|not fire|not page|not trigger|we alert on",
                    "\\b(?:" + String.join("|", UNALERTED) + ")\\b", " noalertsent "),
            // "ExternalSecret last synced 30-07 09:14": when it last happened, not the work finished now
            new Rewrite("^last", "\\blast\\s+(\\w+ed)\\s+(?=(?:at\\s+|on\\s+)?\\d|yesterday\\b|\\w+\\s+ago\\b)", "lastwhen $1 "),
            // "first agent logs in": the first sign of recovery, as "first successful login"
            new Rewrite("^first ^log|^first ^sign", "\\bfirst\\s+(?:[\\w-]+\\s+){1,2}(?:logs|logged|signs|signed)\\s+(?:in|on)\\b", "first successful login"),
            // "just back from lunch, what's up": a person returning, not a service
            new Rewrite("back from", "\\bback\\s+from\\s+(?:a\\s+|the\\s+|my\\s+)?(?:lunch|holidays?|vacation|leave|pto|break|meeting|dinner|coffee|gym|school run|errand|appointment|walk)\\b",
                    " personreturned "),
            // "Checkout error rate passes 5% and pages the on-call": a measure crossing a line, not checks passing
            new Rewrite("passes|passed", "\\b(rate|ratio|latency|usage|utili[sz]ation|lag|depth|count|errors|p\\d{2,3}|cpu|memory|disk)\\s+(?:passes|passed)\\s+(?=\\d|the\\s)",
                    "$1 crosses "),
            // "Job reports success", "Import reports 0 errors", "change reported successful": a job's own all-clear, no report of trouble
            new Rewrite("^report", "\\b(?:reports|reported|reporting)\\s+(?:as\\s+)?(?:success|successful|successfully|succeeded|ok|green|complete|completed|done|finished|installed"
                    + "|0\\s+errors|zero\\s+errors|no\\s+errors|healthy|clean|passed|pass)\\b", " statusallclear "),
            // "212/212 acknowledged": devices confirming a push, not a responder
            new Rewrite("acknowledged|acked", "\\b\\d[\\d,.]*\\s*/\\s*\\d[\\d,.]*\\s+(?:acknowledged|acked)\\b", " devicesconfirmed "),
            // "Received fatal alert: handshake_failure", "tlsv1 alert unknown ca": a TLS error, not an alert to people
            new Rewrite("fatal alert|tls alert|ssl alert|tlsv1|sslv3|alert unknown|alert bad|alert handshake|alert number|alert certificate|alert protocol"
                    + "|alert decrypt|alert internal|alert illegal|alert access",
                    "\\b(?:fatal|tlsv1(?:\\.\\d)?|sslv3|ssl|tls)\\s+alert\\b(?:\\s+number\\s+\\d+)?|\\balert\\s+(?:number\\s+\\d+|unknown[\\s_]ca|bad[\\s_]certificate"
                    + "|handshake[\\s_]failure|certificate[\\s_](?:expired|unknown|revoked|unsupported)|protocol[\\s_]version|decrypt[\\s_]error"
                    + "|internal[\\s_]error|illegal[\\s_]parameter|access[\\s_]denied)\\b", " tlserror "),
            // "motion alert delivery latency": the product's alerts to its users, late, not an alert to us
            new Rewrite("alert delivery|alert deliveries|alerts delivery", "\\balerts?\\s+deliver(?:y|ies)\\b", " productalertdelivery "),
            // "Femke raises it in #payments-oncall": someone flagging a problem where responders read
            new Rewrite("^raise", "\\b(?:raises|raised)\\s+(?:it|this|that|the\\s+(?:issue|problem|alarm))\\s+(?=in\\s+#)", " flags it "),
            // "thought it was yesterday's release; tokens are fine": a theory being checked, not a recovery
            new Rewrite("^thought it|^thought this", "\\bthought\\s+(?:it|this)\\s+(?:was|is|might\\s+be|could\\s+be|'s)\\b", " suspected it was "),
            // "skipped blocks stay closed", "the valves remained closed": a state that lasts, not the incident closed
            new Rewrite("^stay ^closed|^stays ^closed|^stayed ^closed|^remain ^closed|^remains ^closed|^remained ^closed|^kept ^closed|^keep ^closed",
                    "\\b(?:stay|stays|stayed|remain|remains|remained|keep|keeps|kept)\\s+closed\\b", " staysshut "),
            // "health checks stay green" while it fails: the checks saw nothing, no recovery
            new Rewrite("^stay ^green|^stays ^green|^stayed ^green|^remain ^green|^remains ^green|^remained ^green|^still ^green",
                    "\\b(?:stay|stays|stayed|remain|remains|remained|still)\\s+green\\b", " staysgreen "),
            // "Maintenance bypass closed. PDU-B re-energised": a circuit made, not the incident closed
            new Rewrite("closed", "\\b(bypass|breakers?|switch|valves?|circuit|contactor|isolator|damper|relay)\\s+(?:is\\s+|was\\s+|were\\s+)?closed\\b", "$1 engaged"),
            // "Personalised feed back at 100%, fallback off": the fallback ended, not in use
            new Rewrite("^fallback", "\\bfallback\\s+(?:(?:is|was)\\s+)?(?:off|disabled|removed|retired|switched\\s+off|turned\\s+off)\\b", " fallbackoff "),
            // "(from Nimbus's incident report)", "per the vendor's RCA": where the writer read it, not a declaration
            new Rewrite("^from report|^from rca|^from postmortem|^from post-mortem|^per report|^per rca|^per postmortem|^per post-mortem"
                    + "|according report|according rca|according postmortem|according post-mortem", "\\b(?:from|per|according\\s+to)\\s+(?:the\\s+)?(?:[\\w.'-]+\\s+){0,2}(?:incident\\s+reports?|rcas?|postmortems?|post-mortems?)\\b",
                    " sourcenote "),
            // "images load on both platforms", "pages render correctly again": what users see works (not "page load time")
            new Rewrite("load|render|display", "\\b(?:images?|photos?|thumbnails?|pictures?|avatars?|pages?|screens?|videos?|maps?)\\s+(?:now\\s+)?"
                    + "(?:load|loads|render|renders|display|displays)\\s+(?:again|fine|correctly|normally|properly|ok|okay|as expected|on (?:all|both|every))\\b",
                    " contentworks "),
            // "Galleries show images again", "the app shows photos correctly": the same, told from the page's side
            new Rewrite("^show", "\\b(?:show|shows|showing|display|displays|displaying)\\s+(?:the\\s+|their\\s+)?(?:images?|photos?|thumbnails?|pictures?|avatars?|videos?|maps?)\\s+"
                    + "(?:again|fine|correctly|normally|properly|as expected)\\b", " contentworks "),
            // "Alias swapped back to yesterday's index", "flag flipped back": a change undone
            new Rewrite("^swapped ^back|^flipped ^back",
                    "(?<!being\\s)\\b(?:swapped|flipped)\\s+((?:[\\w.%-]+\\s+){0,2})back\\b(?!\\s+(?:on|up)\\b)", " rollback done $1"),
            // "alert on age(datfrozenxid) > 500M added", "New alert added: page if ...": monitoring built, no alert fired
            new Rewrite("^alert ^added|^alarm ^added|^alerts ^added|^alert ^configured|^alarm ^configured|^alerts ^configured",
                    "\\b(?:alert|alarm)s?\\b(?=[^.;]{0,60}?\\b(?:added|configured)\\b(?!\\s+to\\s+(?:the\\s+|an?\\s+)?incident))", " newmonitor "),
            // "search_5xx_ratio > 2% -> page": the arrow reads "and it paged"
            new Rewrite("-> page|\u2192 page|=> page|->page|\u2192page|=>page", "(?:->|\u2192|=>)\\s*(?:a\\s+)?pages?\\b", " paged "),
            // a deploy bot's "rates-loader 7.2.4 → prod ✅": the version is live in production
            new Rewrite("-> prod|\u2192 prod|=> prod|->prod|\u2192prod|=>prod", "(?:->|\u2192|=>)\\s*(?:prod|production|prd|live)\\b\\s*(?:\u2705|\u2714\uFE0F?)",
                    " deployed to production "),
            // "`flagsvc-p99-latency` page → @marisol": a page sent to someone
            new Rewrite("page ->|page \u2192|page =>|pages ->|pages \u2192", "\\bpages?\\s*(?:->|\u2192|=>)\\s*(?=@?[\\w.-]+)", " paged "),
            // "Remote Config `checkout_wallet_sheet_enabled=false` published": a feature switched off by its flag
            new Rewrite("enabled=false|enabled = false|enabled: false|enable=false|enabled=0", "[\\w.-]*enabled?\\s*[=:]\\s*(?:false|0)\\b", " flag disabled "),
            // "E-mails data-analytics@": a team's mailbox, written as its name and an at sign
            new Rewrite("@", "(?<![\\w.@])([a-z0-9][\\w.-]*[a-z0-9])@(?![\\w@])", " $1 teammailbox "),
            // "All sites told to put gates in attendant mode": an instruction given, not a report
            new Rewrite("^told ^to", "\\btold\\s+to\\b", " instructed to "),
            // "Venues with no duet are moving again. 17 venues still stuck": a counted part left is a partial recovery,
            // not the whole still failing (the veto on "still stuck")
            new Rewrite("^still", "(?<![\\w.-])(\\d[\\d,]*|a\\s+few|a\\s+handful\\s+of|several|two|three|four|five|six)\\s+((?:[\\w-]+\\s+){0,2})still\\b(?=\\s+(?:stuck|down|offline|failing|broken|blank|frozen|missing|waiting|pending|affected|crash\\w*))",
                    "$1 $2 remaining"),
            new Rewrite("^re-", "\\bre-(\\w)", "re$1"),
            new Rewrite("^allow list|^allow-list|^white list|^white-list", "\\b(allow|white)[\\s-]lists?\\b", "$1list"),
            new Rewrite("^auto-|^pre-|^post-|^non-|^over-|^under-", "\\b(auto|pre|post|non|over|under)-(\\w)", "$1$2"));

    /** Which rewrites may apply to a text, found in one pass over it (see {@link RewriteKeys}). */
    static final RewriteKeys REWRITE_KEYS = new RewriteKeys(REWRITES);

    /** A literal a rewrite needs, anywhere or at the start of a word ("^word"). */
    record Need(String word, boolean atWordStart) {
        static Need of(String spec) {
            return spec.startsWith("^") ? new Need(spec.substring(1), true) : new Need(spec, false);
        }
    }

    /**
     * The rewrites a text may need, found in one pass over it. Each alternative of a rewrite is
     * keyed by a sign of one of its literals ('#', '→', '>'), or else by three adjacent characters,
     * the least common in English (two when its literals are shorter): a text without the key
     * cannot hold the alternative.
     * Most events need no rewrite, and the pass rules out nearly all of them at once instead of
     * a scan of the text per literal; what it keeps, rewrite and alternative, still checks its
     * literals.
     */
    static final class RewriteKeys {
        /** English letters from the most to the least common, to score keys. */
        private static final String BY_FREQUENCY = "etaoinshrdlcumwfgypbvkjxqz";
        /** The commonest runs of three letters in English text and in postmortems, the worst keys. */
        private static final Set<String> COMMON_TRIPLES = Set.of("the", "and", "ing", "her", "hat", "his", "tha", "ere", "for", "ent",
                "ion", "ter", "was", "you", "ith", "ver", "all", "wit", "thi", "tio", "nde", "has", "nce", "men", "ati", "ate", "ers",
                "res", "con", "ted", "are", "ons", "pro", "int", "est", "sta", "ive", "not", "out", "rea", "com", "eve", "per", "ess",
                "ect", "our", "ear", "one", "ame", "ain", "inc", "nci", "cid", "ide", "den", "ale", "ler", "ert", "ser", "rvi", "vic",
                "ice", "ror", "err", "rro", "ors", "ist", "tin", "ine", "red", "sed");
        /** Signs too common in events to be keys. */
        private static final String COMMON_SIGNS = ".,-:;'\"()/%!?*_ ";
        private static final int MASK = 4095;
        /** Per hash of a key of one, two or three characters, the alternatives keyed by it. */
        private final int[][] bySign = new int[MASK + 1][];
        private final int[][] byPair = new int[MASK + 1][];
        private final int[][] byTriple = new int[MASK + 1][];
        /** The first alternative of each rewrite, in one numbering over all of them; one more entry at the end. */
        private final int[] firstAlternative;
        /** Per alternative, its rewrite. */
        private final int[] rewriteOf;
        /** Alternatives with one-character literals only: always tried. */
        private final long[] always;
        private final int rewriteWords;

        RewriteKeys(List<Rewrite> rewrites) {
            firstAlternative = new int[rewrites.size() + 1];
            for (int r = 0; r < rewrites.size(); r++) {
                firstAlternative[r + 1] = firstAlternative[r] + rewrites.get(r).needs().size();
            }
            int alternatives = firstAlternative[rewrites.size()];
            rewriteOf = new int[alternatives];
            always = new long[(alternatives + 63) >>> 6];
            rewriteWords = (rewrites.size() + 63) >>> 6;
            for (int r = 0; r < rewrites.size(); r++) {
                List<List<Need>> needs = rewrites.get(r).needs();
                for (int k = 0; k < needs.size(); k++) {
                    int a = firstAlternative[r] + k;
                    rewriteOf[a] = r;
                    String key = sign(needs.get(k));
                    if (key == null) {
                        key = rarest(needs.get(k), 3);
                    }
                    if (key == null) {
                        key = rarest(needs.get(k), 2);
                    }
                    if (key == null) {
                        always[a >>> 6] |= 1L << a;
                    } else if (key.length() == 1) {
                        add(bySign, key.charAt(0) & MASK, a);
                    } else if (key.length() == 3) {
                        add(byTriple, hash(key.charAt(0), key.charAt(1), key.charAt(2)), a);
                    } else {
                        add(byPair, hash(key.charAt(0), key.charAt(1)), a);
                    }
                }
            }
        }

        /** A sign in the literals that is no letter, digit or common punctuation; null when there is none. */
        private static String sign(List<Need> alternative) {
            for (Need need : alternative) {
                for (int i = 0; i < need.word().length(); i++) {
                    char c = need.word().charAt(i);
                    if (!Character.isLetterOrDigit(c) && COMMON_SIGNS.indexOf(c) < 0) {
                        return String.valueOf(c);
                    }
                }
            }
            return null;
        }

        /** The run of {@code n} characters of the literals that English text holds least often; null when none is that long. */
        private static String rarest(List<Need> alternative, int n) {
            String best = null;
            int bestScore = Integer.MAX_VALUE;
            for (Need need : alternative) {
                for (int i = n; i <= need.word().length(); i++) {
                    String run = need.word().substring(i - n, i);
                    int score = n == 3 && COMMON_TRIPLES.contains(run) ? 1000 : 0;
                    for (int c = 0; c < n; c++) {
                        int rank = BY_FREQUENCY.indexOf(run.charAt(c));
                        score += rank < 0 ? 0 : BY_FREQUENCY.length() - rank; // a letter outside a-z, a digit or a sign: rare
                    }
                    if (score < bestScore) {
                        best = run;
                        bestScore = score;
                    }
                }
            }
            return best;
        }

        private static void add(int[][] table, int h, int alternative) {
            int[] keyed = table[h] == null ? new int[0] : table[h];
            keyed = Arrays.copyOf(keyed, keyed.length + 1);
            keyed[keyed.length - 1] = alternative;
            table[h] = keyed;
        }

        private static int hash(char a, char b) {
            return (a * 31 + b) & MASK;
        }

        private static int hash(char a, char b, char c) {
            return ((a * 31 + b) * 31 + c) & MASK;
        }

        /** The first alternative of rewrite {@code r}. */
        int firstAlternative(int r) {
            return firstAlternative[r];
        }

        /**
         * The alternatives whose key the text holds, as a bit set, followed by the rewrites they
         * belong to (bit r of the words after the alternatives' when rewrite r may apply), kept to
         * {@code only} when it is given.
         */
        long[] candidates(String t, long[] only) {
            long[] out = Arrays.copyOf(always, always.length + rewriteWords);
            if (!t.isEmpty() && mayBeSign(t.charAt(0))) {
                mark(out, bySign[t.charAt(0) & MASK]);
            }
            for (int i = 1; i < t.length(); i++) {
                char b = t.charAt(i - 1);
                char c = t.charAt(i);
                if (mayBeSign(c)) {
                    mark(out, bySign[c & MASK]);
                }
                mark(out, byPair[hash(b, c)]);
                if (i >= 2) {
                    mark(out, byTriple[hash(t.charAt(i - 2), b, c)]);
                }
            }
            for (int w = 0; w < always.length; w++) {
                for (long bits = out[w]; bits != 0; bits &= bits - 1) {
                    int r = rewriteOf[(w << 6) + Long.numberOfTrailingZeros(bits)];
                    out[always.length + (r >>> 6)] |= 1L << r;
                }
            }
            if (only != null) {
                for (int k = 0; k < rewriteWords; k++) {
                    out[always.length + k] &= only[k];
                }
            }
            return out;
        }

        /** False for the lower-case letters, digits and spaces that make most of a text: no sign keys them. */
        private static boolean mayBeSign(char c) {
            return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ');
        }

        /** Whether rewrite {@code r} is among the {@link #candidates}. */
        boolean mayApply(long[] candidates, int r) {
            return (candidates[always.length + (r >>> 6)] & 1L << r) != 0;
        }

        private static void mark(long[] out, int[] keyed) {
            if (keyed != null) {
                for (int a : keyed) {
                    out[a >>> 6] |= 1L << a;
                }
            }
        }
    }

    /**
     * One normalising rewrite, tried only when the text holds what it {@code needs}: words
     * separated by spaces, all of which must be in the text (in any order; a '^' word must
     * start a word of the text), or alternatives separated by '|', one of which must.
     */
    record Rewrite(List<List<Need>> needs, Pattern pattern, String replacement, boolean glossary) {
        Rewrite(String needs, String regex, String replacement) {
            this(needs, regex, replacement, false);
        }

        Rewrite(String needs, String regex, String replacement, boolean glossary) {
            this(Arrays.stream(needs.split("\\|")).map(alt -> Arrays.stream(alt.split(" ")).map(Need::of).toList()).toList(),
                    Pattern.compile(regex), replacement, glossary);
        }

        /**
         * A glossary entry: each form (a word or words of another language, written in full) read as
         * the English {@code replacement}, wherever it stands as whole words.
         */
        static Rewrite words(String replacement, String... forms) {
            return words(true, replacement, forms);
        }

        /**
         * A glossary entry for Chinese, Japanese and Korean, written without spaces between words:
         * each form read as the English {@code replacement} wherever it stands in the text.
         */
        static Rewrite characters(String replacement, String... forms) {
            List<String> longestFirst = Arrays.stream(forms).sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
            String regex = "(?:" + String.join("|", longestFirst.stream()
                    .map(f -> Arrays.stream(f.split(" ")).map(Pattern::quote).collect(java.util.stream.Collectors.joining("\\s*"))).toList()) + ")";
            return new Rewrite(String.join("|", longestFirst), regex, replacement, true);
        }

        /** The same for English words ("alarm" read as "alert"): read in every document. */
        static Rewrite englishWords(String replacement, String... forms) {
            return words(false, replacement, forms);
        }

        private static Rewrite words(boolean glossary, String replacement, String... forms) {
            List<String> longestFirst = Arrays.stream(forms).sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
            String needs = String.join("|", longestFirst.stream().map(f -> "^" + f.replace(" ", " ^")).toList());
            String regex = "\\b(?:" + String.join("|", longestFirst.stream()
                    .map(f -> Arrays.stream(f.split(" ")).map(Pattern::quote).collect(java.util.stream.Collectors.joining("\\s+"))).toList())
                    + ")(?![\\p{L}])";
            return new Rewrite(needs, regex, replacement, glossary);
        }

        /**
         * The text rewritten, or the same instance when the rewrite does not apply; only the
         * alternatives set in {@code candidates} from bit {@code first} on are looked for (the
         * others' keys are not in the text).
         */
        String apply(String t, long[] candidates, int first) {
            for (int k = 0; k < needs.size(); k++) {
                int a = first + k;
                if ((candidates[a >>> 6] & 1L << a) != 0 && holdsAll(t, needs.get(k))) {
                    return pattern.matcher(t).replaceAll(replacement);
                }
            }
            return t;
        }

        private static boolean holdsAll(String t, List<Need> needs) {
            for (Need n : needs) {
                if (n.atWordStart() ? !startsAWord(t, n.word()) : !t.contains(n.word())) {
                    return false;
                }
            }
            return true;
        }

        private static boolean startsAWord(String t, String w) {
            for (int at = t.indexOf(w); at >= 0; at = t.indexOf(w, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * An alert named by its rule, before it fires or pages: "`VisitConnectRate < 80% for 10m` fires",
     * "ChatDeliveryLagHigh (lag > 600 s) pages ravi.k", "\"Checkout orders/min < 75% of forecast\" fires":
     * a CamelCase name of three or more parts, or a quoted rule with a comparison.
     */
    private static final Pattern ALERT_RULE = Pattern.compile(
            "(?:`[^`]{0,80}(?:[<>=\u2264\u2265]|[A-Z][a-z0-9]+[A-Z][a-z0-9]+[A-Z])[^`]{0,80}`|\"[^\"]{0,80}[<>=\u2264\u2265][^\"]{0,80}\""
                    // "\"api.example.io resolution failing (3/5 locations)\" pages Tomasz": a quoted rule, its verb right after
                    + "|\"[^\"]{3,80}\"(?=\\s+(?:alert\\s+)?(?:fires|fired|pages|paged|triggers|triggered)\\b)"
                    + "|\\b[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*){2,}\\b)(?=[^.;]{0,40}?\\b(?:fires|fired|firing|pages|paged|triggers|triggered)\\b)");

    private static final Pattern NAMES_ALERT = Pattern.compile("(?i)alert|alarm|pagerduty|opsgenie|\\bpaged\\b");

    /** A chat client's emoji written as its short code: ":white_check_mark:", ":eyes:", ":+1:". */
    private static final Pattern EMOJI_CODE = Pattern.compile("(?<![\\w:]):[a-z0-9][a-z0-9_+-]*:(?![\\w])");

    /** A log's tag for a page sent, in capitals at the start of the event: "PAGE ...", "[PAGED] ...". */
    private static final Pattern PAGE_TAG = Pattern.compile("^\\W{0,2}PAGED?\\b\\]?:?");

    static String normalise(String text) {
        if ((text.contains("fire") || text.contains("page") || text.contains("trigger")) && !NAMES_ALERT.matcher(text).find()) {
            text = ALERT_RULE.matcher(text).replaceAll(" namedrule "); // the rule's name is the only sign of an alert
        }
        if (text.indexOf(':') >= 0) {
            text = EMOJI_CODE.matcher(text).replaceAll(" "); // ":rotating_light: TRIGGERED", "on it :eyes:"
        }
        Matcher shouted = PAGE_TAG.matcher(text);
        if (shouted.lookingAt()) {
            text = "paged " + text.substring(shouted.end()); // "PAGE `SearchErrorRateHigh` (5xx 7.4%) to Marketplace on-call"
        }
        if (text.contains("IT") && !mostlyCapitals(text)) {
            text = IT_DEPARTMENT.matcher(text).replaceAll("itdept"); // "radios IT", "calls IT": the department, not the pronoun
        }
        String t = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        long[] only = ENGLISH_DOCUMENT.get() ? NOT_GLOSSARY : null;
        long[] candidates = REWRITE_KEYS.candidates(t, only);
        for (int i = 0; i < REWRITES.size(); i++) {
            if (!REWRITE_KEYS.mayApply(candidates, i)) {
                continue;
            }
            String rewritten = REWRITES.get(i).apply(t, candidates, REWRITE_KEYS.firstAlternative(i));
            if (rewritten != t) {
                t = rewritten;
                candidates = REWRITE_KEYS.candidates(t, only);
            }
        }
        return arrows(t);
    }

    /**
     * "IT" in capitals in a line otherwise written in lower case: the IT department ("Lift ops radios
     * IT"). Before the desk or the rota that answers for it ("the IT on-call line", "the IT service
     * desk") the word that follows names who was called.
     */
    private static final Pattern IT_DEPARTMENT = Pattern.compile(
            "(?<![\\w'-])IT(?![\\w'-])(?!\\s+(?:on-?call|help\\s?desk|service\\s?desk|support|team|department|ops|operations|duty|hotline|helpline))");

    /** Whether most of the letters are capitals (a shouted line, where "IT" is the pronoun). */
    private static boolean mostlyCapitals(String text) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return upper * 2 > letters;
    }

    /** The rewrites other than the glossary's, as a bit set over {@link #REWRITES}. */
    private static final long[] NOT_GLOSSARY = notGlossary();

    private static long[] notGlossary() {
        long[] out = new long[(REWRITES.size() + 63) / 64];
        for (int i = 0; i < REWRITES.size(); i++) {
            if (!REWRITES.get(i).glossary()) {
                out[i >>> 6] |= 1L << i;
            }
        }
        return out;
    }

    /**
     * Whether the document being read on this thread is in English alone ({@link #readingDocument}):
     * its events then skip the glossary of other languages' words. Outside a document, the
     * glossary is read.
     */
    private static final ThreadLocal<Boolean> ENGLISH_DOCUMENT = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /** Runs {@code reading} with the events of a document whose text is {@code text} classified as its language needs. */
    static <T> T readingDocument(String text, java.util.function.Supplier<T> reading) {
        boolean outer = ENGLISH_DOCUMENT.get();
        ENGLISH_DOCUMENT.set(!OtherLanguages.present(text));
        try {
            return reading.get();
        } finally {
            ENGLISH_DOCUMENT.set(outer);
        }
    }

    /** Reads "38% → 9%" as "drops" and "9% → 38%" as "rises", so the cues for falling and rising metrics see them. */
    private static String arrows(String t) {
        List<MetricArrows.Change> changes = MetricArrows.in(t);
        if (changes.isEmpty()) {
            return t;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (MetricArrows.Change c : changes) {
            out.append(t, at, c.start()).append(c.direction() < 0 ? " drops " : c.direction() > 0 ? " rises " : t.substring(c.start(), c.end()));
            at = c.end();
        }
        return out.append(t, at, t.length()).toString();
    }
}
