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

    private static String formatOf(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            return reader.getFormatName().toUpperCase(java.util.Locale.ROOT);
        }
    }
}
