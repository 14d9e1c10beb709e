package org.thematica.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.thematica.model.Coding;
import org.thematica.model.Document;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.service.Project;
import org.thematica.store.Database;

/**
 * Child process for the crash test: applies random edits to a project forever, printing one
 * acknowledgement line after each edit has committed. The parent kills it with SIGKILL.
 * <pre>
 * ack coding GUID      a coding was added
 * ack doc NAME         a document was imported
 * ack theme            a code was put into a theme
 * ack undo KIND ID     the worker's last edit was undone (KIND coding|doc|theme)
 * </pre>
 */
public final class CrashWorker {
    private CrashWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        Path scratch = Files.createTempDirectory("crash-worker");
        Deque<String[]> mine = new ArrayDeque<>();
        try (Project p = Project.open(file, Database.Mode.READ_WRITE, TestProjects.laterSession())) {
            for (int i = 0; ; i++) {
                int dice = random.nextInt(10);
                if (dice < 6) {
                    List<Document> docs = p.repos().documents.all();
                    Document d = docs.get(random.nextInt(docs.size()));
                    String text = p.repos().documents.text(d.id());
                    int start = random.nextInt(text.length() - 1);
                    int end = start + 1 + random.nextInt(Math.min(40, text.length() - start - 1) + 1);
                    end = Math.min(end, text.length());
                    try {
                        Coding c = p.coding().apply(d, text, "c" + random.nextInt(10), start, end, null);
                        mine.push(new String[] {"coding", c.guid()});
                        ack("coding " + c.guid());
                    } catch (org.thematica.model.UserError e) {
                        // the same range and code again: refused, nothing changed
                    }
                } else if (dice == 6) {
                    String name = "d" + Long.toHexString(random.nextLong()); // unique across rounds
                    TestProjects.importText(p, scratch, name + ".txt", ("Imported text number " + i + ". ").repeat(20));
                    mine.push(new String[] {"doc", name});
                    ack("doc " + name);
                } else if (dice == 7) {
                    String code = "c" + random.nextInt(10);
                    if (p.repos().codes.byName(code).isPresent()) {
                        long before = p.repos().history.countDone();
                        p.codebook().theme("t" + random.nextInt(3), ThemeChange.adding(code));
                        if (p.repos().history.countDone() > before) { // adding a member twice records nothing
                            mine.push(new String[] {"theme", "-"});
                            ack("theme");
                        }
                    }
                } else if (!mine.isEmpty()) {
                    String[] last = mine.pop();
                    p.history().undo();
                    ack("undo " + last[0] + " " + last[1]);
                }
            }
        }
    }

    private static void ack(String line) {
        System.out.println("ack " + line);
        System.out.flush();
    }
}
