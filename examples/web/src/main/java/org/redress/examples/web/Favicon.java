package org.redress.examples.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;

/** A plain, neutral icon (a page with lines, like any notes app), made at start as an ICO holding one PNG. */
final class Favicon {

    static final byte[] ICO = make();

    private Favicon() {
    }

    private static byte[] make() {
        BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xF5, 0xF5, 0xF0));
        g.fillRect(5, 2, 22, 28);
        g.setColor(new Color(0x44, 0x44, 0x44));
        g.drawRect(5, 2, 22, 28);
        for (int y = 9; y <= 24; y += 5) {
            g.drawLine(9, y, 23, y);
        }
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] p = png.toByteArray();
        ByteBuffer b = ByteBuffer.allocate(6 + 16 + p.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 1); // reserved, type icon, one image
        b.put((byte) 32).put((byte) 32).put((byte) 0).put((byte) 0); // 32x32, no palette
        b.putShort((short) 1).putShort((short) 32).putInt(p.length).putInt(6 + 16);
        b.put(p);
        return b.array();
    }
}
