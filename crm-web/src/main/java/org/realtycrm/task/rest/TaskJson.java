package org.realtycrm.task.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.realtycrm.lead.entity.Lead;
import org.realtycrm.task.entity.Task;

@Schema(name = "Task")
public record TaskJson(long id, String kind, String title, String details, LeadRef lead, long assigneeId,
        String assigneeName, Instant dueAt, Integer remindMinutesBefore, String recurrence, boolean open,
        boolean overdue, Instant completedAt, Instant createdAt, Instant updatedAt, long version) {

    @Schema(name = "LeadRef")
    public record LeadRef(long id, String name) {

        static LeadRef of(Lead lead) {
            return lead == null ? null : new LeadRef(lead.getId(), lead.fullName());
        }
    }

    public static TaskJson of(Task task) {
        return new TaskJson(task.getId(), task.getKind().name(), task.getTitle(), task.getDetails(),
                LeadRef.of(task.getLead()), task.getAssignee().getId(), task.getAssignee().getName(), task.getDueAt(),
                task.getRemindMinutesBefore(), task.getRecurrence().name(), task.isOpen(),
                task.isOverdue(Instant.now()), task.getCompletedAt(), task.getCreatedAt(), task.getUpdatedAt(),
                task.getVersion());
    }
}
