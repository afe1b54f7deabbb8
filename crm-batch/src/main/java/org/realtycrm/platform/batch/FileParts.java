package org.realtycrm.platform.batch;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.realtycrm.platform.csv.CsvParts;
import org.realtycrm.platform.csv.CsvPosition;

/**
 * The parts of a file that a partitioned step stores side by side ({@link SideBySideParts}), and how far each has
 * been stored, in a table of their own: an import's in {@code lead_import_parts}, a list's in
 * {@code pipeline_pull_parts}. This, not the batch runtime's checkpoints, is where a part resumes: the runtime cannot
 * restart a partition whose server was killed (it never saved how many partitions there were), so a restarted step
 * runs its parts afresh and each one seeks to the position its last committed chunk recorded here. The chunk's
 * writer records that position itself, in the chunk's transaction.
 */
@ApplicationScoped
public class FileParts {

    /**
     * A table of parts: {@code (<owner>, part, to_offset, next_offset, next_line)}, keyed by the owner's id and the
     * part's number. Names are the code's own constants, never input.
     */
    public record Table(String name, String ownerColumn) {
    }

    /** One part: its first record not yet stored, and where the next part starts. */
    public record Progress(CsvPosition next, long toOffset) {
    }

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** Cuts a file into parts (reading it whole). */
    @FunctionalInterface
    public interface Cut {
        CsvParts parts() throws IOException;
    }

    /**
     * How many parts the owner's file has: planned by {@code cut} and recorded the first time (committed at once,
     * before any part runs on another thread), read back at a restart.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int planOnce(Table table, long ownerId, Cut cut) throws IOException {
        int count = count(table, ownerId);
        if (count > 0) {
            return count;
        }
        List<CsvParts.Part> parts = cut.parts().parts();
        plan(table, ownerId, parts);
        return parts.size();
    }

    private int count(Table table, long ownerId) {
        return ((Number) em.createNativeQuery("select count(*) from " + table.name() + " where "
                + table.ownerColumn() + " = ?1").setParameter(1, ownerId).getSingleResult()).intValue();
    }

    /** Where one planned part goes on. */
    public Progress of(Table table, long ownerId, int part) {
        Object[] row = (Object[]) em.createNativeQuery("select next_offset, next_line, to_offset from "
                        + table.name() + " where " + table.ownerColumn() + " = ?1 and part = ?2")
                .setParameter(1, ownerId).setParameter(2, part).getSingleResult();
        return new Progress(new CsvPosition(((Number) row[0]).longValue(), ((Number) row[1]).longValue()),
                ((Number) row[2]).longValue());
    }

    /**
     * Records a plan, unless one is recorded: committed at once, the parts run on other threads. (A run begun before
     * its step was partitioned plans its one part this way.)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void plan(Table table, long ownerId, List<CsvParts.Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            CsvParts.Part part = parts.get(i);
            em.createNativeQuery("insert into " + table.name() + " (" + table.ownerColumn()
                            + ", part, to_offset, next_offset, next_line) values (?1, ?2, ?3, ?4, ?5) "
                            + "on conflict do nothing")
                    .setParameter(1, ownerId).setParameter(2, i).setParameter(3, part.to().byteOffset())
                    .setParameter(4, part.from().byteOffset()).setParameter(5, part.from().line())
                    .executeUpdate();
        }
    }
}
