package org.realtycrm.lead.entity;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.realtycrm.platform.entity.Tracked;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * One of the rules an admin orders to say who gets a new lead: conditions on where the lead came from and what it
 * wants, and where such a lead goes (an agent, a team's round robin, a pond). The first active rule, by position,
 * whose every condition holds for a lead routes it; an empty condition holds for every lead. The rule keeps its own
 * shape: a name, a target, sane lists, a price range whose bottom is not above its top.
 */
@Entity
@Table(name = "routing_rules")
public class RoutingRule extends Tracked {

    public static final int MAX_NAME_LENGTH = 80;
    /** Entries per condition: a rule with more is a list that belongs elsewhere (a team, a pond). */
    public static final int MAX_ENTRIES = 200;
    public static final int MAX_CONTACT_MINUTES = 7 * 24 * 60;

    private static final Pattern POSTAL_PREFIX = Pattern.compile("[0-9A-Z][0-9A-Z -]{0,9}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_NAME_LENGTH)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> sources = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "postal_prefixes", nullable = false, columnDefinition = "text[]")
    private List<String> postalPrefixes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> cities = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "lead_types", nullable = false, columnDefinition = "text[]")
    private List<String> leadTypes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> languages = new ArrayList<>();

    @Column(name = "price_min", precision = 14, scale = 2)
    private BigDecimal priceMin;

    @Column(name = "price_max", precision = 14, scale = 2)
    private BigDecimal priceMax;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RoutingTarget target;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "team_id")
    private Long teamId;

    @Column(name = "pond_id")
    private Long pondId;

    @Column(name = "contact_within_minutes")
    private Integer contactWithinMinutes;

    @Column(name = "miss_pond_id")
    private Long missPondId;

    protected RoutingRule() {
        // for JPA
    }

    public RoutingRule(RoutingRuleDraft draft, int position) {
        this.position = position;
        change(draft);
    }

    /** Replaces what the rule says, checked in full first: a refused change leaves the rule as it was. */
    public void change(RoutingRuleDraft draft) {
        Objects.requireNonNull(draft, "draft");
        List<FieldError> errors = new ArrayList<>();
        String newName = draft.name() == null ? "" : draft.name().strip();
        if (newName.isEmpty() || newName.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "must be 1 to " + MAX_NAME_LENGTH + " characters"));
        }
        List<String> newSources = entries("sources", draft.sources(), String::strip, Lead.MAX_SOURCE_LENGTH, null,
                errors);
        List<String> newPrefixes = entries("postalPrefixes", draft.postalPrefixes(),
                prefix -> prefix.strip().toUpperCase(Locale.ROOT), 10, POSTAL_PREFIX, errors);
        List<String> newCities = entries("cities", draft.cities(), city -> city.strip().replaceAll("\\s+", " "),
                LeadProfile.MAX_CITY_LENGTH, null, errors);
        List<String> newLanguages = entries("languages", draft.languages(),
                language -> language.strip().toLowerCase(Locale.ROOT), 3, LANGUAGE, errors);
        if (draft.leadTypes().stream().anyMatch(Objects::isNull)) {
            errors.add(new FieldError("leadTypes", "must each be BUYER, SELLER or INVESTOR"));
        }
        checkPrice("priceMin", draft.priceMin(), errors);
        checkPrice("priceMax", draft.priceMax(), errors);
        if (draft.priceMin() != null && draft.priceMax() != null && draft.priceMin().compareTo(draft.priceMax()) > 0) {
            errors.add(new FieldError("priceMax", "must not be below priceMin"));
        }
        if (draft.target() == null) {
            errors.add(new FieldError("target", "must be AGENT, TEAM or POND"));
        } else if (draft.targetId() == null) {
            errors.add(new FieldError("targetId", "must name the " + draft.target().name().toLowerCase(Locale.ROOT)));
        }
        Integer minutes = draft.contactWithinMinutes();
        if (minutes != null && (minutes < 1 || minutes > MAX_CONTACT_MINUTES)) {
            errors.add(new FieldError("contactWithinMinutes", "from 1 to " + MAX_CONTACT_MINUTES + " (a week)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.name = newName;
        this.active = draft.active();
        this.sources = newSources;
        this.postalPrefixes = newPrefixes;
        this.cities = newCities;
        this.leadTypes = new ArrayList<>(new LinkedHashSet<>(draft.leadTypes().stream().map(Enum::name).toList()));
        this.languages = newLanguages;
        this.priceMin = draft.priceMin();
        this.priceMax = draft.priceMax();
        this.target = draft.target();
        this.agentId = draft.target() == RoutingTarget.AGENT ? draft.targetId() : null;
        this.teamId = draft.target() == RoutingTarget.TEAM ? draft.targetId() : null;
        this.pondId = draft.target() == RoutingTarget.POND ? draft.targetId() : null;
        this.contactWithinMinutes = minutes;
        this.missPondId = draft.missPondId();
    }

    private static List<String> entries(String field, List<String> given, UnaryOperator<String> tidy, int maxLength,
            Pattern shape, List<FieldError> errors) {
        if (given.size() > MAX_ENTRIES) {
            errors.add(new FieldError(field, "at most " + MAX_ENTRIES + " entries"));
            return List.of();
        }
        LinkedHashSet<String> tidied = new LinkedHashSet<>();
        for (String entry : given) {
            String value = entry == null ? "" : tidy.apply(entry);
            if (value.isEmpty() || value.length() > maxLength || (shape != null && !shape.matcher(value).matches())) {
                errors.add(new FieldError(field, "\"" + (entry == null ? "" : entry.strip()) + "\" is not "
                        + switch (field) {
                            case "postalPrefixes" -> "the beginning of a postal code (letters, digits)";
                            case "languages" -> "a language code such as en or es";
                            default -> "1 to " + maxLength + " characters";
                        }));
            } else {
                tidied.add(value);
            }
        }
        return new ArrayList<>(tidied);
    }

    private static void checkPrice(String field, BigDecimal price, List<FieldError> errors) {
        if (price != null && (price.signum() < 0 || price.compareTo(LeadProfile.MAX_PRICE) > 0)) {
            errors.add(new FieldError(field, "from 0 to " + LeadProfile.MAX_PRICE.toPlainString()));
        }
    }

    /** Whether every condition holds for the lead (an empty one always does); an inactive rule holds for none. */
    public boolean matches(LeadFacts lead) {
        LeadProfile wants = lead.profile();
        return active
                && (sources.isEmpty() || (lead.source() != null
                        && sources.stream().anyMatch(source -> source.equalsIgnoreCase(lead.source().strip()))))
                && (postalPrefixes.isEmpty() || (wants.postalCode() != null
                        && postalPrefixes.stream().anyMatch(wants.postalCode()::startsWith)))
                && (cities.isEmpty() || (wants.city() != null
                        && cities.stream().anyMatch(city -> city.equalsIgnoreCase(wants.city()))))
                && (leadTypes.isEmpty() || (wants.type() != null && leadTypes.contains(wants.type().name())))
                && (languages.isEmpty() || (wants.language() != null && languages.contains(wants.language())))
                && (priceMin == null || (wants.price() != null && wants.price().compareTo(priceMin) >= 0))
                && (priceMax == null || (wants.price() != null && wants.price().compareTo(priceMax) <= 0));
    }

    /** The conditions in words, for the rule test and the timeline: "source Zillow; price $300,000 to $600,000". */
    public String conditionsInWords() {
        List<String> words = new ArrayList<>();
        if (!sources.isEmpty()) {
            words.add("source " + String.join(" or ", sources));
        }
        if (!postalPrefixes.isEmpty()) {
            words.add("postal code " + String.join(", ", postalPrefixes.stream().map(p -> p + "…").toList()));
        }
        if (!cities.isEmpty()) {
            words.add("city " + String.join(" or ", cities));
        }
        if (!leadTypes.isEmpty()) {
            words.add(String.join(" or ", leadTypes.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList()));
        }
        if (!languages.isEmpty()) {
            words.add("language " + String.join(" or ", languages));
        }
        NumberFormat dollars = NumberFormat.getCurrencyInstance(Locale.US);
        dollars.setMaximumFractionDigits(0);
        if (priceMin != null && priceMax != null) {
            words.add("price " + dollars.format(priceMin) + " to " + dollars.format(priceMax));
        } else if (priceMin != null) {
            words.add("price from " + dollars.format(priceMin));
        } else if (priceMax != null) {
            words.add("price up to " + dollars.format(priceMax));
        }
        return words.isEmpty() ? "every lead" : String.join("; ", words);
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    /** The id of the agent, team or pond the rule sends its leads to. */
    public long targetId() {
        return switch (target) {
            case AGENT -> agentId;
            case TEAM -> teamId;
            case POND -> pondId;
        };
    }

    /** The fields the audit trail compares before and after a change. */
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("position", position);
        state.put("active", active);
        state.put("conditions", conditionsInWords());
        state.put("target", target + " " + targetId());
        state.put("contactWithinMinutes", contactWithinMinutes);
        state.put("missPondId", missPondId);
        return state;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public List<String> getSources() {
        return List.copyOf(sources);
    }

    public List<String> getPostalPrefixes() {
        return List.copyOf(postalPrefixes);
    }

    public List<String> getCities() {
        return List.copyOf(cities);
    }

    public List<LeadType> getLeadTypes() {
        return leadTypes.stream().map(LeadType::valueOf).toList();
    }

    public List<String> getLanguages() {
        return List.copyOf(languages);
    }

    public BigDecimal getPriceMin() {
        return priceMin;
    }

    public BigDecimal getPriceMax() {
        return priceMax;
    }

    public RoutingTarget getTarget() {
        return target;
    }

    public Integer getContactWithinMinutes() {
        return contactWithinMinutes;
    }

    public Long getMissPondId() {
        return missPondId;
    }
}
