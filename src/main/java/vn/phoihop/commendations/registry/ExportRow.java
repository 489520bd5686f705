package vn.phoihop.commendations.registry;

import java.time.LocalDate;

import vn.phoihop.commendations.ProposalStatus;

/** One nominee of one proposal: a line of the XLSX export. */
record ExportRow(String proposalId, String title, String organization, String awardForm, ProposalStatus status,
                 String kind, String name, String jobTitle, String nomineeOrganization, Boolean awarded,
                 String decisionSymbol, LocalDate decisionDate) {
}
