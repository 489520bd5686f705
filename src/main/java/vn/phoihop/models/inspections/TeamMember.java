package vn.phoihop.models.inspections;

import static vn.phoihop.forms.FormTexts.optional;
import static vn.phoihop.forms.FormTexts.required;
import static vn.phoihop.models.inspections.InspectionTexts.SHORT;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person of the working team (plan III.1.4: people of both sides), with the organisation they come from. */
@Embeddable
public class TeamMember {

    @Column(nullable = false)
    private String organization;
    @Column(nullable = false)
    private String name;
    @Column(name = "job_title")
    private String jobTitle;

    protected TeamMember() {
    }

    TeamMember(String organization, String name, String jobTitle) {
        if (organization == null || organization.isBlank()) {
            throw new vn.phoihop.forms.SubmissionRuleException("models.inspections.error.team");
        }
        this.organization = organization.strip();
        this.name = required(name, SHORT, "models.inspections.error.team");
        this.jobTitle = optional(jobTitle, SHORT, "models.inspections.error.team");
    }

    public String organization() {
        return organization;
    }

    public String name() {
        return name;
    }

    public String jobTitle() {
        return jobTitle;
    }
}
