package org.thematica.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.thematica.model.Document;
import org.thematica.model.Memo;
import org.thematica.model.MemoTarget;
import org.thematica.model.UserError;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.service.Project;
import org.thematica.store.Database;
import org.thematica.store.HistoryRepository.Entry;

/**
 * Child process for the crash test: applies random edits to a project until it is killed with
 * SIGKILL. Before each edit it announces what it is about to do; once the call has returned
 * (committed, or refused) it acknowledges it. {@link CrashLedger} reads these lines:
 * <pre>
 * begin coding DOC CODE START END   code a UTF-16 range (the code is created if new)
 * begin doc NAME                    import a new document
 * begin member THEME CODE           put a code into a theme (the theme is created if new)
 * begin memo TITLE TEXT             write a new journal memo
 * begin memo-edit TITLE TEXT        give a journal memo new text
 * begin undo | begin redo
 * done                              the announced edit changed the project
 * unchanged                         it was refused or changed nothing
 * </pre>
 * It undoes only edits it made or redid itself, never those of the project's setup.
 * {@code args: FILE SEED [LIE_AT]}: with LIE_AT, the first coding at or after step LIE_AT
 * is acknowledged as done without being made, so the test can show the harness
 * catches a lost edit.
 */
public final class CrashWorker {
    private CrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        int lieAt = args.length > 2 ? Integer.parseInt(args[2]) : -1;
        Path scratch = Files.createTempDirectory("crash-worker");
        int mineApplied = 0;
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            for (int i = 0; ; i++) {
                int dice = random.nextInt(20);
                if (dice < 10) {
                    List<Document> docs = p.repos().documents.all();
                    Document d = docs.get(random.nextInt(docs.size()));
                    String text = p.repos().documents.text(d.id());
                    int start = random.nextInt(text.length() - 1);
                    int end = Math.min(text.length(), start + 1 + random.nextInt(Math.min(40, text.length() - start - 1) + 1));
                    String code = "c" + random.nextInt(10);
                    announce("coding " + d.name() + " " + code + " " + start + " " + end);
                    if (lieAt >= 0 && i >= lieAt) {
                        lieAt = -1;
                        acknowledge(true);
                        continue;
                    }
                    mineApplied += acknowledge(p, () -> p.coding().apply(d, text, code, start, end, null));
                } else if (dice < 12) {
                    String name = "d" + Long.toHexString(random.nextLong()); // unique across rounds
                    String text = ("Imported text number " + i + ". ").repeat(20);
                    announce("doc " + name);
                    mineApplied += acknowledge(p, () -> TestProjects.importText(p, scratch, name + ".txt", text));
                } else if (dice < 14) {
                    String theme = "t" + random.nextInt(3);
                    String code = "c" + random.nextInt(10); // may not exist yet: refused
                    announce("member " + theme + " " + code);
                    mineApplied += acknowledge(p, () -> p.codebook().theme(theme, ThemeChange.adding(code)));
                } else if (dice < 16) {
                    List<Memo> memos = p.repos().memos.all();
                    String text = "v" + random.nextInt(4); // few texts, so an edit sometimes changes nothing
                    if (memos.isEmpty() || random.nextBoolean()) {
                        String title = "m" + Long.toHexString(random.nextLong());
                        announce("memo " + title + " " + text);
                        mineApplied += acknowledge(p, () -> p.memos().add(MemoTarget.PROJECT, null, title, text));
                    } else {
                        Memo memo = memos.get(random.nextInt(memos.size()));
                        announce("memo-edit " + memo.title() + " " + text);
                        mineApplied += acknowledge(p, () -> p.memos().update(memo, memo.title(), text));
                    }
                } else if (dice < 18) {
                    if (mineApplied > 0) {
                        announce("undo");
                        mineApplied -= acknowledge(p, () -> p.history().undo());
                    }
                } else {
                    announce("redo");
                    mineApplied += acknowledge(p, () -> p.history().redo());
                }
            }
        }
    }

    private interface Edit {
        void run() throws UserError;
    }

    /**
     * Runs an announced edit and acknowledges it once the call has returned: done when it wrote a
     * history row, unchanged when it was refused or wrote none. Returns 1 when done.
     */
    private static int acknowledge(Project p, Edit edit) {
        long before = newestHistoryRow(p);
        try {
            edit.run();
        } catch (UserError e) {
            // refused, nothing changed: the check below says so
        }
        boolean done = newestHistoryRow(p) != before;
        acknowledge(done);
        return done ? 1 : 0;
    }

    private static long newestHistoryRow(Project p) {
        return p.repos().history.latest(1).stream().findFirst().map(Entry::id).orElse(0L);
    }

    private static void announce(String edit) {
        System.out.println("begin " + edit);
        System.out.flush();
    }

    private static void acknowledge(boolean done) {
        System.out.println(done ? "done" : "unchanged");
        System.out.flush();
    }
}
