package org.realtycrm.pipeline.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.pipeline.boundary.ListSetup;
import org.realtycrm.pipeline.boundary.ListResponses;
import org.realtycrm.pipeline.boundary.RunStep;
import org.realtycrm.pipeline.entity.AfterPickup;
import org.realtycrm.pipeline.entity.ColumnMapping;
import org.realtycrm.pipeline.entity.ListExport;
import org.realtycrm.pipeline.entity.ListField;
import org.realtycrm.pipeline.entity.ListPull;
import org.realtycrm.pipeline.entity.ListRow;
import org.realtycrm.pipeline.entity.ExportPlatform;
import org.realtycrm.pipeline.entity.LeadImport;
import org.realtycrm.pipeline.entity.ListSource;
import org.realtycrm.pipeline.entity.OwnerType;
import org.realtycrm.pipeline.entity.SourceKind;
import org.realtycrm.pipeline.entity.SourceSettings;
import org.realtycrm.pipeline.entity.TargetCriteria;
import org.realtycrm.pipeline.entity.TargetFilters;
import org.realtycrm.pipeline.entity.TraceWith;
import org.realtycrm.pipeline.entity.TracedPhone;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.rest.Enums;

/** The list pipeline's JSON shapes: criteria, mappings, sources, pulls. */
public final class ListJson {

    private ListJson() {
    }

    /** A campaign's target; every filter optional. */
    @Schema(name = "TargetFilters")
    public static class Filters {
        public Set<String> zips;
        public Set<String> cities;
        public Set<String> counties;
        public Radius radius;
        public Set<String> propertyTypes;
        public BigDecimal minEquityPercent;
        public BigDecimal maxEquityPercent;
        @Schema(description = "any of ABSENTEE, OUT_OF_STATE, CORPORATE")
        public Set<String> ownerTypes;
        @Schema(description = "true: only vacant, false: only occupied, absent: either")
        public Boolean vacant;
        public Boolean taxDelinquent;
        public Boolean preForeclosure;
        public Integer minYearsOwned;
        public Integer maxYearsOwned;
        public BigDecimal minValue;
        public BigDecimal maxValue;

        TargetFilters toFilters() {
            return new TargetFilters(zips, cities, counties, radius == null ? null
                    : new TargetFilters.Radius(radius.latitude, radius.longitude, radius.miles), propertyTypes,
                    minEquityPercent, maxEquityPercent, ownerTypes == null ? Set.of()
                            : Enums.parseAll("ownerTypes", OwnerType.class, ownerTypes),
                    vacant, taxDelinquent, preForeclosure, minYearsOwned, maxYearsOwned, minValue, maxValue);
        }

        static Filters of(TargetFilters filters) {
            Filters json = new Filters();
            json.zips = filters.zips();
            json.cities = filters.cities();
            json.counties = filters.counties();
            if (filters.radius() != null) {
                json.radius = new Radius();
                json.radius.latitude = filters.radius().latitude();
                json.radius.longitude = filters.radius().longitude();
                json.radius.miles = filters.radius().miles();
            }
            json.propertyTypes = filters.propertyTypes();
            json.minEquityPercent = filters.minEquityPercent();
            json.maxEquityPercent = filters.maxEquityPercent();
            json.ownerTypes = filters.ownerTypes().stream().map(Enum::name).collect(java.util.stream.Collectors
                    .toCollection(java.util.TreeSet::new));
            json.vacant = filters.vacant();
            json.taxDelinquent = filters.taxDelinquent();
            json.preForeclosure = filters.preForeclosure();
            json.minYearsOwned = filters.minYearsOwned();
            json.maxYearsOwned = filters.maxYearsOwned();
            json.minValue = filters.minValue();
            json.maxValue = filters.maxValue();
            return json;
        }
    }

    @Schema(name = "TargetRadius")
    public static class Radius {
        public BigDecimal latitude;
        public BigDecimal longitude;
        public BigDecimal miles;
    }

    @Schema(name = "CriteriaRequest")
    public static class CriteriaRequest {
        public String name;
        public String campaign;
        public Filters filters;
        @Schema(description = "the version read, when changing")
        public Long version;
    }

    @Schema(name = "Criteria")
    public record Criteria(long id, String name, String campaign, Filters filters, long version, Instant updatedAt) {
        static Criteria of(TargetCriteria criteria) {
            return new Criteria(criteria.getId(), criteria.getName(), criteria.getCampaign(),
                    Filters.of(criteria.getFilters()), criteria.getVersion(), criteria.getUpdatedAt());
        }
    }

