package dev.maangtracker.app.live;

import dev.maangtracker.core.error.InvalidInputException;
import dev.maangtracker.core.interview.AnswerResult;
import dev.maangtracker.core.interview.InterviewEngine;
import dev.maangtracker.core.interview.InterviewEvent;
import dev.maangtracker.core.interview.InterviewSession;
import dev.maangtracker.core.interview.SessionStatus;
import dev.maangtracker.core.interview.Turn;
import dev.maangtracker.core.interview.TurnKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.socket.CloseStatus;
import org.springframework.web.reactive.socket.WebSocketHandler;
import org.springframework.web.reactive.socket.WebSocketMessage;
import org.springframework.web.reactive.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One live interview over a WebSocket. The handshake is already authenticated and the interview
 * proven to be the caller's ({@link InterviewHandshakeService}). On connecting the client gets
 * {@code interview:status} and, for an interview under way, the current question (for a completed
 * one the report, then the socket closes); then each client
 * frame runs one engine step and is answered by the frames of {@link LiveEvents}, carrying the
 * client frame's {@code id}.
 *
 * <p>Frames are handled one after another ({@code concatMap}): two answers on one socket never
 * race; steps from elsewhere (another socket, the HTTP API, another instance) are kept consistent
 * by the engine's optimistic versioning and surface here as a 409 {@code interview:error}. Steps
 * taken elsewhere on this instance are pushed from the engine's {@code events} as the same frames
 * without an {@code id}. A bad
 * frame (not JSON, unknown type, invalid field, a step the state forbids) gets an
 * {@code interview:error} and the socket stays open. The socket closes normally (1000) after the
 * frames of a completed interview, and with 1008 (policy violation) when the handshake's access
 * token expires.
 *
 * <p>While a language model writes the interviewer's words (the engine streams them while this
 * socket listens to its events), each piece is sent at once as {@code interview:token}, ahead of the
 * queue of frames, and before the step's final frames ({@code interview:question}, {@code interview:feedback},
 * ...), which carry the words as stored. Pieces that will not be stored are withdrawn with
 * {@code interview:token-reset}. The offline interviewer has no model: with it no token frames are sent.
 */
public final class InterviewSocketHandler implements WebSocketHandler {

    /** The detail of the frame sent when the handshake's token expires. */
    static final String TOKEN_EXPIRED = "The access token expired; connect again with a fresh one.";

    private final InterviewEngine engine;
    private final JsonMapper json;
    private final Clock clock;

