package org.realtycrm.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtycrm.it.support.Leads.LEADS;
import static org.realtycrm.it.support.Leads.assigneeId;
import static org.realtycrm.it.support.Leads.id;
import static org.realtycrm.it.support.LeadJson.newLead;
import static org.realtycrm.it.support.ProblemAssert.assertThatProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.realtycrm.it.support.Account;
import org.realtycrm.it.support.Accounts;
import org.realtycrm.it.support.Api;
import org.realtycrm.it.support.Calendar;
import org.realtycrm.it.support.Campaigns;
import org.realtycrm.it.support.LeadJson;
import org.realtycrm.it.support.MlsListings;
import org.realtycrm.it.support.Properties;
import org.realtycrm.it.support.Leads;
import org.realtycrm.it.support.Reso;
import org.realtycrm.it.support.Response;
import org.realtycrm.it.support.Routing;
import org.realtycrm.it.support.StoredPhotos;
import org.realtycrm.it.support.Unique;
import org.realtycrm.it.support.UserJson;

/**
 * Who may do what: every call by every kind of caller, and the record-level rule that an agent sees only the
 * leads assigned to them, and a team leader also their team's (someone else's lead is answered exactly like a lead
 * that does not exist).
 */
class AccessMatrixIT extends CrmIT {

