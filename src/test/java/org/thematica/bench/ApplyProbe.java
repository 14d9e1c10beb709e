package org.thematica.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.thematica.analysis.Corpus;
import org.thematica.analysis.FuzzyMatch;
import org.thematica.analysis.Highlights.Segment;
import org.thematica.service.WorkspaceService.CodeRow;
import org.thematica.ui.charts.BarChartViewModel;
import org.thematica.ui.transcript.TranscriptContent;

/** The full-window probe "apply": one code applied from the keyboard and from the codebook (issue 11). */
final class ApplyProbe {
    private ApplyProbe() {
    }

    /** The three ways of applying a code that issue 11 measures. */
    enum Way {
        /** Ctrl+K, the code's name typed, then Enter: timed from the Enter. */
        FINDER,
        /** Key 1, the code applied last: timed from the key press. */
        DIGIT,
        /** A double-click on the code in the codebook: timed from the first press. */
        CODEBOOK
    }

    /**
     * Applies a code to a passage on screen, {@code applies} times each way, and times until the
     * pulse at which both the new highlight is painted and the visible chart has been redrawn from
     * the corpus holding the new coding. A double-click in the codebook also chooses the code,
     * which turns the dock to the Passages tab; then the chart is no longer visible and only the
     * highlight is waited for (the note says how often), and the Chart tab is shown again after.
     */
    static void apply(AppWindow w, FullWindowProbe.Args args, FullWindowProbe.Out out) throws Exception {
        FullWindowProbe.ensureOpen(w, args.document());
        String text = w.fx(() -> w.area().text());
        int chartHidden = 0;
        for (int k = 0; k < args.applies(); k++) {
            for (Way way : Way.values()) {
                int from = (int) ((long) text.length() * (1 + 3 * k + way.ordinal()) / (3L * args.applies() + 2));
                Result r = applyOnce(w, way, text, from, k);
                out.sample("apply." + way.name().toLowerCase(Locale.ROOT), r.ms);
                chartHidden += r.chartShown ? 0 : 1;
                w.settle();
                if (!w.fx(() -> w.dockShows("chart-tab"))) {
                    w.showDockTab("chart-tab");
                    w.settle();
                }
                Thread.sleep(150);
            }
        }
        out.sample("apply.chartHidden", chartHidden);
        out.sample("apply.total", 3 * args.applies());
    }

    private record Result(double ms, boolean chartShown) {
    }

