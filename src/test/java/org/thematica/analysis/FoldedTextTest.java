package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast, cached folding gives exactly what folding each code point on its own gives. */
class FoldedTextTest {
    private static final String ALPHABET = "aZ 09,.'-\n\tÉéİıŞşĞğÇçÖöÜüßǄﬁ"
            + "الفراغ الأمني مدمّرة" + "\u0301\u064E\u0651" + "한국어中文" + "😀𝐀" + "\uD800\uDFFF";

    @Test
    void matchesFoldingOneCodePointAtATime() {
        Random random = new Random(20261121);
        int[] points = ALPHABET.codePoints().toArray();
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(points[random.nextInt(points.length)]);
            }
            if (random.nextInt(10) == 0) {
                text.append('\uD800'); // a lone surrogate at the end
            }
            check(text.toString());
        }
        check("x".repeat(10_000) + "İ".repeat(5_000)); // grows past its first guess
    }

    private static void check(String text) {
        StringBuilder folded = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            for (char c : FoldedText.fold(cp).toCharArray()) {
                origin.add(i);
                folded.append(c);
            }
            i += Character.charCount(cp);
        }
        FoldedText f = FoldedText.of(text);
        assertThat(f.folded()).as(text).isEqualTo(folded.toString());
        for (int k = 0; k < origin.size(); k++) {
            assertThat(f.originalStart(k)).as("%s at %d", text, k).isEqualTo(origin.get(k));
        }
        if (!folded.isEmpty()) { // a match at the end takes the marks after it
            assertThat(f.originalEnd(folded.length())).as(text).isEqualTo(text.length());
        }
    }
}
