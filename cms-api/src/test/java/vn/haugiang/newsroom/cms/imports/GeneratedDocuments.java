package vn.haugiang.newsroom.cms.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Documents the shared data lacks, made with the libraries Tika itself parses them with (PDFBox and
 * POI come with tika-parsers-standard-package).
 */
final class GeneratedDocuments {

    private GeneratedDocuments() {
    }

    /** A one-page PDF that needs the user password "secret" to open. */
    static byte[] passwordProtectedPdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(50, 700);
                text.showText("Confidential");
                text.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX with a Vietnamese heading, a paragraph and the given PNG inline. */
    static byte[] docxWithImage(byte[] png) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Ảnh minh hoạ: Hậu Giang");
            document.createParagraph().createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                    "testPNG.png", Units.toEMU(100), Units.toEMU(75));
            document.write(out);
            return out.toByteArray();
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DOCX with one paragraph of the given text. */
    static byte[] docxWithText(String text) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