    /**
     * The expected status of each call for each caller. The lead in the lead calls is a fresh one assigned to the
     * assigned agent, whose team leader works it as they do. The team leader's own calendar, campaigns and off-MLS
     * properties are theirs alone, as every agent's. Leads are given only to agents whose leads the caller sees (an
     * admin: anyone; a team leader: their team): ASSIGN_LEAD gives the lead to the other agent, refused with 403 to
     * every agent, even one who could not see the lead, because the caller and the agent are checked before the lead
     * is looked up (an agent who leads no team gives no leads);
     * ASSIGN_LEAD_TO_LEADER gives it to the team leader, which the leader may do. The property in the property calls is a fresh
     * off-MLS property of the assigned agent (theirs and the admins' only); the links join it to their fresh lead.
     * The integrator is an API client of the RESO Web API: its token reads that service and what anyone may read,
     * and no role of the CRM's API. The client signed up on the website and confirmed the email: the portal is theirs
     * alone, and the portal's doors for visitors answer only calls the website signed. The campaign in the campaign
     * calls is a fresh draft of the assigned agent (another agent's campaign does not exist for an agent, as a lead);
     * the dead letters are an admin's alone; the unsubscribe link is public, and answers a page, not problem details.
     */
    private static final String MATRIX = """
            call                       ADMIN  ASSIGNED_AGENT  OTHER_AGENT  TEAM_LEADER  CLIENT  ANONYMOUS  INTEGRATOR
            READ_LEAD                  200    200             404          200          403     401        403
            UPDATE_LEAD                200    200             404          200          403     401        403
            DELETE_LEAD                204    204             404          204          403     401        403
            LEAD_TIMELINE              200    200             404          200          403     401        403
            ASSIGN_LEAD                200    403             403          403          403     401        403
            LIST_LEADS                 200    200             200          200          403     401        403
            EXPORT_LEADS               200    200             200          200          403     401        403
            CREATE_LEAD                201    201             201          201          403     401        403
            LIST_USERS                 200    403             403          403          403     401        403
            CREATE_USER                201    403             403          403          403     401        403
            READ_USER                  200    403             403          403          403     401        403
            UPDATE_USER                200    403             403          403          403     401        403
            READ_ME                    200    200             200          200          200     401        403
            LIST_ACTIVITIES            200    403             403          403          403     401        403
            SEARCH_PROPERTIES          200    200             200          200          403     401        403
            CREATE_PROPERTY            201    201             201          201          403     401        403
            READ_PROPERTY              200    200             404          404          403     401        403
            UPDATE_PROPERTY            200    200             404          404          403     401        403
            LINK_PROPERTY              201    201             404          404          403     401        403
            LEAD_PROPERTIES            200    200             404          200          403     401        403
            UNLINK_PROPERTY            204    204             404          404          403     401        403
            VERSION                    200    200             200          200          200     200        200
            LIST_MLS_FEEDS             200    403             403          403          403     401        403
            SYNC_MLS_FEED              404    403             403          403          403     401        403
            RELOAD_MLS_FEED            404    403             403          403          403     401        403
            LIST_BACKUPS               200    403             403          403          403     401        403
            READ_BACKUP                404    403             403          403          403     401        403
            LIST_INTAKE_SOURCES        200    403             403          403          403     401        403
            ADD_INTAKE_SOURCE          201    403             403          403          403     401        403
            UNSIGNED_INQUIRY           401    401             401          401          401     401        401
            PUBLIC_PHOTO               200    200             200          200          200     200        200
            PRIVATE_PHOTO              404    404             404          404          404     404        404
            LIST_API_CLIENTS           200    403             403          403          403     401        403
            ADD_API_CLIENT             201    403             403          403          403     401        403
            LIST_OUTBOX                200    403             403          403          403     401        403
            RESO_METADATA              403    403             403          403          403     401        200
            RESO_PROPERTIES            403    403             403          403          403     401        200
            PORTAL_ME                  403    403             403          403          200     401        403
            PORTAL_FAVOURITES          403    403             403          403          200     401        403
            PORTAL_SAVE_SEARCH         403    403             403          403          201     401        403
            PORTAL_VIEW                403    403             403          403          204     401        403
            UNSIGNED_SIGN_UP           401    401             401          401          401     401        401
            LEAD_PORTAL_ACCESS         200    200             404          200          403     401        403
            INVITE_TO_PORTAL           200    200             404          200          403     401        403
            SEND_DIGESTS               200    403             403          403          403     401        403
            LEAD_TEXTS                 200    200             404          200          403     401        403
            COMPLIANCE_CHECK           200    200             200          200          403     401        403
            QUIET_HOURS                200    200             200          200          403     401        403
            SET_QUIET_HOURS            200    403             403          403          403     401        403
            UNSIGNED_TWILIO_TEXT       403    403             403          403          403     403        403
            UNSIGNED_SENDGRID_EVENTS   403    403             403          403          403     403        403
            UNSIGNED_SENDGRID_INBOUND  403    403             403          403          403     403        403
            LIST_CAMPAIGNS             200    200             200          200          403     401        403
            CREATE_CAMPAIGN            201    201             201          201          403     401        403
            READ_CAMPAIGN              200    200             404          404          403     401        403
            UPDATE_CAMPAIGN            200    200             404          404          403     401        403
            CAMPAIGN_STEPS             200    200             404          404          403     401        403
            LAUNCH_CAMPAIGN            200    200             404          404          403     401        403
            ENROLL_IN_CAMPAIGN         200    200             404          404          403     401        403
            CAMPAIGN_SENDS             200    200             404          404          403     401        403
            CAMPAIGN_REPORT            200    200             404          404          403     401        403
            MAIL_BATCHES               200    200             404          404          403     401        403
            LIST_TEMPLATES             200    200             200          200          403     401        403
            CREATE_TEMPLATE            201    201             201          201          403     401        403
            READ_TEMPLATE              200    200             404          404          403     401        403
            PREVIEW_TEMPLATE           200    200             404          404          403     401        403
            LEAD_CAMPAIGN_SENDS        200    200             404          200          403     401        403
            LIST_DEAD_LETTERS          200    403             403          403          403     401        403
            REPLAY_DEAD_LETTER         404    403             403          403          403     401        403
            REPLAY_DEAD_LETTERS        200    403             403          403          403     401        403
            UNSUBSCRIBE_PAGE           404    404             404          404          404     404        404
            UNSUBSCRIBE_ONE_CLICK      404    404             404          404          404     404        404
            LIST_TASKS                 200    200             200          200          403     401        403
            CREATE_TASK                201    201             201          201          403     401        403
            READ_TASK                  200    200             404          404          403     401        403
            COMPLETE_TASK              200    200             404          404          403     401        403
            READ_APPOINTMENT           200    200             404          404          403     401        403
            CALENDAR                   200    200             200          200          403     401        403
            CALENDAR_TODAY             200    200             200          200          403     401        403
            CALENDAR_FEED              200    200             200          200          403     401        403
            UNKNOWN_CALENDAR_FEED      404    404             404          404          404     404        404
            LIST_ROUTING_RULES         200    403             403          403          403     401        403
            TEST_ROUTING               200    403             403          403          403     401        403
            LIST_TEAMS                 200    403             403          403          403     401        403
            LIST_PONDS                 200    200             200          200          403     401        403
            GO_ON_DUTY                 200    200             200          200          403     401        403
            ASSIGN_LEAD_TO_LEADER      200    403             403          200          403     401        403
            DELETE_TEAM                204    403             403          403          403     401        403
            DELETE_POND                204    403             403          403          403     401        403
            READ_REPORT                200    403             403          403          403     401        403
            READ_REPORT_CSV            200    403             403          403          403     401        403
            SET_SOURCE_COST            201    403             403          403          403     401        403
            """;

    private static final Map<Integer, String> PROBLEM_TYPES = Map.of(
            401, "unauthenticated", 403, "forbidden", 404, "not-found");

