package org.thematica.ui.search;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.thematica.service.RetrievalService.Hit;
import org.thematica.ui.common.Concordance;
import org.thematica.ui.workbench.Dockable;
import org.thematica.ui.workbench.WorkbenchContext;

/**
 * Search all documents: type words, press Enter, and read every occurrence in context (the
 * words before, the match, the words after), with its document and case. A click or Enter
 * shows the occurrence in the transcript. Ctrl+Shift+F brings the query field up.
 */
public final class SearchPane extends BorderPane implements Dockable {
    private final SearchViewModel model;
    private final TextField query = new TextField();
    private final TableView<Hit> table = new TableView<>();

    public SearchPane(WorkbenchContext context) {
        this.model = new SearchViewModel(context);
        getStyleClass().add("search-pane");
        setId("search");

        query.setId("search-query");
        query.setPromptText("Search all documents: words, \"a phrase\", prefix*, a OR b");
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search());
        query.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                model.prepare(); // read the documents while the query is typed
            }
        });
        Button go = new Button("Search");
        go.setId("search-button");
        go.setOnAction(e -> model.search());
        Label summary = new Label();
        summary.setId("search-summary");
        summary.getStyleClass().add("muted");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(query, Priority.ALWAYS);
        query.setMaxWidth(560);
        HBox top = new HBox(8, query, go, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(5, 10, 5, 10));
        top.getStyleClass().add("retrieval-bar");
        setTop(top);

        buildTable();
        Label placeholder = new Label();
        placeholder.getStyleClass().add("empty-hint");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(model.emptyMessageProperty());
        table.setPlaceholder(placeholder);
        setCenter(table);
        model.resultProperty().addListener((o, old, result) -> {
            var hits = result == null ? java.util.List.<org.thematica.service.RetrievalService.Hit>of() : result.hits();
            var shown = table.getItems();
            if (old != null && result != null && old.query().equals(result.query()) && hits.size() >= shown.size()
                    && hits.subList(0, shown.size()).equals(shown)) {
                // the same search, further along: add what is new and keep the reader's place
                shown.addAll(hits.subList(shown.size(), hits.size()));
            } else {
                shown.setAll(hits);
                table.scrollTo(0);
            }
        });
    }

    /** The shell focuses the pane after Ctrl+Shift+F: the query field takes it, ready to type over. */
    @Override
    public void requestFocus() {
        query.requestFocus();
        query.selectAll();
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void activate() {
        model.activate();
    }

    @Override
    public void deactivate() {
        model.deactivate();
    }

    public SearchViewModel model() {
        return model;
    }

    private void buildTable() {
        table.setId("search-hits");
        table.getStyleClass().add("search-hits");
        Concordance.setUp(table, "Match", model::reveal);
    }
}
