package org.thematica.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Files in the OLE2 compound format (D0 CF 11 E0): old Word .doc, Excel .xls, PowerPoint .ppt,
 * and also password-protected .docx files, which Office stores as an encrypted package inside
 * such a container. We read none of them; this says which one it is.
 */
final class OfficeBinaryFiles {
    private OfficeBinaryFiles() {
    }

    static boolean isOle2(byte[] bytes) {
        return bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0;
    }

    static ImportException refusal(Path file, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo")) {
                return new ImportException(file, "is password-protected; remove the password in Word "
                        + "(or save an unprotected copy) and import that");
            }
            if (fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book")) {
                return new ImportException(file, "is an old Excel .xls file, not a text document");
            }
        } catch (IOException | RuntimeException e) {
            // A damaged container: the generic message below still tells the user what to do.
        }
        return new ImportException(file,
                "is an old Word .doc (or other Office 97) file; save it as .docx and import that");
    }
}
