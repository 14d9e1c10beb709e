package org.thematica.testing;

import java.nio.file.Path;
import org.thematica.service.Project;
import org.thematica.store.Database;

/** Child process: opens a project for editing, says "open", and keeps it open until stdin closes. */
public final class HoldOpen {
    private HoldOpen() {
    }

    public static void main(String[] args) throws Exception {
        try (Project p = Project.open(Path.of(args[0]), Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin (or kill us)
            }
        }
    }
}
