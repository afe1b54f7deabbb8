package org.realtycrm.pipeline.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.realtycrm.pipeline.entity.OwnerType;
import org.realtycrm.pipeline.entity.TargetCriteria;
import org.realtycrm.pipeline.entity.TargetFilters;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The criteria form's fields. ZIPs, cities, counties and property types are typed as one comma-separated text each,
 * as an investor reads them off a campaign brief; the radius is three numbers, left empty together for none.
 * {@link TargetFilters} decides what is valid.
 */
public class CriteriaForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private String campaign;
    private String zips;
    private String cities;
    private String counties;
    private String propertyTypes;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private BigDecimal miles;
    private BigDecimal minEquityPercent;
    private BigDecimal maxEquityPercent;
    // an array, not a list: a select-many converts into an array's element type, never into a list's
    private OwnerType[] ownerTypes = {};
    private FlagChoice vacant = FlagChoice.ANY;
    private FlagChoice taxDelinquent = FlagChoice.ANY;
    private FlagChoice preForeclosure = FlagChoice.ANY;
    private Integer minYearsOwned;
    private Integer maxYearsOwned;
    private BigDecimal minValue;
    private BigDecimal maxValue;

    static CriteriaForm of(TargetCriteria criteria) {
        CriteriaForm form = new CriteriaForm();
        TargetFilters filters = criteria.getFilters();
        form.id = criteria.getId();
        form.version = criteria.getVersion();
        form.name = criteria.getName();
        form.campaign = criteria.getCampaign();
        form.zips = joined(filters.zips());
        form.cities = joined(filters.cities());
        form.counties = joined(filters.counties());
        form.propertyTypes = joined(filters.propertyTypes());
        if (filters.radius() != null) {
            form.latitude = filters.radius().latitude();
            form.longitude = filters.radius().longitude();
            form.miles = filters.radius().miles();
        }
        form.minEquityPercent = filters.minEquityPercent();
        form.maxEquityPercent = filters.maxEquityPercent();
        form.ownerTypes = filters.ownerTypes().stream().sorted().toArray(OwnerType[]::new);
        form.vacant = FlagChoice.of(filters.vacant());
        form.taxDelinquent = FlagChoice.of(filters.taxDelinquent());
        form.preForeclosure = FlagChoice.of(filters.preForeclosure());
        form.minYearsOwned = filters.minYearsOwned();
        form.maxYearsOwned = filters.maxYearsOwned();
        form.minValue = filters.minValue();
        form.maxValue = filters.maxValue();
        return form;
    }

    /** @throws InvalidInputException naming the fields that are wrong */
    TargetFilters toFilters() {
        Set<OwnerType> owners = EnumSet.noneOf(OwnerType.class);
        owners.addAll(Arrays.asList(ownerTypes == null ? new OwnerType[0] : ownerTypes));
        return new TargetFilters(listed(zips), listed(cities), listed(counties), radius(), listed(propertyTypes),
                minEquityPercent, maxEquityPercent, owners, vacant.wanted(), taxDelinquent.wanted(),
                preForeclosure.wanted(), minYearsOwned, maxYearsOwned, minValue, maxValue);
    }

    /** No radius when its three fields are empty; a partly filled one is refused by the filters, field by field. */
    private TargetFilters.Radius radius() {
        return latitude == null && longitude == null && miles == null ? null
                : new TargetFilters.Radius(latitude, longitude, miles);
    }

    private static Set<String> listed(String text) {
        if (text == null) {
            return Set.of();
        }
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(value -> !value.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String joined(Set<String> values) {
        return values.stream().sorted().collect(Collectors.joining(", "));
    }

    /** Whether the form adds one (no id yet) rather than changing a saved one. */
    public boolean isNew() {
        return id == null;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCampaign() { return campaign; }
    public void setCampaign(String campaign) { this.campaign = campaign; }
    public String getZips() { return zips; }
    public void setZips(String zips) { this.zips = zips; }
    public String getCities() { return cities; }
    public void setCities(String cities) { this.cities = cities; }
    public String getCounties() { return counties; }
    public void setCounties(String counties) { this.counties = counties; }
    public String getPropertyTypes() { return propertyTypes; }
    public void setPropertyTypes(String propertyTypes) { this.propertyTypes = propertyTypes; }
    public BigDecimal getLatitude() { return latitude; }
    public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }
    public BigDecimal getMiles() { return miles; }
    public void setMiles(BigDecimal miles) { this.miles = miles; }
    public BigDecimal getMinEquityPercent() { return minEquityPercent; }
    public void setMinEquityPercent(BigDecimal minEquityPercent) { this.minEquityPercent = minEquityPercent; }
    public BigDecimal getMaxEquityPercent() { return maxEquityPercent; }
    public void setMaxEquityPercent(BigDecimal maxEquityPercent) { this.maxEquityPercent = maxEquityPercent; }
    public OwnerType[] getOwnerTypes() { return ownerTypes; }
    public void setOwnerTypes(OwnerType[] ownerTypes) { this.ownerTypes = ownerTypes; }
    public FlagChoice getVacant() { return vacant; }
    public void setVacant(FlagChoice vacant) { this.vacant = vacant; }
    public FlagChoice getTaxDelinquent() { return taxDelinquent; }
    public void setTaxDelinquent(FlagChoice taxDelinquent) { this.taxDelinquent = taxDelinquent; }
    public FlagChoice getPreForeclosure() { return preForeclosure; }
    public void setPreForeclosure(FlagChoice preForeclosure) { this.preForeclosure = preForeclosure; }
    public Integer getMinYearsOwned() { return minYearsOwned; }
    public void setMinYearsOwned(Integer minYearsOwned) { this.minYearsOwned = minYearsOwned; }
    public Integer getMaxYearsOwned() { return maxYearsOwned; }
    public void setMaxYearsOwned(Integer maxYearsOwned) { this.maxYearsOwned = maxYearsOwned; }
    public BigDecimal getMinValue() { return minValue; }
    public void setMinValue(BigDecimal minValue) { this.minValue = minValue; }
    public BigDecimal getMaxValue() { return maxValue; }
    public void setMaxValue(BigDecimal maxValue) { this.maxValue = maxValue; }
}
