package vn.phoihop.commendations;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code phoihop.commendations.*}: whose registers this product keeps. It numbers decisions only
 * for the bodies that use it (the provincial Police and Front); an award of any other issuer
 * (the provincial People's Committee, the Minister) is submitted to that body by a tờ trình
 * numbered in one of our registers, and the decision that comes back is recorded.
 *
 * @param ownRegisters   issuer symbols whose decisions the product numbers ({@code QĐ-CAT}, {@code QĐ-MTTQ})
 * @param policeRegister the register of the police side's submissions ({@code TTr-CAT})
 * @param frontRegister  the register of the Front side's submissions ({@code TTr-MTTQ})
 * @param viaPolice      issuers that receive submissions from the police only, whichever side proposed
 *                       (the Ministry of Public Security)
 */
@ConfigurationProperties("phoihop.commendations")
record CommendationProperties(@DefaultValue({"CAT", "MTTQ"}) Set<String> ownRegisters,
                              @DefaultValue("CAT") String policeRegister,
                              @DefaultValue("MTTQ") String frontRegister,
                              @DefaultValue("BCA") Set<String> viaPolice) {

    boolean issuesHere(AwardForm award) {
        return ownRegisters.contains(award.getIssuerCode());
    }

    /** Whose register numbers the submission of this proposal to the award's issuer. */
    String submitter(AwardForm award, String proposingSide) {
        return viaPolice.contains(award.getIssuerCode()) || ProposingSide.POLICE.equals(proposingSide)
                ? policeRegister : frontRegister;
    }
}
