package org.realtycrm.pipeline.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.pipeline.control.PullLedger;
import org.realtycrm.pipeline.entity.ExportPlatform;
import org.realtycrm.pipeline.entity.ListPull;

/** The run's "export" step: the list's files for the platforms its source names ({@link PullExporting}). */
@Dependent
@Named("pullExportStep")
public class PullExportStep extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String pullId;

    @Inject
    PullLedger ledger;

    @Inject
    PullExporting exporting;

    @Override
    public String process() {
        ListPull pull = ledger.find(Long.parseLong(pullId));
        for (ExportPlatform platform : ledger.source(pull.getSourceId()).getExportTo()) {
            exporting.export(pull.getId(), platform);
        }
        return "COMPLETED";
    }
}
