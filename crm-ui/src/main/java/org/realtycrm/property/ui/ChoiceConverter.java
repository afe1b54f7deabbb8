package org.realtycrm.property.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/** A {@link Choice} travels as {@code id|label}: the autocomplete shows the label again, the action uses the id. */
@FacesConverter("crmChoice")
public class ChoiceConverter implements Converter<Choice> {

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int bar = value.indexOf('|');
        try {
            return new Choice(Long.parseLong(bar < 0 ? value : value.substring(0, bar)),
                    bar < 0 ? "" : value.substring(bar + 1));
        } catch (NumberFormatException e) {
            throw new ConverterException("Choose one of the suggestions.");
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice value) {
        return value == null ? "" : value.getId() + "|" + value.getLabel();
    }
}
