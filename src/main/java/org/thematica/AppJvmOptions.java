package org.thematica;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The JVM options the app runs with (garbage collector, heap, compiler), chosen by measurement
 * (bench/results.md, "Start and memory of the real app"). Their one home is the pom's
 * {@code app.jvm.options}: {@code mvn javafx:run} passes it, and the build writes it into
 * {@code app-jvm.properties} for the jar, which starts the app's JVM with it. An option the user
 * gives ({@code java -Xmx4g -jar thematica.jar}) replaces ours of the same kind.
 */
final class AppJvmOptions {
    private AppJvmOptions() {
    }

    /** Our options that {@code given} (the options this JVM was started with) does not override. */
    static List<String> defaults(List<String> given) {
        List<String> ours = new ArrayList<>();
        for (String option : configured()) {
            if (given.stream().noneMatch(g -> kind(g).equals(kind(option)))) {
                ours.add(option);
            }
        }
        return ours;
    }

    static List<String> configured() {
        Properties p = new Properties();
        try (InputStream in = AppJvmOptions.class.getResourceAsStream("app-jvm.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return List.of();
        }
        String options = p.getProperty("options", "");
        if (options.contains("${")) {
            return List.of(); // not filtered by Maven (an IDE's build): the JVM's own defaults
        }
        return Arrays.stream(options.strip().split("\\s+")).filter(o -> !o.isBlank()).toList();
    }

    /**
     * What an option sets, so that two of one kind are recognised: {@code -Xmx}, {@code -Xss}...
     * by their letters, a {@code -XX} flag by its name, and every collector choice as one kind
     * (the JVM refuses two).
     */
    static String kind(String option) {
        if (option.startsWith("-XX:")) {
            String name = option.substring(4).replaceFirst("^[+-]", "").replaceFirst("=.*", "");
            return name.matches("Use\\w*GC") ? "collector" : name;
        }
        if (option.matches("-X(mx|ms|mn|ss)\\S*")) {
            return option.substring(0, 4);
        }
        return option.replaceFirst("[=:].*", "");
    }
}
