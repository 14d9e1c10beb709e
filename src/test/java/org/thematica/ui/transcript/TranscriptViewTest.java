package org.thematica.ui.transcript;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.thematica.analysis.Highlights.Span;
import org.thematica.model.SpeakerTurn;

/**
 * The transcript view headless, on documents of hundreds of short speaker turns: switching
 * documents reuses the rows on screen rather than building the list again, and the coded rows'
 * margins share one tooltip that names the codes of the row under the pointer.
 */
@ExtendWith(ApplicationExtension.class)
class TranscriptViewTest {
    /** Where {@link Tooltip#install} keeps a node's tooltip. */
    private static final String TOOLTIP = "javafx.scene.control.Tooltip";
    private TranscriptView view;

    @Start
    void start(Stage stage) {
        // controls load the default stylesheet when the first one is made, and restyle every node
        // then: let that happen before the view exists, as it does in the window
        new javafx.scene.control.Label();
        view = new TranscriptView();
        Scene scene = new Scene(view, 700, 500);
        scene.getStylesheets().add(getClass().getResource("/org/thematica/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** {@code lines} one-line turns of two speakers; every third line coded with code 1, every fifth with 2. */
    static TranscriptContent document(String name, int lines, boolean coded) {
        StringBuilder text = new StringBuilder();
        List<SpeakerTurn> turns = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            int start = text.length();
            String speaker = i % 2 == 0 ? "Karim" : "Q";
            text.append(speaker).append(": ").append(name).append(" line ").append(i).append(" about the war");
            turns.add(SpeakerTurn.untimed(start, text.length(), speaker));
            if (coded && i % 3 == 0) {
                spans.add(new Span(start, text.length(), 1));
            }
            if (coded && i % 5 == 0) {
                spans.add(new Span(start + 3, text.length(), 2));
            }
            text.append('\n');
        }
        return TranscriptLayout.prepare(TranscriptLayoutTest.transcript(text.toString(), turns, spans),
                TranscriptLayoutTest.codes());
    }

    private <T> T fx(Callable<T> c) throws Exception {
        T value = WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return value;
    }

    /** The rows on screen, once the view is laid out. */
    private List<RowNode> shown() throws Exception {
        return fx(() -> {
            view.getScene().getRoot().applyCss();
            view.getScene().getRoot().layout();
            return view.visibleRows().stream().filter(Node::isVisible).toList();
        });
    }

    @Test
    void switchingDocumentsReusesTheRowNodesAndShowsTheNewOneFromItsTop() throws Exception {
        fx(() -> {
            view.setContent(document("alpha", 400, false));
            return null;
        });
        // every row node made so far: those at the top, and those a jump far down made
        Set<RowNode> made = identities(shown());
        fx(() -> {
            view.showRowAtTop(200);
            view.selectRange(10, 20);
            return null;
        });
        made.addAll(shown());
        assertThat(made).hasSizeGreaterThan(10);

        fx(() -> {
            view.setContent(document("beta", 300, true));
            return null;
        });
        List<RowNode> after = shown();
        assertThat(after).as("the rows on screen show the new document").isNotEmpty()
                .allSatisfy(n -> assertThat(view.content().rowText(n.row())).contains("beta"));
        assertThat(identities(after)).as("row nodes made before, given new rows").isSubsetOf(made);
        assertThat(after.stream().mapToInt(RowNode::row).min().orElseThrow()).as("from its top").isZero();
        assertThat(fx(() -> view.selectionStart() == 0 && view.selectionEnd() == 0)).as("nothing selected").isTrue();
    }

    @Test
    void codedRowsShareOneTooltipNamingTheCodesOfTheRowUnderThePointer() throws Exception {
        fx(() -> {
            view.setContent(document("gamma", 200, true));
            return null;
        });
        List<RowNode> rows = shown();
        List<Tooltip> tooltips = new ArrayList<>();
        for (RowNode row : rows) {
            Node margin = row.getChildrenUnmodifiable().get(0);
            Object tip = margin.getProperties().get(TOOLTIP);
            long[] codes = view.content().rowCodes(row.row());
            assertThat(tip != null).as("row %d has codes %s", row.row(), codes.length).isEqualTo(codes.length > 0);
            if (tip != null) {
                tooltips.add((Tooltip) tip);
            }
        }
        assertThat(tooltips).hasSizeGreaterThan(3);
        assertThat(identities(tooltips)).as("one tooltip for every row").hasSize(1);

        RowNode both = rows.stream().filter(r -> r.row() % 15 == 0).findFirst().orElseThrow();
        RowNode red = rows.stream().filter(r -> r.row() % 3 == 0 && r.row() % 5 != 0).findFirst().orElseThrow();
        assertThat(hover(both)).isEqualTo("red\nblue");
        assertThat(hover(red)).isEqualTo("red");
    }

    /** The tooltip's text once the pointer has entered the row's margin. */
    private String hover(RowNode row) throws Exception {
        return fx(() -> {
            Node margin = row.getChildrenUnmodifiable().get(0);
            Event.fireEvent(margin, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1,
                    javafx.scene.input.MouseButton.NONE, 0, false, false, false, false, false, false, false,
                    false, false, false, null));
            return ((Tooltip) margin.getProperties().get(TOOLTIP)).getText();
        });
    }

    private static <T> Set<T> identities(List<T> list) {
        return list.stream().collect(Collectors.toCollection(() -> java.util.Collections.newSetFromMap(
                new IdentityHashMap<>())));
    }
}
