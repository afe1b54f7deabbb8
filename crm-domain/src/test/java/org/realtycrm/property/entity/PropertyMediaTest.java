package org.realtycrm.property.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.realtycrm.platform.problem.InvalidInputException;

class PropertyMediaTest {

    private static final Instant T1 = Instant.parse("2025-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2025-03-02T10:00:00Z");

    private static PropertyMedia storedPhoto() {
        PropertyMedia media = new PropertyMedia(5L, "M-1", 0, "https://cdn.example.com/1.jpg", "Photo", T1);
        media.stored("listings/5/M-1.jpg", "listings/5/M-1-thumb.jpg", "image/jpeg", 120_000);
        return media;
    }

    @Test
    void aNewMediumIsFetchedOnceStored() {
        PropertyMedia media = new PropertyMedia(5L, "M-1", 0, "https://cdn.example.com/1.jpg", "Photo", T1);
        assertThat(media.needsFetch()).isTrue();

        media.stored("listings/5/M-1.jpg", "listings/5/M-1-thumb.jpg", "image/jpeg", 120_000);

        assertThat(media.needsFetch()).isFalse();
        assertThat(media.getSizeBytes()).isEqualTo(120_000);
    }

    @Test
    void aLaterMediaModificationTimestampDropsTheCopy() {
        PropertyMedia media = storedPhoto();

        assertThat(media.updateFromFeed(1, "https://cdn.example.com/1.jpg", "Photo", T2)).isTrue();
        assertThat(media.getStoredKey()).isNull();
        assertThat(media.getThumbnailKey()).isNull();
        assertThat(media.getOrder()).isEqualTo(1);
    }

    @Test
    void aNewUrlDropsTheCopy() {
        PropertyMedia media = storedPhoto();

        assertThat(media.updateFromFeed(0, "https://cdn.example.com/1-v2.jpg", "Photo", T1)).isTrue();
    }

    @Test
    void onlyANewOrderKeepsTheCopy() {
        PropertyMedia media = storedPhoto();

        assertThat(media.updateFromFeed(3, "https://cdn.example.com/1.jpg", "Photo", T1)).isFalse();
        assertThat(media.getStoredKey()).isEqualTo("listings/5/M-1.jpg");
        assertThat(media.getOrder()).isEqualTo(3);
    }

    @Test
    void aMediumNeedsAKeyAndAUrl() {
        assertThatThrownBy(() -> new PropertyMedia(5L, "", 0, "https://cdn.example.com/1.jpg", null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PropertyMedia(5L, "M-1", 0, null, null, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PropertyMedia(5L, "M-1", -1, "https://cdn.example.com/1.jpg", null, null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void onlyAStoredImageThatIsAPhotoIsForThePublic() {
        PropertyMedia photo = new PropertyMedia(5L, "M-1", 0, "https://cdn.example.com/1.jpg", "Photo", T1);
        PropertyMedia uncategorised = new PropertyMedia(5L, "M-2", 1, "https://cdn.example.com/2.png", null, T1);
        PropertyMedia floorPlan = new PropertyMedia(5L, "M-3", 2, "https://cdn.example.com/3.pdf", "FloorPlan", T1);
        PropertyMedia pdfPhoto = new PropertyMedia(5L, "M-4", 3, "https://cdn.example.com/4.pdf", "Photo", T1);

        assertThat(photo.isPublicPhoto()).as("not stored yet").isFalse();
        photo.stored("listings/5/M-1.jpg", null, "image/jpeg", 10);
        uncategorised.stored("listings/5/M-2.png", null, "image/png", 10);
        floorPlan.stored("listings/5/M-3.pdf", null, "image/jpeg", 10);
        pdfPhoto.stored("listings/5/M-4.pdf", null, "application/pdf", 10);

        assertThat(photo.isPublicPhoto()).isTrue();
        assertThat(uncategorised.isPublicPhoto()).isTrue();
        assertThat(floorPlan.isPublicPhoto()).isFalse();
        assertThat(pdfPhoto.isPublicPhoto()).isFalse();
    }
}
