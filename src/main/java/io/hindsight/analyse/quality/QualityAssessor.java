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
    /** How far a blame match may reach on either side of its trigger word (the rules' widest is 40 + a name). */
    static final int TRIGGER_REACH = 120;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]\\s|\\n");

    /**
     * A blame pattern and the guide's system-focused question to ask instead. {@code triggers}
     * are words one of which any match must contain (lower case; empty: no prefilter): the
     * regex only runs on texts that contain one, which keeps blame checks off the hot path.
     */
    public record BlameRule(Pattern pattern, String alternative, List<String> triggers) {
        public BlameRule(Pattern pattern, String alternative) {
            this(pattern, alternative, triggersOf(pattern.pattern()));
        }

        public BlameRule {
            triggers = List.copyOf(triggers);
        }

        boolean mayMatch(String lowerCaseText) {
            if (triggers.isEmpty()) {
                return true;
            }
            for (String t : triggers) {
                if (lowerCaseText.contains(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern REQUIRED_GROUP = Pattern.compile("\\((?:\\?:)?([a-z' ?|-]+)\\)(?![?*])");
    private static final Pattern LEADING_LITERAL = Pattern.compile("^[a-z][a-z -]*[a-z]");

    /**
     * Words a match must contain: the alternatives of the regex's first plain, non-optional
     * group ("(?:ignored|missed)" gives ignored, missed), or a regex that is one literal phrase.
     */
    static List<String> triggersOf(String regex) {
        Matcher g = REQUIRED_GROUP.matcher(regex);
        if (g.find()) {
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
        if (plain.matches("[a-z][a-z ]+[a-z]")) {
            return List.of(plain);
        }
        return List.of();
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
                        ? new BlameRule(pattern, parts[1].strip(), List.of(parts[2].strip().toLowerCase(java.util.Locale.ROOT).split("\\s*,\\s*")))
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
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        java.util.TreeMap<Long, BlameFinding> found = new java.util.TreeMap<>();
        for (int r = 0; r < rules.size(); r++) {
            BlameRule rule = rules.get(r);
            if (!rule.mayMatch(lower)) {
                continue;
            }
            Matcher m = rule.pattern().matcher(t);
            if (rule.triggers().isEmpty()) {
                while (m.find()) {
                    add(found, m, r, rule);
                }
                continue;
            }
            // Only around the trigger words: a match holds one, within a short reach of it.
            for (String trigger : rule.triggers()) {
                for (int at = lower.indexOf(trigger); at >= 0; at = lower.indexOf(trigger, at + 1)) {
                    m.region(Math.max(0, at - TRIGGER_REACH), Math.min(t.length(), at + trigger.length() + TRIGGER_REACH));
                    m.useTransparentBounds(true);
                    while (m.find()) {
                        add(found, m, r, rule);
                    }
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
