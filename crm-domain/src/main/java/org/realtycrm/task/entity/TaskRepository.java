package org.realtycrm.task.entity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;

public interface TaskRepository {

    void add(Task task);

    /** Someone else's task is answered like a task that does not exist. */
    Optional<Task> find(long id, CalendarVisibility visibility);

    /** By due time, then id; a lead's tasks only while the lead is live. */
    Page<Task> search(TaskQuery query, CalendarVisibility visibility, PageRequest page);

    /** Open and done tasks due in [from, to), for a calendar; {@code assigneeId} null for every visible one. */
    List<Task> dueBetween(Instant from, Instant to, Long assigneeId, CalendarVisibility visibility);

    void remove(Task task);
}
