package vn.phoihop.models.inspections;

import static vn.phoihop.forms.FormRows.row;
import static vn.phoihop.forms.FormRows.rows;
import static vn.phoihop.forms.FormRows.text;
import static vn.phoihop.models.inspections.ModelInspectionProcessVariables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.phoihop.forms.FormDates;

/** The team form's rows as {@link TeamMember}s, the findings form's as {@link Findings}, and the proposed team back as the form shows it. */
final class TeamForm {

    static final String ROW_ORGANIZATION = "organization";
    static final String ROW_NAME = "name";
    static final String ROW_JOB_TITLE = "jobTitle";
    static final String ROW_CONTENT = "content";
    static final String ROW_DUE_ON = "dueOn";

    private TeamForm() {
    }

    static List<TeamMember> members(VariableScope task) {
        return rows(task.getVariable(TEAM_MEMBERS), "models.inspections.error.team",
                row -> new TeamMember(text(row, ROW_ORGANIZATION), text(row, ROW_NAME), text(row, ROW_JOB_TITLE)));
    }

    static Findings findings(VariableScope task) {
        return new Findings(FormDates.date(task.getVariable(INSPECTED_ON), "models.inspections.error.inspectedOn"),
                (String) task.getVariable(STRENGTHS),
                rows(task.getVariable(WEAKNESSES), "models.inspections.error.weakness",
                        row -> new Findings.Weakness(text(row, ROW_CONTENT),
                                FormDates.date(row.get(ROW_DUE_ON), "models.inspections.error.weakness"))),
                (String) task.getVariable(RECOMMENDATIONS));
    }

    /** The proposed team as the form shows it again, for a correction after the leaders' return. */
    static Map<String, Object> values(ModelInspection inspection) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (inspection.inspectFrom() == null) {
            return values;
        }
        values.put(INSPECT_FROM, inspection.inspectFrom().toString());
        values.put(INSPECT_TO, inspection.inspectTo().toString());
        values.put(TEAM_NOTE, inspection.teamNote());
        values.put(TEAM_MEMBERS, new ArrayList<>(inspection.team().stream().map(member -> row(
                ROW_ORGANIZATION, member.organization(), ROW_NAME, member.name(), ROW_JOB_TITLE, member.jobTitle())).toList()));
        return values;
    }
}
