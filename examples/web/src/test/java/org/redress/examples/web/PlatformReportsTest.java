package org.redress.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The papers page offers a DSA notice where a platform step applies; it downloads only for the unlocked person. */
class PlatformReportsTest extends AppHttpTest {

    @Test
    void aDsaNoticeForTheDemosPlatform() throws Exception {
        web.unlock(PASSPHRASE);
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

    @Test
    void aWrongAbuseAddressComesBackBesideItsFieldWithWhatWasTyped() throws Exception {
        String token = web.unlock(PASSPHRASE);
        assertThat(web.post("/incidents", Browserless.form("csrf", token, "date", "2026-10-02", "kinds", "DOXXING",
                "channel", "WEBSITE", "summary", "my address posted", "url", "https://pages.example/about-me"))
                .statusCode()).isEqualTo(303);
        String id = intake.current().incidents().stream()
                .filter(i -> i.summary().orElse("").equals("my address posted")).findFirst().orElseThrow().id();
        assertThat(web.get("/documents").body()).contains("name=\"incident\" value=\"" + id + "\"");
        var r = web.post("/reports/xarf", Browserless.form("csrf", token, "incident", id, "to", "abuse at host"));
        // it was a "Sorry" page that lost the address typed, with the message ": is not an e-mail address"
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("<title>Notes - Papers</title>").contains("value=\"abuse at host\"")
                .contains("aria-invalid=\"true\"").contains("aria-describedby=\"to-" + id + "-error\"")
                .contains("This is not an e-mail address");
        // the form is far down the page: a summary at the top, where the focus goes, links to the field
        assertThat(r.body().indexOf("id=\"error-summary\"")).isNotNegative()
                .isLessThan(r.body().indexOf("These papers are filled in"));
        assertThat(r.body()).contains("<a href=\"#to-" + id + "\">Host's abuse e-mail address: This is not an "
                + "e-mail address");
        var ok = web.post("/reports/xarf", Browserless.form("csrf", token, "incident", id, "to",
                "abuse@pages.example"));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(ok.body()).get(0).get("xarf_version").asText()).startsWith("4");
    }
}
