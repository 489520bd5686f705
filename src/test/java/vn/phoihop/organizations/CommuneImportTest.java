package vn.phoihop.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.phoihop.processes.ProcessRoles;
import vn.phoihop.testsupport.IntegrationTest;
import vn.phoihop.testsupport.PortalUsers;

/** The administrator imports the communes of 2026; each row makes the commune, its police and its Front, and two groups. */
@IntegrationTest
class CommuneImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganizationRepository organizations;
    @Autowired
    OrganizationTree tree;
    @Autowired
    IdentityService identityService;
    @Autowired
    ProcessRoles roles;
    @Autowired
    org.camunda.bpm.engine.AuthorizationService authorizations;

    @Test
    void anAdministratorImportsCommunesWithTheirPoliceFrontAndGroups() throws Exception {
        String code = "xa-" + UUID.randomUUID().toString().substring(0, 8);
        String file = "Mã,Tên,Loại,Huyện cũ\n" + code + ",Long Thuận,xa,H. Bến Cầu\n";
        upload(PortalUsers.as("admin", "camunda-admin"), file).andExpect(status().isOk());

        Organization commune = organizations.findById(code).orElseThrow();
        assertThat(commune.getKind()).isEqualTo(OrganizationKind.COMMUNE);
        assertThat(commune.getNameVi()).isEqualTo("Xã Long Thuận");
        assertThat(commune.getFormerDistrict()).isEqualTo("H. Bến Cầu");
        assertThat(commune.getValidFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        Organization police = organizations.findById("commune-police-" + code).orElseThrow();
        assertThat(police.getKind()).isEqualTo(OrganizationKind.COMMUNE_POLICE);
        assertThat(police.getParentCode()).isEqualTo(code);
        assertThat(organizations.findById("commune-front-" + code).orElseThrow().getKind()).isEqualTo(OrganizationKind.COMMUNE_FRONT);
        assertThat(identityService.createGroupQuery().groupIdIn("commune-police-" + code, "commune-front-" + code).count()).isEqualTo(2);
        assertThat(tree.managingOrganizationsOn(LocalDate.of(2026, 3, 1))).extracting(Organization::getCode).contains(police.getCode());
        assertThat(tree.managingOrganizationsOn(LocalDate.of(2025, 3, 1))).extracting(Organization::getCode).doesNotContain(police.getCode());
        // the new police and Front propose commendations (process-roles.yaml) and use the Tasklist like every workflow group
        assertThat(roles.groupsOf(java.util.List.of("proposers"))).contains("commune-police-" + code, "commune-front-" + code);
        assertThat(identityService.createGroupQuery().groupId("commune-police-" + code).singleResult().getType()).isEqualTo("WORKFLOW");
        assertThat(mvc.perform(get("/admin/communes/import").with(PortalUsers.as("admin", "camunda-admin")))
                .andReturn().getResponse().getContentAsString()).contains("commune-police-" + code);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("commune-police-" + code)
                .resourceType(Resources.APPLICATION).resourceId("tasklist").count()).isEqualTo(1);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("commune-front-" + code)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("CommendationProcess").count()).isEqualTo(1);

        // the same file again changes nothing and refuses nothing: the groups are not even written again
        int revision = groupRevision("commune-police-" + code);
        upload(PortalUsers.as("admin", "camunda-admin"), file).andExpect(status().isOk());
        assertThat(groupRevision("commune-police-" + code)).isEqualTo(revision);

        // a renamed commune renames its groups, its leaders' included, and keeps their grants
        upload(PortalUsers.as("admin", "camunda-admin"), "Mã,Tên,Loại\n" + code + ",Long Thuận Đông,xa\n").andExpect(status().isOk());
        assertThat(identityService.createGroupQuery().groupId("commune-police-" + code).singleResult().getName())
                .isEqualTo("Công an xã Long Thuận Đông");
        assertThat(identityService.createGroupQuery().groupId(Organization.leadersGroupOf("commune-police-" + code)).singleResult().getName())
                .isEqualTo("Lãnh đạo Công an xã Long Thuận Đông");
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("commune-front-" + code)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId("CommendationProcess").count()).isEqualTo(1);
    }

    private int groupRevision(String groupId) {
        return ((org.camunda.bpm.engine.impl.persistence.entity.GroupEntity) identityService.createGroupQuery().groupId(groupId).singleResult())
                .getRevision();
    }

    @Test
    void onlyAnAdministratorImportsCommunes() throws Exception {
        String code = "xa-" + UUID.randomUUID().toString().substring(0, 8);
        upload(PortalUsers.as("px05", "px05"), "Mã,Tên,Loại\n" + code + ",Long Khánh,Xã\n").andExpect(status().isForbidden());
        mvc.perform(get("/admin/communes/import").with(PortalUsers.as("catanninh", "commune-police-tan-ninh")))
                .andExpect(status().isForbidden());
        assertThat(organizations.existsById(code)).isFalse();
    }

    @Test
    void aRefusedRowSavesNothing() throws Exception {
        String code = "xa-" + UUID.randomUUID().toString().substring(0, 8);
        upload(PortalUsers.as("admin", "camunda-admin"), "Mã,Tên,Loại\n" + code + ",Long Khánh,Xã\nBAD CODE,Tên,Huyện\n")
                .andExpect(status().isUnprocessableEntity());
        assertThat(organizations.existsById(code)).isFalse();
    }

    private org.springframework.test.web.servlet.ResultActions upload(RequestPostProcessor user, String csv) throws Exception {
        return mvc.perform(multipart("/admin/communes/import")
                .file(new MockMultipartFile("file", "xa.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(user));
    }
}
