package io.hindsight.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The word lists of the incident analyzer, read from versioned resource files beside this
 * class: {@code stopwords.txt} (one word a line) and {@code synonyms.txt} (Solr synonym
 * format, {@code a, b, c => canonical}). Immutable; {@link #builtIn()} is read once.
 */
public final class WordLists {
    private static final String STOP_WORDS = "stopwords.txt";
    private static final String SYNONYMS = "synonyms.txt";

    private static volatile WordLists builtIn;

    private final Set<String> stopWords;
    private final String synonymRules;
    private final Set<String> canonicalTerms;

    private WordLists(Set<String> stopWords, String synonymRules) {
        this.stopWords = Collections.unmodifiableSet(new TreeSet<>(stopWords));
        this.synonymRules = synonymRules;
        this.canonicalTerms = Collections.unmodifiableSet(canonicals(synonymRules));
    }

    /** The lists shipped with Hindsight. */
    public static WordLists builtIn() {
        WordLists lists = builtIn;
        if (lists == null) {
            lists = new WordLists(readStopWords(resource(STOP_WORDS), STOP_WORDS), resource(SYNONYMS));
            builtIn = lists;
        }
        return lists;
    }

    /**
     * Lists given as text, in the formats of the resource files (for tests and for callers
     * that keep their own lists).
     */
    public static WordLists of(String stopWordsText, String synonymRules) {
        Objects.requireNonNull(stopWordsText, "stopWordsText");
        Objects.requireNonNull(synonymRules, "synonymRules");
        return new WordLists(readStopWords(stopWordsText, "stop words"), synonymRules);
    }

    /** Lower-case stop words, sorted. */
    public Set<String> stopWords() {
        return stopWords;
    }

    /** The synonym rules in Solr format, as read. */
    public String synonymRules() {
        return synonymRules;
    }

    /** The right-hand sides of the synonym rules: the terms the analyzer never stems. */
    public Set<String> canonicalTerms() {
        return canonicalTerms;
    }

    private static String resource(String name) {
        try (InputStream in = WordLists.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + WordLists.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }

    private static Set<String> readStopWords(String text, String source) {
        Set<String> words = new TreeSet<>();
        for (String line : lines(text)) {
            String word = stripComment(line);
            if (word.isEmpty()) {
                continue;
            }
            if (word.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("stop word with a space in " + source + ": '" + word + "'");
            }
            words.add(word.toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static Set<String> canonicals(String rules) {
        Set<String> out = new TreeSet<>();
        for (String line : lines(rules)) {
            String rule = stripComment(line);
            int arrow = rule.indexOf("=>");
            if (arrow < 0) {
                continue;
            }
            for (String right : rule.substring(arrow + 2).split(",")) {
                String term = right.trim().toLowerCase(Locale.ROOT);
                if (!term.isEmpty()) {
                    out.add(term);
                }
            }
        }
        return out;
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).trim();
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\\R", -1));
    }
}
