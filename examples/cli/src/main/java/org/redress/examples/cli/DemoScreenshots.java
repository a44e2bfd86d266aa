package org.redress.examples.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the demo's fictional "screenshots" of social-media posts and messages in code (headless java.awt), so the
 * demo ships no image files and no real content.
 */
final class DemoScreenshots {

    /** One fictional post: where it appeared, who posted it, when (as the app showed it), and the text. */
    record Post(String app, String author, String shownTime, String text) {
    }

    private DemoScreenshots() {
    }

    /** Renders a post as a PNG the size of a phone screen (540 x 960). */
    static byte[] png(Post post) {
        System.setProperty("java.awt.headless", "true");
        BufferedImage img = new BufferedImage(540, 960, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(0xF4F4F6));
            g.fillRect(0, 0, 540, 960);
            g.setColor(new Color(0x2B2D42));
            g.fillRect(0, 0, 540, 88);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            g.drawString(post.app(), 24, 58);
            g.setColor(new Color(0x8D99AE));
            g.fillOval(24, 120, 64, 64);
            g.setColor(new Color(0x2B2D42));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
            g.drawString(post.author(), 104, 148);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 20));
            g.setColor(new Color(0x555B6E));
            g.drawString(post.shownTime(), 104, 178);
            g.setColor(Color.WHITE);
            g.fillRoundRect(24, 210, 492, 420, 24, 24);
            g.setColor(new Color(0xD0D3DA));
            g.setStroke(new BasicStroke(2));
            g.drawRoundRect(24, 210, 492, 420, 24, 24);
            g.setColor(new Color(0x111111));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
            int y = 260;
            for (String line : wrap(post.text(), g, 440)) {
                g.drawString(line, 48, y);
                y += 38;
            }
            g.setColor(new Color(0xB00020));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString("FICTIONAL - redress demo", 24, 930);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static List<String> wrap(String text, Graphics2D g, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (g.getFontMetrics().stringWidth(candidate) > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
