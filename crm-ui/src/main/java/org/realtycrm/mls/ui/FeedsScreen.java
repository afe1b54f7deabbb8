package org.realtycrm.mls.ui;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.PrimeFaces;
import org.realtycrm.mls.boundary.FeedFreshness;
import org.realtycrm.mls.boundary.MlsFeeds;
import org.realtycrm.mls.entity.Feed;
import org.realtycrm.mls.entity.FeedKind;
import org.realtycrm.mls.entity.SyncRun;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.FieldError;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.platform.ui.RelativeTime;

/**
 * The MLS feeds (mls-feeds.xhtml, administrators only): where each stands, add and change one, stop and start it,
 * sync it now, and its sync history. The syncs run on the server's timers; this screen only asks and shows.
 */
@Named
@ViewScoped
public class FeedsScreen implements Serializable {

    static final String FORM = "feed";
    private static final int RUNS_SHOWN = 20;

    @Inject
    MlsFeeds feeds;

    @Inject
    FeedFreshness freshness;

    private List<Feed> all;
    private Map<String, FeedFreshness.FeedLag> lags;
    private FeedForm form = new FeedForm();
    private Feed selected;
    private List<SyncRun> runs = List.of();

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        all = feeds.all();
        lags = freshness.all().stream().collect(Collectors.toMap(FeedFreshness.FeedLag::name, Function.identity(),
                (a, b) -> a));
        if (selected != null) {
            showRuns(feeds.find(selected.getId()));
        }
    }

    public void startAdding() {
        form = new FeedForm();
    }

    public void startEditing(Feed feed) {
        form = FeedForm.of(feed);
    }

    public void save() {
        try {
            Feed saved = form.isNew() ? feeds.add(form.toSettings()) : feeds.change(form.getId(), form.toSettings());
            Messages.info((form.isNew() ? "Added " : "Saved ") + saved.getName()
                    + (form.isNew() ? "; its first sync has started." : "."));
            form = new FeedForm();
            PrimeFaces.current().executeScript("PF('feedDialog').hide()");
            reload();
        } catch (InvalidInputException invalid) {
            // a protocol option's error names "options.<name>": it belongs next to the options text
            Messages.refused(new InvalidInputException(invalid.errors().stream()
                    .map(e -> e.field().startsWith("options.") ? new FieldError("options",
                            e.field().substring("options.".length()) + ": " + e.message()) : e)
                    .toList()), FORM);
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        }
    }

    public void syncNow(Feed feed, boolean reconcile) {
        act(() -> feeds.syncNow(feed.getId(), reconcile), (reconcile ? "Reconciling " : "Syncing ") + feed.getName()
                + " now; its history shows the run.");
    }

    public void reloadAll(Feed feed) {
        act(() -> feeds.reload(feed.getId()), "Reloading " + feed.getName() + ": every listing is read again; its "
                + "history shows the run.");
    }

    public void enable(Feed feed) {
        act(() -> feeds.enable(feed.getId()), "Started " + feed.getName() + ".");
    }

    public void disable(Feed feed) {
        act(() -> feeds.disable(feed.getId()), "Stopped " + feed.getName() + ".");
    }

    public void showRuns(Feed feed) {
        selected = feed;
        runs = feeds.runs(feed.getId(), RUNS_SHOWN);
    }

    /** When its last successful sync ended ("12 min ago"), or "never". */
    public String lastSync(Feed feed) {
        FeedFreshness.FeedLag lag = lags.get(feed.getName());
        return lag == null || lag.lastSucceeded() == null ? "never" : ago(lag.lastSucceeded());
    }

    public String ago(Instant when) {
        return RelativeTime.since(when, Instant.now());
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Messages.info(done);
            reload();
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }

    public FeedKind[] getKinds() {
        return FeedKind.values();
    }

    public List<Feed> getAll() {
        return all;
    }

    public FeedForm getForm() {
        return form;
    }

    public Feed getSelected() {
        return selected;
    }

    public List<SyncRun> getRuns() {
        return runs;
    }
}
