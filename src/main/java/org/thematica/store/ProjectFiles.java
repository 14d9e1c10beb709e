package org.thematica.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The files one project is made of: the project file, SQLite's write-ahead log ({@code -wal})
 * and shared-memory index ({@code -shm}) beside it, and Thematica's lock file.
 */
final class ProjectFiles {
    private static final List<String> SIDECARS = List.of("-wal", "-shm", ".lock");

    private ProjectFiles() {
    }

    static Path wal(Path project) {
        return beside(project, "-wal");
    }

    static Path shm(Path project) {
        return beside(project, "-shm");
    }

    static Path lock(Path project) {
        return beside(project, ".lock");
    }

    private static Path beside(Path project, String suffix) {
        return project.resolveSibling(project.getFileName() + suffix);
    }

    /** True when {@code other} is the project file or one of its sidecars, however either is reached. */
    static boolean isOneOf(Path project, Path other) {
        try {
            Path mine = project.toRealPath();
            Path real = other.toRealPath();
            if (!Objects.equals(real.getParent(), mine.getParent())) {
                return false;
            }
            String name = real.getFileName().toString();
            String base = mine.getFileName().toString();
            return name.equals(base) || SIDECARS.stream().anyMatch(s -> name.equals(base + s));
        } catch (IOException e) {
            return false; // one of them is missing
        }
    }
}
