package vn.phoihop.modeler;

/** A deployed BPMN, DMN or form file, opened in the browser's editor to become the next version. */
public record EditableModel(String deploymentId, String resourceName, String content) {

    /** Which editor opens it: the Camunda 7 modeler, dmn-js or form-js. */
    public String kind() {
        return resourceName.substring(resourceName.lastIndexOf('.') + 1);
    }

    /** The file's name without its folders, as the page's heading shows it. */
    public String fileName() {
        return resourceName.substring(resourceName.lastIndexOf('/') + 1);
    }
}
