package dev.hireloop.adapter.in.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hireloop.adapter.out.documents.CvDocuments;
import dev.hireloop.adapter.out.documents.DocumentLimits;
import dev.hireloop.adapter.out.documents.StandardDocumentTextExtractor;
import dev.hireloop.domain.shared.PageRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/profiles/cv} with the real document reader and generated PDF and DOCX files, the stored
 * documents, and every way an upload is refused, each leaving nothing behind.
 */
class CvRoutesTest {
  private static final long CAP = 256 * 1024;
  private static final String BOUNDARY = "----hireloop-test-boundary";
  private static final String CV = """
      Grace Hopper
      grace@example.org | +1 415 555 0123 | Arlington, VA

      Experience
      Senior Software Engineer, Acme Corp, Jan 2019 – Present
      • Built payment services in Java and PostgreSQL
      Software Engineer, Navy Systems, 2012 – 2018

      Skills
      Java, PostgreSQL, Kubernetes

      Education
      BSc Mathematics, Vassar College, 2011
      """;

  private TestApi api;
  private long eventsBefore;

  @BeforeEach
  void start() {
    api = TestApi.start(CAP, builder -> builder.documentTextExtractor(
        new StandardDocumentTextExtractor(DocumentLimits.defaults().withMaxBytes(CAP))));
    eventsBefore = api.eventCount(api.recruiterA);
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void a_pdf_cv_creates_a_profile_and_a_docx_for_the_same_address_updates_it() {
    TestApi.Response created = upload(api.tokenA, "Grace Hopper.pdf", "application/pdf", CvDocuments.onePdf(CV));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    JsonNode body = created.json();
    String profileId = body.at("/profile/id").asText();
    assertThat(created.header("Location")).isEqualTo("/api/profiles/" + profileId);
    assertThat(body.get("created").asBoolean()).isTrue();
    assertThat(body.at("/profile/full_name").asText()).isEqualTo("Grace Hopper");
    assertThat(body.at("/profile/source").asText()).isEqualTo("cv");
    assertThat(body.at("/profile/status").asText()).isEqualTo("cv_received");
    assertThat(body.at("/parsed/email/value").asText()).isEqualTo("grace@example.org");
    assertThat(body.at("/parsed/email/confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(body.at("/parsed/full_name/confidence").isNumber()).isTrue();
    assertThat(body.at("/parsed/skills/items").findValuesAsText("skill")).contains("Java", "PostgreSQL");
    assertThat(body.at("/parsed/experience/items/0/current").asBoolean()).isTrue();
    assertThat(body.at("/document/media_type").asText()).isEqualTo("application/pdf");
    assertThat(body.at("/document/file_name").asText()).isEqualTo("Grace Hopper.pdf");
    assertThat(body.get("kept_fields").isArray()).isTrue();

    TestApi.Response updated = upload(api.tokenA, "cv.docx", "application/octet-stream",
        CvDocuments.docx(CV.replace("Kubernetes", "Kubernetes, Terraform")));

    assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    assertThat(updated.json().get("created").asBoolean()).isFalse();
    assertThat(updated.json().at("/profile/id").asText()).isEqualTo(profileId);
    assertThat(updated.json().at("/document/media_type").asText()).startsWith("application/vnd.openxmlformats");
    assertThat(updated.header("ETag")).isEqualTo("\"" + updated.json().at("/profile/version").asLong() + "\"");
    JsonNode documents = api.get("/api/profiles/" + profileId + "/documents", api.tokenA).json().get("items");
    assertThat(documents).hasSize(2);
    assertThat(documents.get(0).get("file_name").asText()).isEqualTo("cv.docx");
    assertThat(api.get("/api/profiles", api.tokenA).json().get("total").asLong()).isEqualTo(1);
  }

  @Test
  void a_two_column_pdf_is_read_too() {
    TestApi.Response created = upload(api.tokenA, "cv.pdf", "application/pdf", CvDocuments.twoColumnPdf(CV));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().at("/parsed/email/value").asText()).isEqualTo("grace@example.org");
  }

  @Test
  void the_original_document_is_downloaded_byte_for_byte_as_an_attachment_and_erased() throws Exception {
    byte[] pdf = CvDocuments.onePdf(CV);
    JsonNode body = upload(api.tokenA, "Grace; Hopper (CV).pdf", "application/pdf", pdf).json();
    String documentPath = body.at("/document/download").asText();

    HttpResponse<byte[]> download = HttpClient.newHttpClient().send(api.request(documentPath, api.tokenA).GET()
        .build(), HttpResponse.BodyHandlers.ofByteArray());

    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
        assertThat(type).startsWith("application/pdf"));
    assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
        assertThat(disposition).isEqualTo("attachment; filename=\"Grace_ Hopper _CV_.pdf\"; "
            + "filename*=UTF-8''Grace%3B%20Hopper%20%28CV%29.pdf"));

    assertThat(api.delete(documentPath, api.tokenB).status()).isEqualTo(404);
    assertThat(api.get(documentPath, api.tokenB).status()).isEqualTo(404);
    assertThat(api.get("/api/profiles/" + body.at("/profile/id").asText() + "/documents", api.tokenB).status())
        .isEqualTo(404);
    assertThat(api.delete(documentPath, api.tokenA).status()).isEqualTo(204);
    assertThat(api.get(documentPath, api.tokenA).status()).isEqualTo(404);
    assertThat(api.get(documentPath, api.tokenA).json().get("code").asText()).isEqualTo("document.not-found");
  }

