package org.redress.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The papers page offers a DSA notice where a platform step applies; it downloads only for the unlocked person. */
class PlatformReportsTest {

    @TempDir
    Path tmp;
    Intake intake;
    Javalin app;
    Browserless web;

    @BeforeEach
    void start() throws Exception {
        intake = Intake.open(tmp.resolve("data"), IntakeHttpTest.PASSPHRASE.toCharArray(), IntakeApp.demoCase());
        app = IntakeApp.start(intake, true);
        web = new Browserless(app.port());
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void aDsaNoticeForTheDemosPlatform() throws Exception {
        web.unlock(IntakeHttpTest.PASSPHRASE);
        String papers = web.get("/documents").body();
        assertThat(papers).contains("Reports for platforms").contains("/reports/dsa-notice?service=x");
        var r = web.get("/reports/dsa-notice?service=x");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
        JsonNode notice = new ObjectMapper().readTree(r.body());
        assertThat(notice.get("notice").asText()).isEqualTo("DSA-Article-16");
        assertThat(notice.get("locations").get(0).asText()).isEqualTo("https://x.example/status/FICTIONAL100");
        assertThat(web.get("/reports/dsa-notice?service=no-such-platform").statusCode()).isEqualTo(422);
    }

    @Test
    void aLockedCaseGivesNoNotice() throws Exception {
        var r = new Browserless(web.port).get("/reports/dsa-notice?service=x");
        assertThat(r.body()).doesNotContain("DSA-Article-16");
    }
}
