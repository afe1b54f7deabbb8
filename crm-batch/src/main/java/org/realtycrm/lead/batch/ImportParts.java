package org.realtycrm.lead.batch;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.realtycrm.platform.csv.CsvPosition;

/**
 * The parts of an import's file (table {@code lead_import_parts}) and how far each has been stored. This, not the
 * batch runtime's checkpoints, is where a part resumes: the runtime cannot restart a partition whose server was
 * killed (it never saved how many partitions there were), so a restarted import runs its parts afresh and each one
 * seeks to the position its last committed chunk recorded here.
 */
@ApplicationScoped
public class ImportParts {

    /** One part: its first row not yet stored, and where the next part starts. */
    record Progress(CsvPosition next, long toOffset) {
    }

    @PersistenceContext(unitName = "crm")
    EntityManager em;

    /** How many parts the import's job planned; 0 before it has. */
    public int count(long importId) {
        return ((Number) em.createNativeQuery("select count(*) from lead_import_parts where import_id = ?1")
                .setParameter(1, importId).getSingleResult()).intValue();
    }

    /** Where one part of a planned import goes on. */
    public Progress of(long importId, int part) {
        Object[] row = (Object[]) em.createNativeQuery("select next_offset, next_line, to_offset "
                        + "from lead_import_parts where import_id = ?1 and part = ?2")
                .setParameter(1, importId).setParameter(2, part).getSingleResult();
        return new Progress(new CsvPosition(((Number) row[0]).longValue(), ((Number) row[1]).longValue()),
                ((Number) row[2]).longValue());
    }

    /** Records the plan before any part runs (committed at once: the parts run on other threads). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void plan(long importId, List<ImportPartitions.Part> parts) {
        for (int i = 0; i < parts.size(); i++) {
            ImportPartitions.Part part = parts.get(i);
            em.createNativeQuery("insert into lead_import_parts (import_id, part, to_offset, next_offset, next_line) "
                            + "values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                    .setParameter(1, importId).setParameter(2, i).setParameter(3, part.to().byteOffset())
                    .setParameter(4, part.from().byteOffset()).setParameter(5, part.from().line())
                    .executeUpdate();
        }
    }
}
