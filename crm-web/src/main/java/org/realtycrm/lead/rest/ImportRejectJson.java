package org.realtycrm.lead.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.lead.entity.ImportReject;

/** A row left out of an import: its physical line in the file, INVALID or DUPLICATE, why, and the row itself. */
@Schema(name = "ImportReject")
public record ImportRejectJson(long line, String kind, String reason, String original) {

    public static ImportRejectJson of(ImportReject reject) {
        return new ImportRejectJson(reject.line(), reject.kind().name(), reject.reason(), reject.original());
    }
}
