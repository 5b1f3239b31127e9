package org.faqbot.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Emits the parts of each Dutch compound after the compound itself, at the same position and with the
 * same offsets, typed {@value #PART_TYPE}. Runs after stemming, on stems: the splitter's dictionary maps
 * both words and stems to the stem a part is emitted as.
 */
final class CompoundSplitFilter extends TokenFilter {

    /** The token type of an emitted part, so a query can weigh a part below the whole word. */
    static final String PART_TYPE = "compound-part";

    private final CompoundSplitter splitter;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private final PositionLengthAttribute posLenAtt = addAttribute(PositionLengthAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);
    private final Deque<String> pendingParts = new ArrayDeque<>();
    private AttributeSource.State compoundState;

    CompoundSplitFilter(TokenStream input, CompoundSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pendingParts.isEmpty()) {
            restoreState(compoundState);
            termAtt.setEmpty().append(pendingParts.removeFirst());
            posIncAtt.setPositionIncrement(0);
            posLenAtt.setPositionLength(1);
            typeAtt.setType(PART_TYPE);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        splitter.split(termAtt.toString()).ifPresent(parts -> {
            pendingParts.addAll(parts);
            compoundState = captureState();
        });
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingParts.clear();
        compoundState = null;
    }
}
