package org.redress.examples.web;

import io.javalin.Javalin;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up the HTTP tests share: before each test the app runs on a free port over a new data folder holding the
 * fictional demo case, with a browser-like client that has not unlocked it yet; after each test the app stops.
 */
abstract class AppHttpTest {

    static final String PASSPHRASE = "test passphrase";

    @TempDir
    Path tmp;
    Intake intake;
    Javalin app;
    Browserless web;

    @BeforeEach
    void startApp() throws Exception {
        intake = Intake.open(tmp.resolve("data"), PASSPHRASE.toCharArray(), IntakeApp.demoCase());
        app = IntakeApp.start(intake, true);
        web = new Browserless(app.port());
    }

    @AfterEach
    void stopApp() {
        app.stop();
    }
}