    private static World world;

    private static JsonObject team;

    enum Caller {
        ADMIN, ASSIGNED_AGENT, OTHER_AGENT, TEAM_LEADER, CLIENT, ANONYMOUS, INTEGRATOR
    }

    /** The callers, created and signed in once for the class (sign-ins are rate-limited). */
    record World(Account assignedAgent, Account otherAgent, Account teamLeader, Api client, Reso integrator) {

        Api as(Caller caller) {
            return switch (caller) {
                case ADMIN -> admin();
                case ASSIGNED_AGENT -> assignedAgent.api();
                case OTHER_AGENT -> otherAgent.api();
                case TEAM_LEADER -> teamLeader.api();
                case CLIENT -> client;
                case ANONYMOUS -> anonymous();
                case INTEGRATOR -> integrator.api();
            };
        }

        JsonObject freshLeadOfTheAssignedAgent() {
            return adminLeads().create(newLead().assignedTo(assignedAgent.id()));
        }

        JsonObject freshPropertyOfTheAssignedAgent() {
            return Properties.as(assignedAgent.api()).create();
        }

        /** A draft drip of the assigned agent, without steps. */
        JsonObject freshCampaignOfTheAssignedAgent() {
            return Campaigns.as(assignedAgent.api()).create(Campaigns.drip());
        }

        /** A draft drip of the assigned agent whose one step is a task a day after a lead enters. */
        JsonObject freshPlanOfTheAssignedAgent() {
            Campaigns campaigns = Campaigns.as(assignedAgent.api());
            return campaigns.withSteps(campaigns.create(Campaigns.drip()),
                    Campaigns.step("TASK", 1440, null, "Call them"));
        }

        /** A task of the assigned agent, due tomorrow. */
        JsonObject freshTaskOfTheAssignedAgent() {
            return Calendar.as(assignedAgent.api()).createTask(Calendar.task("Call back",
                    Instant.now().plus(Duration.ofDays(1))));
        }

        JsonObject freshTemplateOfTheAssignedAgent() {
            return Campaigns.as(assignedAgent.api()).smsTemplate("Hi {{firstName}}");
        }

        /** A fresh lead of the assigned agent, linked to a fresh property of theirs; answers the lead. */
        JsonObject freshLinkOfTheAssignedAgent(long propertyId) {
            JsonObject lead = freshLeadOfTheAssignedAgent();
            Properties.as(assignedAgent.api()).link(id(lead), propertyId, "OWNER_OF").expect(201);
            return lead;
        }
    }

