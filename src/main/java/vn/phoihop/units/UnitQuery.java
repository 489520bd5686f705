package vn.phoihop.units;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.phoihop.search.SearchText;

/** The units a user sees, filtered; the scope's condition is part of the query, so no page shows more. */
@Component
class UnitQuery {

    static final int LIST_MAX = 500;
    static final int EXPORT_MAX = 50_000;
    private static final String[] SEARCHED = {"u.code", "u.name", "u.district", "u.commune"};

    private final EntityManager entityManager;

    UnitQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    List<Unit> find(UnitFilter filter, UnitScope.Visible visible, int max) {
        Query query = entityManager.createNativeQuery("select u.* from safe_unit u" + where(filter, visible)
                + " order by u.managing_org, u.kind, u.name, u.code", Unit.class);
        bind(query, filter, visible);
        query.setMaxResults(max);
        @SuppressWarnings("unchecked")
        List<Unit> units = query.getResultList();
        return units;
    }

    @Transactional(readOnly = true)
    long count(UnitFilter filter, UnitScope.Visible visible) {
        Query query = entityManager.createNativeQuery("select count(*) from safe_unit u" + where(filter, visible));
        bind(query, filter, visible);
        return ((Number) query.getSingleResult()).longValue();
    }

    private static String where(UnitFilter filter, UnitScope.Visible visible) {
        List<String> conditions = new ArrayList<>();
        if (!visible.all()) {
            List<String> scope = new ArrayList<>();
            if (!visible.managing().isEmpty()) {
                scope.add("u.managing_org in (:managing)");
            }
            if (!visible.units().isEmpty()) {
                scope.add("u.code in (:own)");
            }
            conditions.add(scope.isEmpty() ? "1 = 0" : "(" + String.join(" or ", scope) + ")");
        }
        if (filter.kind() != null) {
            conditions.add("u.kind = :kind");
        }
        if (filter.managingOrganization() != null) {
            conditions.add("u.managing_org = :org");
        }
        if (filter.active() != null) {
            conditions.add("u.active = :active");
        }
        if (filter.text() != null) {
            List<String> matches = new ArrayList<>();
            for (String column : SEARCHED) {
                matches.add(SearchText.matches(column, ":quick", ":text"));
            }
            conditions.add("(" + String.join(" or ", matches) + ")");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(Query query, UnitFilter filter, UnitScope.Visible visible) {
        if (!visible.all()) {
            if (!visible.managing().isEmpty()) {
                query.setParameter("managing", visible.managing());
            }
            if (!visible.units().isEmpty()) {
                query.setParameter("own", visible.units());
            }
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind().name());
        }
        if (filter.managingOrganization() != null) {
            query.setParameter("org", filter.managingOrganization());
        }
        if (filter.active() != null) {
            query.setParameter("active", filter.active());
        }
        if (filter.text() != null) {
            query.setParameter("quick", SearchText.quickPattern(filter.text()));
            query.setParameter("text", SearchText.pattern(filter.text()));
        }
    }
}
