package org.realtycrm.mls.entity;

import java.time.Instant;

import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.property.entity.Text;
import org.realtycrm.property.entity.Timestamps;

/** The DD 2.0 Office fields we keep, as a feed sent them; text trimmed and cut to the DD lengths. */
public record OfficeRecord(String officeKey, String officeMlsId, String name, String phone, String email,
        Instant modificationTimestamp) {

    public static final int KEY_LENGTH = 255;
    public static final int MLS_ID_LENGTH = 25;
    public static final int NAME_LENGTH = 255;
    public static final int PHONE_LENGTH = 16;
    public static final int EMAIL_LENGTH = 80;

    public OfficeRecord {
        officeKey = Text.key("OfficeKey", officeKey, KEY_LENGTH);
        officeMlsId = Text.clip(officeMlsId, MLS_ID_LENGTH);
        name = Text.clip(name, NAME_LENGTH);
        phone = Text.clip(phone, PHONE_LENGTH);
        email = Text.clip(email, EMAIL_LENGTH);
        if (modificationTimestamp == null) {
            throw new InvalidInputException("ModificationTimestamp", "is required");
        }
        modificationTimestamp = Timestamps.asStored(modificationTimestamp);
    }
}
