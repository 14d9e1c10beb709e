package org.thematica.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextDirectionTest {
    @Test
    void firstStrongCharacterDecides() {
        assertThat(TextDirection.isRightToLeft("الفراغ الأمني", 0, 13)).isTrue();
        assertThat(TextDirection.isRightToLeft("1. שלום", 0, 7)).isTrue();
        assertThat(TextDirection.isRightToLeft("Hassan: الفراغ", 0, 14)).isFalse();
        assertThat(TextDirection.isRightToLeft("123 ...", 0, 7)).isFalse();
        assertThat(TextDirection.isRightToLeft("Karim: hi\nالمحاور: سؤال", 10, 23)).isTrue();
    }
}
