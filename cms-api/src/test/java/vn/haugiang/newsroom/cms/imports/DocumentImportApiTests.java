package vn.haugiang.newsroom.cms.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.haugiang.newsroom.cms.ApiClient;
import vn.haugiang.newsroom.testing.ActuatorHealth;
import vn.haugiang.newsroom.testing.LocalServer;
import vn.haugiang.newsroom.testing.RequiresLocalServers;

/** Document import through the API, on the real files of ../shared/data (see SOURCES.md). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@RequiresLocalServers({LocalServer.POSTGRES, LocalServer.S3})
class DocumentImportApiTests {

    @LocalServerPort
    int port;

    @Test
    void wordDocumentBecomesADraftWithItsSourceTitleAndSafeStructuredBody() throws Exception {
        ApiClient reporter = ApiClient.as(port, "phongvien.bhg");

        var imported = reporter.upload("/api/imports", "testWORD.docx", Files.readAllBytes(TestFiles.data("documents/testWORD.docx")));

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        var item = imported.json().path("saved").path("item");
        assertThat(item.path("state").asString()).isEqualTo("draft");
        assertThat(item.path("content").path("headline").asString()).isEqualTo("Sample Word Document");
        assertThat(item.path("content").path("byline").asString()).isEqualTo("Keith Bennett");
        // The safelist keeps h2-h4: the document's h1 becomes h2 under the page's headline.
        assertThat(item.path("content").path("body").asString()).contains("<h2>Heading Level 1</h2>", "<table>");
    }

    @Test
    void embeddedImagesGoToTheMediaLibraryAndTheBodyPointsAtThem() throws Exception {
        ApiClient reporter = ApiClient.as(port, "phongvien.bhg");
        byte[] docx = GeneratedDocuments.docxWithImage(Files.readAllBytes(TestFiles.data("media/testPNG.png")));

        var imported = reporter.upload("/api/imports", "bai-co-anh.docx", docx);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String body = imported.json().path("saved").path("item").path("content").path("body").asString();
        var src = java.util.regex.Pattern.compile("<img[^>]* src=\"(/media/[^\"]+)\"").matcher(body);
        assertThat(src.find()).as(body).isTrue();
        var library = reporter.get("/api/media?limit=50").json();
        assertThat(library.toString()).contains(src.group(1).substring("/media/".length()));
    }

    @Test
    void brokenFilesGet422WithTheReasonAndTheServiceStaysHealthy() throws Exception {
        ApiClient reporter = ApiClient.as(port, "phongvien.bhg");

        for (String file : new String[] {"testWORD_truncated.docx", "testODTnotaZipFile.odt"}) {
            var refused = reporter.upload("/api/imports", file, Files.readAllBytes(TestFiles.data("malformed/" + file)));
            assertThat(refused.status()).as(file + ": " + refused.body()).isEqualTo(422);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().path("kind").asString()).isEqualTo("CORRUPT");
            assertThat(refused.json().path("field").asString()).isEqualTo("file");
        }

        ActuatorHealth.assertUp(port, "db");
        assertThat(reporter.upload("/api/imports", "testPDF.pdf", Files.readAllBytes(TestFiles.data("documents/testPDF.pdf")))
                .json().path("saved").path("item").path("content").path("headline").asString())
                .isEqualTo("Apache Tika - Apache Tika");
    }

    @Test
    void legacyEncodedTextFileIsConvertedAndPastedTcvn3IsConverted() {
        ApiClient reporter = ApiClient.as(port, "phongvien.bhg");
        String unicode = "Cộng hòa xã hội chủ nghĩa Việt Nam";
        byte[] tcvn3 = "Céng hßa x· héi chñ nghÜa ViÖt Nam\n\nĐộc lập".replace("Độc lập", "§éc lËp")
                .getBytes(Charset.forName("windows-1252"));

        var imported = reporter.upload("/api/imports", "cong-van.txt", tcvn3);

        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().path("legacyEncoding").path("source").asString()).isEqualTo("TCVN3");
        assertThat(imported.json().path("saved").path("item").path("content").path("headline").asString()).isEqualTo(unicode);
        var pasted = reporter.post("/api/imports/legacy-text", Map.of("text", "Céng hßa x· héi chñ nghÜa ViÖt Nam")).json();
        assertThat(pasted.path("text").asString()).isEqualTo(unicode);
        assertThat(pasted.path("outcome").asString()).isEqualTo("CONVERTED");
    }
}
