package vn.phoihop.commendations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import vn.phoihop.documents.DocumentNumber;
import vn.phoihop.portal.ProvinceClock;

/**
 * Reads and writes the commendation tables. Writes are called from the process's listeners and
 * delegates, so they join the engine's transaction: a step that rolls back leaves the record as
 * it was.
 */
@Component
public class CommendationRecords {

    static final String PROPOSAL_COLUMNS = """
            id, process_instance_id, title, proposing_org, proposing_side, source, award_form, proposer_id, status,
            proposal_year, submitted_at, updated_at, appraisal_comment, decision_issuer, decision_seq, decision_symbol,
            decision_date""";

    static final RowMapper<Proposal> PROPOSAL = (rs, row) -> new Proposal(rs.getString("id"),
            rs.getString("process_instance_id"), rs.getString("title"), rs.getString("proposing_org"),
            rs.getString("proposing_side"), rs.getString("source"), rs.getString("award_form"),
            rs.getString("proposer_id"), ProposalStatus.valueOf(rs.getString("status")), rs.getInt("proposal_year"),
            rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
            rs.getString("appraisal_comment"), rs.getString("decision_issuer"),
            (Integer) rs.getObject("decision_seq", Integer.class), rs.getString("decision_symbol"),
            rs.getObject("decision_date", LocalDate.class));

    private static final RowMapper<Nominee> NOMINEE = (rs, row) -> new Nominee(rs.getInt("position"),
            rs.getString("kind"), rs.getString("name"), rs.getString("job_title"), rs.getString("organization_name"),
            rs.getString("achievement"), flag(rs, "appraisal_passed"), flag(rs, "police_approved"),
            flag(rs, "front_approved"), flag(rs, "awarded"));

    private final JdbcTemplate jdbc;

    CommendationRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Proposal> proposal(String id) {
        return jdbc.query("select " + PROPOSAL_COLUMNS + " from commendation_proposal where id = ?", PROPOSAL, id)
                .stream().findFirst();
    }

    public Optional<Proposal> proposalOfInstance(String processInstanceId) {
        return jdbc.query("select " + PROPOSAL_COLUMNS + " from commendation_proposal where process_instance_id = ?",
                PROPOSAL, processInstanceId).stream().findFirst();
    }

    public List<Nominee> nominees(String proposalId) {
        return jdbc.query("select * from commendation_nominee where proposal_id = ? order by position", NOMINEE, proposalId);
    }

    void insert(Proposal proposal) {
        jdbc.update("insert into commendation_proposal (" + PROPOSAL_COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                proposal.id(), proposal.processInstanceId(), proposal.title(), proposal.proposingOrg(),
                proposal.proposingSide(), proposal.source(), proposal.awardForm(), proposal.proposerId(),
                proposal.status().name(), proposal.year(), now(), now(), null, null, null, null, null);
    }

    /** A resubmission may change everything the proposer typed; the nominees are replaced. */
    void updateSubmission(String id, String title, String proposingOrg, String proposingSide, String source,
                          String awardForm) {
        jdbc.update("""
                update commendation_proposal set title = ?, proposing_org = ?, proposing_side = ?, source = ?,
                award_form = ?, status = ?, updated_at = ? where id = ?""",
                title, proposingOrg, proposingSide, source, awardForm, ProposalStatus.SUBMITTED.name(), now(), id);
    }

    void replaceNominees(String proposalId, List<Nominee> nominees) {
        jdbc.update("delete from commendation_nominee where proposal_id = ?", proposalId);
        jdbc.batchUpdate("""
                insert into commendation_nominee (proposal_id, position, kind, name, job_title, organization_name, achievement)
                values (?, ?, ?, ?, ?, ?, ?)""", nominees, nominees.size(), (statement, nominee) -> {
            statement.setString(1, proposalId);
            statement.setInt(2, nominee.position());
            statement.setString(3, nominee.kind());
            statement.setString(4, nominee.name());
            statement.setString(5, nominee.jobTitle());
            statement.setString(6, nominee.organizationName());
            statement.setString(7, nominee.achievement());
        });
    }

    void status(String id, ProposalStatus status) {
        jdbc.update("update commendation_proposal set status = ?, updated_at = ? where id = ?", status.name(), now(), id);
    }

    void appraised(String id, String comment, Collection<Integer> passed) {
        jdbc.update("update commendation_proposal set appraisal_comment = ?, updated_at = ? where id = ?", comment, now(), id);
        jdbc.update("update commendation_nominee set appraisal_passed = false, police_approved = null, front_approved = null,"
                + " awarded = null where proposal_id = ?", id);
        setFlag(id, "appraisal_passed", passed);
    }

    /** {@code side} is {@code police} or {@code front}; nominees not approved are refused. */
    void approved(String id, String side, Collection<Integer> approved) {
        String column = ProposingSide.POLICE.equals(side) ? "police_approved" : "front_approved";
        jdbc.update("update commendation_nominee set " + column + " = false where proposal_id = ? and appraisal_passed = true", id);
        setFlag(id, column, approved);
    }

    void decided(String id, Collection<Integer> awarded, DocumentNumber number, String symbol, LocalDate date) {
        jdbc.update("update commendation_nominee set awarded = false where proposal_id = ?", id);
        setFlag(id, "awarded", awarded);
        if (number == null) {
            status(id, ProposalStatus.REFUSED);
            return;
        }
        jdbc.update("""
                update commendation_proposal set status = ?, decision_issuer = ?, decision_year = ?, decision_seq = ?,
                decision_symbol = ?, decision_date = ?, updated_at = ? where id = ?""",
                ProposalStatus.ISSUED.name(), number.issuer(), number.year(), number.number(), symbol, date, now(), id);
    }

    private void setFlag(String id, String column, Collection<Integer> positions) {
        jdbc.batchUpdate("update commendation_nominee set " + column + " = true where proposal_id = ? and position = ?",
                positions.stream().map(position -> new Object[] {id, position}).toList());
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.ofInstant(ProvinceClock.now(), ZoneOffset.UTC);
    }

    private static Boolean flag(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
