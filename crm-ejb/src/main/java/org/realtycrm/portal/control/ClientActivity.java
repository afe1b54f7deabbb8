package org.realtycrm.portal.control;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.audit.control.ActivityRecorder;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.entity.User;
import org.realtycrm.portal.entity.ClientAccount;

/** What a client does, on their lead's timeline, so that their agent sees it. */
@ApplicationScoped
public class ClientActivity {

    @Inject
    ActivityRecorder activities;

    public void record(User actor, ClientAccount account, ActivityAction action, String summary,
            Map<String, Object> details) {
        activities.record(actor, SubjectType.LEAD, account.getLeadId(), action, summary,
                details.isEmpty() ? Map.of() : FieldChanges.created(details));
    }
}
