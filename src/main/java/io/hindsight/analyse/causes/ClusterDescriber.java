package io.hindsight.analyse.causes;

import io.hindsight.text.AnalyzedText;
import io.hindsight.text.AnalyzedToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a group of factors in words people use.
 *
 * <p><b>Label</b>: every run of 1 to {@link ClusteringConfig#maxLabelWords()} words in a
 * member (one stop word may sit between two words; punctuation ends a run) is a candidate
 * phrase, compared by its analyzed terms so that "alerting on consumer lag" and "alert on
 * consumer lag" are one phrase. A phrase scores {@code members containing it x sum of the idf
 * of its distinct words}, names (vendors, products) at a third and single words at 0.3, and
 * a phrase must occur in {@link #LABEL_SHARE} of the members and in at least two (relaxed when
 * no phrase does). The label is the phrase's most
 * common wording (ties: the most central member's), cut from a member's text, with a negation
 * in front ("no", "without", "missing", "lack of"...) when most occurrences have one; when a
 * member's own lead phrase (its words before a dash or colon, 2 to 6 words, markup dropped)
 * contains the phrase and adds words as widely shared as the phrase, the shortest such lead is
 * the label.
 *
 * <p><b>Top terms</b>: words by {@code members containing it x idf}, shown as most often
 * written. <b>Example</b>: the member closest to the group's centroid.
 */
final class ClusterDescriber {
    private static final Pattern BREAK = Pattern.compile("[.,;:!?()\\[\\]{}|\"\u2014\u2013\u201c\u201d]|\\s-\\s");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)(?:^|[\\s(*\"'\u201c_])((?:no|not|without|missing|lack of|lacking|never|insufficient|inadequate)\\s+)$");
    private static final int MAX_LABEL_CHARS = 80;
    /** A lead phrase: the start of a factor up to a dash or colon ("**No canary stage** — ..."). */
    private static final Pattern LEAD = Pattern.compile("^\\W*([^\u2014\u2013:.;()]{3,80}?)\\s*(?:\u2014|\u2013|\\s-\\s|:)\\s");
    static final int MAX_LEAD_WORDS = 6;
    static final int DESCRIBE_MEMBERS = 200;
    private static final double SINGLE_WORD = 0.3;
    /**
     * A label phrase must occur in at least this share of the group (and in two members): a
     * phrase two members of twenty share names those two, not the group.
     */
    static final double LABEL_SHARE = 0.15;
    /** Emphasis and code marks an author put around a lead ("**No canary stage**"). */
    private static final Pattern MARKUP = Pattern.compile("(?<![\\p{L}\\p{N}])[*_`]+|[*_`]+(?![\\p{L}\\p{N}])");

    private final List<AnalyzedText> texts;
    private final FeatureSpace space;
    private final ClusteringConfig config;
    /**
     * Per word of these texts: mid-sentence and capitalised occurrences. Only a word of one
     * factor uses them ({@link FeatureSpace#isName}), and that factor is among these texts.
     */
    private final Map<String, int[]> capitals = new HashMap<>();

    /**
     * @param texts the group's most central members ({@link #central}), analyzed, most central
     *     first; members are numbered by their index here
     */
    ClusterDescriber(List<AnalyzedText> texts, FeatureSpace space, ClusteringConfig config) {
        this.texts = texts;
        this.space = space;
        this.config = config;
        for (AnalyzedText text : texts) {
            FactorTerms terms = FactorTerms.of(text, 0);
            for (int w = 0; w < terms.words().size(); w++) {
                int[] c = capitals.computeIfAbsent(terms.words().get(w), k -> new int[2]);
                c[0] += terms.midSentence(w);
                c[1] += terms.capitalised(w);
            }
        }
    }

    String label(List<Integer> members) {
        Map<String, Phrase> phrases = new LinkedHashMap<>();
        for (int m : members) {
            AnalyzedText text = texts.get(m);
            List<AnalyzedToken> words = text.words();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < words.size(); i++) {
                StringBuilder key = new StringBuilder();
                for (int j = i; j < words.size() && j - i < config.maxLabelWords(); j++) {
                    if (j > i && !adjacent(text.text(), words.get(j - 1), words.get(j))) {
                        break;
                    }
                    if (j > i) {
                        key.append(' ');
                    }
                    key.append(words.get(j).term());
                    int start = words.get(i).startOffset();
                    int end = words.get(j).endOffset();
                    if (end - start > MAX_LABEL_CHARS) {
                        break;
                    }
                    String k = key.toString();
                    Phrase p = phrases.computeIfAbsent(k, x -> new Phrase(x));
                    if (seen.add(k)) {
                        p.members++;
                    }
                    p.occurrences.add(new Occurrence(m, start, end));
                }
            }
        }
        int share = Math.max(2, (int) Math.ceil(LABEL_SHARE * members.size()));
        Phrase best = best(phrases, share);
        if (best == null) {
            best = best(phrases, Math.min(2, members.size()));
        }
        if (best == null) {
            best = best(phrases, 1);
        }
        if (best == null) {
            return display(texts.get(members.get(0)).text().strip());
        }
        String phrase = wording(best);
        return display(leadContaining(members, best, phrases, share).orElse(phrase));
    }

    /**
     * The shortest lead phrase of a member that contains the best phrase: authors often name a
     * factor before a dash or colon ("Staging data volume — 60k orders..."), and that name reads
     * better than the phrase alone ("volume"). Leads of 2 to {@value #MAX_LEAD_WORDS} words only,
     * and only a lead whose other words are as common in the group as a label phrase must be: a
     * lead that adds words of a few members names those ("Yet another certificate lifecycle
     * incident"), not the group. A lead that adds no word to the phrase ("Certificates again")
     * adds nothing to read either.
     */
    private java.util.Optional<String> leadContaining(List<Integer> members, Phrase best, Map<String, Phrase> phrases, int share) {
        Set<String> wanted = new HashSet<>(List.of(best.key.split(" ")));
        String found = null;
        for (int m : members) {
            AnalyzedText text = texts.get(m);
            Matcher lead = LEAD.matcher(text.text());
            if (!lead.find()) {
                continue;
            }
            int end = lead.end(1);
            String candidate = MARKUP.matcher(lead.group(1)).replaceAll("").strip();
            int words = candidate.split("\\s+").length;
            if (words < 2 || words > MAX_LEAD_WORDS) {
                continue;
            }
            Set<String> terms = new HashSet<>();
            for (AnalyzedToken w : text.words()) {
                if (w.endOffset() <= end) {
                    terms.add(w.term());
                }
            }
            boolean shared = terms.stream().allMatch(t -> wanted.contains(t) || membersWith(phrases, t) >= share);
            boolean adds = terms.size() > wanted.size();
            if (terms.containsAll(wanted) && shared && adds && (found == null || candidate.length() < found.length()
                    || (candidate.length() == found.length() && candidate.compareTo(found) < 0))) {
                found = candidate;
            }
        }
        return java.util.Optional.ofNullable(found);
    }

    /** How many members hold a one-word phrase (0 when none does). */
    private static int membersWith(Map<String, Phrase> phrases, String term) {
        Phrase p = phrases.get(term);
        return p == null ? 0 : p.members;
    }

    private Phrase best(Map<String, Phrase> phrases, int minMembers) {
        Phrase best = null;
        double bestScore = -1;
        for (Phrase p : phrases.values()) {
            if (p.members < minMembers || edgeAdverb(p.key)) {
                continue;
            }
            double score = p.members * weight(p.key);
            if (best == null || score > bestScore + 1e-9
                    || (Math.abs(score - bestScore) <= 1e-9 && p.key.compareTo(best.key) < 0)) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    List<String> topTerms(List<Integer> members) {
        Map<String, Integer> coverage = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (int m : members) {
            Set<String> seen = new HashSet<>();
            for (AnalyzedToken w : texts.get(m).words()) {
                if (seen.add(w.term())) {
                    coverage.merge(w.term(), 1, Integer::sum);
                }
                surfaces.computeIfAbsent(w.term(), x -> new LinkedHashMap<>()).merge(w.surface(), 1, Integer::sum);
            }
        }
        List<String> terms = new ArrayList<>(coverage.keySet());
        terms.sort((x, y) -> {
            int c = Double.compare(termScore(y, coverage.get(y)), termScore(x, coverage.get(x)));
            return c != 0 ? c : x.compareTo(y);
        });
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (String t : terms) {
            if (out.size() == config.topTerms()) {
                break;
            }
            String surface = mostCommon(surfaces.get(t));
            if (used.add(surface)) {
                out.add(surface);
            }
        }
        return out;
    }

    /**
     * The members of a group by closeness to its centroid, closest first (ties: shorter text,
     * then lower number), from their vectors and texts (in the same order). The first is the
     * example; only the first {@value #DESCRIBE_MEMBERS} are analyzed for the label and top
     * terms, which keeps describing a huge group cheap.
     */
    static List<Integer> central(List<SparseVector> vectors, List<String> texts) {
        Map<Integer, Double> centroid = new HashMap<>();
        for (SparseVector v : vectors) {
            for (int k = 0; k < v.ids().length; k++) {
                centroid.merge(v.ids()[k], v.weights()[k], Double::sum);
            }
        }
        double[] closeness = new double[vectors.size()];
        for (int m = 0; m < closeness.length; m++) {
            SparseVector v = vectors.get(m);
            double s = 0;
            for (int k = 0; k < v.ids().length; k++) {
                s += v.weights()[k] * centroid.get(v.ids()[k]);
            }
            closeness[m] = s;
        }
        List<Integer> out = new ArrayList<>(vectors.size());
        for (int m = 0; m < closeness.length; m++) {
            out.add(m);
        }
        out.sort((x, y) -> {
            int c = Double.compare(closeness[y], closeness[x]);
            if (c != 0) {
                return c;
            }
            c = Integer.compare(texts.get(x).length(), texts.get(y).length());
            return c != 0 ? c : Integer.compare(x, y);
        });
        return List.copyOf(out.subList(0, Math.min(out.size(), DESCRIBE_MEMBERS)));
    }

    private double termScore(String term, int members) {
        return members * space.idf(term) * (isName(term) ? 1.0 / 3 : 1.0);
    }

    private boolean isName(String term) {
        int[] c = capitals.getOrDefault(term, new int[2]);
        return space.isName(term, c[0], c[1]);
    }

    private double weight(String key) {
        String[] terms = key.split(" ");
        Set<String> distinct = new HashSet<>(List.of(terms));
        double sum = 0;
        for (String t : distinct) {
            sum += space.idf(t) * (isName(t) ? 1.0 / 3 : 1.0);
        }
        return terms.length == 1 ? sum * SINGLE_WORD : sum;
    }

    /**
     * The most common wording of a phrase, with a negation in front when most members have
     * one: then the wording that uses the most common negation word and the most common
     * wording of the phrase itself ("no" twice and "missing" once give "no alert on ...").
     */
    private String wording(Phrase p) {
        Map<String, Integer> plain = new LinkedHashMap<>();
        Map<String, String> plainFirst = new HashMap<>();
        Map<String, Integer> negationWords = new HashMap<>();
        List<String[]> negated = new ArrayList<>();
        Set<Integer> negatedMembers = new HashSet<>();
        Set<Integer> allMembers = new HashSet<>();
        for (Occurrence o : p.occurrences) {
            String text = texts.get(o.member).text();
            String slice = text.substring(o.start, o.end);
            count(plain, plainFirst, slice);
            allMembers.add(o.member);
            Matcher neg = NEGATION.matcher(text.substring(Math.max(0, o.start - 24), o.start));
            if (neg.find()) {
                String word = neg.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                negationWords.merge(word, 1, Integer::sum);
                negated.add(new String[] {word, normalise(slice), text.substring(o.start - neg.group(1).length(), o.end)});
                negatedMembers.add(o.member);
            }
        }
        if (2 * negatedMembers.size() >= allMembers.size() && !negated.isEmpty()) {
            String[] best = null;
            long bestScore = -1;
            for (String[] n : negated) {
                long score = negationWords.get(n[0]) * 1_000_000L + plain.get(n[1]) * 1_000L;
                String shown = n[2].replaceAll("\\s+", " ");
                if (score > bestScore) {
                    best = new String[] {n[0], n[1], shown};
                    bestScore = score;
                }
            }
            return best[2];
        }
        return plainFirst.get(mostCommon(plain));
    }

    private static String normalise(String slice) {
        return slice.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static void count(Map<String, Integer> counts, Map<String, String> first, String slice) {
        String key = normalise(slice);
        counts.merge(key, 1, Integer::sum);
        first.putIfAbsent(key, slice.replaceAll("\\s+", " "));
    }

    /** The key with the highest count; ties go to the key counted first (the most central member). */
    private static String mostCommon(Map<String, Integer> counts) {
        String best = null;
        int top = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > top) {
                best = e.getKey();
                top = e.getValue();
            }
        }
        return best;
    }

    /** Lower-cases the first letter unless the first word is an acronym ("DNS", "TLS"). */
    static String display(String label) {
        if (label.length() >= 2 && Character.isUpperCase(label.charAt(0)) && !Character.isUpperCase(label.charAt(1))) {
            return Character.toLowerCase(label.charAt(0)) + label.substring(1);
        }
        return label;
    }

    private static boolean adjacent(String text, AnalyzedToken left, AnalyzedToken right) {
        if (right.position() - left.position() > 2 || right.startOffset() < left.endOffset()) {
            return false;
        }
        String between = text.substring(left.endOffset(), right.startOffset());
        if (BREAK.matcher(between).find()) {
            return false;
        }
        // the word skipped may link a noun phrase ("alert on lag", "lack of tests"), not start a
        // clause: "plugin whose version", "release and made rollback" name nothing
        return right.position() - left.position() < 2 || !CLAUSE_WORDS.contains(between.strip().toLowerCase(Locale.ROOT));
    }

    /** Adverbs that name nothing at either end of a label ("defaults instead", "again outage"). */
    private static final Set<String> ADVERBS = Set.of("instead", "also", "again", "only", "even", "just", "still", "yet", "too", "already",
            "always", "never", "often", "usually", "later", "earlier", "first", "then", "anyway");

    private static boolean edgeAdverb(String key) {
        int space = key.indexOf(' ');
        return space > 0 && (ADVERBS.contains(key.substring(0, space)) || ADVERBS.contains(key.substring(key.lastIndexOf(' ') + 1)));
    }

    /** Stop words that join clauses rather than the words of one noun phrase. */
    private static final Set<String> CLAUSE_WORDS = Set.of("and", "or", "but", "nor", "that", "which", "whose", "who", "whom", "when",
            "while", "where", "because", "so", "if", "than", "then", "is", "are", "was", "were", "be", "been", "being", "has", "have",
            "had", "it", "its", "they", "their", "we", "our", "not", "no", "there", "these", "those", "this");

    private static final class Phrase {
        final String key;
        final List<Occurrence> occurrences = new ArrayList<>();
        int members;

        Phrase(String key) {
            this.key = key;
        }
    }

    private record Occurrence(int member, int start, int end) {}
}
