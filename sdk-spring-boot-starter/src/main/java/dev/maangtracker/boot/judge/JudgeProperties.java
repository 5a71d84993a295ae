package dev.maangtracker.boot.judge;

import dev.maangtracker.core.judge.JudgeSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Settings of the sandboxed code judge ({@code maang.judge.*}); defaults equal {@link JudgeSettings#defaults()}. */
@ConfigurationProperties(prefix = "maang.judge")
@Validated
public class JudgeProperties {

    /**
     * Whether submitted code may run in the sandbox; when false the judge reports itself unavailable and coding
     * answers are evaluated without execution.
     */
    private boolean enabled = true;

    /** Submissions run at once, each in its own uid and cgroup. */
    @Min(1)
    @Max(16)
    private int slots = 2;

    /** Submissions that may wait for a slot before the judge answers busy. */
    @Min(0)
    @Max(1000)
    private int queueCapacity = 32;

    /** Wall-clock limit per test (CPU is limited to one core, so also a CPU limit). */
    @NotNull
    @DurationMin(millis = 100)
    @DurationMax(seconds = 60)
    private Duration timeLimit = Duration.ofSeconds(2);

    /** Memory limit of the program in MiB (Java gets extra room for the JVM itself). */
    @Min(32)
    @Max(4096)
    private int memoryLimitMb = 256;

    /** Most output the program may print, in KiB. */
    @Min(1)
    @Max(65536)
    private int outputLimitKb = 64;

    /** Uid of the first slot; the judge uses the next 32 uids too, none of which may be a real user. */
    @Min(1000)
    @Max(4_000_000)
    private int firstUid = 61_000;

    /** The SDK settings these properties describe. */
    public JudgeSettings toSettings() {
        return new JudgeSettings(slots, queueCapacity, timeLimit, memoryLimitMb, outputLimitKb, firstUid);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getSlots() {
        return slots;
    }

    public void setSlots(int slots) {
        this.slots = slots;
    }

    public int getQueueCapacity() {
        return queueCapacity;
    }

    public void setQueueCapacity(int queueCapacity) {
        this.queueCapacity = queueCapacity;
    }

    public Duration getTimeLimit() {
        return timeLimit;
    }

    public void setTimeLimit(Duration timeLimit) {
        this.timeLimit = timeLimit;
    }

    public int getMemoryLimitMb() {
        return memoryLimitMb;
    }

    public void setMemoryLimitMb(int memoryLimitMb) {
        this.memoryLimitMb = memoryLimitMb;
    }

    public int getOutputLimitKb() {
        return outputLimitKb;
    }

    public void setOutputLimitKb(int outputLimitKb) {
        this.outputLimitKb = outputLimitKb;
    }

    public int getFirstUid() {
        return firstUid;
    }

    public void setFirstUid(int firstUid) {
        this.firstUid = firstUid;
    }
}
