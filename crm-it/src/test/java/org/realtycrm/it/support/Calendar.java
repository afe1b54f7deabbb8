package org.realtycrm.it.support;

import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** The tasks, appointments and calendar API, as one caller uses it. */
public final class Calendar {

    public static final String TASKS = "/api/v1/tasks";
    public static final String APPOINTMENTS = "/api/v1/appointments";
    public static final String CALENDAR = "/api/v1/calendar";

    private final Api api;

    private Calendar(Api api) {
        this.api = api;
    }

    public static Calendar as(Api api) {
        return new Calendar(api);
    }

    /** A call task, due then, with no reminder. */
    public static JsonObjectBuilder task(String title, Instant dueAt) {
        return Json.createObjectBuilder().add("kind", "CALL").add("title", title).add("dueAt", dueAt.toString());
    }

    public static JsonObjectBuilder appointment(String title, Instant startsAt, Instant endsAt) {
        return Json.createObjectBuilder().add("title", title).add("startsAt", startsAt.toString())
                .add("endsAt", endsAt.toString());
    }

    public JsonObject createTask(JsonObjectBuilder task) {
        return api.post(TASKS, task.build()).expect(201).json();
    }

    public JsonObject createAppointment(JsonObjectBuilder appointment) {
        return api.post(APPOINTMENTS, appointment.build()).expect(201).json();
    }

    public static String taskPath(JsonObject task) {
        return TASKS + "/" + task.getJsonNumber("id").longValue();
    }

    public static String appointmentPath(JsonObject appointment) {
        return APPOINTMENTS + "/" + appointment.getJsonNumber("id").longValue();
    }

    /** {@code {"version": n}}: the version a change is made to. */
    public static JsonObject version(JsonObject record) {
        return Json.createObjectBuilder().add("version", record.getJsonNumber("version").longValue()).build();
    }

    public Response complete(JsonObject task) {
        return api.post(taskPath(task) + "/complete", version(task));
    }

    public Response between(Instant from, Instant to) {
        return api.get(CALENDAR + "?from=" + from + "&to=" + to);
    }
}
