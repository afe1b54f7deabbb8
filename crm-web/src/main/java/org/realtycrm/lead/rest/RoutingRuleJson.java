package org.realtycrm.lead.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.lead.entity.RoutingRule;

@Schema(name = "RoutingRule")
public record RoutingRuleJson(long id, int position, String name, boolean active, List<String> sources,
        List<String> postalPrefixes, List<String> cities, List<String> leadTypes, List<String> languages,
        BigDecimal priceMin, BigDecimal priceMax, String target, long targetId, Integer contactWithinMinutes,
        Long missPondId, String conditions, Instant createdAt, Instant updatedAt, long version) {

    public static RoutingRuleJson of(RoutingRule rule) {
        return new RoutingRuleJson(rule.getId(), rule.getPosition(), rule.getName(), rule.isActive(),
                rule.getSources(), rule.getPostalPrefixes(), rule.getCities(),
                rule.getLeadTypes().stream().map(Enum::name).toList(), rule.getLanguages(), rule.getPriceMin(),
                rule.getPriceMax(), rule.getTarget().name(), rule.targetId(), rule.getContactWithinMinutes(),
                rule.getMissPondId(), rule.conditionsInWords(), rule.getCreatedAt(), rule.getUpdatedAt(),
                rule.getVersion());
    }
}