    @Schema(name = "MappingRequest")
    public static class MappingRequest {
        public String name;
        @Schema(description = "PROPSTREAM, BATCHLEADS, LISTSOURCE or CUSTOM")
        public String style;
        @Schema(description = "field → the file's header; empty takes the style's own headers")
        public Map<String, String> columns;
        public Long version;

        Map<ListField, String> fields() {
            Map<ListField, String> fields = new EnumMap<>(ListField.class);
            List<FieldError> errors = new ArrayList<>();
            if (columns != null) {
                columns.forEach((key, header) -> {
                    ListField field = ListField.byKey(key);
                    if (field == null) {
                        errors.add(new FieldError("columns." + key, "is not a list field"));
                    } else {
                        fields.put(field, header);
                    }
                });
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return fields;
        }
    }

    @Schema(name = "Mapping")
    public record Mapping(long id, String name, String style, Map<String, String> columns, long version) {
        static Mapping of(ColumnMapping mapping) {
            return new Mapping(mapping.getId(), mapping.getName(), mapping.getStyle().name(),
                    keyed(mapping.getColumns()), mapping.getVersion());
        }
    }

    static Map<String, String> keyed(Map<ListField, String> columns) {
        Map<String, String> keyed = new LinkedHashMap<>();
        columns.forEach((field, header) -> keyed.put(field.key(), header));
        return keyed;
    }

    @Schema(name = "MappingPreview")
    public record Preview(List<String> header, Map<String, String> missing, List<String> unmapped,
            @Schema(description = "why no row of this file can be read through the mapping")
            List<String> problems, List<PreviewRow> rows) {
        static Preview of(ListSetup.Preview preview) {
            return new Preview(preview.header(), keyed(preview.missing()), preview.unmapped(), preview.problems(),
                    preview.rows().stream().map(PreviewRow::of).toList());
        }
    }

    @Schema(name = "MappingPreviewRow")
    public record PreviewRow(long line, String ownerName, boolean corporate, String mailingAddress,
            String propertyAddress, String apn, BigDecimal estimatedValue, BigDecimal equityPercent,
            List<String> ownerTypes, Boolean kept, String rejected) {
        static PreviewRow of(ListSetup.PreviewRow row) {
            ListRow read = row.row();
            if (read == null) {
                return new PreviewRow(row.line(), null, false, null, null, null, null, null, List.of(), null,
                        row.rejected());
            }
            return new PreviewRow(row.line(), read.owner().name(), read.owner().corporate(),
                    address(read.owner().mailing()), address(read.property()), read.apn(), read.estimatedValue(),
                    read.equityPercent(), read.ownerTypes().stream().map(Enum::name).sorted().toList(), row.kept(),
                    null);
        }

        private static String address(ListRow.Place place) {
            return place.isEmpty() ? null : String.join(", ", java.util.stream.Stream.of(place.street(),
                    place.unit(), place.city(), place.state(), place.zip()).filter(p -> p != null).toList());
        }
    }

    @Schema(name = "ListSourceRequest", description = "SFTP: host, port, username, folder, knownHosts,"
            + " passwordRef or privateKeyRef (+ passphraseRef), afterPickup (ARCHIVE with archiveFolder, or DELETE)."
            + " HTTPS: url, optional headerName + headerRef. The *Ref fields name configuration entries (MicroProfile"
            + " Config keys or Payara password aliases) holding the secret; secrets are never sent or stored.")
    public static class SourceRequest {
        public String name;
        @Schema(description = "SFTP, HTTPS or UPLOAD")
        public String kind;
        public Long mappingId;
        public Long criteriaId;
        public String host;
        public Integer port;
        public String username;
        public String folder;
        @Schema(description = "which files to pick up, e.g. *.csv (default: all)")
        public String fileGlob;
        @Schema(description = "the server's host key as OpenSSH known_hosts lines")
        public String knownHosts;
        public String passwordRef;
        public String privateKeyRef;
        public String passphraseRef;
        public String afterPickup;
        public String archiveFolder;
        public String url;
        public String headerName;
        public String headerRef;
        @Schema(description = "minutes between looks (5 to 10080); absent: only when asked")
        public Integer pollMinutes;
        @Schema(description = "VENDOR (the configured skip-trace vendor) or FILE (the file's own phone and email"
                + " columns, the default)")
        public String traceWith;
        @Schema(description = "ALL (every owner with a phone or an email becomes a lead, the default) or RESPONDERS"
                + " (only owners who responded)")
        public String leadImport;
        @Schema(description = "the platforms the run writes the list's files for: META, GOOGLE, MAILCHIMP, DIRECT_MAIL,"
                + " DIALER; absent or empty: none")
        public List<String> exportTo;
        public Boolean enabled;
        public Long version;