    /**
     * @param engine runs the steps
     * @param json   reads and writes frames like the API's bodies
     * @param clock  the clock tokens expire on (the one the JWT decoder checks)
     */
    public InterviewSocketHandler(InterviewEngine engine, JsonMapper json, Clock clock) {
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public List<String> getSubProtocols() {
        return List.of(WebSocketBearerTokenConverter.SUBPROTOCOL);
    }

    /**
     * A socket opened without the handshake's checks has no interview: it is closed at once with
     * 1008 (policy violation). {@link InterviewHandshakeService} connects through {@link #connect}.
     */
    @Override
    public Mono<Void> handle(WebSocketSession session) {
        return session.close(CloseStatus.POLICY_VIOLATION);
    }

    /** The handler of one socket of the caller on one of the caller's interviews (ownership checked). */
    WebSocketHandler connect(UUID user, UUID interview, Instant tokenExpiresAt) {
        return new WebSocketHandler() {
            @Override
            public List<String> getSubProtocols() {
                return InterviewSocketHandler.this.getSubProtocols();
            }

            @Override
            public Mono<Void> handle(WebSocketSession session) {
                return serve(session, new Connection(user, interview, tokenExpiresAt));
            }
        };
    }

    private Mono<Void> serve(WebSocketSession session, Connection connection) {
        Sinks.One<Boolean> inboundEnded = Sinks.one();
        Flux<Work> inbound = session.receive()
                .filter(message -> message.getType() == WebSocketMessage.Type.TEXT
                        || message.getType() == WebSocketMessage.Type.BINARY)
                .map(message -> message.getType() == WebSocketMessage.Type.TEXT
                        ? new Inbound(message.getPayloadAsText()) : new Inbound(null))
                .map(received -> (Work) () -> reply(connection, received))
                .doFinally(signal -> inboundEnded.tryEmitValue(true));
        // All frames leave through one sink, in the order they are pushed: its next() is serialised
        // and buffers. Streamed text is pushed the moment the engine publishes it, while its step is
        // still running, so it always precedes that step's frames, which are pushed when it completes.
        Flux<ServerFrame> frames = Flux.create(out -> {
            // Steps taken elsewhere on this instance (the HTTP API, another socket). Subscribed before
            // the greeting is sent; handled in the same queue as the client's frames, so the events of
            // this socket's own steps arrive after its frames and are recognised as already sent.
            // Streamed text skips the queue, which a step of this socket may be holding up.
            Flux<Work> elsewhere = engine.events(connection.user(), connection.interview())
                    .doOnNext(event -> {
                        ServerFrame text = streamedText(event);
                        if (text != null) {
                            out.next(text);
                        }
                    })
                    .filter(event -> !(event instanceof InterviewEvent.TextStreamed)
                            && !(event instanceof InterviewEvent.TextDiscarded))
                    .onBackpressureBuffer()
                    .takeUntilOther(inboundEnded.asMono())
                    .map(event -> (Work) () -> relay(connection, event))
                    .onErrorResume(error -> Flux.empty());
            Flux<ServerFrame> queued = Flux.merge(Flux.just((Work) () -> greeting(connection)), elsewhere, inbound)
                    .concatMap(Work::frames)
                    .doOnNext(connection::sent);
            out.onDispose(Flux.merge(queued, expiry(connection).takeUntilOther(inboundEnded.asMono()))
                    .subscribe(out::next, out::error, out::complete));
        });
        // After the last frame of a finished interview the server closes (1000), after the expiry
        // frame with 1008; the inbound stays subscribed until the client answers the close, since
        // cancelling it would drop the socket without a close code.
        Flux<WebSocketMessage> outbound = frames.concatMap(frame -> {
            Mono<WebSocketMessage> message = Mono.fromCallable(() -> session.textMessage(json.writeValueAsString(frame)));
            CloseStatus close = closeAfter(frame);
            return close == null ? message
                    : message.concatWith(Mono.defer(() -> session.close(close)).then(Mono.empty()));
        });
        return session.send(outbound);
    }

    /**
     * The frames of a step taken elsewhere, unless this socket already sent them: statuses it has
     * not reported, prompts and feedback it has not sent (by turn id), the report it has not sent.
     */
    private Flux<ServerFrame> relay(Connection connection, InterviewEvent event) {
        if (event instanceof InterviewEvent.AnswerReceived received) {
            connection.answers().put(received.turn().sequence(), received.turn());
            return Flux.empty();
        }
        if (event instanceof InterviewEvent.StatusChanged changed) {
            if (changed.to() == connection.status().get()) {
                return Flux.empty();
            }
            ServerFrame status = frame(LiveEvents.STATUS, new LivePayloads.Status(changed.to(), changed.from()), null);
            if (changed.to() != SessionStatus.COMPLETED || connection.reportSent().get()) {
                return Flux.just(status);
            }
            // The report is published after the status; the final status must be the last frame.
            return current(connection).flatMapMany(session -> Flux.just(
                    frame(LiveEvents.COMPLETE, new LivePayloads.Complete(session.report()), null), status));
        }
        if (event instanceof InterviewEvent.ReportReady ready) {
            return connection.reportSent().get() ? Flux.empty()
                    : Flux.just(frame(LiveEvents.COMPLETE, new LivePayloads.Complete(ready.report()), null));
        }
        if (event instanceof InterviewEvent.InterviewerSpoke spoke && !connection.sentTurns().contains(spoke.turn().id())) {
            Turn turn = spoke.turn();
            if (turn.kind() == TurnKind.HINT) {
                return Flux.just(frame(LiveEvents.HINT_GIVEN, LivePayloads.Hint.of(turn), null));
            }
            if (turn.kind() == TurnKind.QUESTION || turn.kind() == TurnKind.FOLLOW_UP) {
                return current(connection).map(session ->
                        frame(LiveEvents.QUESTION, LivePayloads.Question.of(turn, session), null)).flux();
            }
        }
        if (event instanceof InterviewEvent.FeedbackGiven given && !connection.sentTurns().contains(given.turn().id())) {
            Turn answer = connection.answerBefore(given.turn().sequence());
            return current(connection).flatMapMany(session -> {
                // The step asked nothing after its feedback: every question is answered.
                boolean finished = session.status() == SessionStatus.IN_PROGRESS
                        && session.turnCount() == given.turn().sequence();
                ServerFrame feedback = frame(LiveEvents.FEEDBACK, LivePayloads.Feedback.of(given.turn(), given.evaluation()), null);
                return answer == null || answer.analytics() == null ? Flux.just(feedback)
                        : Flux.just(feedback, frame(LiveEvents.SCORE,
                                LivePayloads.Score.of(given.evaluation(), answer.analytics(), finished), null));
            });
        }
        return Flux.empty();
    }

    /** The frame of a piece of streamed text or of its withdrawal; {@code null} for any other event. */
    private static ServerFrame streamedText(InterviewEvent event) {
        if (event instanceof InterviewEvent.TextStreamed streamed) {
            return frame(LiveEvents.TOKEN, LivePayloads.Token.of(streamed.chunk()), null);
        }
        if (event instanceof InterviewEvent.TextDiscarded discarded) {
            return frame(LiveEvents.TOKEN_RESET, new LivePayloads.TokenReset(discarded.step()), null);
        }
        return null;
    }

    private Mono<InterviewSession> current(Connection connection) {
        return engine.get(connection.user(), connection.interview());
    }

    /**
     * The token was checked once, at the handshake: when it expires the socket gets a 401
     * {@code interview:error} and is closed, so a socket lives no longer than its token.
     */
    private Mono<ServerFrame> expiry(Connection connection) {
        if (connection.tokenExpiresAt() == null) {
            return Mono.never();
        }
        Duration left = Duration.between(clock.instant(), connection.tokenExpiresAt());
        return Mono.delay(left.isNegative() ? Duration.ZERO : left).map(tick -> frame(LiveEvents.ERROR,
                SocketProblems.problem(HttpStatus.UNAUTHORIZED, TOKEN_EXPIRED, null), null));
    }

    /**
     * The state on connecting, and the question on the table when the interview is under way, or
     * the report when it is completed (the socket then closes: nothing can change any more).
     */
    private Flux<ServerFrame> greeting(Connection connection) {
        return engine.get(connection.user(), connection.interview()).flatMapMany(interview -> {
            connection.status().set(interview.status());
            ServerFrame status = frame(LiveEvents.STATUS, new LivePayloads.Status(interview.status(), null), null);
            if (interview.status() == SessionStatus.COMPLETED) {
                // The report first: the final status ends the socket.
                return Flux.just(frame(LiveEvents.COMPLETE, new LivePayloads.Complete(interview.report()), null), status);
            }
            if (interview.status() != SessionStatus.IN_PROGRESS && interview.status() != SessionStatus.PAUSED) {
                return Flux.just(status);
            }
            Flux<ServerFrame> question = engine.turns(connection.user(), connection.interview())
                    .filter(turn -> turn.kind() == TurnKind.QUESTION || turn.kind() == TurnKind.FOLLOW_UP)
                    .takeLast(1)
                    .map(turn -> frame(LiveEvents.QUESTION, LivePayloads.Question.of(turn, interview), null));
            return Flux.concat(Flux.just(status), question);
        }).onErrorResume(error -> Flux.just(error(error, connection, null)));
    }

    private Flux<ServerFrame> reply(Connection connection, Inbound inbound) {
        if (inbound.text() == null) {
            return Flux.just(error(InvalidInputException.of("frame", "must be a text frame holding JSON"),
                    connection, null));
        }
        String id = null;
        ClientFrame frame;
        try {
            JsonNode root = ClientFrame.read(inbound.text(), json);
            id = ClientFrame.id(root);
            frame = ClientFrame.of(root, id, json);
        } catch (InvalidInputException invalid) {
            return Flux.just(error(invalid, connection, id));
        }
        String frameId = id;
        return Flux.defer(() -> step(connection, frame))
                .onErrorResume(failure -> Flux.just(error(failure, connection, frameId)));
    }

    private Flux<ServerFrame> step(Connection connection, ClientFrame frame) {
        UUID user = connection.user();
        UUID interview = connection.interview();
        String id = frame.id();
        switch (frame.type()) {
            case LiveEvents.START:
                return engine.start(user, interview).flatMapMany(step -> Flux.concat(
                        Flux.just(status(connection, step.session(), id)),
                        Flux.fromStream(step.interviewerTurn().stream()).map(turn ->
                                frame(LiveEvents.QUESTION, LivePayloads.Question.of(turn, step.session()), id))));
            case LiveEvents.ANSWER:
                return Mono.fromCallable(frame::answer)
                        .flatMap(answer -> engine.answer(user, interview, answer))
                        .flatMapMany(result -> answered(connection, result, id));
            case LiveEvents.HINT:
                return engine.hint(user, interview).flatMapMany(step -> Flux.fromStream(
                        step.interviewerTurn().stream()).map(turn ->
                                frame(LiveEvents.HINT_GIVEN, LivePayloads.Hint.of(turn), id)));
            case LiveEvents.PAUSE:
                return engine.pause(user, interview).map(session -> status(connection, session, id)).flux();
            case LiveEvents.RESUME:
                return engine.resume(user, interview).map(session -> status(connection, session, id)).flux();
            case LiveEvents.COMPLETE:
                return engine.complete(user, interview).flatMapMany(report -> Flux.just(
                        frame(LiveEvents.COMPLETE, new LivePayloads.Complete(report), id),
                        frame(LiveEvents.STATUS, new LivePayloads.Status(SessionStatus.COMPLETED,
                                connection.status().getAndSet(SessionStatus.COMPLETED)), id)));
            default:
                // ClientFrame.of admits only the types above.
                return Flux.error(InvalidInputException.of("type", "must be one of " + LiveEvents.CLIENT_TYPES));
        }
    }

    /**
     * Feedback (the stored feedback turn's words), scores, then the follow-up or next question if any.
     * The feedback turn is the first evaluated one after the answer: when the offline interviewer
     * stood in, the engine's note saying so comes between them.
     */
    private Flux<ServerFrame> answered(Connection connection, AnswerResult result, String id) {
        InterviewSession session = result.session();
        Flux<ServerFrame> feedback = engine.turns(connection.user(), connection.interview())
                .filter(turn -> turn.kind() == TurnKind.FEEDBACK && turn.evaluation() != null
                        && turn.sequence() > result.answer().sequence())
                .take(1)
                .map(turn -> frame(LiveEvents.FEEDBACK, LivePayloads.Feedback.of(turn, result.evaluation()), id));
        ServerFrame score = frame(LiveEvents.SCORE,
                LivePayloads.Score.of(result.evaluation(), result.analytics(), result.finished()), id);
        Flux<ServerFrame> next = Flux.fromStream(result.nextPrompt().stream())
                .map(turn -> frame(LiveEvents.QUESTION, LivePayloads.Question.of(turn, session), id));
        connection.status().set(session.status());
        return Flux.concat(feedback, Flux.just(score), next);
    }

    private static ServerFrame status(Connection connection, InterviewSession session, String id) {
        SessionStatus previous = connection.status().getAndSet(session.status());
        return frame(LiveEvents.STATUS, new LivePayloads.Status(session.status(), previous), id);
    }

    private static ServerFrame error(Throwable failure, Connection connection, String id) {
        return frame(LiveEvents.ERROR, SocketProblems.of(failure, connection.interview()), id);
    }

    private static ServerFrame frame(String type, Object payload, String id) {
        return new ServerFrame(type, payload, id);
    }

    /** How to close after the frame: normally after a finished interview, 1008 after the token expired; else null. */
    private static CloseStatus closeAfter(ServerFrame frame) {
        if (frame.payload() instanceof LivePayloads.Status status && status.status().isFinal()) {
            return CloseStatus.NORMAL;
        }
        if (frame.payload() instanceof LivePayloads.Error error && error.status() == HttpStatus.UNAUTHORIZED.value()) {
            return CloseStatus.POLICY_VIOLATION.withReason("access token expired");
        }
        return null;
    }

    /**
     * A socket's interview and what it has told the client. Touched only from the socket's one
     * queue of work, yet thread-safe, since that queue may run on different threads over time.
     *
     * @param user           the caller
     * @param interview      the interview
     * @param tokenExpiresAt when the handshake's access token expires, or {@code null} if it never does
     * @param status         the status last sent, so status frames can say where it came from
     * @param sentTurns      the turns already sent as questions, hints and feedback
     * @param reportSent     whether the report was sent
     * @param answers        answer turns of steps taken elsewhere, until their feedback arrives
     */
    private record Connection(UUID user, UUID interview, Instant tokenExpiresAt, AtomicReference<SessionStatus> status,
                              Set<UUID> sentTurns, AtomicBoolean reportSent, Map<Integer, Turn> answers) {

        Connection(UUID user, UUID interview, Instant tokenExpiresAt) {
            this(user, interview, tokenExpiresAt, new AtomicReference<>(), ConcurrentHashMap.newKeySet(),
                    new AtomicBoolean(), new ConcurrentHashMap<>());
        }

        /**
         * The answer a feedback turn evaluates: the latest one stored before it (an engine note may sit
         * between them); forgotten once its feedback has come, with any older one still waiting.
         */
        Turn answerBefore(int feedbackSequence) {
            Integer latest = null;
            for (Integer sequence : answers.keySet()) {
                if (sequence < feedbackSequence && (latest == null || sequence > latest)) {
                    latest = sequence;
                }
            }
            if (latest == null) {
                return null;
            }
            Turn answer = answers.get(latest);
            answers.keySet().removeIf(sequence -> sequence < feedbackSequence);
            return answer;
        }

        /** Notes what a frame told the client. */
        void sent(ServerFrame frame) {
            Object payload = frame.payload();
            if (payload instanceof LivePayloads.Status status) {
                this.status.set(status.status());
            } else if (payload instanceof LivePayloads.Question question) {
                sentTurns.add(question.turnId());
            } else if (payload instanceof LivePayloads.Hint hint) {
                sentTurns.add(hint.turnId());
            } else if (payload instanceof LivePayloads.Feedback feedback) {
                sentTurns.add(feedback.turnId());
            } else if (payload instanceof LivePayloads.Complete) {
                reportSent.set(true);
            }
        }
    }

    /** Work for the socket's queue: the frames it produces. */
    private interface Work {
        Flux<ServerFrame> frames();
    }

    /**
     * A received frame.
     *
     * @param text its text, or {@code null} for a binary frame
     */
    private record Inbound(String text) {
    }
}
