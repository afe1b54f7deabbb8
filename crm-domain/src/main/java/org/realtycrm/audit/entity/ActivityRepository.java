package org.realtycrm.audit.entity;

import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

public interface ActivityRepository {

    Activity add(Activity activity);

    /** A lead's timeline, newest first. */
    Page<Activity> forLead(long leadId, PageRequest page);

    /** The system-wide trail, newest first. */
    Page<Activity> search(ActivityQuery query, PageRequest page);
}
