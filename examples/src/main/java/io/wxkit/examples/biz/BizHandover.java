package io.wxkit.examples.biz;

import org.springframework.stereotype.Component;

/**
 * Where the platform hands a newly registered business system its credentials, once (in reality: to the
 * system's team, out of band), and where the demo systems get their demo accounts.
 */
@Component
public class BizHandover {
    private final BizDirectory directory;

    BizHandover(BizDirectory directory) {
        this.directory = directory;
    }

    public void receive(String clientId, String clientSecret, String signingKey) {
        directory.saveCredentials(clientId, clientSecret, signingKey);
    }

    public void createAccounts() {
        directory.seedAccounts();
    }
}
