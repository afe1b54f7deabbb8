package org.realtycrm.property.ui;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.event.FileUploadEvent;
import org.realtycrm.lead.ui.Brokerage;
import org.realtycrm.platform.problem.CrmException;
import org.realtycrm.platform.problem.RecordNotFoundException;
import org.realtycrm.platform.problem.StaleVersionException;
import org.realtycrm.platform.ui.ErrorPages;
import org.realtycrm.platform.ui.Messages;
import org.realtycrm.property.boundary.Properties;
import org.realtycrm.property.boundary.PropertyDetail;
import org.realtycrm.property.entity.Property;

/**
 * A new off-MLS property (property-edit.xhtml) or an edit of one (?id=N) with its photos. Field errors of the
 * boundary show next to their inputs. An MLS listing cannot be edited (403); a property the caller may not see is
 * not found (404).
 */
@Named
@ViewScoped
public class PropertyEditView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "propertyForm";

    @Inject
    Properties properties;

    @Inject
    Brokerage brokerage;

    private Long id;
    private long version;
    private String address;
    private ListingForm form = new ListingForm();
    private List<ListingDetail.PhotoPaths> photos = List.of();

    public void open() {
        if (id == null) {
            return;
        }
        try {
            PropertyDetail detail = properties.read(id);
            if (!detail.property().isEditable()) {
                ErrorPages.send(403, "An MLS listing is its feed's: it cannot be edited");
                return;
            }
            show(detail);
        } catch (RecordNotFoundException e) {
            ErrorPages.send(404, "No such listing");
        }
    }

    public String save() {
        try {
            if (id == null) {
                PropertyDetail created = properties.create(form.fields(null));
                return "/property-edit?faces-redirect=true&id=" + created.property().getId();
            }
            show(properties.update(id, version, form.fields(properties.find(id).toFields())));
            Messages.info("Saved.");
        } catch (StaleVersionException e) {
            Messages.error("Someone else changed this listing: reload the page to see their change, then apply "
                    + "yours again.");
        } catch (CrmException refused) {
            Messages.refused(refused, FORM);
        }
        return null;
    }

    public void upload(FileUploadEvent event) {
        try {
            properties.addPhoto(id, event.getFile().getContent());
            show(properties.read(id));
            Messages.info("Added " + event.getFile().getFileName() + ".");
        } catch (CrmException refused) {
            Messages.error(event.getFile().getFileName() + ": " + refused.getMessage());
        }
    }

    private void show(PropertyDetail detail) {
        Property property = detail.property();
        id = property.getId();
        version = property.getVersion();
        address = property.displayAddress();
        form = ListingForm.of(property);
        photos = new ListingDetail(detail, brokerage).getPhotos();
    }


    public long getMaxPhotoBytes() {
        return Properties.MAX_PHOTO_BYTES;
    }

    public boolean isNew() {
        return id == null;
    }

    public String getTitle() {
        return id == null ? "New off-MLS listing" : "Edit " + address;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ListingForm getForm() {
        return form;
    }

    public List<ListingDetail.PhotoPaths> getPhotos() {
        return photos;
    }
}
