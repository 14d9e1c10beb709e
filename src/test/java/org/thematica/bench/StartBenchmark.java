package org.thematica.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.thematica.model.Document;
import org.thematica.model.DocumentKind;
import org.thematica.service.ImportService;
import org.thematica.service.Progress;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.ui.shell.StartupReport;

/**
 * Starts the app as a user does, {@code java -jar target/thematica.jar [project]}, in a real window
 * (an X display, such as Xvfb), and measures, from launching that command to the moment the
 * window is usable (the first document's text laid out and the codebook filled, as
 * {@link StartupReport} prints it): the time, the app's CPU time, and the app process's peak
 * resident memory (VmHWM) once it has settled. Scenarios:
 * <ul>
 *   <li>{@code first}: a new data folder each run (JavaFX unpacked, the demo built, nothing cached);
 *   <li>{@code demo}: the demo again, the data folder kept (after one unmeasured first run);
 *   <li>{@code coding}: a project whose one transcript is 1.3 MB in 48,000 short lines with 5,000
 *       codings (the coding view of issue 11's memory row), scrolled with the mouse wheel when
 *       xdotool is there;
 *   <li>{@code large}: the 10-million-word project of {@link ProjectGenerator} (must open).
 * </ul>
 * Medians over {@code -Dbench.runs} (5) runs, with the load average before each run; appended to
 * bench/results.md. {@code -Dbench.jar=…} measures another build, {@code -Dbench.label=…} names the
 * table, {@code -Dbench.jvmArgs="-X…"} adds JVM options to the command (to compare settings),
 * {@code -Dbench.scenarios=demo,coding} chooses. The large project is generated once into
 * {@code -Dbench.cache} (target/bench-cache).
 *
 * <p>Run: {@code DISPLAY=:99 mvn -q -Pbench verify}, or after {@code mvn -q package}:
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) org.thematica.bench.StartBenchmark}.
 */
public final class StartBenchmark {
    private StartBenchmark() {
    }

    /** One launch: times in ms, memory in MB, the one-minute load average just before. */
    record Launch(double usableMs, double cpuMs, double hwmMb, double launcherHwmMb, double load) {
    }

