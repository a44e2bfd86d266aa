package org.redress.pdf.internal;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.redress.pdf.ImageResolver;

/**
 * Reads exhibit images and attachments through the resolver with size limits, checks an image's dimensions before
 * decoding it (no decompression bombs), and turns it into a PDF image: RGB and grey JPEGs keep their original
 * bytes, everything else is stored losslessly.
 */
final class Images {

    /** Why a reference could not be used; the message never contains the reference itself. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message, null, false, false);
        }
    }

    private Images() {
    }

    static byte[] read(ImageResolver resolver, String ref, long maxBytes) throws Unusable {
        try (InputStream in = resolver.open(ref)) {
            if (in == null) {
                throw new Unusable("was not found");
            }
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new Unusable("is larger than the limit of " + maxBytes + " bytes");
            }
            return bytes;
        } catch (NoSuchFileException | FileNotFoundException e) {
            throw new Unusable("was not found");
        } catch (IOException | RuntimeException e) {
            throw new Unusable("could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    static PDImageXObject image(PDDocument doc, byte[] bytes, long maxPixels) throws Unusable, IOException {
        BufferedImage img;
        String format;
        try (ImageInputStream iis = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = iis == null ? null : ImageIO.getImageReaders(iis);
            if (readers == null || !readers.hasNext()) {
                throw new Unusable("is not an image in a supported format (PNG, JPEG, GIF or BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(iis, true, true);
                format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new Unusable("has " + pixels + " pixels, more than the limit of " + maxPixels);
                }
                if (pixels == 0) {
                    throw new Unusable("is empty");
                }
                img = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Unusable("is corrupt or truncated (" + e.getClass().getSimpleName() + ")");
        }
        int components = img.getColorModel().getNumComponents();
        boolean alpha = img.getColorModel().hasAlpha();
        if (format.contains("jpeg") || format.contains("jpg")) {
            if (!alpha && (components == 1 || components == 3)) {
                return JPEGFactory.createFromByteArray(doc, bytes);
            }
        }
        if (img.getType() == BufferedImage.TYPE_CUSTOM || components > 4) {
            BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(),
                    alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.drawImage(img, 0, 0, null);
            g.dispose();
            img = rgb;
        }
        return LosslessFactory.createFromImage(doc, img);
    }
}
