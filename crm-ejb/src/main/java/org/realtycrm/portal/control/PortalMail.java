package org.realtycrm.portal.control;

import org.realtycrm.campaign.entity.OutgoingMail;

/**
 * A portal message to send once the transaction that made it commits ({@link PortalMailSender}): a link emailed for
 * an account that then rolls back would open nothing.
 */
public record PortalMail(OutgoingMail mail) {
}
