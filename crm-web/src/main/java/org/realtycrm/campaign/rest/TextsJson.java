package org.realtycrm.campaign.rest;

import java.io.StringReader;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import org.realtycrm.campaign.entity.ConversationText;
import org.realtycrm.campaign.entity.Channel;
import org.realtycrm.campaign.entity.GateVerdict;
import org.realtycrm.campaign.entity.OutboxText;

/** The texts' and the gate's JSON shapes (docs/api.md, "Texts"). */
final class TextsJson {

    static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private TextsJson() {
    }

    /** A text we sent (or kept, or refused). */
    static JsonObject sent(OutboxText text) {
        return conversation(ConversationText.of(text));
    }

    static JsonObject conversation(ConversationText text) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", text.id())
                .add("direction", text.inbound() ? "INBOUND" : "OUTBOUND")
                .add("at", text.at().toString())
                .add("phone", text.phone())
                .add("body", text.body())
                .add("status", text.status())
                .add("category", text.category());
        optional(json, "carrierStatus", text.carrierStatus());
        optional(json, "error", text.error());
        if (text.refusal() != null) {
            json.add("refusals", refusals(text.refusal()));
        }
        return json.build();
    }

    static JsonArray refusals(String refusalsJson) {
        try (JsonReader reader = Json.createReader(new StringReader(refusalsJson))) {
            return reader.readArray();
        }
    }

    /** The gate's verdict; its refusals in the one shape a refused text's record keeps them (GateVerdict). */
    static JsonObject verdict(GateVerdict verdict) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add(verdict.channel() == Channel.EMAIL ? "email" : "phone", verdict.recipient())
                .add("channel", verdict.channel().name())
                .add("at", verdict.at().toString())
                .add("allowed", verdict.allowed())
                .add("refusals", refusals(verdict.refusalsJson()));
        verdict.holdUntil().ifPresent(until -> json.add("holdUntil", until.toString()));
        return json.build();
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
