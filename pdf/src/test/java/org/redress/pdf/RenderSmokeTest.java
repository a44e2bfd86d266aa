package org.redress.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderSmokeTest {

    @TempDir
    Path dir;

    @Test
    void smoke() throws Exception {
        Path out = Path.of("/tmp/pdf-smoke.pdf");
        RenderResult r = new PdfRenderer().render(Samples.everyBlock(dir), out);
        System.out.println(r);
        System.out.println(Vera.allFailures(out, true));
        Path out2 = Path.of("/tmp/pdf-smoke-fill.pdf");
        RenderResult r2 = new PdfRenderer(RenderOptions.builder().formMode(FormMode.FILLABLE).build()).render(Samples.everyBlock(dir), out2);
        System.out.println(r2);
        System.out.println(Vera.allFailures(out2, true));
        assertThat(r.pageCount()).isPositive();
    }
}