    /** One request; each makes the records it acts on, so that no row depends on another. */
    enum Call {
        READ_LEAD {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Leads.path(world.freshLeadOfTheAssignedAgent()));
            }
        },
        UPDATE_LEAD {
            @Override
            Response send(Api caller, World world) {
                JsonObject lead = world.freshLeadOfTheAssignedAgent();
                return caller.put(Leads.path(lead), LeadJson.from(lead).notes("edited").build());
            }
        },
        DELETE_LEAD {
            @Override
            Response send(Api caller, World world) {
                return caller.delete(Leads.path(world.freshLeadOfTheAssignedAgent()));
            }
        },
        LEAD_TIMELINE {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Leads.path(world.freshLeadOfTheAssignedAgent()) + "/activities");
            }
        },
        ASSIGN_LEAD {
            @Override
            Response send(Api caller, World world) {
                return Leads.as(caller).assign(id(world.freshLeadOfTheAssignedAgent()), world.otherAgent().id());
            }
        },
        LIST_LEADS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(LEADS);
            }
        },
        CREATE_LEAD {
            @Override
            Response send(Api caller, World world) {
                return caller.post(LEADS, newLead().build());
            }
        },
        LIST_USERS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Accounts.USERS);
            }
        },
        CREATE_USER {
            @Override
            Response send(Api caller, World world) {
                return caller.post(Accounts.USERS, UserJson.newUser("AGENT").build());
            }
        },
        READ_USER {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Accounts.path(world.otherAgent().id()));
            }
        },
        UPDATE_USER {
            @Override
            Response send(Api caller, World world) {
                return caller.patch(Accounts.path(Accounts.client().id()),
                        Json.createObjectBuilder().add("name", "Renamed Client").build());
            }
        },
        READ_ME {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Accounts.USERS + "/me");
            }
        },
        LIST_ACTIVITIES {
            @Override
            Response send(Api caller, World world) {
                return caller.get("/api/v1/activities");
            }
        },
        SEARCH_PROPERTIES {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Properties.PROPERTIES);
            }
        },
        CREATE_PROPERTY {
            @Override
            Response send(Api caller, World world) {
                return caller.post(Properties.PROPERTIES, Properties.offMls().build());
            }
        },
        READ_PROPERTY {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Properties.path(id(world.freshPropertyOfTheAssignedAgent())));
            }
        },
        UPDATE_PROPERTY {
            @Override
            Response send(Api caller, World world) {
                JsonObject property = world.freshPropertyOfTheAssignedAgent();
                return caller.put(Properties.path(id(property)), Properties.offMls()
                        .add("version", property.getJsonNumber("version")).build());
            }
        },
        LINK_PROPERTY {
            @Override
            Response send(Api caller, World world) {
                return Properties.as(caller).link(id(world.freshLeadOfTheAssignedAgent()),
                        id(world.freshPropertyOfTheAssignedAgent()), "INTERESTED_IN");
            }
        },
        LEAD_PROPERTIES {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Properties.leadProperties(id(world.freshLeadOfTheAssignedAgent())));
            }
        },
        UNLINK_PROPERTY {
            @Override
            Response send(Api caller, World world) {
                long property = id(world.freshPropertyOfTheAssignedAgent());
                return Properties.as(caller).unlink(id(world.freshLinkOfTheAssignedAgent(property)), property,
                        "OWNER_OF");
            }
        },
        VERSION {
            @Override
            Response send(Api caller, World world) {
                return caller.get("/api/v1/version");
            }
        },
        LIST_MLS_FEEDS {
            @Override
            Response send(Api caller, World world) {
                return caller.get("/api/v1/mls/feeds");
            }
        },
        SYNC_MLS_FEED {
            // no such feed: an administrator learns that, anyone else is refused before the lookup
            @Override
            Response send(Api caller, World world) {
                return caller.post("/api/v1/mls/feeds/987654/sync", JsonObject.EMPTY_JSON_OBJECT);
            }
        },
        RELOAD_MLS_FEED {
            @Override
            Response send(Api caller, World world) {
                return caller.post("/api/v1/mls/feeds/987654/reload", JsonObject.EMPTY_JSON_OBJECT);
            }
        },
        LIST_BACKUPS {
            @Override
            Response send(Api caller, World world) {
                return caller.get("/api/v1/backups");
            }
        },
        READ_BACKUP {
            // no such backup: an administrator learns that, anyone else is refused before the lookup
            @Override
            Response send(Api caller, World world) {
                return caller.get("/api/v1/backups/987654");
            }
        },
        LIST_INTAKE_SOURCES {
            @Override
            Response send(Api caller, World world) {
                return caller.get("/api/v1/intake-sources");
            }
        },
        ADD_INTAKE_SOURCE {
            @Override
            Response send(Api caller, World world) {
                return caller.post("/api/v1/intake-sources", Json.createObjectBuilder()
                        .add("name", "Matrix " + Unique.name()).build());
            }
        },
        UNSIGNED_INQUIRY {
            // a bearer token is no signature: inbound leads are signed per source, whoever sends them
            @Override
            Response send(Api caller, World world) {
                return caller.post("/api/v1/intake/leads", Json.createObjectBuilder().add("kind", "CONTACT")
                        .add("firstName", "Ana").add("email", "matrix@example.com").build());
            }
        },
        PUBLIC_PHOTO {
            // the website's photos: an MLS listing's that the public may see, to anyone, signed in or not
            @Override
            Response send(Api caller, World world) {
                long listing = MlsListings.newFeed().add("city", "Austin", "list_price", 300_000);
                return caller.get("/api/v1/public/photos/" + StoredPhotos.add(listing));
            }
        },
        LIST_API_CLIENTS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Reso.CLIENTS);
            }
        },
        ADD_API_CLIENT {
            @Override
            Response send(Api caller, World world) {
                return caller.post(Reso.CLIENTS, Json.createObjectBuilder().add("name", "Matrix " + Unique.name())
                        .build());
            }
        },
        PORTAL_ME {
            @Override
            Response send(Api caller, World world) {
                return caller.get("/api/v1/portal/me");
            }
        },
        PORTAL_FAVOURITES {
            @Override
            Response send(Api caller, World world) {
                return caller.get("/api/v1/portal/favourites");
            }
        },
        PORTAL_SAVE_SEARCH {
            @Override
            Response send(Api caller, World world) {
                return caller.post("/api/v1/portal/saved-searches", Json.createObjectBuilder()
                        .add("criteria", Json.createObjectBuilder().add("city", "Austin")).build());
            }
        },
        PORTAL_VIEW {
            @Override
            Response send(Api caller, World world) {
                long listing = MlsListings.newFeed().add("city", "Austin", "street_name", Unique.name() + " Way");
                return caller.post("/api/v1/portal/views", Json.createObjectBuilder().add("listingId", listing)
                        .build());
            }
        },
        UNSIGNED_SIGN_UP {
            @Override
            Response send(Api caller, World world) {
                return caller.post("/api/v1/portal/sign-ups", Json.createObjectBuilder().add("firstName", "Ann")
                        .add("email", Unique.email("client")).add("password", "a-client-password-1")
                        .add("clientAddress", "198.51.100.1").build());
            }
        },
        LEAD_PORTAL_ACCESS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Leads.path(world.freshLeadOfTheAssignedAgent()) + "/portal");
            }
        },
        INVITE_TO_PORTAL {
            @Override
            Response send(Api caller, World world) {
                return caller.post(Leads.path(world.freshLeadOfTheAssignedAgent()) + "/portal/invitation",
                        JsonObject.EMPTY_JSON_OBJECT);
            }
        },
        SEND_DIGESTS {
            @Override
            Response send(Api caller, World world) {
                return caller.post("/api/v1/listing-alerts/digests", JsonObject.EMPTY_JSON_OBJECT);
            }
        },
        LEAD_TEXTS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Leads.path(world.freshLeadOfTheAssignedAgent()) + "/texts");
            }
        },
        COMPLIANCE_CHECK {
            @Override
            Response send(Api caller, World world) {
                return caller.get("/api/v1/compliance/check?phone=%2B12025550143");
            }
        },
        QUIET_HOURS {
            @Override
            Response send(Api caller, World world) {
                return caller.get("/api/v1/compliance/quiet-hours");
            }
        },
        SET_QUIET_HOURS {
            // Wyoming's hours set to the federal ones: allowed to whoever may, and changing nothing for anyone
            @Override
            Response send(Api caller, World world) {
                return caller.put("/api/v1/compliance/quiet-hours/WY", Json.createObjectBuilder()
                        .add("start", "08:00").add("end", "21:00").build());
            }
        },
        UNSIGNED_TWILIO_TEXT {
            // Twilio has no user: whoever calls, an unsigned webhook is refused
            @Override
            Response send(Api caller, World world) {
                return caller.send("POST", "/api/v1/webhooks/twilio/messages", "application/x-www-form-urlencoded",
                        "MessageSid=SM0123456789abcdef0123456789abcdef&From=%2B12025550143&To=%2B15125550100"
                                + "&Body=STOP");
            }
        },
        UNSIGNED_SENDGRID_EVENTS {
            // SendGrid has no user either: whoever calls, unsigned events are refused
            @Override
            Response send(Api caller, World world) {
                return caller.send("POST", "/api/v1/webhooks/sendgrid/events", "application/json",
                        "[{\"email\": \"someone@example.com\", \"event\": \"unsubscribe\", \"sg_event_id\": \"x\"}]");
            }
        },
        UNSIGNED_SENDGRID_INBOUND {
            // nor for the emails its Inbound Parse posts: whoever calls, an unsigned one is refused
            @Override
            Response send(Api caller, World world) {
                return caller.send("POST", "/api/v1/webhooks/sendgrid/inbound", "multipart/form-data; boundary=b",
                        "--b\r\nContent-Disposition: form-data; name=\"from\"\r\n\r\nsomeone@example.com\r\n"
                                + "--b\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nunsubscribe\r\n--b--");
            }
        },
        LIST_CAMPAIGNS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Campaigns.CAMPAIGNS);
            }
        },
        CREATE_CAMPAIGN {
            @Override
            Response send(Api caller, World world) {
                return caller.post(Campaigns.CAMPAIGNS, Campaigns.drip().build());
            }
        },
        READ_CAMPAIGN {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Campaigns.path(world.freshCampaignOfTheAssignedAgent()));
            }
        },
        UPDATE_CAMPAIGN {
            @Override
            Response send(Api caller, World world) {
                JsonObject campaign = world.freshCampaignOfTheAssignedAgent();
                return caller.put(Campaigns.path(campaign), Campaigns.drip().add("version",
                        campaign.getJsonNumber("version")).build());
            }
        },
        CAMPAIGN_STEPS {
            @Override
            Response send(Api caller, World world) {
                return Campaigns.as(caller).putSteps(world.freshCampaignOfTheAssignedAgent(),
                        Campaigns.step("TASK", 1440, null, "Call them"));
            }
        },
        LAUNCH_CAMPAIGN {
            // a plan whose one step is a day away: launched, it sends nothing during the test
            @Override
            Response send(Api caller, World world) {
                return caller.post(Campaigns.path(world.freshPlanOfTheAssignedAgent()) + "/launch",
                        JsonObject.EMPTY_JSON_OBJECT);
            }
        },
        ENROLL_IN_CAMPAIGN {
            @Override
            Response send(Api caller, World world) {
                return Campaigns.as(caller).enrollResponse(id(world.freshPlanOfTheAssignedAgent()),
                        id(world.freshLeadOfTheAssignedAgent()));
            }
        },
        CAMPAIGN_SENDS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Campaigns.path(world.freshCampaignOfTheAssignedAgent()) + "/sends");
            }
        },
        CAMPAIGN_REPORT {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Campaigns.path(world.freshCampaignOfTheAssignedAgent()) + "/report");
            }
        },
        MAIL_BATCHES {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Campaigns.path(world.freshCampaignOfTheAssignedAgent()) + "/mail-batches");
            }
        },
        LIST_TEMPLATES {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Campaigns.TEMPLATES);
            }
        },
        CREATE_TEMPLATE {
            @Override
            Response send(Api caller, World world) {
                return caller.post(Campaigns.TEMPLATES, Campaigns.smsTemplateJson("Hi {{firstName}}").build());
            }
        },
        READ_TEMPLATE {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Campaigns.TEMPLATES + "/" + id(world.freshTemplateOfTheAssignedAgent()));
            }
        },
        PREVIEW_TEMPLATE {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Campaigns.TEMPLATES + "/" + id(world.freshTemplateOfTheAssignedAgent())
                        + "/preview?leadId=" + id(world.freshLeadOfTheAssignedAgent()));
            }
        },
        LEAD_CAMPAIGN_SENDS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Leads.path(world.freshLeadOfTheAssignedAgent()) + "/campaign-sends");
            }
        },
        LIST_DEAD_LETTERS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Campaigns.DEAD_LETTERS);
            }
        },
        REPLAY_DEAD_LETTER {
            // no such send: an administrator learns that, anyone else is refused before the lookup
            @Override
            Response send(Api caller, World world) {
                return caller.post(Campaigns.DEAD_LETTERS + "/987654321/replay", JsonObject.EMPTY_JSON_OBJECT);
            }
        },
        REPLAY_DEAD_LETTERS {
            // a campaign without dead letters: nothing to send again
            @Override
            Response send(Api caller, World world) {
                return caller.post(Campaigns.DEAD_LETTERS + "/replay?campaignId="
                        + id(world.freshCampaignOfTheAssignedAgent()), JsonObject.EMPTY_JSON_OBJECT);
            }
        },
        UNSUBSCRIBE_PAGE {
            // public, a page not problem details: a token that names no email is not found, whoever asks
            @Override
            Response send(Api caller, World world) {
                return caller.get("/api/v1/unsubscribe/" + "ab".repeat(24), "text/html");
            }
        },
        UNSUBSCRIBE_ONE_CLICK {
            @Override
            Response send(Api caller, World world) {
                return caller.send("POST", "/api/v1/unsubscribe/" + "ab".repeat(24), "*/*",
                        "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click");
            }
        },
        LIST_TASKS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Calendar.TASKS);
            }
        },
        CREATE_TASK {
            @Override
            Response send(Api caller, World world) {
                return caller.post(Calendar.TASKS, Calendar.task("Call", Instant.now().plusSeconds(3600)).build());
            }
        },
        READ_TASK {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Calendar.taskPath(world.freshTaskOfTheAssignedAgent()));
            }
        },
        COMPLETE_TASK {
            @Override
            Response send(Api caller, World world) {
                JsonObject task = world.freshTaskOfTheAssignedAgent();
                return caller.post(Calendar.taskPath(task) + "/complete", Calendar.version(task));
            }
        },
        READ_APPOINTMENT {
            @Override
            Response send(Api caller, World world) {
                Instant start = Instant.now().plus(Duration.ofDays(2));
                return caller.get(Calendar.appointmentPath(Calendar.as(world.assignedAgent().api()).createAppointment(
                        Calendar.appointment("Showing", start, start.plusSeconds(3600)))));
            }
        },
        CALENDAR {
            @Override
            Response send(Api caller, World world) {
                Instant now = Instant.now();
                return Calendar.as(caller).between(now, now.plus(Duration.ofDays(7)));
            }
        },
        CALENDAR_TODAY {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Calendar.CALENDAR + "/today");
            }
        },
        CALENDAR_FEED {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Calendar.CALENDAR + "/feed");
            }
        },
        UNKNOWN_CALENDAR_FEED {
            // public: the address is the secret; one that names no feed is not found, whoever asks
            @Override
            Response send(Api caller, World world) {
                return caller.get(Calendar.CALENDAR + "/feeds/" + "ab".repeat(32) + ".ics");
            }
        },
        LIST_ROUTING_RULES {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Routing.RULES);
            }
        },
        TEST_ROUTING {
            @Override
            Response send(Api caller, World world) {
                return caller.post(Routing.RULES + "/test", Json.createObjectBuilder().add("source", "Zillow").build());
            }
        },
        LIST_TEAMS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Routing.TEAMS);
            }
        },
        LIST_PONDS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Routing.PONDS);
            }
        },
        ASSIGN_LEAD_TO_LEADER {
            @Override
            Response send(Api caller, World world) {
                return Leads.as(caller).assign(id(world.freshLeadOfTheAssignedAgent()), world.teamLeader().id());
            }
        },
        EXPORT_LEADS {
            @Override
            Response send(Api caller, World world) {
                return caller.get(LEADS + "/export?source=" + Unique.word(), "text/csv");
            }
        },
        DELETE_TEAM {
            @Override
            Response send(Api caller, World world) {
                String team = Routing.TEAMS + "/" + id(Routing.as(admin()).createTeam("Matrix team " + Unique.word(), null));
                return removedAfter(caller.delete(team), team);
            }
        },
        DELETE_POND {
            @Override
            Response send(Api caller, World world) {
                String pond = Routing.PONDS + "/" + id(Routing.as(admin()).createPond("Matrix pond " + Unique.word()));
                return removedAfter(caller.delete(pond), pond);
            }
        },
        GO_ON_DUTY {
            @Override
            Response send(Api caller, World world) {
                return Routing.as(caller).duty("me", true);
            }
        },
        LIST_OUTBOX {
            @Override
            Response send(Api caller, World world) {
                return caller.get("/api/v1/outbox");
            }
        },
        RESO_METADATA {
            // the RESO Web API answers OData's error object, not problem details
            @Override
            Response send(Api caller, World world) {
                return caller.get(Reso.ROOT + "/$metadata", "application/xml");
            }
        },
        RESO_PROPERTIES {
            @Override
            Response send(Api caller, World world) {
                return caller.get(Reso.ROOT + "/Property?$top=1");
            }
        },
        PRIVATE_PHOTO {
            // an agent's off-MLS property is never public: its photo does not exist there, even for its agent
            @Override
            Response send(Api caller, World world) {
                long property = world.freshPropertyOfTheAssignedAgent().getJsonNumber("id").longValue();
                return caller.get("/api/v1/public/photos/" + StoredPhotos.add(property));
            }
        },
        READ_REPORT {
            @Override
            Response send(Api caller, World world) {
                return caller.get(ReportsIT.REPORTS + "/leaderboard?from=2026-01-01&to=2026-01-31");
            }
        },
        READ_REPORT_CSV {
            @Override
            Response send(Api caller, World world) {
                return caller.get(ReportsIT.REPORTS + "/funnel.csv?from=2026-01-01&to=2026-01-31", "text/csv");
            }
        },
        SET_SOURCE_COST {
            // a source of its own each time: an administrator's cost is always a new one
            @Override
            Response send(Api caller, World world) {
                return caller.put(ReportsIT.REPORTS + "/source-costs/Matrix" + Unique.word() + "/2026-01",
                        Json.createObjectBuilder().add("amountCents", 100).build());
            }
        };

        abstract Response send(Api caller, World world);

        /** The answer to a refused removal, the record removed all the same: teams and ponds are everyone's. */
        private static Response removedAfter(Response answer, String path) {
            if (answer.status() != 204) {
                admin().delete(path).expect(204);
            }
            return answer;
        }
    }

    static Stream<Arguments> matrix() {
        String[] lines = MATRIX.strip().split("\n");
        Caller[] callers = Arrays.stream(lines[0].trim().split("\\s+")).skip(1)
                .map(Caller::valueOf).toArray(Caller[]::new);
        return Arrays.stream(lines).skip(1).flatMap(line -> {
            String[] cells = line.trim().split("\\s+");
            return Stream.iterate(0, i -> i + 1).limit(callers.length)
                    .map(i -> Arguments.of(Call.valueOf(cells[0]), callers[i], Integer.parseInt(cells[i + 1])));
        });
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyCallerGetsTheAnswerTheirRoleAllows(Call call, Caller caller, int expectedStatus) {
        Response response = call.send(world().as(caller), world());

        if (call.name().startsWith("UNSUBSCRIBE_")) {
            assertThat(response.status()).as(response.describe()).isEqualTo(expectedStatus);
            assertThat(response.contentType()).as(response.describe()).isEqualTo("text/html");
        } else if (expectedStatus >= 400 && call.name().startsWith("RESO_")) {
            assertThat(response.status()).as(response.describe()).isEqualTo(expectedStatus);
            assertThat(response.json().getJsonObject("error").getString("code"))
                    .isEqualTo(String.valueOf(expectedStatus));
        } else if (expectedStatus >= 400) {
            assertThatProblem(response).hasStatus(expectedStatus).hasType(PROBLEM_TYPES.get(expectedStatus));
        } else {
            assertThat(response.status()).as(response.describe()).isEqualTo(expectedStatus);
        }
    }

    @Test
    void refusedChangesLeaveTheLeadAsItWas() {
        JsonObject lead = world().freshLeadOfTheAssignedAgent();

        for (Api intruder : new Api[] {world().otherAgent().api(), world().client(), anonymous()}) {
            intruder.put(Leads.path(lead), LeadJson.from(lead).notes("defaced").build());
            intruder.delete(Leads.path(lead));
            Leads.as(intruder).assign(id(lead), world().otherAgent().id());
        }

        JsonObject after = adminLeads().get(id(lead));
        assertThat(after.getJsonNumber("version")).isEqualTo(lead.getJsonNumber("version"));
        assertThat(assigneeId(after)).isEqualTo(world().assignedAgent().id());
    }

    @Test
    void agentListsOnlyTheirOwnLeads() {
        JsonObject mine = world().freshLeadOfTheAssignedAgent();
        JsonObject theirs = adminLeads().create(newLead().assignedTo(world().otherAgent().id()));
        Leads asAgent = world().assignedAgent().leads();

        Response everythingVisible = asAgent.list("size", 200).expect(200);

        assertThat(everythingVisible.items()).isNotEmpty()
                .allSatisfy(lead -> assertThat(assigneeId(lead)).isEqualTo(world().assignedAgent().id()));
        assertThat(asAgent.list("q", mine.getString("lastName")).expect(200).ids()).containsExactly(id(mine));
        assertThat(asAgent.list("q", theirs.getString("lastName")).expect(200).total()).isZero();
        assertThat(asAgent.list("assignedTo", world().otherAgent().id()).expect(200).total()).isZero();
        assertThat(adminLeads().list("q", theirs.getString("lastName")).expect(200).ids()).containsExactly(id(theirs));
    }

    @Test
    void agentsNewLeadIsAlwaysTheirsEvenWhenTheyNameSomeoneElse() {
        Response created = world().assignedAgent().api().post(LEADS,
                newLead().assignedTo(world().otherAgent().id()).build());

        JsonObject lead = created.expect(201).json();
        assertThat(assigneeId(lead)).isEqualTo(world().assignedAgent().id());
        assertThat(world().otherAgent().api().get(Leads.path(lead)).status()).isEqualTo(404);
    }

    @Test
    void reassignedLeadMovesFromOneAgentsViewToTheOthers() {
        JsonObject lead = world().freshLeadOfTheAssignedAgent();

        adminLeads().assign(id(lead), world().otherAgent().id()).expect(200);

        assertThatProblem(world().assignedAgent().api().get(Leads.path(lead))).hasStatus(404).hasType("not-found");
        assertThat(world().otherAgent().leads().get(id(lead)).getString("lastName"))
                .isEqualTo(lead.getString("lastName"));
        assertThat(world().otherAgent().leads().list("q", lead.getString("lastName")).expect(200).ids())
                .containsExactly(id(lead));
        assertThat(world().assignedAgent().leads().list("q", lead.getString("lastName")).expect(200).total()).isZero();
    }

    /** A client as the website makes one: signed up, the emailed link followed. */
    private static Api portalClient() {
        try {
            return PortalIT.signedUp(Unique.email("client"), "Matrix");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The callers, once. The team leader leads a team of their own whose other member is the assigned agent (and not
     * the other agent): they see and work the assigned agent's leads, and only those beside their own.
     */
    private static synchronized World world() {
        if (world == null) {
            Account assignedAgent = Accounts.agent();
            Account teamLeader = Accounts.agent();
            team = Routing.as(admin()).createTeam("Matrix leader's team " + Unique.word(), teamLeader.id(),
                    assignedAgent.id());
            world = new World(assignedAgent, Accounts.agent(), teamLeader, portalClient(), Reso.newClient());
        }
        return world;
    }

    /** Teams are everyone's: the next classes find only their own. */
    @AfterAll
    static void removeTheTeam() {
        if (team != null) {
            admin().delete(Routing.TEAMS + "/" + team.getJsonNumber("id").longValue()).expect(204);
        }
    }
}
