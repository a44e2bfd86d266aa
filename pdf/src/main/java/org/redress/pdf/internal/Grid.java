package org.redress.pdf.internal;

import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.redress.pdf.internal.Items.Item;

/**
 * Draws a table row by row: rows that fit stay whole, a row that does not fit moves to the next page, a row taller
 * than a page is split between lines; the header row is repeated (as an artifact) on every page the table spans.
 * Rows are laid out by the caller one at a time, so a table of any length needs memory for one row only.
 */
final class Grid {

    /** One cell: its items and an optional background. */
    record Cell(List<Item> items, float[] background) {
    }

    private final Canvas canvas;
    private final float[] colX;
    private final float[] colW;
    private final Supplier<List<Cell>> repeatedHeader;
    private boolean freshPage;

    /**
     * @param repeatedHeader the header row as artifacts, drawn at the top of each continuation page; null for none
     */
    Grid(Canvas canvas, float[] colX, float[] colW, Supplier<List<Cell>> repeatedHeader) {
        this.canvas = canvas;
        this.colX = colX;
        this.colW = colW;
        this.repeatedHeader = repeatedHeader;
    }

    static float rowHeight(List<Cell> cells) {
        float h = 0;
        for (Cell c : cells) {
            h = Math.max(h, Items.height(c.items(), 0, c.items().size()));
        }
        return h + 2 * Style.CELL_PAD;
    }

    private float fullPageSpace() {
        float header = repeatedHeader == null ? 0 : rowHeight(repeatedHeader.get());
        return canvas.style.bodyHeight() - header;
    }

    private void continuation() throws IOException {
        canvas.newPage();
        if (repeatedHeader != null) {
            draw(repeatedHeader.get());
        }
        freshPage = true;
    }

    /** Draws a row, breaking pages as needed. */
    void row(List<Cell> cells) throws IOException {
        int n = cells.size();
        int[] pos = new int[n];
        int[] upto = new int[n];
        boolean started = false;
        while (true) {
            float rest = 0;
            for (int c = 0; c < n; c++) {
                List<Item> items = cells.get(c).items();
                rest = Math.max(rest, Items.height(items, pos[c], items.size()));
            }
            float avail = canvas.remaining() - 2 * Style.CELL_PAD;
            if (rest > avail && !started && !freshPage && rest + 2 * Style.CELL_PAD <= fullPageSpace()) {
                continuation();
                continue;
            }
            float fragment = 0;
            boolean any = false;
            boolean done = true;
            for (int c = 0; c < n; c++) {
                List<Item> items = cells.get(c).items();
                float h = 0;
                int k = pos[c];
                while (k < items.size() && h + items.get(k).height <= avail) {
                    h += items.get(k++).height;
                }
                if (k == pos[c] && k < items.size() && freshPage) {
                    h += items.get(k++).height;
                }
                upto[c] = k;
                any |= k > pos[c];
                done &= k == items.size();
                fragment = Math.max(fragment, h);
            }
            if (!any && !done) {
                continuation();
                continue;
            }
            drawFragment(cells, pos, upto, fragment + 2 * Style.CELL_PAD);
            System.arraycopy(upto, 0, pos, 0, n);
            started = true;
            freshPage = false;
            if (done) {
                return;
            }
            continuation();
        }
    }

    /** Draws a row that is known to fit (a header). */
    void draw(List<Cell> cells) throws IOException {
        int n = cells.size();
        int[] from = new int[n];
        int[] to = new int[n];
        for (int c = 0; c < n; c++) {
            to[c] = cells.get(c).items().size();
        }
        drawFragment(cells, from, to, rowHeight(cells));
    }

    private void drawFragment(List<Cell> cells, int[] from, int[] to, float height) throws IOException {
        float top = canvas.y;
        for (int c = 0; c < cells.size(); c++) {
            if (cells.get(c).background() != null) {
                canvas.rect(colX[c], top, colW[c], height, cells.get(c).background());
            }
        }
        for (int c = 0; c < cells.size(); c++) {
            List<Item> items = cells.get(c).items();
            float yy = top - Style.CELL_PAD;
            for (int k = from[c]; k < to[c]; k++) {
                items.get(k).draw(canvas, colX[c] + Style.CELL_PAD, yy);
                yy -= items.get(k).height;
            }
        }
        for (int c = 0; c < cells.size(); c++) {
            canvas.frame(colX[c], top, colW[c], height, 0.5f, Style.RULE);
        }
        canvas.y = top - height;
    }
}
