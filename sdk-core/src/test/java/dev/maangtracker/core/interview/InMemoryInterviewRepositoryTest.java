package dev.maangtracker.core.interview;

class InMemoryInterviewRepositoryTest extends InterviewRepositoryContract {

    @Override
    protected InterviewRepository newRepository() {
        return new InMemoryInterviewRepository();
    }
}
