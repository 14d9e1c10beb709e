package org.thematica.ui.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thematica.model.ThemeLink;
import org.thematica.service.WorkspaceService.CodeRow;
import org.thematica.service.WorkspaceService.ThemeRow;

/** The tooltips of the codebook: what a row cannot show in one line. */
final class CodebookTips {
    private CodebookTips() {
    }

    static String code(CodeRow row, String parentName) {
        List<String> lines = new ArrayList<>();
        lines.add(row.code().name());
        lines.add(row.codings() == 0 ? "Not applied yet."
                : Words.counted(row.codings(), "coding") + " in " + Words.counted(row.documents(), "document") + ".");
        if (parentName != null) {
            lines.add("Sub-code of '" + parentName + "'.");
        }
        lines.add(row.themes().isEmpty() ? "In no theme yet."
                : (row.themes().size() == 1 ? "In theme " : "In " + row.themes().size() + " themes: ")
                        + Words.quotedList(row.themes()) + ".");
        lines.add(description(row.code().description()));
        return String.join("\n", lines);
    }

    static String theme(ThemeRow row, List<ThemeLink> links, Map<Long, String> themeNames) {
        long id = row.theme().id();
        List<String> lines = new ArrayList<>();
        lines.add(row.theme().name() + " (" + row.theme().status().key() + ")");
        lines.add(Words.counted(row.codeIds().size(), "code") + "; "
                + Words.counted(row.codings(), "coding") + " in " + Words.counted(row.documents(), "document") + ".");
        List<String> to = new ArrayList<>();
        List<String> from = new ArrayList<>();
        for (ThemeLink l : links) {
            if (l.fromThemeId() == id && themeNames.containsKey(l.toThemeId())) {
                to.add("'" + themeNames.get(l.toThemeId()) + "'" + label(l));
            } else if (l.toThemeId() == id && themeNames.containsKey(l.fromThemeId())) {
                from.add("'" + themeNames.get(l.fromThemeId()) + "'" + label(l));
            }
        }
        if (!to.isEmpty()) {
            lines.add("Links to " + String.join(", ", to) + ".");
        }
        if (!from.isEmpty()) {
            lines.add("Linked from " + String.join(", ", from) + ".");
        }
        lines.add(description(row.theme().description()));
        return String.join("\n", lines);
    }

    private static String label(ThemeLink l) {
        return l.label() == null || l.label().isBlank() ? "" : " (" + l.label() + ")";
    }

    private static String description(String text) {
        return text == null || text.isBlank() ? "No description yet." : "\n" + text.strip();
    }
}
