package org.thematica.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Renders Markdown as the plain text a reader sees: one line per paragraph or heading, markup
 * gone (#, *, _, link and image syntax; a link keeps its text, an image its alt text, not the
 * URL), line breaks inside a paragraph kept, list items prefixed with "• " or their number.
 * commonmark's own TextContentRenderer was not used because it wraps links, code and quotes in
 * quotation marks and appends URLs, which would end up in the coded text.
 */
final class MarkdownText extends AbstractVisitor {
    private final StringBuilder out = new StringBuilder();
    private final Deque<int[]> orderedNumbers = new ArrayDeque<>();
    private String pendingMarker;

    private MarkdownText() {
    }

    static String render(String markdown) {
        MarkdownText renderer = new MarkdownText();
        Parser.builder().build().parse(markdown).accept(renderer);
        StringBuilder out = renderer.out;
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        return out.substring(0, end);
    }

    @Override
    public void visit(Paragraph paragraph) {
        startBlock();
        visitChildren(paragraph);
    }

    @Override
    public void visit(Heading heading) {
        startBlock();
        visitChildren(heading);
    }

    @Override
    public void visit(BlockQuote quote) {
        startBlock();
        visitChildren(quote);
    }

    @Override
    public void visit(BulletList list) {
        startBlock();
        visitChildren(list);
    }

    @Override
    public void visit(OrderedList list) {
        startBlock();
        Integer first = list.getMarkerStartNumber();
        orderedNumbers.push(new int[] {first == null ? 1 : first});
        visitChildren(list);
        orderedNumbers.pop();
    }

    @Override
    public void visit(ListItem item) {
        startBlock();
        if (item.getParent() instanceof OrderedList list && !orderedNumbers.isEmpty()) {
            String delimiter = list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter();
            pendingMarker = orderedNumbers.peek()[0]++ + delimiter + " ";
        } else {
            pendingMarker = "• ";
        }
        visitChildren(item);
        if (pendingMarker != null) { // an empty item
            out.append(pendingMarker.strip());
            pendingMarker = null;
        }
    }

    @Override
    public void visit(FencedCodeBlock code) {
        block(code.getLiteral());
    }

    @Override
    public void visit(IndentedCodeBlock code) {
        block(code.getLiteral());
    }

    @Override
    public void visit(HtmlBlock html) {
        String text = stripTags(html.getLiteral()).strip();
        if (!text.isEmpty()) {
            block(text);
        }
    }

    @Override
    public void visit(ThematicBreak thematicBreak) {
        // a horizontal rule carries no words
    }

    @Override
    public void visit(Text text) {
        write(text.getLiteral());
    }

    @Override
    public void visit(Code code) {
        write(code.getLiteral());
    }

    @Override
    public void visit(HtmlInline html) {
        if (html.getLiteral().regionMatches(true, 0, "<br", 0, 3)) {
            write("\n");
        }
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        write("\n");
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        write("\n");
    }

    private void block(String literal) {
        startBlock();
        String text = literal;
        while (text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        write(text);
    }

    private void startBlock() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private void write(String s) {
        if (pendingMarker != null) {
            out.append(pendingMarker);
            pendingMarker = null;
        }
        out.append(s);
    }

    /** Drops HTML tags and comments from a raw HTML block, keeping the words between them. */
    static String stripTags(String html) {
        StringBuilder text = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf('>', i + 1);
                if (close < 0) {
                    break;
                }
                i = close + (html.charAt(close) == '-' ? 3 : 1);
            } else {
                text.append(c);
                i++;
            }
        }
        return text.toString();
    }
}
