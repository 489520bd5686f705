package vn.phoihop.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static vn.phoihop.testsupport.PortalUsers.as;

import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.AuthorizationService;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.phoihop.testsupport.IntegrationTest;

/**
 * CommendationProcess names the role "proposers" instead of 26 group ids: the role's groups come
 * from the organisation tree, so an organisation added later may start the process on every door.
 */
@IntegrationTest
class ProcessRolesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessRoles roles;
    @Autowired
    StarterGroupGrants grants;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theModelNamesTheRoleAndTheRoleStandsForTheProposingOrganisationsGroups() {
        var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("CommendationProcess")
                .latestVersion().singleResult();
        assertThat(repositoryService.getIdentityLinksForProcessDefinition(definition.getId()))
                .extracting(link -> link.getGroupId()).containsExactly("proposers");
        assertThat(roles.groupsOf(List.of("proposers")))
                .contains("px05", "pttg", "member-ldld", "member-nct", "district-police-tptn", "district-front-tanchau")
                .doesNotContain("police-leaders", "front-leaders", "camunda-admin", "proposers");
        assertThat(roles.groupsOf(List.of("px05"))).containsExactly("px05");
    }

    @Test
    void aCommunePoliceAddedToTheTreeMayStartTheProcess() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String group = "commune-police-" + suffix;
        String user = "cax" + suffix;
        jdbc.update("""
                insert into organization (code, name_vi, name_en, short_name, kind, parent_code, group_id, valid_from, sort_order)
                values (?, 'Công an xã Thử nghiệm', 'Test commune police', 'CAX', 'DISTRICT_POLICE', 'cat', ?, date '2025-07-01', 999)""",
                group, group);
        var newGroup = identityService.newGroup(group);
        newGroup.setName("Công an xã Thử nghiệm");
        newGroup.setType("WORKFLOW");
        identityService.saveGroup(newGroup);
        var newUser = identityService.newUser(user);
        newUser.setPassword("demo123");
        identityService.saveUser(newUser);
        identityService.createMembership(user, group);
        try {
            grants.grantForLatestDefinitions();
            assertStarts(user, group);
        } finally {
            // the shared application's other tests count organisations and districts
            authorizationService.createAuthorizationQuery().groupIdIn(group).list()
                    .forEach(authorization -> authorizationService.deleteAuthorization(authorization.getId()));
            identityService.deleteUser(user);
            identityService.deleteGroup(group);
            jdbc.update("delete from organization where code = ?", group);
        }
    }

    private void assertStarts(String user, String group) throws Exception {
        assertThat(authorizationService.isUserAuthorized(user, List.of(group), Permissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, "CommendationProcess")).isTrue();
        var page = Jsoup.parse(mvc.perform(get("/processes").with(as(user, group))).andReturn().getResponse().getContentAsString());
        assertThat(page.select("a.start-process[data-process-key=CommendationProcess]")).hasSize(1);
        var leaders = Jsoup.parse(mvc.perform(get("/processes").with(as("bgdca", "police-leaders")))
                .andReturn().getResponse().getContentAsString());
        assertThat(leaders.select("a.start-process[data-process-key=CommendationProcess]")).isEmpty();
        assertThat(authorizationService.isUserAuthorized("bgdca", List.of("police-leaders"), Permissions.CREATE_INSTANCE,
                Resources.PROCESS_DEFINITION, "CommendationProcess")).isFalse();
    }
}
