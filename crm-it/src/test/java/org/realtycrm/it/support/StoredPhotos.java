package org.realtycrm.it.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.imageio.ImageIO;

/**
 * A listing photo as the MLS sync leaves it: a real JPEG and its thumbnail in the server's document store (the IT
 * profile's filesystem store under the domain's {@code documents} directory, with the sidecar that names the content
 * type) and a {@code property_media} row pointing at them.
 */
public final class StoredPhotos {

    private StoredPhotos() {
    }

    /** Stores a photo of the property; answers its media id. */
    public static long add(long propertyId) {
        String mediaKey = "IT-" + Unique.word();
        String base = "properties/" + propertyId + "/media/" + mediaKey;
        byte[] photo = jpeg(320, 200);
        write(base + ".jpg", photo);
        write(base + "-thumb.jpg", jpeg(160, 100));
        try (Connection db = MlsListings.database(); PreparedStatement insert = db.prepareStatement("insert into "
                + "property_media (property_id, media_key, media_order, url, category, stored_key, thumbnail_key, "
                + "content_type, size_bytes) values (?, ?, 0, ?, 'Photo', ?, ?, 'image/jpeg', ?) returning id")) {
            insert.setLong(1, propertyId);
            insert.setString(2, mediaKey);
            insert.setString(3, "https://mls.example.test/photos/" + mediaKey + ".jpg");
            insert.setString(4, base + ".jpg");
            insert.setString(5, base + "-thumb.jpg");
            insert.setLong(6, photo.length);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(String key, byte[] bytes) {
        Path file = ItProperties.payaraHome().resolve("glassfish/domains").resolve(ItProperties.domain())
                .resolve("documents").resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            Files.writeString(file.resolveSibling("." + file.getFileName() + ".meta"), "content-type=image/jpeg\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A real JPEG of this size: a blue frame around a white box. */
    public static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3b82f6));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillRect(width / 4, height / 3, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
