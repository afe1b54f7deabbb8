package org.realtycrm.task.boundary;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.identity.control.CurrentUser;
import org.realtycrm.identity.entity.Role;
import org.realtycrm.platform.paging.Page;
import org.realtycrm.platform.paging.PageRequest;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.task.control.CalendarAudit;
import org.realtycrm.task.control.CalendarParties;
import org.realtycrm.task.entity.Task;
import org.realtycrm.task.entity.TaskDraft;
import org.realtycrm.task.entity.TaskQuery;
import org.realtycrm.task.entity.TaskRepository;

/**
 * Agents' tasks: set, changed, moved on the calendar, done and reopened, each change audited. An agent sees and
 * works their own; an admin everyone's ({@link CurrentUser#calendarVisibility()}).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.AGENT_NAME})
public class Tasks {

    /** A task done, and the next occurrence its series made (stored), if it recurs. */
    public record Completion(Task done, Optional<Task> next) {
    }

    @Inject
    TaskRepository tasks;

    @Inject
    CurrentUser caller;

    @Inject
    CalendarParties parties;

    @Inject
    CalendarAudit audit;

    @Inject
    @ConfigProperty(name = "crm.brokerage.time-zone")
    ZoneId zone;

    Clock clock = Clock.systemUTC();

    public Task create(TaskDraft draft) {
        Task task = new Task(draft, parties.lead(draft.leadId()), parties.assignee(draft.assigneeId()), caller.user());
        tasks.add(task);
        audit.record(caller.user(), SubjectType.TASK, task.getId(), ActivityAction.TASK_CREATED,
                "Task set for " + task.getAssignee().getName() + ": " + task.getTitle(),
                FieldChanges.created(task.auditState()));
        audit.onTimeline(caller.user(), task.getLead(), ActivityAction.TASK_CREATED, "Task set ("
                + task.getKind() + ", due " + audit.when(task.getDueAt()) + "): " + task.getTitle());
        return task;
    }

    public Task find(long id) {
        return tasks.find(id, caller.calendarVisibility()).orElseThrow(() -> new RecordNotFoundException("task", id));
    }

    public Page<Task> search(TaskQuery query, PageRequest page) {
        return tasks.search(query, caller.calendarVisibility(), page);
    }

    /** @throws StaleVersionException when someone else changed the task since it was read */
    public Task change(long id, long expectedVersion, TaskDraft draft) {
        Task task = findAt(id, expectedVersion);
        var before = task.auditState();
        task.change(draft, parties.lead(draft.leadId()), parties.assignee(draft.assigneeId()));
        changed(task, before, "Task changed: " + task.getTitle());
        return task;
    }

    /** The calendar's drag: the same task at another time. */
    public Task move(long id, long expectedVersion, Instant dueAt) {
        Task task = findAt(id, expectedVersion);
        var before = task.auditState();
        task.moveTo(dueAt);
        changed(task, before, "Task moved to " + audit.when(dueAt) + ": " + task.getTitle());
        return task;
    }

    public Completion complete(long id, long expectedVersion) {
        Task task = findAt(id, expectedVersion);
        var before = task.auditState();
        Optional<Task> next = task.complete(caller.user(), clock.instant(), zone);
        audit.record(caller.user(), SubjectType.TASK, task.getId(), ActivityAction.TASK_COMPLETED,
                "Task done: " + task.getTitle(), FieldChanges.between(before, task.auditState()));
        audit.onTimeline(caller.user(), task.getLead(), ActivityAction.TASK_COMPLETED, "Task done ("
                + task.getKind() + "): " + task.getTitle());
        next.ifPresent(following -> {
            tasks.add(following);
            audit.record(caller.user(), SubjectType.TASK, following.getId(), ActivityAction.TASK_CREATED,
                    "Task recurs " + following.getRecurrence().name().toLowerCase() + ", next due "
                            + audit.when(following.getDueAt()) + ": " + following.getTitle(),
                    FieldChanges.created(following.auditState()));
        });
        return new Completion(task, next);
    }

    public Task reopen(long id, long expectedVersion) {
        Task task = findAt(id, expectedVersion);
        var before = task.auditState();
        task.reopen();
        audit.record(caller.user(), SubjectType.TASK, task.getId(), ActivityAction.TASK_REOPENED,
                "Task open again: " + task.getTitle(), FieldChanges.between(before, task.auditState()));
        return task;
    }

    public void delete(long id) {
        Task task = find(id);
        audit.record(caller.user(), SubjectType.TASK, task.getId(), ActivityAction.TASK_DELETED,
                "Task deleted: " + task.getTitle(), FieldChanges.between(task.auditState(), Map.of()));
        tasks.remove(task);
    }

    private void changed(Task task, Map<String, Object> before, String summary) {
        audit.record(caller.user(), SubjectType.TASK, task.getId(), ActivityAction.TASK_CHANGED, summary,
                FieldChanges.between(before, task.auditState()));
    }

    private Task findAt(long id, long expectedVersion) {
        Task task = find(id);
        if (task.getVersion() != expectedVersion) {
            throw new StaleVersionException("task", id, expectedVersion, task.getVersion());
        }
        return task;
    }
}
