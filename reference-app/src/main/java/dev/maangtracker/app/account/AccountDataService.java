package dev.maangtracker.app.account;

import dev.maangtracker.app.memory.MemoryView;
import dev.maangtracker.app.tracker.ReviewView;
import dev.maangtracker.app.tracker.WeaknessView;
import dev.maangtracker.core.interview.InterviewRepository;
import dev.maangtracker.core.judge.CodeSubmissionRepository;
import dev.maangtracker.core.user.UserAccountRepository;
import dev.maangtracker.rag.store.MemoryStore;
import dev.maangtracker.tracker.activity.ActivityLog;
import dev.maangtracker.tracker.progress.ProgressRepository;
import dev.maangtracker.tracker.review.ItemType;
import dev.maangtracker.tracker.review.ReviewItem;
import dev.maangtracker.tracker.review.ReviewItemRepository;
import dev.maangtracker.tracker.weakness.EvidenceRepository;
import java.time.Clock;
import java.util.Comparator;
import java.util.UUID;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reads every store that holds data of a user into one {@link AccountExport}. */
@Service
public class AccountDataService {

    private final UserAccountRepository users;
    private final InterviewRepository interviews;
    private final CodeSubmissionRepository submissions;
    private final ProgressRepository progress;
    private final ReviewItemRepository reviews;
    private final ActivityLog activity;
    private final EvidenceRepository evidence;
    private final MemoryStore memories;
    private final Clock clock;

    /** Wires every user-owned store. */
    public AccountDataService(UserAccountRepository users, InterviewRepository interviews,
                              CodeSubmissionRepository submissions, ProgressRepository progress,
                              ReviewItemRepository reviews, ActivityLog activity, EvidenceRepository evidence,
                              MemoryStore memories, Clock clock) {
        this.users = users;
        this.interviews = interviews;
        this.submissions = submissions;
        this.progress = progress;
        this.reviews = reviews;
        this.activity = activity;
        this.evidence = evidence;
        this.memories = memories;
        this.clock = clock;
    }

    /** All of the user's data. */
    public Mono<AccountExport> export(UUID user) {
        Mono<UserView> account = users.findById(user).map(UserView::of)
                .switchIfEmpty(Mono.error(() -> new BadCredentialsException("account no longer exists")));
        return Mono.zip(list -> new AccountExport(clock.instant(), (UserView) list[0], cast(list[1]), cast(list[2]),
                        cast(list[3]), cast(list[4]), cast(list[5]), cast(list[6]), cast(list[7])),
                account,
                interviews.findByUser(user, InterviewRepository.MAX_LIST_LIMIT)
                        .concatMap(session -> interviews.turns(user, session.id()).collectList()
                                .map(turns -> new AccountExport.InterviewExport(session, turns)))
                        .collectList(),
                submissions.findByUser(user, CodeSubmissionRepository.MAX_LIST_LIMIT).collectList(),
                progress.attempts(user).map(AccountExport.AttemptExport::of).collectList(),
                reviews.findAll(user).sort(Comparator.comparing(ReviewItem::type, Comparator.comparing(ItemType::name))
                        .thenComparing(ReviewItem::key)).map(ReviewView::of).collectList(),
                activity.findByUser(user).collectList(),
                evidence.findByUser(user).map(WeaknessView.EvidenceView::of).collectList(),
                memories.findAll(user).map(MemoryView::of).collectList());
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
