package org.realtycrm.pipeline.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.pipeline.boundary.DoNotCallLists;
import org.realtycrm.pipeline.entity.ListAreaCode;
import org.realtycrm.pipeline.entity.CallVerdict;
import org.realtycrm.pipeline.entity.DncLoad;
import org.realtycrm.pipeline.entity.DoNotCallEntry;

/** The Do-Not-Call registry's JSON shapes. */
public final class DncJson {

    private DncJson() {
    }

    @Schema(name = "DncListStatus")
    public record ListStatus(String list, int areaCodes, long numbers, LocalDate oldestDataDate,
            LocalDate newestDataDate,
            @Schema(description = "federal data older than 31 days: scrubs of its area codes are refused")
            boolean outdated) {
    }

    @Schema(name = "DncAreaCode")
    public record AreaCode(int areaCode, long numbers, LocalDate dataDate, long loadId) {
    }

    @Schema(name = "DncRegistryStatus")
    public record Status(LocalDate today, @Schema(description = "federal data dated before this day is outdated")
            LocalDate oldestFreshFederalDate, List<ListStatus> lists, List<AreaCode> federalAreaCodes,
            long internalNumbers, long heldBytes) {

        public static Status of(DoNotCallLists.RegistryStatus status) {
            return new Status(status.today(), status.oldestFreshFederalDate(), status.lists().stream()
                    .map(l -> new ListStatus(l.list().value(), l.areaCodes(), l.numbers(), l.oldestDataDate(),
                            l.newestDataDate(), l.outdated())).toList(),
                    status.federalAreaCodes().stream().map(DncJson::areaCode).toList(), status.internalNumbers(),
                    status.heldBytes());
        }
    }

    private static AreaCode areaCode(ListAreaCode stamp) {
        return new AreaCode(stamp.areaCode(), stamp.numbers(), stamp.dataDate(), stamp.loadId());
    }

    @Schema(name = "DncLoad")
    public record Load(long id, String list, String kind, String fileName, LocalDate dataDate, int areaCodes,
            long numbersAdded, long numbersDeleted, long linesRead, long linesRejected,
            @Schema(description = "the first rejected lines, each \"line N: reason\"") List<String> rejects,
            long loadedBy, Instant createdAt) {

        public static Load of(DncLoad load) {
            return new Load(load.getId(), load.getList().value(), load.getKind().name(), load.getFileName(),
                    load.getDataDate(), load.getAreaCodes(), load.getNumbersAdded(), load.getNumbersDeleted(),
                    load.getLinesRead(), load.getLinesRejected(), load.getRejects().isEmpty() ? List.of()
                            : Arrays.asList(load.getRejects().split("\n")), load.getLoadedBy(), load.getCreatedAt());
        }
    }

    @Schema(name = "DncEntry")
    public record Entry(long id, String phone, String source, Long addedBy, Instant createdAt) {

        public static Entry of(DoNotCallEntry entry) {
            return new Entry(entry.getId(), entry.getPhone(), entry.getSource(), entry.getAddedBy(),
                    entry.getCreatedAt());
        }
    }

    @Schema(name = "DncHit")
    public record Hit(String reason, String listVersion) {
    }

    @Schema(name = "DncVerdict")
    public record Verdict(String phone, boolean callable, List<Hit> reasons) {

        public static Verdict of(CallVerdict verdict) {
            return new Verdict(verdict.phone(), verdict.callable(), verdict.hits().stream()
                    .map(h -> new Hit(h.reason().name(), h.listVersion())).toList());
        }
    }
}
