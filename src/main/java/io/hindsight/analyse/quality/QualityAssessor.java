package io.hindsight.analyse.quality;

import io.hindsight.model.ActionItem;
import io.hindsight.model.Incident;
import io.hindsight.model.Quality;
import io.hindsight.model.SectionKind;
import io.hindsight.model.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How good a postmortem is to learn from: completeness against the template's required
 * sections scaled to severity (the guide's "Scaling Formality": a minor incident needs a brief
 * summary, a critical one the full analysis), blame language, and action items without owner
 * or due date. Pure and thread-safe.
 *
 * <p>Score (0..100): 60 points for completeness (share of the required sections present),
 * 20 for action items that all have an owner and a due date (10 each, pro rata), 20 for
 * blameless language (minus 10 per blame phrase). A postmortem without action items scores
 * 0 of the 20 action-item points when its severity requires action items.
 */
public final class QualityAssessor {
    /** Required sections for each severity; an incident of unknown severity is held to SEV2's standard. */
    private static final Set<SectionKind> SEV4 = EnumSet.of(SectionKind.SUMMARY, SectionKind.ROOT_CAUSE, SectionKind.ACTION_ITEMS);
    private static final Set<SectionKind> SEV3 = EnumSet.of(SectionKind.SUMMARY, SectionKind.IMPACT, SectionKind.TIMELINE,
            SectionKind.ROOT_CAUSE, SectionKind.ACTION_ITEMS);
    private static final Set<SectionKind> SEV2 = EnumSet.of(SectionKind.SUMMARY, SectionKind.IMPACT, SectionKind.TIMELINE,
            SectionKind.ROOT_CAUSE, SectionKind.CONTRIBUTING_FACTORS, SectionKind.ACTION_ITEMS, SectionKind.LESSONS_LEARNED);
    private static final Set<SectionKind> SEV1 = EnumSet.of(SectionKind.METADATA, SectionKind.SUMMARY, SectionKind.IMPACT,
            SectionKind.TIMELINE, SectionKind.DETECTION, SectionKind.ROOT_CAUSE, SectionKind.CONTRIBUTING_FACTORS,
            SectionKind.WHAT_WENT_WELL, SectionKind.WHAT_WENT_POORLY, SectionKind.ACTION_ITEMS, SectionKind.LESSONS_LEARNED);
    /** How far a blame match may reach on either side of its trigger word (the rules' widest is about 90 characters). */
    static final int TRIGGER_REACH = 120;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s|\\n");

    /**
     * A blame pattern and the guide's system-focused question to ask instead. {@code triggers}
     * are words one of which any match must contain, each at the start of a word (lower case;
     * empty: no prefilter): the regex only runs near them, which keeps blame checks off the hot
     * path. {@code anchored}: every match starts with its trigger, so the regex is tried only
     * at the trigger, not across a window around it.
     */
    record BlameRule(Pattern pattern, String alternative, List<String> triggers, boolean anchored) {
        BlameRule(Pattern pattern, String alternative) {
            this(pattern, alternative, triggersOf(pattern.pattern()), anchoredOnTrigger(pattern.pattern()));
        }

        BlameRule {
            triggers = List.copyOf(triggers);
            anchored = anchored && !triggers.isEmpty();
        }
    }