        SourceSettings settings() {
            if (mappingId == null) {
                throw new InvalidInputException("mappingId", "must be given");
            }
            return new SourceSettings(name, kind == null ? null : Enums.parse("kind", SourceKind.class, kind),
                    mappingId, criteriaId, host, port, username, folder, fileGlob, knownHosts, passwordRef,
                    privateKeyRef, passphraseRef, afterPickup == null ? null
                            : Enums.parse("afterPickup", AfterPickup.class, afterPickup),
                    archiveFolder, url, headerName, headerRef, pollMinutes,
                    traceWith == null ? TraceWith.FILE : Enums.parse("traceWith", TraceWith.class, traceWith),
                    leadImport == null ? null : Enums.parse("leadImport", LeadImport.class, leadImport),
                    exportTo == null ? null : exportTo.stream()
                            .map(name -> Enums.parse("exportTo", ExportPlatform.class, name))
                            .collect(Collectors.toSet()),
                    enabled == null || enabled);
        }
    }

    @Schema(name = "ListSource")
    public record Source(long id, String name, String kind, long mappingId, Long criteriaId, String host,
            Integer port, String username, String folder, String fileGlob, String knownHosts, String passwordRef,
            String privateKeyRef, String passphraseRef, String afterPickup, String archiveFolder, String url,
            String headerName, String headerRef, Integer pollMinutes, String traceWith, String leadImport,
            List<String> exportTo, boolean enabled, Instant lastPolledAt,
            String lastError, long version) {
        static Source of(ListSource source) {
            SourceSettings s = source.settings();
            return new Source(source.getId(), s.name(), s.kind().name(), s.mappingId(), s.criteriaId(), s.host(),
                    s.port(), s.username(), s.folder(), s.fileGlob(), s.knownHosts(), s.passwordRef(),
                    s.privateKeyRef(), s.passphraseRef(), s.afterPickup() == null ? null : s.afterPickup().name(),
                    s.archiveFolder(), s.url(), s.headerName(), s.headerRef(), s.pollMinutes(), s.traceWith().name(),
                    s.leadImport().name(), s.exportTo().stream().map(Enum::name).toList(), s.enabled(),
                    source.getLastPolledAt(), source.getLastError(), source.getVersion());
        }
    }

    @Schema(name = "ListPull")
    public record Pull(long id, long sourceId, String fileName, long sizeBytes, String status, long rowsRead,
            long rowsKept, long rowsFiltered, long rowsRejected, long propertiesCreated, long propertiesMatched,
            long ownersTraced, long ownersFound, long ownersCached, long traceCostCents,
            @Schema(description = "the Do-Not-Call scrub of the list's phones (GET /api/v1/pipeline/dnc/scrubs/{id} for its"
                    + " report); absent before the scrub step") Long scrubId,
            long leadsCreated, long leadsMerged, long rowsWithoutContact, long responses, String error,
            Instant receivedAt, Instant finishedAt, boolean restartable,
            @Schema(description = "the run step by step: parse, trace, scrub, import, export, each with its state and"
                    + " figures (GET /api/v1/pipeline/pulls/{id} only; null in lists)") List<Step> steps) {
        static Pull of(ListPull pull) {
            return of(pull, null);
        }

        static Pull of(ListPull pull, List<RunStep> steps) {
            return new Pull(pull.getId(), pull.getSourceId(), pull.getFileName(), pull.getSizeBytes(),
                    pull.getStatus().name(), pull.getRowsRead(), pull.getRowsKept(), pull.getRowsFiltered(),
                    pull.getRowsRejected(), pull.getPropertiesCreated(), pull.getPropertiesMatched(),
                    pull.getOwnersTraced(), pull.getOwnersFound(), pull.getOwnersCached(), pull.getTraceCostCents(),
                    pull.getScrubId(), pull.getLeadsCreated(), pull.getLeadsMerged(), pull.getRowsWithoutContact(),
                    pull.getResponses(), pull.getError(), pull.getReceivedAt(), pull.getFinishedAt(), pull.isRestartable(),
                    steps == null ? null : steps.stream().map(Step::of).toList());
        }
    }

