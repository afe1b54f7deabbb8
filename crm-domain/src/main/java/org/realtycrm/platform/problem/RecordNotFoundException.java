package org.realtycrm.platform.problem;

/** The record does not exist, is deleted, or is not visible to the caller: all three look the same. */
public class RecordNotFoundException extends CrmException {

    public RecordNotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