  @Test
  void documents_the_reader_refuses_are_422_naming_why_and_store_nothing() {
    byte[] pdf = CvDocuments.onePdf(CV);
    assertRefused(upload(api.tokenA, "cv.pdf", "application/pdf", Arrays.copyOf(pdf, pdf.length / 2)), 422,
        "document.corrupt");
    assertRefused(upload(api.tokenA, "cv.pdf", "application/pdf", CvDocuments.userPasswordPdf(CV, "secret")), 422,
        "document.encrypted");
    assertRefused(upload(api.tokenA, "cv.docx", null, CvDocuments.encryptedDocx(CV, "secret")), 422,
        "document.encrypted");
    assertRefused(upload(api.tokenA, "scan.pdf", "application/pdf", CvDocuments.imageOnlyPdf()), 422,
        "document.image-only");
    assertRefused(upload(api.tokenA, "photo.png", "image/png", CvDocuments.png()), 422, "document.unsupported-type");
    assertRefused(upload(api.tokenA, "cv.doc", "application/msword", CvDocuments.legacyOfficeFile()), 422,
        "document.unsupported-type");
    assertRefused(upload(api.tokenA, "cv.txt", "text/plain", "Skills\nJava\n".getBytes(StandardCharsets.UTF_8)),
        422, "cv.no-name");
    assertNothingStored();
  }

  @Test
  void an_upload_declared_over_the_cap_is_413_before_it_is_read() {
    byte[] huge = new byte[(int) CAP * 4];
    Arrays.fill(huge, (byte) 'a');

    assertRefused(upload(api.tokenA, "cv.txt", "text/plain", huge), 413, "document.too-large");
    assertNothingStored();
  }

  @Test
  void a_streamed_upload_without_a_length_is_cut_off_at_the_cap() {
    byte[] huge = new byte[(int) CAP * 4];
    Arrays.fill(huge, (byte) 'a');
    byte[] body = multipart("cv.txt", "text/plain", huge);

    TestApi.Response response = api.send(api.request("/api/profiles/cv", api.tokenA)
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

    assertRefused(response, 413, "document.too-large");
    assertNothingStored();
  }

  @Test
  void a_body_that_is_not_multipart_is_415_and_one_without_a_file_part_400() {
    assertRefused(api.post("/api/profiles/cv", api.tokenA, "{\"file\":\"x\"}"), 415, "media-type.unsupported");
    byte[] noFile = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nhello\r\n--"
        + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
    TestApi.Response response = api.send(api.request("/api/profiles/cv", api.tokenA)
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(noFile)));
    assertRefused(response, 400, "file.required");
    assertThat(api.send(api.request("/api/profiles/cv").header("Content-Type", "multipart/form-data; boundary=x")
        .POST(HttpRequest.BodyPublishers.ofByteArray(noFile))).status()).isEqualTo(401);
    assertNothingStored();
  }

  @Test
  void without_a_document_reader_the_upload_is_422_intake_unavailable() {
    try (TestApi without = TestApi.start(CAP, builder -> builder)) {
      TestApi.Response response = without.send(without.request("/api/profiles/cv", without.tokenA)
          .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
          .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("cv.txt", "text/plain",
              CV.getBytes(StandardCharsets.UTF_8)))));
      assertRefused(response, 422, "cv.intake-unavailable");
    }
  }

  // --- helpers

  private TestApi.Response upload(String token, String fileName, String contentType, byte[] content) {
    return api.send(api.request("/api/profiles/cv", token)
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(fileName, contentType, content))));
  }

  static byte[] multipart(String fileName, String contentType, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      out.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
          + fileName.replace("\"", "%22") + "\"\r\n" + (contentType == null ? "" : "Content-Type: " + contentType
          + "\r\n") + "\r\n").getBytes(StandardCharsets.UTF_8));
      out.write(content);
      out.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException impossible) {
      throw new AssertionError(impossible);
    }
    return out.toByteArray();
  }

  private static void assertRefused(TestApi.Response response, int status, String code) {
    assertThat(response.status()).as(response.body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("code").asText()).isEqualTo(code);
  }

  private void assertNothingStored() {
    assertThat(api.get("/api/profiles", api.tokenA).json().get("total").asLong()).isZero();
    assertThat(api.eventCount(api.recruiterA)).isEqualTo(eventsBefore);
    Set<String> actions = new HashSet<>();
    api.hireloop.persistence().auditLog().list(api.recruiterA, PageRequest.first(100))
        .items().forEach(entry -> actions.add(entry.action()));
    assertThat(actions).doesNotContain("cv.received");
  }
}
