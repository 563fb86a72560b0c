package io.hindsight.text;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Drops the shingles that {@link org.apache.lucene.analysis.shingle.ShingleFilter} builds
 * across a removed stop word (they hold an empty filler, so start or end with the separator,
 * or hold it twice): "alerting on consumer lag" gives "consumer lag" but not "alert consumer".
 */
final class NoGapShingleFilter extends FilteringTokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    NoGapShingleFilter(TokenStream in) {
        super(in);
    }

    @Override
    protected boolean accept() {
        if (!IncidentAnalyzer.SHINGLE_TYPE.equals(type.type())) {
            return true;
        }
        int length = term.length();
        if (length == 0 || term.charAt(0) == ' ' || term.charAt(length - 1) == ' ') {
            return false;
        }
        for (int i = 1; i < length; i++) {
            if (term.charAt(i) == ' ' && term.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }
}
