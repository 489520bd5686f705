package vn.phoihop.organizations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The organisation tree as data with validity dates: which organisations manage units on a given
 * day (the district police in 2023, the commune and ward police in 2026) and which of them a
 * user's groups act for. No level is named here: it follows from the kinds and dates of the rows.
 */
@Component
public class OrganizationTree {

    private final OrganizationRepository organizations;

    OrganizationTree(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** The organisations that manage units on the day, in the order of the reference data. */
    public List<Organization> managingOrganizationsOn(LocalDate day) {
        return organizations.findAllByOrderBySortOrder().stream()
                .filter(organization -> organization.getKind().managesUnits() && organization.isValidOn(day))
                .toList();
    }

    /** The organisations in force on the day that a group acts for (those that can sponsor, propose, be given a step), in order. */
    public List<Organization> actingOrganizationsOn(LocalDate day) {
        return organizations.findAllByOrderBySortOrder().stream()
                .filter(organization -> organization.getGroupId() != null && organization.isValidOn(day)
                        && organization.getKind() != OrganizationKind.LEADERSHIP && organization.getKind() != OrganizationKind.UNIT)
                .toList();
    }

    /** The Front of the same district or commune as a local police (they share the parent), if the tree has one. */
    public Optional<Organization> frontBeside(String policeCode) {
        return find(policeCode).filter(police -> police.getParentCode() != null)
                .flatMap(police -> organizations.findAllByOrderBySortOrder().stream()
                        .filter(other -> other.getParentCode() != null && other.getParentCode().equals(police.getParentCode())
                                && other.getKind().isLocalLevel() && other.getKind().isFrontSide())
                        .findFirst());
    }

    /** Every organisation's name in the language, by code, in the order of the reference data. */
    public Map<String, String> names(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        organizations.findAllByOrderBySortOrder().forEach(organization -> names.put(organization.getCode(), organization.name(locale)));
        return names;
    }

    public Optional<Organization> find(String code) {
        return code == null ? Optional.empty() : organizations.findById(code);
    }

    /**
     * Codes of the managing organisations the groups act for: a local police for itself, a local
     * Front for the police of the same district or commune (they share the parent). Any date: a
     * 2023 unit stays its former district's.
     */
    public Set<String> managedBy(Collection<String> groupIds) {
        Set<String> managing = new HashSet<>();
        if (groupIds.isEmpty()) {
            return managing;
        }
        List<Organization> own = organizations.findByGroupIdInOrderBySortOrder(groupIds).stream()
                .filter(organization -> organization.getKind().isLocalLevel()).toList();
        if (own.isEmpty()) {
            return managing;
        }
        Set<String> parents = new HashSet<>();
        own.stream().map(Organization::getParentCode).filter(java.util.Objects::nonNull).forEach(parents::add);
        for (Organization organization : organizations.findAllByOrderBySortOrder()) {
            if (organization.getKind().managesUnits() && parents.contains(organization.getParentCode())) {
                managing.add(organization.getCode());
            }
        }
        return managing;
    }
}
