package io.hindsight.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a document is written, in whole or in part, in one of the other languages whose words
 * the phase glossary reads (French, Spanish, Portuguese, German, Italian, Dutch, Swedish, Norwegian,
 * Danish, Polish, Czech, Finnish, Turkish, Vietnamese): it holds several of those languages' commonest small words, which hardly any
 * English sentence has, or Chinese, Japanese or Korean written at length. Two kinds are enough where the text has letters beyond ASCII (é, ã, ß),
 * three where it has none. Read in one pass over the text.
 */
final class OtherLanguages {
    private OtherLanguages() {
    }

    /** Small words that run through any sentence of those languages and hardly any English one. */
    private static final List<String> MARKERS = List.of(
            // French
            "de", "la", "le", "les", "des", "du", "et", "une", "pour", "avec", "est", "au", "aux", "sur", "dans", "pas", "qui", "à",
            // Spanish and Portuguese
            "que", "el", "los", "las", "del", "por", "con", "en", "y", "em", "não", "uma", "para", "dos", "da", "ao", "os", "e", "o", "é",
            // German, Italian, Polish, Turkish, Vietnamese
            "der", "und", "mit", "nicht", "den", "ist", "auf", "von", "è", "di", "della", "il", "się", "nie", "ve", "bir", "için",
            "và", "của", "được",
            // Dutch (with French "de" and Spanish "en")
            "het", "een", "van", "bij",
            // Swedish, Norwegian and Danish
            "och", "att", "är", "inte", "för", "på", "som", "av", "ett", "og", "ikke", "til", "af", "efter", "etter", "blev", "ble",
            "det", "er",
            // Polish, Czech and Finnish (with Polish "się" and "nie" above)
            "jest", "oraz", "że", "był", "była", "został", "przez", "jsme", "bylo", "byl", "které", "pro", "se", "je", "ja", "ei", "oli",
            "että", "kun", "joka", "myös", "sekä", "mutta", "koska", "jälkeen", "kaikki", "tai",
            "w", "z", "i", "na", "od", "dla", "jak", "v", "k", "ve", "jako", "ale", "už",
            "noin", "kuin", "niin", "jo", "vain", "jos", "eli", "sen", "ole");
    /** The longest marker: a longer word is none. */
    private static final int LONGEST = MARKERS.stream().mapToInt(String::length).max().orElse(0);
    /** The markers by their first character (folded into 128 buckets), as indexes into {@link #MARKERS}. */
    private static final int[][] BY_FIRST = byFirst(MARKERS);

    /**
     * English's own small words: a document whose other-language words are a few names and quotes
     * among far more of these ("Clos du Bas", "quota de données épuisé" in an English write-up) is
     * English.
     */
    private static final List<String> ENGLISH = List.of("the", "and", "to", "of", "was", "is", "with", "for", "at", "on",
            "we", "it", "from", "by", "after", "not", "but");
    private static final int[][] ENGLISH_BY_FIRST = byFirst(ENGLISH);

    private static int[][] byFirst(List<String> words) {
        List<List<Integer>> buckets = new ArrayList<>();
        for (int b = 0; b < 128; b++) {
            buckets.add(new ArrayList<>());
        }
        for (int m = 0; m < words.size(); m++) {
            buckets.get(words.get(m).charAt(0) & 127).add(m);
        }
        int[][] out = new int[128][];
        for (int b = 0; b < 128; b++) {
            out[b] = buckets.get(b).stream().mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /** The index in {@code words} of the word that stands at {@code start} to {@code end} of the text, or -1. */
    private static int wordAt(String text, int start, int end, List<String> words, int[][] byFirst) {
        for (int m : byFirst[text.charAt(start) & 127]) {
            String w = words.get(m);
            if (w.length() == end - start && text.regionMatches(start, w, 0, w.length())) {
                return m;
            }
        }
        return -1;
    }

    /** How many of English's small words per other-language marker word, at most, still leave a document in another language. */
    private static final int ENGLISH_PER_MARKER = 10;

    /** How many Chinese, Japanese or Korean characters make a document one written in those languages, in part. */
    private static final int CJK_ENOUGH = 40;

    /** Whether a character is Chinese, Japanese or Korean (Han, Hangul, Hiragana or Katakana). */
    static boolean isCjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HANGUL || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    static boolean present(String text) {
        long[] seen = new long[(MARKERS.size() + Long.SIZE - 1) / Long.SIZE]; // the markers met, one bit each
        int kinds = 0;
        int markers = 0;
        int english = 0;
        boolean beyondAscii = false;
        int n = text.length();
        int cjk = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > 0x7F && !beyondAscii && Character.isLetter(c)) {
                beyondAscii = true;
            }
            if (c >= 0x3040 && isCjk(c) && ++cjk >= CJK_ENOUGH) {
                return true; // Chinese, Japanese or Korean written at length: the glossary's characters are read
            }
            if (c != ' ' || i + 2 >= n) {
                continue;
            }
            // the word after this space, if a marker and followed by a space
            int start = i + 1;
            int end = start;
            int limit = Math.min(n, start + LONGEST + 1);
            while (end < limit && text.charAt(end) != ' ') {
                end++;
            }
            if (end >= n || text.charAt(end) != ' ' || end == start) {
                continue;
            }
            if (wordAt(text, start, end, ENGLISH, ENGLISH_BY_FIRST) >= 0) {
                english++;
                continue;
            }
            int m = wordAt(text, start, end, MARKERS, BY_FIRST);
            if (m >= 0) {
                markers++;
                long bit = 1L << (m & 63);
                if ((seen[m >>> 6] & bit) == 0) {
                    seen[m >>> 6] |= bit;
                    kinds++;
                }
            }
        }
        return (kinds >= 3 || kinds >= 2 && beyondAscii) && markers * ENGLISH_PER_MARKER >= english;
    }
}
