package org.realtycrm.platform.ui;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.platform.backup.Backups;
import org.realtycrm.platform.entity.Backup;
import org.realtycrm.platform.entity.BackupStatus;
import org.realtycrm.platform.problem.CrmException;

/**
 * The backups (backups.xhtml, administrators only): when the last one succeeded, the history with what each holds
 * or why it failed, and "back up now". The backups run on the server; this screen only asks and shows.
 */
@Named
@ViewScoped
public class BackupsScreen implements Serializable {

    @Inject
    Backups backups;

    private List<Backup> all;
    private String lastSucceeded;
    private String schedule;

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        all = backups.recent();
        lastSucceeded = backups.lastSucceeded().map(at -> RelativeTime.since(at, Instant.now())).orElse("never");
        schedule = backups.schedule();
    }

    public void backUpNow() {
        try {
            backups.start();
            Messages.info("The backup has started; this page follows it.");
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
        reload();
    }

    public boolean isRunning() {
        return all.stream().anyMatch(backup -> backup.getStatus() == BackupStatus.RUNNING);
    }

    public String size(Long bytes) {
        if (bytes == null) {
            return "";
        }
        return bytes < 1 << 20 ? Math.max(1, bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }

    public String getSchedule() {
        return schedule;
    }

    public List<Backup> getAll() {
        return all;
    }

    public String getLastSucceeded() {
        return lastSucceeded;
    }
}