    private static Result applyOnce(AppWindow w, Way way, String text, int from, int k) throws Exception {
        // a place on screen, and a code not already over it
        int[] at = new int[1];
        long[] code = new long[1];
        int search = from;
        while (true) {
            int found = text.indexOf("security", search);
            if (found < 0) {
                found = text.indexOf("security");
            }
            at[0] = found;
            int place = found;
            long wanted = w.fx(() -> chooseCode(w, way, place, place + 20, k));
            if (wanted > 0) {
                code[0] = wanted;
                break;
            }
            search = found + 200;
        }
        w.fx(() -> {
            w.area().showOffset(at[0]);
            return null;
        });
        w.settle();
        w.fx(() -> {
            w.area().selectRange(at[0], at[0] + 20);
            w.area().requestFocus();
            return null;
        });
        w.settle();
        if (way == Way.FINDER) {
            openFinder(w, code[0]);
        }
        CompletableFuture<Result> done = new CompletableFuture<>();
        w.fx(() -> {
            long documentId = w.area().content().documentId();
            BarChartViewModel chart = FullWindowProbe.chart(w);
            var corpusProperty = w.context().analysis().corpusProperty();
            int passagesBefore = corpusProperty.get() == null ? 0 : corpusProperty.get().passages(documentId).size();
            boolean[] corpusUpdated = new boolean[1];
            boolean[] chartUpdated = new boolean[1];
            ChangeListener<Corpus> onCorpus = (o, old, now) -> corpusUpdated[0] |= now != null
                    && now.passages(documentId).size() > passagesBefore;
            ChangeListener<BarChartViewModel.Chart> onChart = (o, old, now) -> chartUpdated[0] |= corpusUpdated[0];
            corpusProperty.addListener(onCorpus);
            chart.chartProperty().addListener(onChart);
            long start = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                boolean chartShown = w.dockShows("chart-tab");
                if (coded(w, at[0] + 1, code[0]) && (chartUpdated[0] || !chartShown)) {
                    double ms = (System.nanoTime() - start) / 1e6;
                    w.scene().removePostLayoutPulseListener(listener[0]);
                    corpusProperty.removeListener(onCorpus);
                    chart.chartProperty().removeListener(onChart);
                    done.complete(new Result(ms, chartShown));
                }
            };
            w.scene().addPostLayoutPulseListener(listener[0]);
            switch (way) {
                case FINDER -> w.keys(KeyCode.ENTER);
                case DIGIT -> w.keys(KeyCode.DIGIT1);
                case CODEBOOK -> {
                    Bounds cell = codebookCell(w, code[0]).orElseThrow();
                    w.robot().mouseMove(cell.getCenterX(), cell.getCenterY());
                    w.robot().mouseClick(MouseButton.PRIMARY);
                    w.robot().mouseClick(MouseButton.PRIMARY);
                }
            }
            return null;
        });
        return done.get(120, TimeUnit.SECONDS);
    }

    /**
     * On the FX thread: the code to apply at {@code [start, end)} this way, or 0 when the way's
     * code already codes some of it (the caller then looks further on).
     */
    private static long chooseCode(AppWindow w, Way way, int start, int end, int k) {
        TranscriptContent c = w.area().content();
        long[] present = codesOver(c.transcript().segments(), start, end);
        if (way == Way.DIGIT) {
            Long recent = w.context().recentCodes().forDigit(1);
            return recent != null && Arrays.binarySearch(present, recent) < 0 ? recent : 0;
        }
        List<Long> ids = new ArrayList<>(c.codes().keySet());
        ids.sort(null);
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get((k * 7 + way.ordinal() * 3 + i) % ids.size());
            if (Arrays.binarySearch(present, id) < 0 && (way != Way.CODEBOOK || codebookCell(w, id).isPresent())) {
                return id;
            }
        }
        return 0;
    }

    private static long[] codesOver(List<Segment> segments, int start, int end) {
        return segments.stream().filter(s -> s.end() > start && s.start() < end).flatMapToLong(s -> Arrays.stream(
                s.codeIds())).distinct().sorted().toArray();
    }

    /** On the FX thread: whether the transcript shown has {@code code} over {@code offset}. */
    private static boolean coded(AppWindow w, int offset, long code) {
        TranscriptContent c = w.area().content();
        return c != null && c.transcript().segments().stream().filter(s -> s.start() <= offset && offset < s.end())
                .anyMatch(s -> Arrays.stream(s.codeIds()).anyMatch(id -> id == code));
    }

    private static Optional<Bounds> codebookCell(AppWindow w, long code) {
        return w.cellOnScreen("#codes", item -> item instanceof CodeRow r
                && r.code().id() == code);
    }

    /** Ctrl+K, then the code's name typed until the finder offers it first; Enter is left to the caller. */
    private static void openFinder(AppWindow w, long code) throws Exception {
        String name = w.fx(() -> w.area().content().codes().get(code).name());
        w.fx(() -> {
            w.keys(KeyCode.CONTROL, KeyCode.K);
            return null;
        });
        AppWindow.waitUntil(30_000, () -> {
            try {
                return w.fx(() -> finderMatches() != null);
            } catch (Exception e) {
                return false;
            }
        });
        w.fx(() -> {
            w.type(name.toLowerCase(Locale.ROOT));
            return null;
        });
        w.settle();
        String offered = w.fx(() -> {
            FuzzyMatch.Choice first = finderMatches().getSelectionModel().getSelectedItem();
            return first == null ? null : first.name();
        });
        if (!name.equals(offered)) {
            throw new IllegalStateException("the finder offers " + offered + " for " + name);
        }
    }

    /** On the FX thread: the code finder's list while it is showing, or null. */
    @SuppressWarnings("unchecked")
    private static ListView<FuzzyMatch.Choice> finderMatches() {
        for (Window window : Window.getWindows()) {
            if (window instanceof PopupWindow && window.isShowing() && window.getScene() != null) {
                Node list = window.getScene().getRoot().lookup("#code-finder-matches");
                if (list != null) {
                    return (ListView<FuzzyMatch.Choice>) list;
                }
            }
        }
        return null;
    }
}
