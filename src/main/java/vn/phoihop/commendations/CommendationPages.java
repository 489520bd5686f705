package vn.phoihop.commendations;

/** Paths of the commendation registry's pages, for links made outside a request (notifications, e-mails). */
public final class CommendationPages {

    public static final String REGISTRY = "/commendations";

    private CommendationPages() {
    }

    public static String detail(String proposalId) {
        return REGISTRY + "/" + proposalId;
    }
}
