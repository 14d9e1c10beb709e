package org.thematica.service.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.thematica.model.CoderColours;
import org.thematica.model.Code;
import org.thematica.model.Coding;
import org.thematica.model.Document;
import org.thematica.model.MemoTarget;
import org.thematica.model.Theme;
import org.thematica.model.UserError;
import org.thematica.service.CaseService.CaseChange;
import org.thematica.service.CodebookService.CodingsPolicy;
import org.thematica.service.CodebookService.ThemeChange;
import org.thematica.service.Project;

/**
 * A seeded sequence of the edits coders make, through the services as the app makes them:
 * coding, removing, resizing and recoding passages, creating, renaming, recolouring, describing,
 * moving and deleting codes, moving codes between themes, memos, case attributes, review
 * verdicts, replies and resolutions, coders' colours, and undo.
 * Names come from small pools shared by every side, so that sides collide on purpose. An edit
 * the project refuses (a name taken, a loop) is skipped, as a user would be told and move on.
 */
final class RandomEdits {
    private final Random random;
    private final Project p;
    private final String who;
    private int applied;

    RandomEdits(Project project, String who, long seed) {
        this.p = project;
        this.who = who;
        this.random = new Random(seed);
    }

    /** Makes {@code n} edit attempts; returns how many the project took. */
    int run(int n) throws Exception {
        for (int i = 0; i < n; i++) {
            try {
                one();
                applied++;
            } catch (UserError refused) {
                // as a user would be told, and go on
            }
        }
        return applied;
    }

    private void one() throws Exception {
        List<Code> codes = p.repos().codes.all();
        List<Coding> codings = p.repos().codings.allLive();
        Code code = codes.isEmpty() ? null : codes.get(random.nextInt(codes.size()));
        Coding coding = codings.isEmpty() ? null : codings.get(random.nextInt(codings.size()));
        List<org.thematica.model.Review> reviews = p.repos().reviews.all();
        int op = random.nextInt(20);
        if (code == null && op >= 4 && op <= 11 || coding == null && (op >= 1 && op <= 3 || op == 16)
                || reviews.isEmpty() && (op == 17 || op == 18)) {
            op = 0;
        }
        org.thematica.model.Review review = reviews.isEmpty() ? null : reviews.get(random.nextInt(reviews.size()));
        switch (op) {
            case 0, 13 -> code(codes);
            case 1 -> p.coding().remove(coding);
            case 2 -> {
                String text = p.repos().documents.text(coding.documentId());
                int start = Math.max(0, coding.start() - random.nextInt(6));
                p.coding().resize(coding, start, Math.min(text.length(), Math.max(start + 1, coding.end()
                        + random.nextInt(7) - 3)));
            }
            case 3 -> p.coding().recode(coding, codes.get(random.nextInt(codes.size())).name());
            case 4 -> p.codebook().renameCode(code.name(), pool("code"));
            case 5 -> p.codebook().defineCode(code.name(), String.format("#%06x", random.nextInt(1 << 24)), null, null);
            case 6 -> p.codebook().defineCode(code.name(), null, who + " says " + random.nextInt(3), null);
            case 7 -> p.codebook().defineCode(code.name(), null, null, random.nextInt(3) == 0 ? ""
                    : codes.get(random.nextInt(codes.size())).name());
            case 8 -> p.codebook().deleteCode(code.name(), CodingsPolicy.DELETE, null);
            case 9 -> themes(code);
            case 10 -> p.memos().add(MemoTarget.CODE, code.name(), "", who + "'s note " + random.nextInt(100));
            case 11 -> p.codebook().renameTheme(theme().name(), pool("theme"));
            case 12 -> p.cases().update(random.nextBoolean() ? "Karim" : "Layla", new CaseChange(
                    random.nextBoolean() ? null : who + " " + random.nextInt(3),
                    Map.of("role", "role " + random.nextInt(3)), null, null));
            case 14 -> p.history().undo();
            case 16 -> p.reviews().judgeCoding(coding.guid(), org.thematica.model.Verdict.values()[random.nextInt(3)],
                    who + " asks " + random.nextInt(3));
            case 17 -> p.reviews().reply(review.guid(), who + " answers " + random.nextInt(3));
            case 18 -> p.reviews().setResolved(review.guid(), random.nextBoolean());
            case 19 -> p.coders().setColour(random.nextBoolean() ? null : "Amira", CoderColours.PALETTE.get(
                    random.nextInt(CoderColours.PALETTE.size())));
            default -> p.codebook().defineCode(pool("code"), null, "", null);
        }
    }

    /** A passage of some words, with a code of the book or a new one. */
    private void code(List<Code> codes) throws UserError {
        List<Document> docs = p.repos().documents.all();
        Document doc = docs.get(random.nextInt(docs.size()));
        String text = p.repos().documents.text(doc.id());
        int start = random.nextInt(Math.max(1, text.length() - 20));
        int end = Math.min(text.length(), start + 3 + random.nextInt(40));
        String name = codes.isEmpty() || random.nextInt(4) == 0 ? pool("code")
                : codes.get(random.nextInt(codes.size())).name();
        p.coding().apply(doc, text, name, start, end, null);
    }

    private void themes(Code code) throws UserError {
        Theme theme = theme();
        boolean in = p.repos().themes.codeIds(theme.id()).contains(code.id());
        List<String> add = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        (in ? remove : add).add(code.name());
        String name = random.nextInt(5) == 0 ? pool("theme") : theme.name();
        p.codebook().theme(name, new ThemeChange(null, null, null, add, remove));
    }

    private Theme theme() {
        List<Theme> themes = p.repos().themes.all();
        return themes.get(random.nextInt(themes.size()));
    }

    /** A name from a pool all sides draw from: "code 2" made on two sides is a same name. */
    private String pool(String kind) {
        return kind + " " + random.nextInt(6);
    }
}
