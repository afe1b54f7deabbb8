package org.realtycrm.identity.site;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.realtycrm.platform.site.SiteDataException;
import org.realtycrm.platform.site.SiteDatabase;

/** The brokerage's active agents, from the view {@code site_agents}: name and email, nothing else of theirs. */
@ApplicationScoped
public class SiteAgents {

    @Resource(lookup = SiteDatabase.JNDI_NAME)
    DataSource database;

    public List<Agent> all() {
        return query("select id, name, email from site_agents order by name, id", null);
    }

    public Optional<Agent> find(long id) {
        return query("select id, name, email from site_agents where id = ?", id).stream().findFirst();
    }

    private List<Agent> query(String sql, Long id) {
        List<Agent> agents = new ArrayList<>();
        try (Connection db = database.getConnection(); PreparedStatement select = db.prepareStatement(sql)) {
            if (id != null) {
                select.setLong(1, id);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    agents.add(new Agent(rows.getLong(1), rows.getString(2), rows.getString(3)));
                }
            }
            return agents;
        } catch (SQLException e) {
            throw new SiteDataException("agents", e);
        }
    }
}
