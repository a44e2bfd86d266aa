package org.redress.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.evidence.timestamp.HttpTimeStampAuthority;

class LocalTimeStampAuthorityTest {

    @TempDir
    Path dir;

    @Test
    void tokensFromTheHttpClientPassOpensslTsVerify() throws Exception {
        Tools.require("openssl");
        byte[] data = "a fictional manifest\n".getBytes(StandardCharsets.UTF_8);
        try (LocalTimeStampAuthority tsa = LocalTimeStampAuthority.start()) {
            byte[] token = new HttpTimeStampAuthority(tsa.url())
                    .timeStamp(MessageDigest.getInstance("SHA-256").digest(data));
            Files.write(dir.resolve("data"), data);
            Files.write(dir.resolve("token.tst"), token);
            tsa.writeRootCertificatePem(dir.resolve("root.pem"));
            assertThat(tsa.requestCount()).isEqualTo(1);
        }
        Tools.Run ok = Tools.run(dir, List.of("openssl", "ts", "-verify", "-token_in", "-in", "token.tst",
                "-data", "data", "-CAfile", "root.pem"));
        assertThat(ok.output()).contains("Verification: OK");
        assertThat(ok.exit()).isZero();

        Files.writeString(dir.resolve("data"), "a different manifest\n");
        Tools.Run bad = Tools.run(dir, List.of("openssl", "ts", "-verify", "-token_in", "-in", "token.tst",
                "-data", "data", "-CAfile", "root.pem"));
        assertThat(bad.exit()).isNotZero();
    }

    @Test
    void aRejectionIsAClearError() throws Exception {
        try (LocalTimeStampAuthority tsa = LocalTimeStampAuthority.start()) {
            tsa.rejectRequests(true);
            HttpTimeStampAuthority client = new HttpTimeStampAuthority(tsa.url());
            assertThatThrownBy(() -> client.timeStamp(new byte[32]))
                    .isInstanceOf(IOException.class).hasMessageContaining("refused");
        }
    }
}