    @Schema(name = "ListRunStep", description = "in → out per step: parse: rows read → kept (rejected: unreadable"
            + " rows); trace: owners traced → found; scrub: phones checked → callable (rejected: not phone numbers,"
            + " suppressed: held back by a Do-Not-Call list); import: owners imported → became or joined a lead;"
            + " export: files to write → written. A figure the step does not have, or has not reached yet, is null.")
    public record Step(String name,
            @Schema(description = "WAITING, RUNNING, DONE or FAILED") String state, Long in, Long out,
            Long rejected, Long suppressed,
            @Schema(description = "parse: leftOut (by the criteria), propertiesCreated, propertiesMatched; trace:"
                    + " cached, costCents; import: leadsCreated, leadsMerged, withoutContact") Map<String, Long> details) {
        static Step of(RunStep step) {
            return new Step(step.name(), step.state().name(), step.in(), step.out(), step.rejected(),
                    step.suppressed(), step.details());
        }
    }

    @Schema(name = "ListResponses")
    public record Responses(
            @Schema(description = "responses that found the row they answer") int matched,
            @Schema(description = "the owners (rows) they name") int owners,
            @Schema(description = "owners who had not responded before") int newResponders,
            int leadsCreated, int leadsMerged,
            @Schema(description = "owners with no phone or email, not made leads") int withoutContact,
            List<Rejected> rejected) {
        static Responses of(ListResponses.Outcome outcome) {
            return new Responses(outcome.matched(), outcome.owners(), outcome.newResponders(), outcome.leadsCreated(),
                    outcome.leadsMerged(), outcome.withoutContact(),
                    outcome.rejected().stream().map(r -> new Rejected(r.line(), r.reason())).toList());
        }
    }

    @Schema(name = "RejectedResponse")
    public record Rejected(long line, String reason) {
    }

    @Schema(name = "PulledOwner")
    public record Owner(long line, long propertyId, String ownerName, boolean corporate, String mailingAddress,
            @Schema(description = "PENDING, FOUND, NOT_FOUND or SKIPPED (no whole address to trace)")
            String traceStatus, List<Phone> phones, List<String> emails,
            @Schema(description = "the lead the row became or merged into") Long leadId,
            @Schema(description = "CREATED, MERGED or NO_CONTACT (nobody to reach); absent before the import step")
            String leadOutcome, @Schema(description = "points on the scorecard at import") Integer score,
            Instant respondedAt) {
        static Owner of(ListSetup.PulledOwner owner) {
            return new Owner(owner.line(), owner.propertyId(), owner.ownerName(), owner.corporate(),
                    owner.mailingAddress(), owner.traceStatus(), owner.phones().stream().map(Phone::of).toList(),
                    owner.emails(), owner.leadId(), owner.leadOutcome(), owner.score(), owner.respondedAt());
        }
    }

    @Schema(name = "TracedPhone")
    public record Phone(@Schema(description = "E.164") String number,
            @Schema(description = "MOBILE, LANDLINE, VOIP or UNKNOWN") String lineType,
            @Schema(description = "the source flagged it Do-Not-Call") boolean dnc,
            @Schema(description = "the source flagged it a known litigator") boolean litigator) {
        static Phone of(TracedPhone phone) {
            return new Phone(phone.number(), phone.lineType().name(), phone.dnc(), phone.litigator());
        }
    }

    @Schema(name = "ListExport", description = "owners: the list's kept owners; rowsWritten: the file's rows (a dialer"
            + " writes a row per callable phone); ownersLeftOut: owners the platform cannot use (no email, no address,"
            + " no callable phone); phonesSuppressed: phones a Do-Not-Call list or the trace held back (dialer)")
    public record Export(long id, long pullId, String platform, String fileName, long sizeBytes, long owners,
            long rowsWritten, long ownersLeftOut, long phonesSuppressed, Long createdBy, Instant createdAt) {
        static Export of(ListExport export) {
            return new Export(export.getId(), export.getPullId(), export.getPlatform().name(), export.fileName(),
                    export.getSizeBytes(), export.getOwners(), export.getRowsWritten(), export.getOwnersLeftOut(),
                    export.getPhonesSuppressed(), export.getCreatedById(), export.getCreatedAt());
        }
    }
}
