package dev.maangtracker.core.analytics;

import dev.maangtracker.core.analytics.internal.CodeComments;
import dev.maangtracker.core.analytics.internal.TokenizedText;
import dev.maangtracker.core.analytics.internal.Tokenizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Complexity and edge cases of a code explanation, from the answer text and the code's comments
 * (see {@link ComplexityParser} and {@link EdgeCaseDetector}). Applies to
 * {@link AnswerKind#CODE_EXPLANATION} answers and to any answer that came with code. Stateless and
 * thread-safe.
 */
final class CodeExplanationAnalyzer {

    Optional<CodeExplanation> analyzeIfCode(AnswerKind kind, TokenizedText text, Optional<String> code) {
        if (kind != AnswerKind.CODE_EXPLANATION && code.isEmpty()) {
            return Optional.empty();
        }
        TokenizedText comments = Tokenizer.tokenize(code.map(CodeComments::extract).orElse(""));
        List<ComplexityClaim> textClaims = ComplexityParser.parse(text);
        List<ComplexityClaim> commentClaims = ComplexityParser.parse(comments);
        List<ComplexityClaim> claims = new ArrayList<>(textClaims);
        claims.addAll(commentClaims);
        Set<EdgeCase> edgeCases = EnumSet.noneOf(EdgeCase.class);
        edgeCases.addAll(EdgeCaseDetector.detect(text));
        edgeCases.addAll(EdgeCaseDetector.detect(comments));
        return Optional.of(new CodeExplanation(
                last(textClaims, ComplexityDimension.TIME).or(() -> last(commentClaims, ComplexityDimension.TIME)),
                last(textClaims, ComplexityDimension.SPACE).or(() -> last(commentClaims, ComplexityDimension.SPACE)),
                claims, edgeCases));
    }

    /** The last claim of a dimension that is not an alternative; failing that, the last alternative. */
    private static Optional<String> last(List<ComplexityClaim> claims, ComplexityDimension dimension) {
        Optional<String> alternative = Optional.empty();
        for (int i = claims.size() - 1; i >= 0; i--) {
            ComplexityClaim claim = claims.get(i);
            if (claim.dimension() != dimension) {
                continue;
            }
            if (!claim.alternative()) {
                return Optional.of(claim.notation());
            }
            if (alternative.isEmpty()) {
                alternative = Optional.of(claim.notation());
            }
        }
        return alternative;
    }
}
