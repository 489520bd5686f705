package vn.phoihop.modeler;

/** What an administrator did to the deployed processes. */
public enum AdminAction {
    DEPLOY,
    DEPLOY_REFUSED,
    SUSPEND,
    ACTIVATE,
    RETRY,
    MIGRATE
}
