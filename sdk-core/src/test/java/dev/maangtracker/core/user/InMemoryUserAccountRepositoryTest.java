package dev.maangtracker.core.user;

class InMemoryUserAccountRepositoryTest extends UserAccountRepositoryContract {

    @Override
    protected UserAccountRepository newRepository() {
        return new InMemoryUserAccountRepository();
    }
}
