package org.thematica.ui.transcript;

import java.util.Map;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.thematica.service.WorkspaceService.Transcript;

/**
 * A document prepared off the FX thread for display: the styled document (text, highlight and
 * paragraph styles, for the first show), the style spans alone (for restyling after an edit),
 * and which codes touch each paragraph (for the margin bars).
 *
 * @param paragraphCodes for each paragraph, the ids of the codes coding some of it
 * @param codes          name and colour of every code, by id
 * @param maxBars        the most codes on any one paragraph (the margin's width)
 */
public record TranscriptContent(Transcript transcript, ReadOnlyStyledDocument<String, String, String> document,
                                StyleSpans<String> styles, long[][] paragraphCodes, Map<Long, CodeLook> codes,
                                int maxBars) {
    /** What the view needs to know of a code. */
    public record CodeLook(String name, String colour) {
    }

    public long documentId() {
        return transcript.document().id();
    }
}
