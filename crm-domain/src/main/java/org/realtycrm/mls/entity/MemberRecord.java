package org.realtycrm.mls.entity;

import java.time.Instant;

import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.property.entity.Text;
import org.realtycrm.property.entity.Timestamps;

/** The DD 2.0 Member fields we keep, as a feed sent them; text trimmed and cut to the DD lengths. */
public record MemberRecord(String memberKey, String memberMlsId, String fullName, String firstName, String lastName,
        String email, String phone, String officeKey, Instant modificationTimestamp) {

    public static final int KEY_LENGTH = 255;
    public static final int MLS_ID_LENGTH = 25;
    public static final int FULL_NAME_LENGTH = 150;
    public static final int NAME_LENGTH = 50;
    public static final int EMAIL_LENGTH = 80;
    public static final int PHONE_LENGTH = 16;

    public MemberRecord {
        memberKey = Text.key("MemberKey", memberKey, KEY_LENGTH);
        memberMlsId = Text.clip(memberMlsId, MLS_ID_LENGTH);
        fullName = Text.clip(fullName, FULL_NAME_LENGTH);
        firstName = Text.clip(firstName, NAME_LENGTH);
        lastName = Text.clip(lastName, NAME_LENGTH);
        email = Text.clip(email, EMAIL_LENGTH);
        phone = Text.clip(phone, PHONE_LENGTH);
        officeKey = officeKey == null || officeKey.isBlank() ? null : Text.key("OfficeKey", officeKey, KEY_LENGTH);
        if (modificationTimestamp == null) {
            throw new InvalidInputException("ModificationTimestamp", "is required");
        }
        modificationTimestamp = Timestamps.asStored(modificationTimestamp);
        if (fullName == null && (firstName != null || lastName != null)) {
            fullName = Text.clip(((firstName == null ? "" : firstName) + " "
                    + (lastName == null ? "" : lastName)), FULL_NAME_LENGTH);
        }
    }
}
