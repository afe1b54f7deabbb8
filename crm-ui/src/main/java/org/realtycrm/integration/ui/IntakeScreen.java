package org.realtycrm.integration.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.realtycrm.integration.boundary.IntakeSources;
import org.realtycrm.integration.entity.IntakeSource;
import org.realtycrm.platform.problem.ConflictException;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.InvalidInputException;
import org.realtycrm.platform.ui.Messages;

/**
 * The sources of inbound leads (intake.xhtml, administrators only): add one, give its key and secret to the sender,
 * replace a secret, deactivate a source. A secret is on the screen once, right after it is made, until the admin
 * dismisses it; the boundary never hands it out again.
 */
@Named
@ViewScoped
public class IntakeScreen implements Serializable {

    static final String CREATE_FORM = "create";

    @Inject
    IntakeSources sources;

    private List<IntakeSource> all;
    private String name;
    private String leadSource;
    /** The secret just made, and whose it is: shown until dismissed or the view ends. */
    private transient IntakeSources.WithSecret shown;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        all = sources.all();
    }

    public void create() {
        try {
            shown = sources.create(name, leadSource);
            Messages.info("Added " + shown.source().getName() + ". Copy its secret now: it is not shown again.");
            name = null;
            leadSource = null;
            reload();
        } catch (ConflictException taken) {
            Messages.refused(new InvalidInputException("name", taken.getMessage()), CREATE_FORM);
        } catch (CrmException refused) {
            Messages.refused(refused, CREATE_FORM);
        }
    }

    public void rotate(IntakeSource source) {
        try {
            shown = sources.rotateSecret(source.getId());
            Messages.info("New secret for " + source.getName() + ": deliveries signed with the old one are refused "
                    + "from now on. Copy it now: it is not shown again.");
            reload();
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }

    public void deactivate(IntakeSource source) {
        try {
            sources.deactivate(source.getId());
            Messages.info("Deactivated " + source.getName() + ": its deliveries are refused; its leads stay.");
            if (shown != null && shown.source().getId().equals(source.getId())) {
                shown = null;
            }
            reload();
        } catch (CrmException refused) {
            Messages.error(refused.getMessage());
        }
    }

    public void dismissSecret() {
        shown = null;
    }

    public List<IntakeSource> getAll() {
        return all;
    }

    public IntakeSources.WithSecret getShown() {
        return shown;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLeadSource() {
        return leadSource;
    }

    public void setLeadSource(String leadSource) {
        this.leadSource = leadSource;
    }
}
