package org.realtycrm.lead.ui;

import java.util.function.LongConsumer;

import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.ui.Messages;

/** Removing a team or a pond on the routing screen: done, gone already, or refused with the boundary's reason. */
final class Removal {

    private Removal() {
    }

    /** @param kind "team" or "pond", as the messages name it */
    static void remove(String kind, MembersRow row, LongConsumer delete) {
        try {
            delete.accept(row.getId());
            Messages.info("Removed " + kind + " " + row.getName() + ".");
        } catch (RecordNotFoundException gone) {
            Messages.info("The " + kind + " " + row.getName() + " was removed already.");
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }
}
