package vn.phoihop.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.phoihop.security.IdentityReferenceLoader;
import vn.phoihop.testsupport.IntegrationTest;

@IntegrationTest
class ReferenceDataIdempotenceTest {

    @Autowired
    OrganizationReferenceLoader organizationLoader;
    @Autowired
    IdentityReferenceLoader identityLoader;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    @Test
    void loadingTwiceGivesTheSameRows() {
        var organizationsBefore = rows("select * from organization order by code");
        var modelTypesBefore = rows("select * from movement_model_type order by code");
        long groupsBefore = identityService.createGroupQuery().count();
        long authorizationsBefore = authorizationService.createAuthorizationQuery().count();

        assertThat(organizationLoader.load()).isZero();
        assertThat(identityLoader.load()).isZero();

        assertThat(rows("select * from organization order by code")).isEqualTo(organizationsBefore);
        assertThat(rows("select * from movement_model_type order by code")).isEqualTo(modelTypesBefore);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groupsBefore);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizationsBefore);
    }

    @Test
    void thePlansOrganisationsAndModelTypesAreLoaded() {
        assertThat(jdbc.queryForList("select code from organization where kind = 'MEMBER_ORGANIZATION'", String.class))
                .containsExactlyInAnyOrder("ldld", "lhpn", "doan", "ccb", "nd", "nct");
        assertThat(jdbc.queryForObject("select count(*) from organization where kind = 'DISTRICT'", Integer.class)).isEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from organization where kind in ('DISTRICT', 'DISTRICT_POLICE', 'DISTRICT_FRONT') and valid_to = date '2025-06-30'", Integer.class))
                .isEqualTo(27);
        assertThat(jdbc.queryForObject("select count(*) from movement_model_type", Integer.class)).isEqualTo(29);
        assertThat(identityService.createGroupQuery().groupId("district-front-bencau").singleResult()).isNotNull();
        // every organisation that names a group has that group in Camunda
        for (String groupId : jdbc.queryForList("select group_id from organization where group_id is not null", String.class)) {
            assertThat(identityService.createGroupQuery().groupId(groupId).count()).as(groupId).isEqualTo(1);
        }
    }

    private List<Map<String, Object>> rows(String sql) {
        return jdbc.queryForList(sql);
    }
}
