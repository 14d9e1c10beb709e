package org.thematica.ui.transcript;

import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.thematica.service.WorkspaceService.Transcript;

/** The document being read: read-only text with coded passages highlighted. */
public final class TranscriptView extends BorderPane {
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final Label heading = new Label();
    private final Label placeholder = new Label("Choose a document on the left to read it.");

    public TranscriptView() {
        getStyleClass().add("transcript");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("transcript-text");
        heading.getStyleClass().add("transcript-heading");
        placeholder.getStyleClass().add("muted");
        setTop(heading);
        setCenter(new StackPane(placeholder));
    }

    /** Shows a document with its precomputed styles (applied in one batch). */
    public void show(Transcript transcript, StyleSpans<String> styles) {
        heading.setText(transcript.document().name() + "  ·  " + transcript.codings().size() + " codings  ·  "
                + transcript.document().wordCount() + " words");
        area.replaceText(transcript.text());
        area.setStyleSpans(0, styles);
        area.moveTo(0);
        area.requestFollowCaret();
        if (!(getCenter() instanceof VirtualizedScrollPane)) {
            setCenter(new VirtualizedScrollPane<>(area));
        }
    }

    public InlineCssTextArea area() {
        return area;
    }
}
