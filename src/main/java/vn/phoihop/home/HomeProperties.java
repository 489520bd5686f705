package vn.phoihop.home;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code phoihop.home.*}.
 *
 * @param decisionGroups groups whose open tasks are their body's decisions: each member sees them all on the home page
 */
@ConfigurationProperties("phoihop.home")
record HomeProperties(@DefaultValue({"police-leaders", "front-leaders"}) List<String> decisionGroups) {
}
