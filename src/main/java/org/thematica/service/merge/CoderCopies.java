package org.thematica.service.merge;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.thematica.model.Coder;
import org.thematica.model.UserError;
import org.thematica.service.CheckService;
import org.thematica.service.Project;
import org.thematica.service.Settings;
import org.thematica.store.Database;
import org.thematica.store.ProjectCopy;
import org.thematica.store.ProjectRows;

/**
 * Makes a project file for a second coder: the same documents, codebook, themes and cases, with
 * the same GUIDs, and the settings that let {@link MergeService} bring it back ({@link Lineage}).
 * A blind copy leaves every other coder's codings out of the file (see {@link ProjectCopy}) and
 * starts with an empty history, whose rows would name their codings and quote them in labels.
 * The finished copy must pass {@code check} before it is put in place.
 */
public final class CoderCopies {
    private CoderCopies() {
    }

    /** What was written. */
    public record Made(Path file, String coder, boolean blind, long codingsKept, int codingsLeftOut,
                       int memosLeftOut, int reviewsLeftOut, int historyLeftOut) {
    }

    /** Writes the copy of {@code project} for the coder {@code coderName} to {@code out}. */
    public static Made write(Project project, Path out, boolean blind, String coderName, Settings settings)
            throws Exception {
        String coder = org.thematica.model.Names.require(coderName, "coder");
        Coder known = project.coderNamed(coder); // id 0 when this coder has coded nothing here yet
        Map<String, String> info = new HashMap<>();
        Map<String, String> ours = new ProjectRows(project.repos().db).info();
        long[] kept = {0};
        info.put(Lineage.ID, project.newGuid());
        info.put(Lineage.FROM, Lineage.idOf(ours));
        info.put(Lineage.CODER, coder);
        info.put(Lineage.BLIND, String.valueOf(blind));
        info.put(Lineage.MADE, project.now());
        ProjectCopy.Spec spec = new ProjectCopy.Spec(blind ? known.id() : null, info, Lineage.BASE);
        ProjectCopy.Result result = ProjectCopy.write(project.repos().db, out, spec, built -> {
            try (Project copy = Project.open(built, Database.Mode.READ_ONLY, settings)) {
                CheckService.Report report = copy.check().run();
                if (!report.ok()) {
                    throw new UserError("the copy did not pass its check (" + report.problems().get(0)
                            + "); nothing was written");
                }
                kept[0] = copy.repos().codings.countLive();
            }
        });
        return new Made(out, coder, blind, kept[0], result.codingsLeftOut(), result.memosLeftOut(),
                result.reviewsLeftOut(), result.historyLeftOut());
    }
}
