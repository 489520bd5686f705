package vn.phoihop.startup;

/**
 * Writes what must be in the database before the first request is served: reference data,
 * groups, accounts, grants. {@link StartupData} runs every loader once per start, in the
 * {@link org.springframework.core.annotation.Order} given by a {@link StartupOrder} constant.
 * Loaders must be idempotent: every node of a cluster runs them at every start.
 */
public interface StartupLoader {

    void loadAtStartup();
}