    /**
     * Lower case with every index kept, so that an index into it is the same index into the text:
     * the JDK's lowering of the whole string, or char by char where that changes the length (a
     * dotted capital I becomes two characters).
     */
    static String lowerSameLength(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() == text.length()) {
            return lower;
        }
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            c[i] = Character.toLowerCase(c[i]);
        }
        return new String(c);
    }

    private static final Pattern REQUIRED_GROUP = Pattern.compile("\\((?:\\?:)?([a-z' ?|-]+)\\)(?![?*])");
    private static final Pattern LEADING_LITERAL = Pattern.compile("^[a-z][a-z -]*[a-z]");

    /**
     * Words a match must contain: the alternatives of the regex's first plain, non-optional
     * group ("(?:ignored|missed)" gives ignored, missed), or a regex that is one literal phrase.
     * Only a group that starts a word (after a word boundary or a space) gives triggers, as
     * triggers are looked for at word starts.
     */
    static List<String> triggersOf(String regex) {
        Matcher g = REQUIRED_GROUP.matcher(regex);
        if (g.find()) {
            String before = regex.substring(0, g.start());
            if (!before.isEmpty() && !before.endsWith("\\b") && !before.endsWith(" ")) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String alt : g.group(1).split("\\|")) {
                Matcher lit = LEADING_LITERAL.matcher(alt);
                if (!lit.find() || lit.group().length() < 3) {
                    return List.of();
                }
                out.add(lit.group());
            }
            return out;
        }
        String plain = regex.replace("\\b", "");
        if (regex.startsWith("\\b") && plain.matches("[a-z][a-z ]+[a-z]")) {
            return List.of(plain);
        }
        return List.of();
    }

    /** Whether the regex's triggers start every match: its trigger group, or its literal, opens it. */
    static boolean anchoredOnTrigger(String regex) {
        Matcher g = REQUIRED_GROUP.matcher(regex);
        if (g.find()) {
            String before = regex.substring(0, g.start());
            return before.isEmpty() || before.equals("\\b");
        }
        return true;
    }

    /** A blame phrase found, with the question to ask instead. */
    public record BlameFinding(String phrase, String alternative) {
    }

    private final List<BlameRule> rules;

    public QualityAssessor(List<BlameRule> rules) {
        this.rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }

    /** The assessor with the built-in blame list ({@code blame-phrases.txt}). */
    public static QualityAssessor standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final QualityAssessor STANDARD = new QualityAssessor(loadRules("blame-phrases.txt"));
    }

    static List<BlameRule> loadRules(String resource) {
        List<BlameRule> rules = new ArrayList<>();
        try (InputStream in = QualityAssessor.class.getResourceAsStream(resource)) {
            Objects.requireNonNull(in, "missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 3);
                if (parts.length < 2) {
                    throw new IllegalStateException(resource + ": expected 'regex<TAB>question', got '" + line + "'");
                }
                // Name-like rules ([A-Z][a-z]+) must stay case-sensitive; the others are not.
                int flags = parts[0].contains("[A-Z]") ? 0 : Pattern.CASE_INSENSITIVE;
                Pattern pattern = Pattern.compile(parts[0], flags);
                rules.add(parts.length == 3
                        ? new BlameRule(pattern, parts[1].strip(), List.of(parts[2].strip().toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*")), false)
                        : new BlameRule(pattern, parts[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** Sections the guide requires for this severity. */
    public static Set<SectionKind> required(java.util.Optional<Severity> severity) {
        return switch (severity.orElse(Severity.SEV2)) {
            case SEV1 -> SEV1;
            case SEV2 -> SEV2;
            case SEV3 -> SEV3;
            case SEV4 -> SEV4;
        };
    }

    /** The guide's "Scaling Formality" row for a severity: its word for the level and the format it asks for. */
    public record Formality(String level, String format) {
    }

    /**
     * The guide's "Scaling Formality" table read onto our scale: SEV1 is Critical (formal review,
     * leadership participation), SEV2 Major (extensive analysis, cross-team involvement), SEV3
     * Moderate (standard template, team review meeting), SEV4 Minor (brief written summary, team
     * discussion). An incident of unknown severity is held to SEV2's standard, as in {@link #required}.
     */
    public static Formality formality(java.util.Optional<Severity> severity) {
        return switch (severity.orElse(Severity.SEV2)) {
            case SEV1 -> new Formality("Critical", "Formal review, leadership participation");
            case SEV2 -> new Formality("Major", "Extensive analysis, cross-team involvement");
            case SEV3 -> new Formality("Moderate", "Standard template, team review meeting");
            case SEV4 -> new Formality("Minor", "Brief written summary, team discussion");
        };
    }

    /** Minutes above which an incident needs a postmortem (the guide's custom template: "> 15 min"). */
    public static final long THRESHOLD_MINUTES = 15;
    /** Share of users, in percent, above which an incident needs a postmortem (the guide: "> 1% users"). */
    public static final double THRESHOLD_USERS_PCT = 1.0;

    /**
     * Why an incident needs a postmortem, or empty when it does not: it is SEV1 or SEV2 (the
     * PagerDuty column: "any P1/P2 incident"), or it lasted more than 15 minutes, or it affected
     * more than 1% of users (the custom template column: "any incident &gt; 15 min or &gt; 1% users").
     * How long it lasted is the first stated of time to restore, duration (to closed), and the
     * author's stated duration.
     */
    public static java.util.Optional<String> thresholdReason(Incident incident) {
        List<String> reasons = new ArrayList<>();
        incident.severity().filter(s -> s == Severity.SEV1 || s == Severity.SEV2).ifPresent(s -> reasons.add(s.name()));
        java.util.OptionalLong lasted = incident.timings().get(io.hindsight.model.TimingMetric.TTR);
        if (lasted.isEmpty()) {
            lasted = incident.timings().get(io.hindsight.model.TimingMetric.DURATION);
        }
        if (lasted.isEmpty()) {
            lasted = incident.statedDurationMinutes();
        }
        if (lasted.isPresent() && lasted.getAsLong() > THRESHOLD_MINUTES) {
            reasons.add("lasted " + lasted.getAsLong() + " min");
        }
        java.util.OptionalDouble pct = incident.impact().usersAffectedPct();
        if (pct.isPresent() && pct.getAsDouble() > THRESHOLD_USERS_PCT) {
            reasons.add(String.format(java.util.Locale.ROOT, "%s%% of users",
                    new java.math.BigDecimal(Double.toString(pct.getAsDouble())).stripTrailingZeros().toPlainString()));
        }
        return reasons.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join(", ", reasons));
    }

    /**
     * Whether the record carries any postmortem analysis: a root cause, a contributing factor or
     * an action item. An incident-tool export or a stub with only a header and timeline has none.
     */
    public static boolean hasPostmortemDetails(Incident incident) {
        return incident.rootCause().filter(s -> !s.isBlank()).isPresent() || !incident.contributingFactors().isEmpty()
                || !incident.actionItems().isEmpty();
    }

    /**
     * @param text the postmortem's prose (for blame language); the incident alone lacks it
     */
    public Quality assess(Incident incident, String text) {
        Set<SectionKind> required = required(incident.severity());
        List<SectionKind> missing = new ArrayList<>();
        for (SectionKind k : required) {
            if (!has(incident, k)) {
                missing.add(k);
            }
        }
        List<BlameFinding> blame = blame(text);
        int withoutOwner = 0;
        int withoutDue = 0;
        for (ActionItem a : incident.actionItems()) {
            withoutOwner += a.owner().isEmpty() ? 1 : 0;
            withoutDue += a.dueDate().isEmpty() ? 1 : 0;
        }
        double completeness = 60.0 * (required.size() - missing.size()) / required.size();
        double actions;
        int n = incident.actionItems().size();
        if (n == 0) {
            actions = required.contains(SectionKind.ACTION_ITEMS) ? 0 : 20;
        } else {
            actions = 10.0 * (n - withoutOwner) / n + 10.0 * (n - withoutDue) / n;
        }
        double blameless = Math.max(0, 20 - 10 * blame.size());
        int score = (int) Math.round(completeness + actions + blameless);
        return new Quality(Math.max(0, Math.min(100, score)), missing,
                blame.stream().map(BlameFinding::phrase).toList(), withoutOwner, withoutDue);
    }

    private static boolean has(Incident i, SectionKind k) {
        return switch (k) {
            case TIMELINE -> i.timeline().stream().anyMatch(e -> !e.text().isBlank()) && i.sections().contains(k);
            case ROOT_CAUSE -> i.rootCause().isPresent();
            case CONTRIBUTING_FACTORS -> !i.contributingFactors().isEmpty();
            case ACTION_ITEMS -> !i.actionItems().isEmpty();
            case LESSONS_LEARNED -> !i.lessonsLearned().isEmpty() || i.sections().contains(k);
            case WHAT_WENT_WELL -> !i.whatWentWell().isEmpty();
            case WHAT_WENT_POORLY -> !i.whatWentPoorly().isEmpty();
            case SUMMARY -> i.summary().isPresent();
            case METADATA -> i.severity().isPresent() && i.date().isPresent();
            default -> i.sections().contains(k);
        };
    }

    /**
     * Blame phrases in the text, each quoted as found, once, in order of appearance. Each rule
     * runs once over the whole text; a match that spans two sentences does not count.
     */
    public List<BlameFinding> blame(String text) {
        String t = text == null ? "" : text;
        String lower = lowerSameLength(t);
        java.util.TreeMap<Long, BlameFinding> found = new java.util.TreeMap<>();
        for (int r = 0; r < rules.size(); r++) {
            BlameRule rule = rules.get(r);
            Matcher m = rule.pattern().matcher(t);
            if (rule.triggers().isEmpty()) {
                while (m.find()) {
                    add(found, m, r, rule);
                }
            } else {
                List<Integer> starts = triggerStarts(lower, rule.triggers());
                if (!starts.isEmpty()) {
                    scanNearTriggers(t, starts, rule, m, r, found);
                }
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        List<BlameFinding> out = new ArrayList<>();
        for (BlameFinding f : found.values()) {
            if (seen.add(f.phrase().toLowerCase(java.util.Locale.ROOT))) {
                out.add(f);
            }
        }
        return out;
    }

    /** In text order, the places where one of the triggers starts a word of the (lower-cased) text. */
    private static List<Integer> triggerStarts(String lower, List<String> triggers) {
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>();
        for (String trigger : triggers) {
            for (int at = lower.indexOf(trigger); at >= 0; at = lower.indexOf(trigger, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) {
                    starts.add(at);
                }
            }
        }
        return new ArrayList<>(starts);
    }

    /**
     * The matches a scan of the whole text would find, looking only near the rule's triggers: a
     * match holds one, within {@link #TRIGGER_REACH} of it. Like a whole-text scan, no match
     * starts inside the previous one.
     */
    private static void scanNearTriggers(String t, List<Integer> starts, BlameRule rule, Matcher m, int r,
                                         java.util.TreeMap<Long, BlameFinding> found) {
        m.useTransparentBounds(true);
        int consumed = 0;
        if (rule.anchored()) {
            for (int at : starts) {
                if (at < consumed) {
                    continue;
                }
                m.region(at, Math.min(t.length(), at + TRIGGER_REACH));
                if (m.lookingAt()) {
                    add(found, m, r, rule);
                    consumed = Math.max(m.end(), at + 1);
                }
            }
            return;
        }
        // Windows around the triggers, merged where they overlap, each scanned once.
        int from = -1;
        int to = -1;
        for (int at : starts) {
            int wFrom = Math.max(0, at - TRIGGER_REACH);
            int wTo = Math.min(t.length(), at + TRIGGER_REACH);
            if (from >= 0 && wFrom <= to) {
                to = Math.max(to, wTo);
                continue;
            }
            if (from >= 0) {
                consumed = scanWindow(m, from, to, consumed, r, rule, found);
            }
            from = wFrom;
            to = wTo;
        }
        if (from >= 0) {
            scanWindow(m, from, to, consumed, r, rule, found);
        }
    }

    private static int scanWindow(Matcher m, int from, int to, int consumed, int r, BlameRule rule,
                                  java.util.TreeMap<Long, BlameFinding> found) {
        m.region(Math.max(from, consumed), to);
        while (m.find()) {
            add(found, m, r, rule);
            consumed = Math.max(m.end(), m.start() + 1);
        }
        return consumed;
    }

    private static void add(java.util.TreeMap<Long, BlameFinding> found, Matcher m, int rule, BlameRule r) {
        String phrase = m.group().strip();
        if (!phrase.isEmpty() && !SENTENCE_END.matcher(phrase).find()) {
            found.putIfAbsent((long) m.start() * 1000 + rule, new BlameFinding(phrase, r.alternative()));
        }
    }

    /** The guide's question for a phrase this assessor reported. */
    public String alternativeFor(String phrase) {
        for (BlameRule r : rules) {
            if (r.pattern().matcher(phrase).find()) {
                return r.alternative();
            }
        }
        return "What in our systems made this possible?";
    }
}
