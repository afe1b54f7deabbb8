package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.realtycrm.lead.entity.LeadType;
import org.realtycrm.lead.entity.RoutingRule;
import org.realtycrm.lead.entity.RoutingRuleDraft;
import org.realtycrm.lead.entity.RoutingTarget;

/**
 * A routing rule as the dialog holds it between requests: the lists as comma-separated text, the rest as typed.
 * Becomes a {@link RoutingRuleDraft}, which the rule checks itself; the inputs carry the draft's field names as
 * their ids, so that the rule's field errors show next to them.
 */
public final class RoutingRuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code null} while the rule is new. */
    private Long id;
    private long version;
    private String name;
    private boolean active = true;
    private String sources;
    private String postalPrefixes;
    private String cities;
    private String languages;
    private LeadType[] leadTypes = new LeadType[0];
    private BigDecimal priceMin;
    private BigDecimal priceMax;
    private RoutingTarget target = RoutingTarget.AGENT;
    /** The agent's, team's or pond's id, as {@link #target} says. */
    private Long targetId;
    private Integer contactWithinMinutes;
    private Long missPondId;

    static RoutingRuleForm blank() {
        return new RoutingRuleForm();
    }

    static RoutingRuleForm of(RoutingRule rule) {
        RoutingRuleForm form = new RoutingRuleForm();
        form.id = rule.getId();
        form.version = rule.getVersion();
        form.name = rule.getName();
        form.active = rule.isActive();
        form.sources = CommaList.join(rule.getSources());
        form.postalPrefixes = CommaList.join(rule.getPostalPrefixes());
        form.cities = CommaList.join(rule.getCities());
        form.languages = CommaList.join(rule.getLanguages());
        form.leadTypes = rule.getLeadTypes().toArray(LeadType[]::new);
        form.priceMin = rule.getPriceMin();
        form.priceMax = rule.getPriceMax();
        form.target = rule.getTarget();
        form.targetId = rule.targetId();
        form.contactWithinMinutes = rule.getContactWithinMinutes();
        form.missPondId = rule.getMissPondId();
        return form;
    }

    RoutingRuleDraft draft() {
        List<LeadType> types = leadTypes == null ? List.of() : Arrays.asList(leadTypes);
        return new RoutingRuleDraft(name, active, CommaList.parse(sources), CommaList.parse(postalPrefixes),
                CommaList.parse(cities), types, CommaList.parse(languages), priceMin, priceMax, target, targetId,
                contactWithinMinutes, missPondId);
    }

    /** Another kind of target was chosen: the id chosen before names an agent, team or pond of the other kind. */
    void targetChanged() {
        targetId = null;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    public String getPostalPrefixes() {
        return postalPrefixes;
    }

    public void setPostalPrefixes(String postalPrefixes) {
        this.postalPrefixes = postalPrefixes;
    }

    public String getCities() {
        return cities;
    }

    public void setCities(String cities) {
        this.cities = cities;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public LeadType[] getLeadTypes() {
        return leadTypes;
    }

    public void setLeadTypes(LeadType[] leadTypes) {
        this.leadTypes = leadTypes;
    }

    public BigDecimal getPriceMin() {
        return priceMin;
    }

    public void setPriceMin(BigDecimal priceMin) {
        this.priceMin = priceMin;
    }

    public BigDecimal getPriceMax() {
        return priceMax;
    }

    public void setPriceMax(BigDecimal priceMax) {
        this.priceMax = priceMax;
    }

    public RoutingTarget getTarget() {
        return target;
    }

    public void setTarget(RoutingTarget target) {
        this.target = target;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public Integer getContactWithinMinutes() {
        return contactWithinMinutes;
    }

    public void setContactWithinMinutes(Integer contactWithinMinutes) {
        this.contactWithinMinutes = contactWithinMinutes;
    }

    public Long getMissPondId() {
        return missPondId;
    }

    public void setMissPondId(Long missPondId) {
        this.missPondId = missPondId;
    }
}
