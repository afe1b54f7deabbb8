package org.realtycrm.pipeline.entity;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/** A campaign's saved target ({@link TargetFilters}), applied to every list its sources deliver. */
@Entity
@Table(name = "pipeline_criteria")
public class TargetCriteria extends Tracked {

    public static final int MAX_NAME = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_NAME)
    private String campaign;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String filters;

    @Column(name = "created_by_id", updatable = false)
    private Long createdById;

    protected TargetCriteria() {
        // for JPA
    }

    public TargetCriteria(String name, String campaign, TargetFilters filters, Long createdById) {
        this.createdById = createdById;
        change(name, campaign, filters);
    }

    public void change(String name, String campaign, TargetFilters filters) {
        List<FieldError> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be 1 to " + MAX_NAME + " characters"));
        }
        String campaignName = campaign == null || campaign.isBlank() ? null : campaign.strip();
        if (campaignName != null && campaignName.length() > MAX_NAME) {
            errors.add(new FieldError("campaign", "at most " + MAX_NAME + " characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.name = trimmed;
        this.campaign = campaignName;
        this.filters = (filters == null ? TargetFilters.NONE : filters).toJson();
    }

    public TargetFilters getFilters() {
        return TargetFilters.fromJson(filters);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCampaign() {
        return campaign;
    }

    public Long getCreatedById() {
        return createdById;
    }

}
