package org.thematica.ui.codebook;

import java.util.List;
import org.thematica.model.ThemeLink;
import org.thematica.service.WorkspaceService.ThemeRow;

/** What deleting a theme touches, in the words of its confirmation. */
record ThemeDeletion(String theme, int codes, long codings, int links) {
    static ThemeDeletion of(ThemeRow row, List<ThemeLink> allLinks) {
        long id = row.theme().id();
        int links = (int) allLinks.stream().filter(l -> l.fromThemeId() == id || l.toThemeId() == id).count();
        return new ThemeDeletion(row.theme().name(), row.codeIds().size(), row.codings(), links);
    }

    String header() {
        return "Delete theme '" + theme + "'?";
    }

    String body() {
        StringBuilder text = new StringBuilder();
        if (codes == 0) {
            text.append("It groups no codes.");
        } else {
            String subject = codes == 1 ? "Its code" : "Its " + codes + " codes";
            String their = codes == 1 ? "its " : "their ";
            text.append(subject).append(codings == 0 ? (codes == 1 ? " stays" : " stay")
                    : " and " + their + Words.counted(codings, "coding") + " stay")
                    .append(" in the codebook; only the grouping goes.");
        }
        if (links > 0) {
            text.append(links == 1 ? "\nIts link on the thematic map goes with it."
                    : "\nIts " + links + " links on the thematic map go with it.");
        }
        text.append("\nUndo brings it back.");
        return text.toString();
    }
}
