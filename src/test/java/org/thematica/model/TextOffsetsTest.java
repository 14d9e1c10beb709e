package org.thematica.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextOffsetsTest {
    @Test
    void theIndexConvertsEveryOffsetAsCountingFromTheStartDoes() {
        // emoji (pairs), one at the very end, a lone low and a lone high surrogate, Arabic and a combining mark
        String text = "😀a😀😀 e\u0301 \uDC00x\uD800 السلام 👍🏽😀";
        TextOffsets.CodePointIndex index = TextOffsets.codePointIndex(text);
        for (int i = 0; i <= text.length(); i++) {
            assertThat(index.toCodePoints(i)).as("offset %d", i).isEqualTo(TextOffsets.toCodePoints(text, i));
        }
        assertThat(index.codePoints()).isEqualTo(text.codePointCount(0, text.length()));
        assertThatThrownBy(() -> index.toCodePoints(text.length() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(TextOffsets.codePointIndex("").codePoints()).isZero();
    }
}
