package dev.maangtracker.core.judge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class SeccompFilterTest {

    private static final int SOCK_FILTER_BYTES = 8;

    @Test
    void programIsWholeInstructionsWithinTheKernelLimit() {
        byte[] program = SeccompFilter.program();

        assertThat(program.length % SOCK_FILTER_BYTES).isZero();
        assertThat(program.length / SOCK_FILTER_BYTES).isBetween(10, 4096);
    }

    @Test
    void startsByCheckingTheArchitectureAndEndsAllowing() {
        ByteBuffer program = ByteBuffer.wrap(SeccompFilter.program()).order(ByteOrder.LITTLE_ENDIAN);

        assertThat(program.getShort(0)).isEqualTo((short) 0x20);
        assertThat(program.getInt(4)).isEqualTo(4);
        assertThat(program.getInt(SOCK_FILTER_BYTES + 4)).isEqualTo(SeccompFilter.AUDIT_ARCH_X86_64);
        int last = program.capacity() - SOCK_FILTER_BYTES;
        assertThat(program.getShort(last)).isEqualTo((short) 0x06);
        assertThat(program.getInt(last + 4)).isEqualTo(0x7fff0000);
    }

    @Test
    void deniesEveryListedSyscallWithEperm() {
        ByteBuffer program = ByteBuffer.wrap(SeccompFilter.program()).order(ByteOrder.LITTLE_ENDIAN);
        for (int nr : new int[] {101, 310, 311, 250, 321, 298, 323, 165, 166, 272, 308, 425, 426, 427}) {
            boolean found = false;
            for (int at = 0; at + 2 * SOCK_FILTER_BYTES <= program.capacity(); at += SOCK_FILTER_BYTES) {
                if (program.getShort(at) == 0x15 && program.getInt(at + 4) == nr
                        && program.getInt(at + SOCK_FILTER_BYTES + 4) == (0x00050000 | SeccompFilter.EPERM)) {
                    found = true;
                }
            }
            assertThat(found).as("syscall " + nr + " denied").isTrue();
        }
    }
}
