package org.thematica.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

class StyleDiffTest {
    static StyleSpans<String> spans(String perChar) {
        StyleSpansBuilder<String> b = new StyleSpansBuilder<>();
        for (char c : perChar.toCharArray()) {
            b.add(String.valueOf(c), 1);
        }
        return b.create();
    }

    @Test
    void findsTheChangedStretch() {
        assertThat(StyleDiff.changed(spans("aaabbbccc"), spans("aaaxxbccc"))).containsExactly(3, 5);
        assertThat(StyleDiff.changed(spans("aaabbbccc"), spans("aaabbbccc"))).isNull();
        assertThat(StyleDiff.changed(spans("abc"), spans("xbc"))).containsExactly(0, 1);
        assertThat(StyleDiff.changed(spans("abc"), spans("abx"))).containsExactly(2, 3);
        assertThat(StyleDiff.changed(spans("abc"), spans("abcd"))).containsExactly(0, 4);
    }

    @Test
    void agreesWithACharacterByCharacterComparison() {
        Random random = new Random(9);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(40);
            char[] a = new char[n];
            for (int i = 0; i < n; i++) {
                a[i] = (char) ('a' + random.nextInt(3));
            }
            char[] b = a.clone();
            for (int k = random.nextInt(4); k > 0; k--) {
                b[random.nextInt(n)] = (char) ('a' + random.nextInt(3));
            }
            int first = -1;
            int last = -1;
            for (int i = 0; i < n; i++) {
                if (a[i] != b[i]) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            int[] changed = StyleDiff.changed(spans(new String(a)), spans(new String(b)));
            if (first < 0) {
                assertThat(changed).isNull();
            } else {
                assertThat(changed).containsExactly(first, last + 1);
            }
        }
    }
}
