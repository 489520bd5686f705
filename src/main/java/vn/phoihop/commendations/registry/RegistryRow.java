package vn.phoihop.commendations.registry;

import java.time.LocalDate;

import vn.phoihop.commendations.ProposalStatus;

/** One proposal as the registry list shows it; organisation and award form are codes, named by the page. */
public record RegistryRow(String id, String title, String organization, String awardForm, ProposalStatus status,
                   int nominees, int awarded, String decisionSymbol, LocalDate decisionDate) {
}
