package vn.phoihop.startup;

/**
 * The order in which {@link StartupLoader}s run, in one place. Each step may rely on what the
 * steps before it wrote.
 */
public final class StartupOrder {

    /** Organisations and movement-model types: everything else may name an organisation. */
    public static final int ORGANIZATIONS = 10;
    /** Award forms of the commendation process. */
    public static final int AWARD_FORMS = 11;
    /** The seed plan: its duties name organisations. */
    public static final int PLANS = 12;
    /** Camunda groups and their authorizations: accounts are made members of these groups. */
    public static final int GROUPS = 20;
    /** Demo mode: the sample communes and their groups, which demo accounts are made members of. */
    public static final int DEMO_COMMUNES = 25;
    /** Demo mode: the sample units of those communes and their groups, which demo accounts are made members of. */
    public static final int DEMO_UNITS = 26;
    /** Demo mode's sample movement models, after the organisations their sponsors are. */
    public static final int DEMO_MODELS = 27;
    /** Demo mode's sample Zalo groups, after the organisations they belong to. */
    public static final int DEMO_ZALO_GROUPS = 28;
    /** Demo accounts (demo mode) or the first administrator and the demo-password check (production). */
    public static final int ACCOUNTS = 30;
    /** CREATE_INSTANCE grants from the deployed models' starter groups, which must exist by now. */
    public static final int STARTER_GRANTS = 40;

    private StartupOrder() {
    }
}
