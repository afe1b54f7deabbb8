package org.realtycrm.platform.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.UnsupportedContentException;

class ThumbnailsTest {

    @Test
    void a_landscape_jpeg_becomes_a_320_pixel_wide_jpeg_of_the_same_aspect_ratio() throws Exception {
        byte[] photo = image(1600, 1000, "jpeg", BufferedImage.TYPE_INT_RGB);

        byte[] thumbnail = Thumbnails.jpeg(photo);

        assertThat(formatOf(thumbnail)).isEqualTo("JPEG");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(thumbnail));
        assertThat(read.getWidth()).isEqualTo(320);
        assertThat(read.getHeight()).isEqualTo(200);
        assertThat(thumbnail.length).isLessThan(photo.length);
    }

    @Test
    void a_portrait_png_keeps_its_ratio_with_the_height_as_the_longest_side() throws Exception {
        byte[] photo = image(900, 1200, "png", BufferedImage.TYPE_INT_ARGB);

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(photo)));

        assertThat(read.getHeight()).isEqualTo(320);
        assertThat(read.getWidth()).isEqualTo(240);
    }

    @Test
    void the_picture_survives_the_scaling() throws Exception {
        // left half red, right half blue
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(image(2000, 1000, "png",
                BufferedImage.TYPE_INT_RGB))));

        Color left = new Color(read.getRGB(40, 80));
        Color right = new Color(read.getRGB(280, 80));
        assertThat(left.getRed()).isGreaterThan(200);
        assertThat(left.getBlue()).isLessThan(60);
        assertThat(right.getBlue()).isGreaterThan(200);
        assertThat(right.getRed()).isLessThan(60);
    }

    @Test
    void transparency_lies_on_white() throws Exception {
        BufferedImage transparent = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB); // all transparent
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(transparent, "png", png);

        Color pixel = new Color(ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(png.toByteArray())))
                .getRGB(100, 100));

        assertThat(pixel.getRed()).isGreaterThan(245);
        assertThat(pixel.getGreen()).isGreaterThan(245);
        assertThat(pixel.getBlue()).isGreaterThan(245);
    }

    @Test
    void a_phone_photo_taken_sideways_is_turned_as_its_exif_orientation_says() throws Exception {
        byte[] landscape = image(400, 200, "jpeg", BufferedImage.TYPE_INT_RGB); // left red, right blue

        BufferedImage clockwise = ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(withOrientation(landscape, 6))));
        BufferedImage counter = ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(withOrientation(landscape, 8))));
        BufferedImage upsideDown = ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(withOrientation(landscape, 3))));

        assertThat(clockwise.getWidth()).isEqualTo(160);
        assertThat(clockwise.getHeight()).isEqualTo(320);
        assertThat(isRed(clockwise.getRGB(80, 40))).as("turned clockwise: the left side on top").isTrue();
        assertThat(isBlue(clockwise.getRGB(80, 280))).isTrue();
        assertThat(isBlue(counter.getRGB(80, 40))).as("turned counter-clockwise: the right side on top").isTrue();
        assertThat(isRed(counter.getRGB(80, 280))).isTrue();
        assertThat(upsideDown.getWidth()).isEqualTo(320);
        assertThat(isBlue(upsideDown.getRGB(40, 80))).as("turned half-way: the right side on the left").isTrue();
    }

    @Test
    void exif_orientation_is_read_in_both_byte_orders_and_ignored_when_malformed() throws Exception {
        byte[] jpeg = image(40, 20, "jpeg", BufferedImage.TYPE_INT_RGB);

        assertThat(Thumbnails.exifOrientation(jpeg)).isEqualTo(1);
        assertThat(Thumbnails.exifOrientation(withOrientation(jpeg, 6))).isEqualTo(6);
        assertThat(Thumbnails.exifOrientation(withOrientation(jpeg, 8, true))).isEqualTo(8);
        assertThat(Thumbnails.exifOrientation(withOrientation(jpeg, 9))).isEqualTo(1);
        assertThat(Thumbnails.exifOrientation(java.util.Arrays.copyOf(withOrientation(jpeg, 6), 30))).isEqualTo(1);
        assertThat(Thumbnails.exifOrientation(image(40, 20, "png", BufferedImage.TYPE_INT_RGB))).isEqualTo(1);
    }

    @Test
    void a_small_photo_is_not_enlarged() throws Exception {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(image(200, 100, "jpeg",
                BufferedImage.TYPE_INT_RGB))));

        assertThat(read.getWidth()).isEqualTo(200);
        assertThat(read.getHeight()).isEqualTo(100);
    }

    @Test
    void another_longest_side_can_be_asked_for() throws Exception {
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(Thumbnails.jpeg(image(1000, 750, "jpeg",
                BufferedImage.TYPE_INT_RGB), 100)));

        assertThat(read.getWidth()).isEqualTo(100);
        assertThat(read.getHeight()).isEqualTo(75);
    }

    @Test
    void refuses_what_is_not_a_jpeg_or_png() throws Exception {
        assertThatThrownBy(() -> Thumbnails.jpeg("%PDF-1.7 a contract".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnsupportedContentException.class).hasMessageContaining("not a JPEG or PNG image");
        assertThatThrownBy(() -> Thumbnails.jpeg(new byte[0])).isInstanceOf(UnsupportedContentException.class);
        assertThatThrownBy(() -> Thumbnails.jpeg(image(50, 50, "gif", BufferedImage.TYPE_INT_RGB)))
                .isInstanceOf(UnsupportedContentException.class).hasMessageContaining("gif");
        byte[] cut = image(800, 600, "png", BufferedImage.TYPE_INT_RGB);
        byte[] truncated = java.util.Arrays.copyOf(cut, 60);
        assertThatThrownBy(() -> Thumbnails.jpeg(truncated)).isInstanceOf(UnsupportedContentException.class);
    }

    private static byte[] image(int width, int height, String format, int type) throws IOException {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("a writer for " + format).isTrue();
        return out.toByteArray();
    }

    private static byte[] withOrientation(byte[] jpeg, int orientation) {
        return withOrientation(jpeg, orientation, false);
    }

    /** The JPEG with an APP1 Exif segment holding one IFD entry, Orientation, inserted after its SOI and APP0. */
    private static byte[] withOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        if (littleEndian) {
            tiff.writeBytes(new byte[] {'I', 'I', 0x2a, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0,
                    (byte) orientation, 0, 0, 0, 0, 0, 0, 0});
        } else {
            tiff.writeBytes(new byte[] {'M', 'M', 0, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1,
                    0, (byte) orientation, 0, 0, 0, 0, 0, 0});
        }
        byte[] body = tiff.toByteArray();
        int length = 2 + 6 + body.length;
        int afterApp0 = 2 + 2 + ((jpeg[4] & 0xff) << 8 | (jpeg[5] & 0xff));
        assertThat(jpeg[3] & 0xff).as("ImageIO writes JFIF APP0 first").isEqualTo(0xe0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterApp0);
        out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xe1, (byte) (length >> 8), (byte) length,
                'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(body);
        out.write(jpeg, afterApp0, jpeg.length - afterApp0);
        return out.toByteArray();
    }

    private static boolean isRed(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getBlue() < 60;
    }

    private static boolean isBlue(int rgb) {
        Color c = new Color(rgb);
        return c.getBlue() > 200 && c.getRed() < 60;
    }

    private static String formatOf(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            return reader.getFormatName().toUpperCase(java.util.Locale.ROOT);
        }
    }
}
