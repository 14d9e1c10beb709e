package org.thematica.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;

/**
 * The text of each page of a PDF, in one pass over its pages (asking PDFBox for one page at a
 * time walks the page tree once per page: quadratic), sorted by position so that text drawn out
 * of order still reads top to bottom. Two {@link ExpansionBudget}s bound the work: the text
 * built, and the content interpreted. A content stream is charged its decoded size each time it
 * is drawn (a page, a form, a Type 3 glyph), so neither a stream that inflates to 600 MB nor a
 * small form drawn a million times can run for minutes; the size is measured by decoding into a
 * counter that stops at what is left, because PDFBox itself decodes most streams into memory.
 */
final class PdfText extends PDFTextStripper {
    private final ExpansionBudget content;
    private final Map<COSStream, Long> sizes = new IdentityHashMap<>();
    private final PageWriter writer;

    private PdfText(ReadOptions options) throws IOException {
        this.content = ExpansionBudget.pageContent(options);
        this.writer = new PageWriter(ExpansionBudget.text(options));
        setSortByPosition(true);
        setLineSeparator("\n");
        setParagraphEnd("");
        setPageStart("");
        setPageEnd("");
    }

    /**
     * One string per page, without trailing newlines.
     *
     * @throws ExpansionBudget.Exceeded when the text or the content interpreted passes the import limit
     */
    static List<String> pages(PDDocument document, ReadOptions options) throws IOException,
            ExpansionBudget.Exceeded {
        PdfText stripper = new PdfText(options);
        try {
            stripper.writeText(document, stripper.writer);
        } catch (ExpansionBudget.Overrun e) {
            throw e.exceeded();
        }
        return stripper.writer.pages;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
            charge(streams.next().getCOSObject());
        }
        super.processPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        super.endPage(page);
        writer.endPage();
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        charge(form.getCOSObject());
        super.showForm(form);
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup group) throws IOException {
        charge(group.getCOSObject());
        super.showTransparencyGroup(group);
    }

    @Override
    protected void processType3Stream(PDType3CharProc charProc, Matrix textRenderingMatrix) throws IOException {
        charge(charProc.getCOSObject());
        super.processType3Stream(charProc, textRenderingMatrix);
    }

    private void charge(COSStream stream) {
        Long size = sizes.get(stream);
        if (size == null) {
            size = decodedSize(stream, content.left());
            sizes.put(stream, size);
        }
        content.chargeUnchecked(size);
    }

    /**
     * The stream's decoded size, or {@code cap + 1} when it decodes to more than {@code cap}.
     * Filters after the first work on the previous one's output, held in memory within the cap.
     * A stream that cannot be decoded costs what was decoded before the error; PDFBox then
     * decides, as before, whether the page can be read.
     */
    private static long decodedSize(COSStream stream, long cap) {
        List<COSName> filters = filterNames(stream.getFilters());
        if (filters.isEmpty()) {
            return stream.getLength();
        }
        Counter counter = null;
        try (InputStream raw = stream.createRawInputStream()) {
            InputStream in = raw;
            for (int i = 0; i < filters.size(); i++) {
                counter = new Counter(cap, i < filters.size() - 1);
                FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, counter, stream, i);
                in = counter.kept == null ? null : new ByteArrayInputStream(counter.kept.toByteArray());
            }
            return counter.count;
        } catch (Counter.Full e) {
            return cap + 1;
        } catch (IOException | RuntimeException e) {
            return counter == null ? 0 : counter.count;
        }
    }

    private static List<COSName> filterNames(COSBase filters) {
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (COSBase item : array) {
                if (item instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Counts decoded bytes, keeping them when another filter follows, and stops past its cap. */
    private static final class Counter extends OutputStream {
        /** Thrown through the filter's code, which may catch IOExceptions of its own. */
        static final class Full extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Full() {
                super(null, null, false, false);
            }
        }

        private final long cap;
        private final ByteArrayOutputStream kept;
        private long count;

        Counter(long cap, boolean keep) {
            this.cap = cap;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
            if (count > cap) {
                throw new Full();
            }
            if (kept != null) {
                kept.write(b, off, len);
            }
        }
    }

    /** Collects the stripper's output page by page, charging every character to the text budget. */
    private static final class PageWriter extends Writer {
        private final ExpansionBudget text;
        private final StringBuilder page = new StringBuilder();
        private final List<String> pages = new ArrayList<>();

        PageWriter(ExpansionBudget text) {
            this.text = text;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            text.chargeUnchecked(len);
            page.append(chars, off, len);
        }

        void endPage() {
            int end = page.length();
            while (end > 0 && (page.charAt(end - 1) == '\n' || page.charAt(end - 1) == '\r')) {
                end--;
            }
            pages.add(page.substring(0, end));
            page.setLength(0);
        }

        @Override
        public void flush() {
            // nothing is buffered
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