    public static void main(String[] args) throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            System.out.println("StartBenchmark: no DISPLAY; it measures a real window (start Xvfb). Skipped.");
            return;
        }
        Path jar = Path.of(System.getProperty("bench.jar", "target/thematica.jar")).toAbsolutePath();
        int runs = Integer.getInteger("bench.runs", 5);
        List<String> jvmArgs = words(System.getProperty("bench.jvmArgs", ""));
        List<String> scenarios = words(System.getProperty("bench.scenarios", "first,demo,coding,large").replace(',', ' '));
        String label = System.getProperty("bench.label", "");
        Path dir = Files.createTempDirectory("thematica-start-bench");
        StringBuilder table = new StringBuilder("| scenario | n | usable after: median (min–max) | app CPU until usable"
                + " | peak RSS of the app (VmHWM) | peak RSS of the launcher JVM | load average (1 min) |\n"
                + "|---|---|---|---|---|---|---|\n");
        Launcher launcher = new Launcher(jar, jvmArgs);
        for (String scenario : scenarios) {
            List<Launch> launches = new ArrayList<>();
            switch (scenario) {
                case "first" -> {
                    for (int i = 0; i < runs; i++) {
                        launches.add(launcher.run(Files.createTempDirectory(dir, "home"), null, false));
                    }
                }
                case "demo" -> {
                    Path home = dir.resolve("home-demo");
                    launcher.run(home, null, false); // the first run: unpacks, builds the demo
                    for (int i = 0; i < runs; i++) {
                        launches.add(launcher.run(home, null, false));
                    }
                }
                case "coding" -> {
                    Path home = dir.resolve("home-coding");
                    Path project = codingProject(dir.resolve("coding.thematica"));
                    launcher.run(home, project, false);
                    for (int i = 0; i < runs; i++) {
                        launches.add(launcher.run(home, project, true));
                    }
                }
                case "large" -> {
                    Path home = dir.resolve("home-large");
                    Path project = largeProject();
                    for (int i = 0; i < Integer.getInteger("bench.largeRuns", 1); i++) {
                        launches.add(launcher.run(home, project, false));
                    }
                }
                default -> throw new IllegalArgumentException("unknown scenario " + scenario);
            }
            table.append(row(describe(scenario), launches));
            System.out.print(row(describe(scenario), launches));
        }
        String section = "\n## Start and memory of the real app" + (label.isBlank() ? "" : ", " + label) + " — "
                + LocalDate.now() + "\n\n`java " + String.join(" ", jvmArgs) + (jvmArgs.isEmpty() ? "" : " ")
                + "-jar " + jar.getFileName() + " [project]` started " + runs + " times per scenario by"
                + " bench.StartBenchmark, in a real window (Xvfb " + display + ", metacity), timed from launching the"
                + " command to the first document's text laid out with the codebook filled. Machine: "
                + MachineInfo.describe().replaceFirst(", max heap \\d+ MB", "") + ". Other builds shared the cores:"
                + " the load average is given for each scenario.\n\n" + table;
        Path results = Path.of("bench", "results.md");
        Files.writeString(results, section, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        System.out.println("appended to " + results.toAbsolutePath());
        ProjectGenerator.deleteTree(dir);
        System.exit(0);
    }

    private static String describe(String scenario) {
        return switch (scenario) {
            case "first" -> "first start: new data folder, demo built";
            case "demo" -> "start on the demo";
            case "coding" -> "1.3 MB transcript (48,000 lines), 5,000 codings, scrolled";
            case "large" -> "large project: 1,000 transcripts, 10M words, 200,000 codings";
            default -> scenario;
        };
    }

    /** Starts the jar, waits until usable, lets it settle, reads its memory, closes it. */
    private record Launcher(Path jar, List<String> jvmArgs) {
        Launch run(Path home, Path project, boolean scroll) throws Exception {
            Files.createDirectories(home);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmArgs);
            command.addAll(List.of("-Dthematica.startup.report=true", "-jar", jar.toString()));
            if (project != null) {
                command.add(project.toString());
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("THEMATICA_HOME", home.toString());
            double load = MachineInfo.loadAverage();
            CompletableFuture<Long> usable = new CompletableFuture<>();
            List<String> output = Collections.synchronizedList(new ArrayList<>());
            long start = System.nanoTime();
            Process process = builder.start();
            Thread reader = new Thread(() -> read(process, usable, output), "bench-output");
            reader.setDaemon(true);
            reader.start();
            try {
                long at = usable.get(180, TimeUnit.SECONDS);
                ProcessHandle app = appProcess(process.toHandle());
                double cpu = cpuMs(app);
                settle(app);
                if (scroll) {
                    scroll(app);
                    settle(app);
                }
                Launch launch = new Launch((at - start) / 1e6, cpu, kb(app, "VmHWM") / 1024.0,
                        app.pid() == process.pid() ? 0 : kb(process.toHandle(), "VmHWM") / 1024.0, load);
                System.out.printf(Locale.ROOT, "  %s%s: usable after %.0f ms, cpu %.0f ms, VmHWM %.0f MB (launcher %.0f MB),"
                        + " load %.2f%n", home.getFileName(), project == null ? "" : " " + project.getFileName(),
                        launch.usableMs(), launch.cpuMs(), launch.hwmMb(), launch.launcherHwmMb(), load);
                close(process, app);
                return launch;
            } catch (java.util.concurrent.TimeoutException e) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("the app did not become usable; its output:\n" + String.join("\n", output), e);
            }
        }

        private static void read(Process process, CompletableFuture<Long> usable, List<String> output) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith(StartupReport.PREFIX)) {
                        usable.complete(System.nanoTime());
                    }
                    output.add(line);
                }
            } catch (IOException e) {
                usable.completeExceptionally(e);
            }
        }

        /** The JVM that shows the window: the jar starts it as its child (JavaFX as modules). */
        private static ProcessHandle appProcess(ProcessHandle launcher) {
            return launcher.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                    .reduce((a, b) -> b).orElse(launcher);
        }

        /** Closes the app as a user's Ctrl-C would (the launcher passes it on) and waits for both to end. */
        private static void close(Process process, ProcessHandle app) throws Exception {
            process.destroy();
            process.onExit().get(60, TimeUnit.SECONDS);
            app.onExit().get(120, TimeUnit.SECONDS); // a first run may still be writing its class archive
        }
    }

    /** Waits until the app has used under 30 ms of CPU in a second (its views computed), at most 30 s. */
    private static void settle(ProcessHandle app) throws InterruptedException {
        double before = cpuMs(app);
        for (int i = 0; i < 30; i++) {
            Thread.sleep(1000);
            double now = cpuMs(app);
            if (now - before < 30) {
                return;
            }
            before = now;
        }
    }

    private static double cpuMs(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L) / 1e6;
    }

    /** Turns the mouse wheel 40 notches over the transcript (the upper middle of the window). */
    private static void scroll(ProcessHandle app) throws Exception {
        String window = xdotool("search", "--onlyvisible", "--pid", Long.toString(app.pid()), "--name", "Thematica");
        if (window.isBlank()) {
            return; // no xdotool, or no window found: measured without scrolling
        }
        String id = window.lines().reduce((a, b) -> b).orElseThrow().strip();
        String geometry = xdotool("getwindowgeometry", "--shell", id);
        int x = field(geometry, "X") + field(geometry, "WIDTH") * 45 / 100;
        int y = field(geometry, "Y") + field(geometry, "HEIGHT") * 30 / 100;
        xdotool("mousemove", Integer.toString(x), Integer.toString(y));
        xdotool("click", "--repeat", "40", "--delay", "40", "5");
    }

    private static int field(String shell, String name) {
        return shell.lines().filter(l -> l.startsWith(name + "=")).map(l -> Integer.parseInt(l.substring(name.length() + 1)))
                .findFirst().orElse(0);
    }

    private static String xdotool(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(Arrays.asList(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(30, TimeUnit.SECONDS);
            return p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static long kb(ProcessHandle p, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(p.pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    /** One transcript of 1.3 MB in 48,000 short lines, coded 5,000 times with 30 codes: the window opens it. */
    static Path codingProject(Path file) throws Exception {
        String text = TranscriptGenerator.shortLines(7, 48_000);
        Path transcript = file.resolveSibling("large.txt");
        Files.writeString(transcript, text, StandardCharsets.UTF_8);
        try (Project p = Project.create(file, Settings.forUser("bench"))) {
            p.imports().importFiles(new ImportService.Request(List.of(transcript), DocumentKind.INTERVIEW, null, null,
                    null), false, new ArrayList<>(), Progress.NONE);
            Document d = p.repos().documents.all().get(0);
            TranscriptBenchmark.seedCodings(p, d, text, 5_000);
        }
        return file;
    }

    /** The large generated project, made once and kept in the cache folder (it takes minutes). */
    private static Path largeProject() throws Exception {
        Path cache = Path.of(System.getProperty("bench.cache", "target/bench-cache")).toAbsolutePath();
        Path file = cache.resolve("large-1.thematica");
        if (!Files.exists(file)) {
            Files.createDirectories(cache);
            Path partial = cache.resolve("large-1.partial.thematica");
            Files.deleteIfExists(partial);
            ProjectGenerator.generate(partial, ProjectGenerator.Size.LARGE, 1);
            Files.move(partial, file);
        }
        return file;
    }

    private static String row(String scenario, List<Launch> launches) {
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s |%n", scenario, launches.size(),
                spread(launches, Launch::usableMs, 1000, "%.1f s"), median(launches, Launch::cpuMs, 1000, "%.1f s"),
                spread(launches, Launch::hwmMb, 1, "%.0f MB"), median(launches, Launch::launcherHwmMb, 1, "%.0f MB"),
                spread(launches, Launch::load, 1, "%.1f"));
    }

    private static String median(List<Launch> launches, ToDoubleFunction<Launch> f, double unit, String format) {
        double[] v = launches.stream().mapToDouble(f).sorted().toArray();
        return v.length == 0 ? "" : String.format(Locale.ROOT, format, v[v.length / 2] / unit);
    }

    private static String spread(List<Launch> launches, ToDoubleFunction<Launch> f, double unit, String format) {
        double[] v = launches.stream().mapToDouble(f).sorted().toArray();
        if (v.length < 2) {
            return median(launches, f, unit, format);
        }
        return median(launches, f, unit, format) + " (" + String.format(Locale.ROOT, format, v[0] / unit).replaceFirst(" .*", "")
                + "–" + String.format(Locale.ROOT, format, v[v.length - 1] / unit).replaceFirst(" .*", "") + ")";
    }

    private static List<String> words(String s) {
        return Arrays.stream(s.strip().split("\\s+")).filter(w -> !w.isBlank()).toList();
    }
}
