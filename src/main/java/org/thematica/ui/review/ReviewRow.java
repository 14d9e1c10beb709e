package org.thematica.ui.review;

import org.thematica.model.ReviewBadge;
import org.thematica.model.Verdict;
import org.thematica.service.ReviewQueue;

/**
 * One entry of the review queue as listed: a coding or a code definition.
 *
 * @param key     the coding's or the code's id
 * @param quote   the coded passage, or the code's name
 * @param about   one line under it: code, document and coder, or the code's themes and codings
 * @param title   how a message names it ("'security vacuum' on “filled the vacuum”")
 * @param mine    my latest verdict on it, or null
 * @param item    the coding (null for a code)
 * @param code    the code definition (null for a coding)
 */
public record ReviewRow(long key, String quote, String about, String title, ReviewBadge badge, Verdict mine,
                        boolean changed, ReviewQueue.Item item, ReviewQueue.CodeItem code) {
    static ReviewRow of(ReviewQueue.Item i) {
        String quote = i.coding().text().strip().replaceAll("\\s+", " ");
        return new ReviewRow(i.coding().id(), quote, i.code() + " · " + i.document() + " · " + i.coder(),
                "'" + i.code() + "' on “" + shorten(quote) + "”", i.badge(),
                i.mine() == null ? null : i.mine().verdict(), i.changed(), i, null);
    }

    static ReviewRow of(ReviewQueue.CodeItem c) {
        String themes = c.themes().isEmpty() ? "no theme" : String.join(", ", c.themes());
        return new ReviewRow(c.code().id(), c.code().name(), themes + " · " + c.codings()
                + (c.codings() == 1 ? " coding" : " codings"), "the code '" + c.code().name() + "'", c.badge(),
                c.mine() == null ? null : c.mine().verdict(), c.changed(), null, c);
    }

    static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= 50) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, 49)) + "…";
    }
}
