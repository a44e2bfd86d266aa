package org.redress.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/** Counts bytes read and draws a progress bar on the error stream (only for files large enough to wait for). */
final class Progress extends FilterInputStream {

    /** Files smaller than this get no bar. */
    static final long THRESHOLD = 16L * 1024 * 1024;

    private final long total;
    private final PrintWriter err;
    private long done;
    private int shown = -1;

    Progress(InputStream in, long total, PrintWriter err) {
        super(in);
        this.total = total;
        this.err = err;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) {
        done += n;
        if (total < THRESHOLD) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent != shown) {
            shown = percent;
            int filled = percent / 4;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(25 - filled) + "] " + percent + "% of "
                    + (total / (1024 * 1024)) + " MiB");
            if (percent == 100) {
                err.println();
            }
            err.flush();
        }
    }
}
