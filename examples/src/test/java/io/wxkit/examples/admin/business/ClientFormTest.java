package io.wxkit.examples.admin.business;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientFormTest {

    @Test
    void aGoodRegistrationHasNoErrorsAndItsUrisAreTheNonBlankLines() {
        ClientForm form = new ClientForm(" crm ", "CRM", "https://crm.example.com/sso\n\n  http://127.0.0.1:8080/cb  \n", "");
        assertThat(form.errors()).isEmpty();
        assertThat(form.clientId()).isEqualTo("crm");
        assertThat(form.redirectUriList()).containsExactly("https://crm.example.com/sso", "http://127.0.0.1:8080/cb");
    }

    @Test
    void eachFieldSaysWhatIsWrongAndABadUriNamesItsLine() {
        ClientForm form = new ClientForm("x", "", "https://ok.example.com/cb\nhttps://*.example.com/cb", "ftp://v.example.com");
        assertThat(form.errors()).containsOnlyKeys("clientId", "name", "redirectUris", "verifyUrl");
        assertThat(form.errors().get("redirectUris")).startsWith("第 2 行").contains("wildcards");
    }

    @Test
    void theBrokersUriRulesAreCheckedBeforeItIsAsked() {
        assertThat(ClientForm.uriProblem("http://crm.example.com/cb")).contains("https");
        assertThat(ClientForm.uriProblem("https://crm.example.com/cb#x")).contains("fragment");
        assertThat(ClientForm.uriProblem("https://user@crm.example.com/cb")).contains("userinfo");
        assertThat(ClientForm.uriProblem("/relative")).contains("absolute");
        assertThat(ClientForm.uriProblem("http://localhost:9000/cb")).isNull();
        assertThat(new ClientForm("crm", "CRM", "", "").errors()).containsKey("redirectUris");
    }
}
