package org.thematica.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files to start from, and ways of breaking them. */
final class HostileFiles {
    private HostileFiles() {
    }

    static byte[] resource(String path) {
        try (InputStream in = HostileFiles.class.getResourceAsStream("/fixtures/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.beginText();
                s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                s.newLineAtOffset(72, 700);
                s.showText("Interviewer: Why? Karim: Because of the security vacuum.");
                s.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One of a few mutations, chosen and placed by {@code random}. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        switch (random.nextInt(5)) {
            case 0: // truncated
                return java.util.Arrays.copyOf(b, random.nextInt(Math.max(1, b.length)));
            case 1: // bytes flipped here and there
                for (int i = 0; i < 1 + random.nextInt(20); i++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
                return b;
            case 2: // a run of garbage inside
                int at = random.nextInt(b.length);
                byte[] garbage = new byte[1 + random.nextInt(300)];
                random.nextBytes(garbage);
                byte[] out = new byte[b.length + garbage.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(garbage, 0, out, at, garbage.length);
                System.arraycopy(b, at, out, at + garbage.length, b.length - at);
                return out;
            case 3: // a block zeroed
                int from = random.nextInt(b.length);
                java.util.Arrays.fill(b, from, Math.min(b.length, from + 1 + random.nextInt(512)), (byte) 0);
                return b;
            default: // the halves swapped
                int mid = random.nextInt(b.length);
                byte[] swapped = new byte[b.length];
                System.arraycopy(b, mid, swapped, 0, b.length - mid);
                System.arraycopy(b, 0, swapped, b.length - mid, mid);
                return swapped;
        }
    }

    /** A .docx whose body nests {@code depth} elements: deep XML. */
    static byte[] deepDocx(int depth) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                + "wordprocessingml/2006/main\"><w:body>");
        xml.append("<w:p>".repeat(depth)).append("</w:p>".repeat(depth)).append("</w:body></w:document>");
        return zip("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                + "package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                + "wordprocessingml.document.main+xml\"/></Types>", "word/document.xml", xml.toString());
    }

    /** An .odt whose content uses an entity expanding a billion times ("billion laughs"). */
    static byte[] entityBombOdt() {
        String lol = "<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">]>";
        String content = "<?xml version=\"1.0\"?>" + lol + "<office:document-content xmlns:office=\"urn:oasis:names:tc:"
                + "opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
                + "<office:body><office:text><text:p>&lol5;</text:p></office:text></office:body></office:document-content>";
        return zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml", content);
    }

    /** A .docx with a highly compressed 200 MB part: a zip bomb. */
    static byte[] zipBombDocx() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] zip(String... nameAndContent) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameAndContent.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameAndContent[i]));
                zip.write(nameAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
