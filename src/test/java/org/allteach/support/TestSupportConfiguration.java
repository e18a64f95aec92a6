package org.allteach.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
class TestSupportConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    @Bean
    TestFileAccessPolicy testFileAccessPolicy() {
        return new TestFileAccessPolicy();
    }

    @Bean
    Scenarios scenarios(org.allteach.identity.Accounts accounts, org.allteach.identity.ActingAs actingAs,
                        org.allteach.collaborative.Collaboratives collaboratives,
                        org.allteach.collaborative.Teams teams, org.allteach.collaborative.Memberships memberships) {
        return new Scenarios(accounts, actingAs, collaboratives, teams, memberships);
    }
}
