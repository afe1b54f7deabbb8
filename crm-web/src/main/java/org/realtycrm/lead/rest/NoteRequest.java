package org.realtycrm.lead.rest;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Note", example = "{\"text\": \"Called back: wants a 3-bed near the school\"}")
public class NoteRequest {

    @NotBlank
    public String text;
}
