package org.realtycrm.campaign.control;

import org.realtycrm.campaign.entity.InboundText;

/** A keyword someone texted is to be answered, once the request that took it in has committed. */
public record KeywordReply(InboundText received, String category, String body) {
}
