package vn.phoihop.security;

import java.time.Duration;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * How wrong passwords are slowed down, and what the login page says about it, from the settings
 * in force so that the page cannot promise what the server does not do. Two mechanisms:
 * <ul>
 * <li>Camunda's lock ({@code login-delay-base} and friends, on in production): after a wrong
 * password the account refuses every password, the right one too, for a while, and after
 * {@code login-max-attempts} wrong ones in a row until an administrator unlocks it.</li>
 * <li>A pause before answering a wrong password ({@code phoihop.login.wrong-password-pause}, on in
 * demo mode): it slows guessing but never a right password, which the demo's published password
 * and the tests that log in with it all the time need.</li>
 * </ul>
 */
@Component
public class LoginThrottle {

    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final Duration wrongPasswordPause;

    LoginThrottle(ProcessEngineConfigurationImpl engineConfiguration,
                  LoginProperties properties) {
        this.engineConfiguration = engineConfiguration;
        this.wrongPasswordPause = properties.wrongPasswordPause();
    }

    public boolean locksAccounts() {
        return engineConfiguration.getLoginDelayBase() > 0;
    }

    public int firstLockSeconds() {
        return engineConfiguration.getLoginDelayBase();
    }

    public int longestLockSeconds() {
        return engineConfiguration.getLoginDelayMaxTime();
    }

    public int wrongPasswordsUntilLockedForGood() {
        return engineConfiguration.getLoginMaxAttempts();
    }

    public boolean pausesWrongAnswers() {
        return !wrongPasswordPause.isZero();
    }

    public long pauseSeconds() {
        return wrongPasswordPause.toSeconds();
    }

    void pauseAfterWrongPassword() {
        if (!pausesWrongAnswers()) {
            return;
        }
        try {
            Thread.sleep(wrongPasswordPause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
