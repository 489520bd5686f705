package vn.phoihop.instances;

/**
 * A feature's own page for the record a process is about (the commendation registry's proposal
 * page, for example). Where no feature offers one, {@link RecordLinks} links the instance page.
 */
public interface RecordPage {

    String processDefinitionKey();

    /** The page's path for the record with this business key. */
    String path(String businessKey);
}
