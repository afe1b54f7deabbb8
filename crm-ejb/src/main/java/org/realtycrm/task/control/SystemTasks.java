package org.realtycrm.task.control;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.realtycrm.audit.entity.ActivityAction;
import org.realtycrm.audit.entity.FieldChanges;
import org.realtycrm.audit.entity.SubjectType;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.task.entity.Recurrence;
import org.realtycrm.task.entity.Task;
import org.realtycrm.task.entity.TaskDraft;
import org.realtycrm.task.entity.TaskKind;
import org.realtycrm.task.entity.TaskRepository;

/**
 * Tasks the system sets for a lead's agent (a campaign's task step), audited as the system's: due when given, the
 * bell ringing at once when they come due.
 */
@ApplicationScoped
public class SystemTasks {

    @Inject
    TaskRepository tasks;

    @Inject
    CalendarAudit audit;

    /** @return the task, or empty when the lead has no agent to do it */
    public Optional<Task> setForAgentOf(Lead lead, TaskKind kind, String title, String details, Instant due) {
        if (lead.getAssignedAgent() == null) {
            return Optional.empty();
        }
        Task task = new Task(new TaskDraft(kind, title, details, lead.getId(), null, due, 0, Recurrence.NONE), lead,
                lead.getAssignedAgent(), null);
        tasks.add(task);
        audit.record(null, SubjectType.TASK, task.getId(), ActivityAction.TASK_CREATED,
                "Task set for " + task.getAssignee().getName() + ": " + task.getTitle(),
                FieldChanges.created(task.auditState()));
        return Optional.of(task);
    }
}
