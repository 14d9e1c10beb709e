package org.thematica;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The app's JVM options: the build's, unless the user gave one of the same kind. */
class AppJvmOptionsTest {
    @Test
    void theBuildWritesThePomsOptionsForTheJar() {
        // target/classes holds the filtered app-jvm.properties, as the jar does
        assertThat(AppJvmOptions.configured()).isNotEmpty().allMatch(o -> o.startsWith("-X") && !o.contains("${"));
    }

    @Test
    void optionsOfOneKindAreRecognised() {
        assertThat(AppJvmOptions.kind("-XX:+UseSerialGC")).isEqualTo(AppJvmOptions.kind("-XX:+UseG1GC"));
        assertThat(AppJvmOptions.kind("-XX:TieredStopAtLevel=1")).isEqualTo(AppJvmOptions.kind("-XX:TieredStopAtLevel=4"));
        assertThat(AppJvmOptions.kind("-Xmx768m")).isEqualTo(AppJvmOptions.kind("-Xmx4g"));
        assertThat(AppJvmOptions.kind("-Xmx768m")).isNotEqualTo(AppJvmOptions.kind("-Xms8m"));
        assertThat(AppJvmOptions.kind("-XX:+UseSerialGC")).isNotEqualTo(AppJvmOptions.kind("-XX:+UseStringDeduplication"));
    }

    @Test
    void theUsersOwnOptionReplacesOursOfTheSameKind() {
        List<String> ours = AppJvmOptions.configured();
        assertThat(AppJvmOptions.defaults(List.of())).isEqualTo(ours);
        List<String> withOwn = AppJvmOptions.defaults(List.of("-XX:+UseG1GC", "-Xmx4g", "-Dthematica.home=/x"));
        assertThat(withOwn).noneMatch(o -> o.startsWith("-Xmx") || o.matches("-XX:[+-]Use\\w*GC"));
        assertThat(withOwn).containsAll(ours.stream().filter(o -> !o.startsWith("-Xmx") && !o.matches("-XX:[+-]Use\\w*GC"))
                .toList());
    }
}
