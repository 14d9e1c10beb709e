package org.thematica.testing;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.thematica.service.Project;
import org.thematica.store.Database;

/**
 * Child process: opens a project for editing, says "open", and keeps it open until stdin closes
 * (or it is killed). Meanwhile it follows commands, one a line, each answered with one line:
 * <ul>
 *   <li>{@code dialog}: opens and closes the project, its sidecars and its lock file through
 *       streams of their own, reading their first bytes, as a file dialog showing the folder
 *       does; answers "dialog done".</li>
 *   <li>{@code renew}: what the app does after its file dialogs ({@link Project#renewLocks});
 *       answers "renewed".</li>
 *   <li>{@code code NAME}: defines a code; answers "saved NAME", or "failed: MESSAGE".</li>
 *   <li>{@code codes N PREFIX}: defines N codes PREFIX0...; answers "saved N".</li>
 * </ul>
 */
public final class HoldOpen {
    private HoldOpen() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            System.out.println("open");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                System.out.println(follow(p, file, line));
                System.out.flush();
            }
        }
    }

    private static String follow(Project p, Path file, String command) {
        try {
            if (command.equals("dialog")) {
                for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
                    Path f = file.resolveSibling(file.getFileName() + suffix);
                    if (Files.exists(f)) {
                        try (InputStream look = Files.newInputStream(f)) {
                            look.readNBytes(4096); // what GTK reads to guess a file's type
                        }
                    }
                }
                return "dialog done";
            }
            if (command.equals("renew")) {
                p.renewLocks();
                return "renewed";
            }
            if (command.startsWith("codes ")) { // codes N PREFIX: N codes, one edit each
                String[] w = command.split(" ");
                for (int i = 0; i < Integer.parseInt(w[1]); i++) {
                    p.codebook().defineCode(w[2] + i, null, null, null);
                }
                return "saved " + w[1];
            }
            if (command.startsWith("code ")) {
                String name = command.substring(5);
                p.codebook().defineCode(name, null, null, null);
                return "saved " + name;
            }
            return "unknown command: " + command;
        } catch (Exception e) {
            return "failed: " + e.getMessage();
        }
    }
}
