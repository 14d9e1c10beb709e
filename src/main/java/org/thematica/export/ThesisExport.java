package org.thematica.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.thematica.analysis.Corpus;
import org.thematica.service.FigureCatalog;
import org.thematica.service.FigureSource;
import org.thematica.service.Progress;
import org.thematica.service.Project;

/**
 * Everything a thesis chapter needs in one folder: every figure, each with its saved settings
 * (size, title, caption, palette, DPI), in the chosen formats, and the theme summary and
 * codebook tables. Files are named after the figure or table ({@code theme-frequencies.pdf},
 * {@code theme-summary.docx}), so exporting again replaces them: the folder always shows the
 * project as it is now. Used by File ▸ Export for Thesis… and by {@code thematica figures}.
 */
public final class ThesisExport {
    private ThesisExport() {
    }

    /**
     * What to write. {@code dpi} null uses each figure's saved DPI; {@code tables} null writes
     * no tables; {@code only} empty means every figure.
     */
    public record Request(Path folder, Set<FigureExporter.Format> formats, Integer dpi, TableWriter.Format tables,
                          Set<String> only) {
        public Request {
            formats = Set.copyOf(new TreeSet<>(formats));
            only = Set.copyOf(only);
            if (dpi != null && (dpi < 30 || dpi > 1200)) {
                throw new IllegalArgumentException("the DPI must be between 30 and 1200, not " + dpi);
            }
        }

        public static Request figures(Path folder, FigureExporter.Format format) {
            return new Request(folder, Set.of(format), null, null, Set.of());
        }
    }

    /** The figures the request names, in catalogue order; an unknown name is an error naming the known ones. */
    public static List<FigureSource> sources(Set<String> only) {
        List<FigureSource> all = FigureCatalog.all();
        if (only.isEmpty()) {
            return all;
        }
        for (String name : only) {
            if (all.stream().noneMatch(s -> s.name().equals(name))) {
                throw new IllegalArgumentException("no figure named '" + name + "' (there are: "
                        + String.join(", ", all.stream().map(FigureSource::name).toList()) + ")");
            }
        }
        return all.stream().filter(s -> only.contains(s.name())).toList();
    }

    /** Writes the files and returns them in the order written. Stops between files when cancelled. */
    public static List<Path> write(Project project, Corpus corpus, Request request, Progress progress) throws IOException {
        List<FigureSource> sources = sources(request.only());
        List<FigureExporter.Format> formats = request.formats().stream().sorted().toList();
        Files.createDirectories(request.folder());
        int total = sources.size() * formats.size() + (request.tables() == null ? 0 : 1);
        int done = 0;
        List<Path> written = new ArrayList<>();
        for (FigureSource source : sources) {
            var settings = project.figureSettings().load(source.name(), source.defaults());
            var figure = source.build(project, corpus, settings);
            int dpi = request.dpi() != null ? request.dpi() : settings.dpi();
            for (FigureExporter.Format format : formats) {
                if (progress.isCancelled()) {
                    return written;
                }
                progress.update(done, total, source.title());
                Path file = request.folder().resolve(source.name() + "." + format.extension());
                FigureExporter.write(figure, settings.style(), settings.widthPt(), settings.heightPt(), dpi, format,
                        file);
                written.add(file);
                done++;
            }
        }
        if (request.tables() != null && !progress.isCancelled()) {
            progress.update(done, total, "tables");
            var tables = ThesisTables.build(project, corpus, ThesisTables.Options.DEFAULT);
            for (var table : tables.all()) {
                written.add(TableWriter.write(table, request.tables(), request.folder()));
            }
            done++;
        }
        progress.update(done, total, "done");
        return written;
    }
}
