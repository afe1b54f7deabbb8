package org.realtycrm.platform.storage;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.realtycrm.platform.problem.UnsupportedContentException;

/**
 * JPEG thumbnails of JPEG and PNG photos, with the JDK's ImageIO and Java2D (no window system needed: it runs on a
 * headless server). The aspect ratio is kept; the longest side becomes {@link #LONGEST_SIDE} pixels, or stays as it is
 * when the photo is smaller (never enlarged). Transparency is laid on white, since JPEG has none. A JPEG's EXIF
 * orientation (a phone's photo taken sideways) is applied, as browsers apply it to the photo itself, and the
 * thumbnail carries none.
 */
public final class Thumbnails {

    /** Pixels of the longest side of a listing photo's thumbnail. */
    public static final int LONGEST_SIDE = 320;
    /** The largest photo decoded (in pixels); a bigger one would need hundreds of MB of heap. */
    static final long MAX_PIXELS = 100_000_000L;
    private static final float JPEG_QUALITY = 0.85f;

    private Thumbnails() {
    }

    /** @see #jpeg(byte[], int) */
    public static byte[] jpeg(byte[] image) {
        return jpeg(image, LONGEST_SIDE);
    }

    /**
     * @return the JPEG bytes of a thumbnail whose longest side is {@code longestSide} pixels (or the photo's, if
     *         smaller)
     * @throws UnsupportedContentException when the bytes are not a readable JPEG or PNG image, or one too large
     */
    public static byte[] jpeg(byte[] image, int longestSide) {
        if (longestSide < 1) {
            throw new IllegalArgumentException("the longest side must be at least 1 pixel");
        }
        BufferedImage source = read(image);
        int width = source.getWidth();
        int height = source.getHeight();
        double scale = Math.min(1.0, (double) longestSide / Math.max(width, height));
        int targetWidth = Math.max(1, (int) Math.round(width * scale));
        int targetHeight = Math.max(1, (int) Math.round(height * scale));
        return encode(orient(scale(source, targetWidth, targetHeight), exifOrientation(image)));
    }

    /**
     * The EXIF Orientation (1 to 8) of a JPEG's first APP1 "Exif" segment; 1 (as stored) for a PNG, a JPEG without
     * one, or anything malformed.
     */
    static int exifOrientation(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != 0xd8) {
            return 1;
        }
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            if ((jpeg[pos] & 0xff) != 0xff) {
                return 1;
            }
            int marker = jpeg[pos + 1] & 0xff;
            if (marker == 0xda || marker == 0xd9) { // start of scan or end of image: no metadata after it
                return 1;
            }
            int size = u16(jpeg, pos + 2, false);
            int end = pos + 2 + size;
            if (size < 2 || end > jpeg.length) {
                return 1;
            }
            if (marker == 0xe1 && size >= 8 && jpeg[pos + 4] == 'E' && jpeg[pos + 5] == 'x' && jpeg[pos + 6] == 'i'
                    && jpeg[pos + 7] == 'f' && jpeg[pos + 8] == 0 && jpeg[pos + 9] == 0) {
                return tiffOrientation(jpeg, pos + 10, end);
            }
            pos = end;
        }
        return 1;
    }

    private static int tiffOrientation(byte[] b, int start, int end) {
        if (start + 8 > end) {
            return 1;
        }
        boolean little;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            little = true;
        } else if (b[start] == 'M' && b[start + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long ifd = start + u32(b, start + 4, little);
        if (ifd + 2 > end) {
            return 1;
        }
        int entries = u16(b, (int) ifd, little);
        for (int i = 0; i < entries; i++) {
            long entry = ifd + 2 + 12L * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, (int) entry, little) == 0x0112) {
                int value = u16(b, (int) entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xff;
        int second = b[at + 1] & 0xff;
        return little ? second << 8 | first : first << 8 | second;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, little ? at + 2 : at, little);
        long low = u16(b, little ? at : at + 2, little);
        return high << 16 | low;
    }

    /** Turns or mirrors the image as EXIF orientation {@code orientation} says it is to be shown. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean turned = orientation >= 5;
        BufferedImage out = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                switch (orientation) {
                    case 2 -> out.setRGB(w - 1 - x, y, rgb);
                    case 3 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 4 -> out.setRGB(x, h - 1 - y, rgb);
                    case 5 -> out.setRGB(y, x, rgb);
                    case 6 -> out.setRGB(h - 1 - y, x, rgb);
                    case 7 -> out.setRGB(h - 1 - y, w - 1 - x, rgb);
                    case 8 -> out.setRGB(y, w - 1 - x, rgb);
                    default -> throw new IllegalArgumentException("EXIF orientation " + orientation);
                }
            }
        }
        return out;
    }

    private static BufferedImage read(byte[] image) {
        if (image == null || image.length == 0) {
            throw new UnsupportedContentException("not an image: no bytes");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnsupportedContentException("not a JPEG or PNG image");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("jpeg") && !format.equals("png")) {
                    throw new UnsupportedContentException("a " + format + " image; photos are JPEG or PNG");
                }
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new UnsupportedContentException("an image of " + reader.getWidth(0) + " × "
                            + reader.getHeight(0) + " pixels is too large for a thumbnail");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsupportedContentException refused) {
                throw refused;
            }
            throw new UnsupportedContentException("not a readable JPEG or PNG image: " + e.getMessage());
        }
    }

    /** Halves in steps while far above the target (bilinear only looks at 4 pixels), then scales to the target. */
    private static BufferedImage scale(BufferedImage source, int targetWidth, int targetHeight) {
        BufferedImage current = source;
        int width = source.getWidth();
        int height = source.getHeight();
        do {
            width = Math.max(targetWidth, width / 2 >= targetWidth ? width / 2 : targetWidth);
            height = Math.max(targetHeight, height / 2 >= targetHeight ? height / 2 : targetHeight);
            BufferedImage next = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, width, height, Color.WHITE, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (width != targetWidth || height != targetHeight);
        return current;
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a JPEG thumbnail", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
