package dev.maangtracker.boot.judge.queue;

import dev.maangtracker.core.judge.CodeJudge;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Builds the worker of an instance from its properties. */
public final class JudgeStreamWorkers {

    private JudgeStreamWorkers() {
    }

    /**
     * The worker the properties describe, named by {@code maang.judge.worker.name} or else by host, process id and
     * a random suffix (unique even for two processes with one pid in two containers).
     *
     * @param localJudge the judge that runs the code; null when there is none, which gives a worker that never
     *                   starts reading
     */
    public static JudgeStreamWorker create(ReactiveStringRedisTemplate redis, JudgeQueueKeys keys,
                                           JudgeQueueProperties properties, CodeJudge localJudge, JsonMapper json,
                                           Clock clock) {
        CodeJudge judge = localJudge != null ? localJudge
                : new UnavailableLocalJudge("no local judge bean named 'codeJudge' in this instance");
        String name = properties.getWorker().getName();
        if (name == null || name.isBlank()) {
            name = defaultName();
        }
        return new JudgeStreamWorker(redis, keys, properties.toSettings(), judge, json, clock, name);
    }

    static String defaultName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = "host";
        }
        return host.toLowerCase(Locale.ROOT) + "-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
