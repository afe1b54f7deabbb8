package org.realtycrm.lead.ui;

import org.realtycrm.lead.entity.LeadImport;

/** How far an import has come, for its progress bar: the share of the file's bytes whose rows have committed. */
final class ImportProgress {

    private ImportProgress() {
    }

    /** 0 to 100; a running import shows at most 99, so 100 always means finished. */
    static int percent(LeadImport run) {
        if (run.getStatus().isFinished()) {
            return 100;
        }
        if (run.getSizeBytes() <= 0) {
            return 0;
        }
        long percent = run.getBytesRead() * 100 / run.getSizeBytes();
        return (int) Math.max(0, Math.min(99, percent));
    }
}
