package org.thematica.ui.shell;

import java.util.List;
import org.thematica.service.Project;
import org.thematica.ui.codebook.CodebookPane;
import org.thematica.ui.codebook.CodebookViewModel;
import org.thematica.ui.common.Background;
import org.thematica.ui.documents.DocumentsPane;
import org.thematica.ui.documents.DocumentsViewModel;
import org.thematica.ui.memos.MemosPane;
import org.thematica.ui.retrieval.PassagesPane;
import org.thematica.ui.search.SearchPane;
import org.thematica.ui.transcript.TranscriptPane;
import org.thematica.ui.transcript.TranscriptViewModel;
import org.thematica.ui.workbench.Activation;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/** Builds the workbench for one open project: the shared context and every pane (the composition root). */
public final class Workbench {
    final WorkbenchContext context;
    final MainViewModel model;
    final DocumentsPane documents;
    final TranscriptPane transcript;
    final CodebookPane codebook;
    final PassagesPane passages;
    final SearchPane search;
    final MemosPane memos;
    final org.thematica.ui.charts.BarChartPane chart;
    final org.thematica.ui.map.ThematicMapPane map;
    final org.thematica.ui.cloud.WordCloudPane cloud;
    final org.thematica.ui.matrix.MatrixPane matrix;
    private final Activation activation = new Activation();

    public Workbench(Project project, Background background) {
        context = new WorkbenchContext(project, background);
        model = new MainViewModel(context);
        documents = new DocumentsPane(new DocumentsViewModel(context));
        transcript = new TranscriptPane(new TranscriptViewModel(context));
        codebook = new CodebookPane(new CodebookViewModel(context));
        passages = new PassagesPane(context);
        search = new SearchPane(context);
        memos = new MemosPane(context);
        chart = new org.thematica.ui.charts.BarChartPane(context);
        map = new org.thematica.ui.map.ThematicMapPane(context);
        cloud = new org.thematica.ui.cloud.WordCloudPane(context);
        matrix = new org.thematica.ui.matrix.MatrixPane(context);
        // the transcript first: after an edit its restyle is queued on the project thread before
        // the other panes' refreshes, so the coder sees the highlight soonest
        for (Dockable side : List.of(transcript, documents, codebook)) {
            activation.add(side, true);
        }
        // the dock's panes work only while their tab is chosen (MainView says which)
        for (Dockable docked : docked()) {
            activation.add(docked, false);
        }
    }

    /** The panes of the dock, in its order of tabs. */
    List<Dockable> docked() {
        return List.of(passages, search, memos, chart, map, cloud, matrix);
    }

    public void activate() {
        activation.open();
        model.activate();
    }

    public void dispose() {
        activation.close();
        model.deactivate();
        context.dispose();
    }

    /** A pane of the dock came into view (its tab was chosen) or went out of it. */
    void shown(Dockable pane, boolean shown) {
        activation.shown(pane, shown);
    }

    /** Whether a pane is active now (shown, with the project open). */
    public boolean isActive(Dockable pane) {
        return activation.isActive(pane);
    }

    public MainViewModel model() {
        return model;
    }

    public WorkbenchContext context() {
        return context;
    }

    public TranscriptPane transcript() {
        return transcript;
    }
}
