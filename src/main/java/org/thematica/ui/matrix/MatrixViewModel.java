package org.thematica.ui.matrix;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import org.thematica.analysis.CodedPassages;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.ThemeCaseMatrix;
import org.thematica.analysis.ThemeCaseMatrix.Column;
import org.thematica.analysis.ThemeCaseMatrix.ColumnKind;
import org.thematica.analysis.ThemeCaseMatrix.Measure;
import org.thematica.analysis.ThemeCaseMatrix.Rows;
import org.thematica.edit.SetProjectInfo;
import org.thematica.figure.FigureSettings;
import org.thematica.figure.MatrixFigure;
import org.thematica.model.DocumentKind;
import org.thematica.service.MatrixSource;
import org.thematica.service.RetrievalService.AttributeFilter;
import org.thematica.ui.common.LatestJob;
import org.thematica.ui.workbench.PassageRequest;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * The matrix view's state: what the rows, columns and cells show, and the figure computed from
 * the live corpus on the analysis thread (only the newest result is shown). Choices start from
 * the settings saved with the project (the last export) and are saved again when exporting.
 * Clicking a cell asks the Passages view for the passages behind it. Cells count every coder's
 * codings, each passage once, unless one coder is chosen ({@link #coderProperty()}).
 */
public final class MatrixViewModel {
    /** A column choice: one column per case (attribute null), or per value of an attribute. */
    public record Columns(String attribute) {
        public static final Columns CASES = new Columns(null);

        public String label() {
            return attribute == null ? "Cases" : "By " + attribute;
        }
    }

    private final WorkbenchContext context;
    private final MatrixSource source = new MatrixSource();
    private final LatestJob job;
    private final ObjectProperty<Rows> rows = new SimpleObjectProperty<>(this, "rows", Rows.THEMES);
    private final ObjectProperty<Columns> columns = new SimpleObjectProperty<>(this, "columns", new Columns("role"));
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(this, "measure", Measure.SEGMENTS);
    /** null: all documents. */
    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>(this, "kind", DocumentKind.INTERVIEW);
    /** Whose codings count: a coder's name, or null for every coder's (each passage once). */
    private final ObjectProperty<String> coder = new SimpleObjectProperty<>(this, "coder");
    private final ReadOnlyObjectWrapper<List<String>> coderChoices =
            new ReadOnlyObjectWrapper<>(this, "coderChoices", List.of());
    private final ReadOnlyObjectWrapper<MatrixFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyObjectWrapper<List<Columns>> columnChoices =
            new ReadOnlyObjectWrapper<>(this, "columnChoices", List.of(Columns.CASES));
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private FigureSettings saved;
    private boolean active;
    /** Whether the saved choices have been read (the first activation). */
    private boolean loaded;
    /** The project's events delivered when the matrix was last hidden. */
    private long hiddenAt;
    private final ChangeListener<Corpus> onCorpus = (o, old, corpus) -> recompute();
    private final ChangeListener<Object> onChoice = (o, old, now) -> recompute();
    /** An export saved new settings (or an undo took them back): follow their look, keep the choices. */
    private final java.util.function.Consumer<org.thematica.ui.workbench.ProjectEvents.Change> onEdit = this::edited;

    private void edited(org.thematica.ui.workbench.ProjectEvents.Change change) {
        if (change.touches(SetProjectInfo.class)) {
            context.background().run(() -> context.project().figureSettings().load(source.name(), source.defaults()),
                    settings -> {
                        saved = settings;
                        recompute();
                    });
        }
    }

    public MatrixViewModel(WorkbenchContext context) {
        this.context = context;
        this.job = new LatestJob(context.compute());
        this.saved = source.defaults();
    }

    /**
     * The matrix is shown. The first time, the saved choices are read and shown; after that the
     * user's choices stay as they were left, and only the saved look is read again if it changed
     * while the matrix was hidden. Computed once, from the current corpus.
     */
    public void activate() {
        if (active) {
            return;
        }
        active = true;
        context.analysis().corpusProperty().addListener(onCorpus);
        context.analysis().attach();
        context.events().addListener(onEdit);
        rows.addListener(onChoice);
        columns.addListener(onChoice);
        measure.addListener(onChoice);
        kind.addListener(onChoice);
        coder.addListener(onChoice);
        boolean first = !loaded;
        if (first || context.events().touchedSince(hiddenAt, Set.of(SetProjectInfo.class))) {
            loaded = true;
            context.background().run(() -> context.project().figureSettings().load(source.name(), source.defaults()),
                    settings -> {
                        saved = settings;
                        if (first) {
                            choose(settings);
                        }
                        recompute();
                    });
        } else {
            recompute();
        }
    }

    public void deactivate() {
        if (!active) {
            return;
        }
        hiddenAt = context.events().mark();
        active = false;
        context.analysis().corpusProperty().removeListener(onCorpus);
        context.analysis().detach();
        context.events().removeListener(onEdit);
        rows.removeListener(onChoice);
        columns.removeListener(onChoice);
        measure.removeListener(onChoice);
        kind.removeListener(onChoice);
        coder.removeListener(onChoice);
    }

    /** Shows the saved choices (without a recompute per choice). */
    private void choose(FigureSettings s) {
        rows.removeListener(onChoice);
        columns.removeListener(onChoice);
        measure.removeListener(onChoice);
        kind.removeListener(onChoice);
        coder.removeListener(onChoice);
        try {
            rows.set(parse(() -> Rows.parse(s.option(MatrixSource.ROWS, "themes")), Rows.THEMES));
            columns.set(MatrixSource.BY_CASE.equals(s.option(MatrixSource.COLUMNS, MatrixSource.BY_ATTRIBUTE))
                    ? Columns.CASES : new Columns(s.option(MatrixSource.ATTRIBUTE, "role")));
            measure.set(parse(() -> Measure.parse(s.option(MatrixSource.MEASURE, "segments")), Measure.SEGMENTS));
            String k = s.option(MatrixSource.KIND, "interview");
            kind.set(k.equals("all") ? null : parse(() -> DocumentKind.parse(k), DocumentKind.INTERVIEW));
            coder.set(CodedPassages.of(s.option(MatrixSource.CODED_BY, null)).coder());
        } finally {
            if (active) {
                rows.addListener(onChoice);
                columns.addListener(onChoice);
                measure.addListener(onChoice);
                kind.addListener(onChoice);
                coder.addListener(onChoice);
            }
        }
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, T fallback) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** The saved settings with the current choices: what an export writes and saves. */
    public FigureSettings settings() {
        Columns c = columns.get();
        return saved.withOption(MatrixSource.ROWS, rows.get().key())
                .withOption(MatrixSource.COLUMNS, c.attribute() == null ? MatrixSource.BY_CASE : MatrixSource.BY_ATTRIBUTE)
                .withOption(MatrixSource.ATTRIBUTE, c.attribute() == null ? saved.option(MatrixSource.ATTRIBUTE, "role")
                        : c.attribute())
                .withOption(MatrixSource.MEASURE, measure.get().key())
                .withOption(MatrixSource.KIND, kind.get() == null ? "all" : kind.get().key())
                .withOption(MatrixSource.CODED_BY, CodedPassages.of(coder.get()).coder());
    }

    /** Recomputes the matrix from the current corpus on the analysis thread; the newest result wins. */
    public void recompute() {
        Corpus corpus = context.analysis().corpusProperty().get();
        if (corpus == null || !active) {
            return;
        }
        FigureSettings settings = settings();
        record Result(MatrixFigure figure, List<Columns> choices, List<String> coders) {
        }
        job.run(() -> {
            List<Columns> choices = new java.util.ArrayList<>();
            choices.add(Columns.CASES);
            corpus.attributes().forEach(a -> choices.add(new Columns(a)));
            return new Result(MatrixSource.figure(corpus, settings), List.copyOf(choices),
                    CodedPassages.coders(corpus));
        }, result -> {
            columnChoices.set(result.choices());
            coderChoices.set(result.coders());
            figure.set(result.figure());
            hint.set(hint(result.figure().matrix(), columns.get()));
        });
    }

    /** What the view says above the matrix when something is missing or was replaced. */
    static String hint(ThemeCaseMatrix m, Columns asked) {
        if (m.rows().isEmpty()) {
            return m.spec().rows() == Rows.THEMES ? "No themes yet: group codes into themes in the codebook."
                    : "No codes yet.";
        }
        if (asked.attribute() != null && m.spec().attribute() == null) {
            return "No case has the attribute '" + asked.attribute() + "': one column per case.";
        }
        if (m.columns().isEmpty()) {
            return "No documents of this kind.";
        }
        return "Click a cell to list its passages.";
    }

    /**
     * Lists the passages behind a cell (column {@code columns().size()} is the "All" column):
     * chooses the theme or code and narrows the Passages view to the column's case or attribute
     * value and the document kind. Returns what the status line says.
     */
    public String showPassages(int row, int column) {
        MatrixFigure f = figure.get();
        if (f == null || row < 0 || row >= f.matrix().rows().size() || column < 0
                || column > f.matrix().columns().size()) {
            return "";
        }
        ThemeCaseMatrix m = f.matrix();
        ThemeCaseMatrix.Row r = m.rows().get(row);
        boolean all = column == m.columns().size();
        Column c = all ? m.allColumn() : m.columns().get(column);
        ThemeCaseMatrix.Cell cell = all ? m.total(row) : m.cell(row, column);
        DocumentKind k = m.spec().kind();
        String by = m.spec().passages().coder();
        PassageRequest request = switch (c.kind()) {
            case VALUE -> new PassageRequest(m.spec().attribute(), c.value(), k, by);
            case CASE -> new PassageRequest(AttributeFilter.CASE, c.label(), k, by);
            default -> new PassageRequest(null, null, k, by);
        };
        context.selection().showPassages(r.theme(), r.id(), request);
        String what = (r.theme() ? "theme '" : "code '") + r.name() + "'";
        String where = switch (c.kind()) {
            case VALUE -> " with " + m.spec().attribute() + " = " + c.value();
            case CASE -> " of " + c.label();
            default -> "";
        };
        String count = passages(m, cell.segments()) + " in " + cell.documents()
                + (cell.documents() == 1 ? " document" : " documents");
        String note = c.kind() == ColumnKind.NO_CASE || c.kind() == ColumnKind.NO_VALUE
                ? " The Passages view lists all of them: it has no filter for " + c.label() + "." : "";
        return "Passages of " + what + where + ": " + count + "." + note;
    }

    /** "10 coded passages (distinct; 2 coders)", "1 passage coded by Dana": a cell's passages, saying what they are. */
    public static String passages(ThemeCaseMatrix m, int count) {
        return m.spec().passages().count(count, m.coders());
    }

    public ObjectProperty<Rows> rowsProperty() {
        return rows;
    }

    public ObjectProperty<Columns> columnsProperty() {
        return columns;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    public ObjectProperty<DocumentKind> kindProperty() {
        return kind;
    }

    /** Whose codings the cells count: a coder's name, or null for every coder's, each passage once. */
    public ObjectProperty<String> coderProperty() {
        return coder;
    }

    /** The coders with codings, to choose from. */
    public ReadOnlyObjectProperty<List<String>> coderChoicesProperty() {
        return coderChoices.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MatrixFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Columns>> columnChoicesProperty() {
        return columnChoices.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public MatrixSource source() {
        return source;
    }

    /**
     * Writes the theme summary and the codebook into {@code folder} (read on the project
     * thread); the status line says what was written.
     */
    public void exportTables(org.thematica.export.TableWriter.Format format, java.nio.file.Path folder) {
        String by = coder.get();
        context.background().run(() -> {
            var tables = org.thematica.export.ThesisTables.build(context.project(),
                    context.project().analysis().corpus(),
                    org.thematica.export.ThesisTables.Options.DEFAULT.counting(CodedPassages.of(by)));
            List<String> names = new java.util.ArrayList<>();
            for (var table : tables.all()) {
                names.add(org.thematica.export.TableWriter.write(table, format, folder).getFileName().toString());
            }
            return "Wrote " + String.join(" and ", names) + " to " + folder
                    + (by == null ? "." : ", counting " + by + "'s codings only.");
        }, context::say);
    }

    /** Remembers settings saved by an export (title, size, palette), so the next export starts from them. */
    void saved(FigureSettings settings) {
        saved = Objects.requireNonNull(settings);
    }
}
