package io.hindsight.text;

import java.util.List;
import java.util.Objects;

/**
 * A text after the incident analyzer.
 *
 * @param text the original text
 * @param words its words in order, stop words removed
 * @param shingles its two-word shingles in order (analyzed terms joined by a space)
 */
public record AnalyzedText(String text, List<AnalyzedToken> words, List<String> shingles) {
    public AnalyzedText {
        Objects.requireNonNull(text, "text");
        words = List.copyOf(words);
        shingles = List.copyOf(shingles);
    }

    /** The analyzed terms of the words, in order. */
    public List<String> terms() {
        return words.stream().map(AnalyzedToken::term).toList();
    }
}
