package vn.phoihop.instances;

import java.util.List;

import org.springframework.stereotype.Service;

/** Where a link to a process instance's record goes: the feature's record page, else the instance page. */
@Service
public class RecordLinks {

    private final List<RecordPage> pages;

    RecordLinks(List<RecordPage> pages) {
        this.pages = List.copyOf(pages);
    }

    public String of(String processDefinitionKey, String businessKey, String processInstanceId) {
        if (businessKey != null && !businessKey.isBlank()) {
            for (RecordPage page : pages) {
                if (page.processDefinitionKey().equals(processDefinitionKey)) {
                    return page.path(businessKey);
                }
            }
        }
        return instancePage(processInstanceId);
    }

    public static String instancePage(String processInstanceId) {
        return "/instances/" + processInstanceId;
    }
}
