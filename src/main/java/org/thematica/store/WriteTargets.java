package org.thematica.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for every file a command writes at a path the user named (exports, figures,
 * tables, a new project): it never goes over a project, a project's sidecars, or anything in a
 * project's backups folder. Exports can always be made again and a project cannot, so a target
 * that is one is refused, not replaced, whatever the user typed: a typo in {@code --out} must not
 * cost a thesis. Any other existing file is replaced, as exports do (the user named it; the save
 * dialog has asked).
 *
 * <p>The target is judged by what it is, not by how it is named: its real path (symlinks
 * followed), its content (a Thematica project or an SQLite write-ahead log, which also catches a
 * hard link to one) and its identity (device and inode) against every file of the projects this
 * process has open, so a hard link to an open project's log, index or lock file is refused too.
 */
public final class WriteTargets {
    /** The first bytes of a write-ahead log (SQLite's WAL format, both checksum byte orders). */
    private static final int WAL_MAGIC_LE = 0x377f0682;
    private static final int WAL_MAGIC_BE = 0x377f0683;

    private WriteTargets() {
    }

    /** A write refused because its target is part of a project; the message names the file and why. */
    public static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(Path target, String why) {
            super("will not write " + target + ": " + why + "; choose another name");
        }
    }

    /** Throws when {@code target} must not be written (see the class comment). */
    public static void check(Path target) throws RefusedException {
        String why = whyProtected(target);
        if (why != null) {
            throw new RefusedException(target, why);
        }
    }

    /** Null when {@code target} may be written; otherwise what it is. */
    static String whyProtected(Path target) {
        Path real = realPath(target);
        Path parent = real.getParent();
        String name = real.getFileName() == null ? "" : real.getFileName().toString();
        if (parent != null && parent.getFileName() != null) {
            String folder = parent.getFileName().toString();
            if (folder.endsWith(".backups") && isProject(parent.resolveSibling(folder.substring(0, folder.length() - 8)))) {
                return "it is in the backups folder of a project";
            }
        }
        if (Files.isRegularFile(real)) {
            String open = openProjectFile(real); // first: reading an open project's file would drop SQLite's locks
            if (open != null) {
                return "it is " + open;
            }
            if (isProject(real)) {
                return "it is a Thematica project";
            }
            if (isWal(real)) {
                return "it is a project's write-ahead log (SQLite -wal file)";
            }
        }
        for (String suffix : List.of("-wal", "-shm", "-journal", ".lock")) {
            if (name.endsWith(suffix) && parent != null
                    && isProject(parent.resolve(name.substring(0, name.length() - suffix.length())))) {
                return "it belongs to the project beside it (" + suffix + ")";
            }
        }
        return null;
    }

    /** True when both name one file (through links too). */
    static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** The real path of the target, or of its folder (with its name) when it does not exist yet. */
    private static Path realPath(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException missing) {
            Path parent = absolute.getParent();
            try {
                return parent == null ? absolute : parent.toRealPath().resolve(absolute.getFileName());
            } catch (IOException noFolder) {
                return absolute;
            }
        }
    }

    /** True when the file is a project open here, or starts as an SQLite database with Thematica's application id. */
    static boolean isProject(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        if (openProjectFile(realPath(file)) != null) {
            return true;
        }
        byte[] head = head(file, 72);
        return head.length == 72 && new String(head, 0, 16, java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals("SQLite format 3\0") && ByteBuffer.wrap(head, 68, 4).getInt() == Database.APPLICATION_ID;
    }

    private static boolean isWal(Path file) {
        byte[] head = head(file, 4);
        if (head.length < 4) {
            return false;
        }
        int magic = ByteBuffer.wrap(head).getInt();
        return magic == WAL_MAGIC_LE || magic == WAL_MAGIC_BE;
    }

    private static byte[] head(Path file, int n) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** What the file is when it is (by device and inode) a file of a project open in this process. */
    private static String openProjectFile(Path real) {
        Object id;
        try {
            id = Custody.identity(real);
        } catch (IOException e) {
            return null;
        }
        if (id == Custody.PRESENT) {
            return null; // no identities on this file system
        }
        for (Path held : ProjectLock.heldHere()) {
            Path project;
            try {
                project = held.toRealPath(); // SQLite keeps the sidecars beside the real file
            } catch (IOException e) {
                continue;
            }
            List<Path> files = new ArrayList<>(List.of(project, ProjectFiles.wal(project), ProjectFiles.shm(project),
                    ProjectFiles.lock(project)));
            for (Path f : files) {
                try {
                    if (Files.exists(f) && Custody.identity(f).equals(id)) {
                        return f.equals(project) ? "the project open here" : "a file of the project open here ("
                                + f.getFileName() + ")";
                    }
                } catch (IOException ignored) {
                    // gone meanwhile: not this one
                }
            }
        }
        return null;
    }
}
