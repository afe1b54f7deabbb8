package org.realtycrm.lead.ui;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A team or a pond as its dialog holds it: a name and the people in it (a multiple select, whose values are ids).
 * A team adds its leader; a pond has none.
 */
public class MembersForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code null} while it is new. */
    private Long id;
    private long version;
    private String name;
    private Long leaderId;
    private Long[] memberIds = new Long[0];

    static MembersForm blank() {
        return new MembersForm();
    }

    static MembersForm of(long id, long version, String name, Long leaderId, Set<Long> memberIds) {
        MembersForm form = new MembersForm();
        form.id = id;
        form.version = version;
        form.name = name;
        form.leaderId = leaderId;
        form.memberIds = memberIds.stream().sorted().toArray(Long[]::new);
        return form;
    }

    /** The ids chosen, each once. */
    Set<Long> members() {
        return memberIds == null ? Set.of()
                : new TreeSet<>(Arrays.stream(memberIds).filter(Objects::nonNull).toList());
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(Long leaderId) {
        this.leaderId = leaderId;
    }

    public Long[] getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(Long[] memberIds) {
        this.memberIds = memberIds;
    }
}
