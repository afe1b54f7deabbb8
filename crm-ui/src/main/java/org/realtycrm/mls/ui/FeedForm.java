package org.realtycrm.mls.ui;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.realtycrm.mls.entity.Feed;
import org.realtycrm.mls.entity.FeedKind;
import org.realtycrm.mls.entity.FeedSettings;
import org.realtycrm.platform.problem.InvalidInputException;

/**
 * The add/edit dialog's fields of a feed. The protocol options are one text, a {@code name = value} per line, as an
 * administrator copies them from the MLS's documentation; the secret is never here, only where it is kept.
 */
public class FeedForm implements Serializable {

    private Long id;
    private String name;
    private FeedKind kind = FeedKind.RESO_WEB_API;
    private String baseUrl;
    private String tokenUrl;
    private String clientId;
    private String secretRef;
    private int cadenceSeconds = 300;
    private int requestsPerSecond = 2;
    private int requestsPerHour = 7200;
    private int pageSize = 1000;
    private String selectList;
    private String options;

    static FeedForm of(Feed feed) {
        FeedForm form = new FeedForm();
        form.id = feed.getId();
        form.name = feed.getName();
        form.kind = feed.getKind();
        form.baseUrl = feed.getBaseUrl();
        form.tokenUrl = feed.getTokenUrl();
        form.clientId = feed.getClientId();
        form.secretRef = feed.getSecretRef();
        form.cadenceSeconds = feed.getCadenceSeconds();
        form.requestsPerSecond = feed.getRequestsPerSecond();
        form.requestsPerHour = feed.getRequestsPerHour();
        form.pageSize = feed.getPageSize();
        form.selectList = feed.getSelectList();
        form.options = feed.getOptions().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining("\n"));
        return form;
    }

    /** @throws InvalidInputException naming the field, or "options" for a line that is not {@code name = value} */
    FeedSettings toSettings() {
        return new FeedSettings(name, kind, baseUrl, tokenUrl, clientId, secretRef, cadenceSeconds, requestsPerSecond,
                requestsPerHour, pageSize, selectList, parsedOptions());
    }

    private Map<String, String> parsedOptions() {
        Map<String, String> parsed = new LinkedHashMap<>();
        if (options == null) {
            return parsed;
        }
        for (String line : options.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("options", "'" + line.strip() + "' is not name = value");
            }
            parsed.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return parsed;
    }

    boolean isNew() {
        return id == null;
    }

    Long getId() {
        return id;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public FeedKind getKind() { return kind; }
    public void setKind(FeedKind kind) { this.kind = kind; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getTokenUrl() { return tokenUrl; }
    public void setTokenUrl(String tokenUrl) { this.tokenUrl = tokenUrl; }
    public String getClientId() { return clientId; }
    public void setClientId(String clientId) { this.clientId = clientId; }
    public String getSecretRef() { return secretRef; }
    public void setSecretRef(String secretRef) { this.secretRef = secretRef; }
    public int getCadenceSeconds() { return cadenceSeconds; }
    public void setCadenceSeconds(int cadenceSeconds) { this.cadenceSeconds = cadenceSeconds; }
    public int getRequestsPerSecond() { return requestsPerSecond; }
    public void setRequestsPerSecond(int requestsPerSecond) { this.requestsPerSecond = requestsPerSecond; }
    public int getRequestsPerHour() { return requestsPerHour; }
    public void setRequestsPerHour(int requestsPerHour) { this.requestsPerHour = requestsPerHour; }
    public int getPageSize() { return pageSize; }
    public void setPageSize(int pageSize) { this.pageSize = pageSize; }
    public String getSelectList() { return selectList; }
    public void setSelectList(String selectList) { this.selectList = selectList; }
    public String getOptions() { return options; }
    public void setOptions(String options) { this.options = options; }
}
