package vn.phoihop.commendations.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.phoihop.commendations.ProposalStatus;
import vn.phoihop.search.SearchText;

/**
 * The registry's reads of the commendation tables. The SQL is assembled from fixed fragments
 * only; every value a user typed or picked travels as a bound parameter. The text is matched as
 * {@link SearchText} folds it, without marks and case, alike on H2 and PostgreSQL.
 */
@Component
class RegistryQuery {

    static final int PAGE_SIZE = 50;

    private static final String ORDER = " order by p.submitted_at desc, p.id desc";

    private final JdbcTemplate jdbc;

    RegistryQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The filter's page, plus one row more to know whether another page follows. */
    List<RegistryRow> page(RegistryFilter filter, RegistryScope.Visible scope) {
        Where where = where(filter, scope);
        List<Object> args = new ArrayList<>(where.args());
        args.add(PAGE_SIZE + 1);
        args.add((long) filter.page() * PAGE_SIZE);
        return jdbc.query("""
                select p.id, p.title, p.proposing_org, p.award_form, p.status, p.decision_symbol, p.decision_date,
                (select count(*) from commendation_nominee n where n.proposal_id = p.id) as nominee_count,
                (select count(*) from commendation_nominee n where n.proposal_id = p.id and n.awarded = true) as awarded_count
                from commendation_proposal p""" + where.sql() + ORDER + " limit ? offset ?",
                (rs, row) -> new RegistryRow(rs.getString("id"), rs.getString("title"), rs.getString("proposing_org"),
                        rs.getString("award_form"), ProposalStatus.valueOf(rs.getString("status")),
                        rs.getInt("nominee_count"), rs.getInt("awarded_count"), rs.getString("decision_symbol"),
                        rs.getObject("decision_date", LocalDate.class)),
                args.toArray());
    }

    long count(RegistryFilter filter, RegistryScope.Visible scope) {
        Where where = where(filter, scope);
        Long count = jdbc.queryForObject("select count(*) from commendation_proposal p" + where.sql(), Long.class,
                where.args().toArray());
        return count == null ? 0 : count;
    }

    /** Years that have proposals the user may see, newest first, for the year filter. */
    List<Integer> years(RegistryScope.Visible scope) {
        Where where = where(new RegistryFilter(null, null, null, null, null, 0), scope);
        return jdbc.queryForList("select distinct p.proposal_year from commendation_proposal p" + where.sql()
                + " order by p.proposal_year desc", Integer.class, where.args().toArray());
    }

    /** Nominees of the filtered proposals in list order, at most {@code limit} of them. */
    List<ExportRow> nominees(RegistryFilter filter, RegistryScope.Visible scope, int limit) {
        Where where = where(filter, scope);
        List<Object> args = new ArrayList<>(where.args());
        args.add(limit);
        return jdbc.query("""
                select p.id, p.title, p.proposing_org, p.award_form, p.status, p.decision_symbol, p.decision_date,
                n.kind, n.name, n.job_title, n.organization_name, n.awarded
                from commendation_proposal p join commendation_nominee n on n.proposal_id = p.id""" + where.sql()
                + ORDER + ", n.position limit ?",
                (rs, row) -> {
                    // wasNull() speaks of the last column read: ask it right after this one
                    Boolean awarded = rs.getBoolean("awarded");
                    if (rs.wasNull()) {
                        awarded = null;
                    }
                    return new ExportRow(rs.getString("id"), rs.getString("title"), rs.getString("proposing_org"),
                            rs.getString("award_form"), ProposalStatus.valueOf(rs.getString("status")),
                            rs.getString("kind"), rs.getString("name"), rs.getString("job_title"),
                            rs.getString("organization_name"), awarded,
                            rs.getString("decision_symbol"), rs.getObject("decision_date", LocalDate.class));
                },
                args.toArray());
    }

    private static Where where(RegistryFilter filter, RegistryScope.Visible scope) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!scope.all()) {
            if (scope.organizations().isEmpty()) {
                sql.append(" and 1 = 0");
            } else {
                sql.append(" and p.proposing_org in (")
                        .append(String.join(", ", Collections.nCopies(scope.organizations().size(), "?"))).append(')');
                args.addAll(scope.organizations());
            }
        }
        if (filter.year() != null) {
            sql.append(" and p.proposal_year = ?");
            args.add(filter.year());
        }
        if (filter.organization() != null) {
            sql.append(" and p.proposing_org = ?");
            args.add(filter.organization());
        }
        if (filter.awardForm() != null) {
            sql.append(" and p.award_form = ?");
            args.add(filter.awardForm());
        }
        if (filter.status() != null) {
            sql.append(" and p.status = ?");
            args.add(filter.status().name());
        }
        if (filter.text() != null) {
            // folded on both sides (SearchText): "nguyen van an" finds "Nguyễn Văn An", "01/qd-cat" the decision "01/QĐ-CAT"
            sql.append(" and (").append(SearchText.matches("p.id", "?", "?"))
                    .append(" or ").append(SearchText.matches("p.title", "?", "?"))
                    .append(" or ").append(SearchText.matches("p.decision_symbol", "?", "?"))
                    .append(" or exists (select 1 from commendation_nominee tn where tn.proposal_id = p.id and ")
                    .append(SearchText.matches("tn.name", "?", "?")).append("))");
            String quick = SearchText.quickPattern(filter.text());
            String pattern = SearchText.pattern(filter.text());
            args.addAll(List.of(quick, pattern, quick, pattern, quick, pattern, quick, pattern));
        }
        return new Where(sql.toString(), args);
    }

    private record Where(String sql, List<Object> args) {
    }
}
