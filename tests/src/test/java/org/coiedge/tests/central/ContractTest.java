package org.coiedge.tests.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document and the reference server describe the same operations. */
class ContractTest {
    private static final List<String> SERVED = List.of("post /enrolments", "get /time",
            "post /devices/{deviceId}/events", "get /devices/{deviceId}/events", "get /devices/{deviceId}",
            "get /devices/{deviceId}/rejections", "get /cois/{coi}/events", "get /reference/{dataset}",
            "post /identifier-blocks");
    @TempDir
    Path dir;

    static List<String> documentedOperations() throws Exception {
        String doc;
        try (InputStream in = ContractTest.class.getResourceAsStream("/org/coiedge/sync/central-v1.openapi.yaml")) {
            assertThat(in).as("the OpenAPI document ships in sync-client").isNotNull();
            doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(doc).startsWith("openapi: 3.1.0");
        List<String> ops = new ArrayList<>();
        String path = null;
        for (String line : doc.split("\n")) {
            if (line.matches("  /[^ ]*:\\s*")) {
                path = line.trim().replace(":", "");
            } else if (path != null && line.matches("    (get|post|put|delete|patch):\\s*")) {
                ops.add(line.trim().replace(":", "") + " " + path);
            } else if (line.matches("\\S.*")) {
                path = null;
            }
        }
        return ops;
    }

    @Test
    void everyOperationTheReferenceServerServesIsDocumentedAndNoOtherIs() throws Exception {
        assertThat(documentedOperations()).containsExactlyInAnyOrderElementsOf(SERVED);
    }

    @Test
    void anOperationOutsideTheContractIsAnsweredWithAProblemDocumentAndADateHeader() throws Exception {
        try (CentralServer s = CentralServer.start(0, dir.resolve("c.db"), Seed.read(Path.of("reference-central-seed.json")),
                Clock.systemUTC())) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(s.url() + "/v1/devices")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(r.headers().firstValue("Date")).isPresent();
            assertThat(r.body()).contains("\"code\":\"NO_SUCH_OPERATION\"");
        }
    }
}
