package vn.phoihop.referencedata;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Upserts rows of a reference-data file into their table by code. Rows are written only when they
 * differ, so a second start changes nothing; rows removed from a file stay in the database because
 * records may still refer to them. The position in the file is the display order, so
 * administrators reorder by moving lines.
 */
public final class ReferenceRows {

    private ReferenceRows() {
    }

    /** Answers how many rows were inserted or changed. */
    public static <E, R> int upsert(List<R> rows, JpaRepository<E, String> repository, Function<R, String> code,
                                    Function<String, E> create, Updater<E, R> update) {
        int changed = 0;
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            int order = (i + 1) * 10;
            E entity = repository.findById(code.apply(row)).orElse(null);
            boolean isNew = entity == null;
            if (isNew) {
                entity = create.apply(code.apply(row));
            }
            if (update.apply(entity, row, order) || isNew) {
                repository.saveAndFlush(entity);
                changed++;
            }
        }
        return changed;
    }

    @FunctionalInterface
    public interface Updater<E, R> {
        /** Copies the row into the entity; answers whether anything changed. */
        boolean apply(E entity, R row, int order);
    }
}
