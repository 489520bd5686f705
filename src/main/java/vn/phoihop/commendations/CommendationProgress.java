package vn.phoihop.commendations;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's commendations in a year for its periodic report: proposals it sent (withdrawn
 * ones not counted) and those a decision was issued for.
 */
@Service
@Transactional(readOnly = true)
public class CommendationProgress {

    private final JdbcTemplate jdbc;

    CommendationProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Figures of(int year, String organization) {
        return jdbc.queryForObject("""
                select count(*) as proposed, coalesce(sum(case when status = ? then 1 else 0 end), 0) as issued
                from commendation_proposal where proposal_year = ? and proposing_org = ? and status <> ?""",
                (rs, row) -> new Figures(rs.getInt("proposed"), rs.getInt("issued")),
                ProposalStatus.ISSUED.name(), year, organization, ProposalStatus.WITHDRAWN.name());
    }

    public record Figures(int proposed, int issued) {
    }
}
