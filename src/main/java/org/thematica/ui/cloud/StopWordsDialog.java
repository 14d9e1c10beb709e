package org.thematica.ui.cloud;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.thematica.analysis.StopWords;
import org.thematica.analysis.StopWords.Choice;
import org.thematica.analysis.StopWords.Language;

/**
 * Edits the project's stop words: which built-in lists apply (English, Arabic, Turkish; each can
 * be read here), words the project also leaves out, and words it keeps although a list has them.
 * Saving is one undoable step; every word cloud of the project follows.
 */
final class StopWordsDialog {
    private StopWordsDialog() {
    }

    static Optional<Choice> show(Window owner, Choice current) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Stop words");
        dialog.setHeaderText("Words the word cloud leaves out, for this project");
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            }
        }
        Map<Language, CheckBox> lists = new LinkedHashMap<>();
        HBox boxes = new HBox(12);
        for (Language l : Language.values()) {
            CheckBox box = new CheckBox(l.label() + " (" + StopWords.builtIn(l).size() + ")");
            box.setId("stop-list-" + l.key());
            box.setSelected(current.languages().contains(l));
            lists.put(l, box);
            boxes.getChildren().add(box);
        }
        TextArea extra = area("stop-extra", current.extra(), "for example: um yeah Qadira");
        TextArea keep = area("stop-keep", current.keep(), "for example: state power");
        VBox builtIn = new VBox(6);
        for (Language l : Language.values()) {
            TextArea words = new TextArea(String.join(" ", StopWords.builtIn(l)));
            words.setEditable(false);
            words.setWrapText(true);
            words.setPrefRowCount(4);
            builtIn.getChildren().addAll(new Label(l.label()), words);
        }
        TitledPane shown = new TitledPane("The built-in lists", builtIn);
        shown.setExpanded(false);
        VBox content = new VBox(8,
                new Label("Built-in lists (search engines' lists with the fillers of spoken interviews):"), boxes,
                new Label("Also leave out (separate words with spaces or new lines):"), extra,
                new Label("Keep, although a list has them:"), keep, shown);
        content.setPadding(new Insets(10));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        ButtonType reset = new ButtonType("Use the built-in lists only", ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(save, reset, ButtonType.CANCEL);
        ButtonType answer = dialog.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == reset) {
            return Optional.of(Choice.defaults());
        }
        if (answer != save) {
            return Optional.empty();
        }
        Set<Language> languages = EnumSet.noneOf(Language.class);
        lists.forEach((l, box) -> {
            if (box.isSelected()) {
                languages.add(l);
            }
        });
        return Optional.of(new Choice(languages, Choice.splitWords(extra.getText()), Choice.splitWords(keep.getText())));
    }

    private static TextArea area(String id, java.util.List<String> words, String prompt) {
        TextArea a = new TextArea(String.join(" ", words));
        a.setId(id);
        a.setPromptText(prompt);
        a.setWrapText(true);
        a.setPrefRowCount(3);
        return a;
    }
}
