package dev.maangtracker.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Escape attempts from Python code, each bounded in time. The probe's findings come back as the "actual" value of a
 * wrong answer on the first visible test.
 */
@Timeout(30)
class EscapeIT {

    private static String probe(String body) {
        String code = "import os, socket, ctypes, errno\n"
                + "def pairWithTargetSum(nums, target):\n"
                + body.indent(4);
        JudgeResult result = JudgeFixture.run("pair-with-target-sum", Language.PYTHON, code, TestSelection.VISIBLE);
        assertThat(result.verdict()).as(result.message()).isEqualTo(Verdict.WRONG_ANSWER);
        return result.failedCase().orElseThrow().actual();
    }

    @AfterEach
    void nothingSurvives() throws Exception {
        JudgeFixture.assertNoSlotProcesses();
        try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temp.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("maang-judge-") && !name.startsWith("maang-judge-seccomp-"));
        }
        for (String controller : new String[] {"memory", "pids", "cpu", ""}) {
            Path hierarchy = Path.of("/sys/fs/cgroup", controller);
            if (!Files.isDirectory(hierarchy)) {
                continue;
            }
            try (Stream<Path> groups = Files.list(hierarchy)) {
                for (Path parent : groups.filter(g -> g.getFileName().toString().startsWith("maang-judge-")).toList()) {
                    try (Stream<Path> runs = Files.list(parent)) {
                        assertThat(runs.filter(Files::isDirectory)).as("run cgroups left in " + parent).isEmpty();
                    }
                }
            }
        }
    }

    @Test
    void environmentOfTheServiceIsNotVisible() {
        String found = probe("env = dict(os.environ)\n"
                + "with open('/proc/1/environ', 'rb') as f:\n"
                + "    pid1 = f.read().decode()\n"
                + "return repr(sorted(env.items())) + '|' + pid1\n");

        assertThat(found).contains("PATH").doesNotContain("/root").doesNotContain("JAVA_HOME")
                .doesNotContain("MAVEN").doesNotContain("maven");
        for (String secretish : System.getenv().keySet()) {
            if (!Stream.of("PATH", "HOME", "LANG", "PWD", "SHLVL", "_").anyMatch(secretish::equals)) {
                assertThat(found).doesNotContain(secretish + "=").doesNotContain("'" + secretish + "'");
            }
        }
    }

    @Test
    void filesOutsideTheWorkDirAreNotReadable() {
        String checkout = Path.of("pom.xml").toAbsolutePath().toString();
        String found = probe("out = []\n"
                + "for p in ['/etc/shadow', '" + checkout + "', '/root', '/home', '/work']:\n"
                + "    try:\n"
                + "        out.append(p + ':' + (str(os.listdir(p)) if os.path.isdir(p) else open(p).read()[:20]))\n"
                + "    except OSError as e:\n"
                + "        out.append(p + ':denied:' + type(e).__name__)\n"
                + "return out\n");

        assertThat(found).contains("/etc/shadow:denied").contains(checkout + ":denied").contains("/root:denied");
    }

    @Test
    void writingOutsideTheWorkDirFails() {
        String found = probe("out = []\n"
                + "for p in ['/usr/evil', '/etc/evil', '/box/src/evil', '/evil', '/proc/evil', '/tmp/ok']:\n"
                + "    try:\n"
                + "        with open(p, 'w') as f:\n"
                + "            f.write('x')\n"
                + "        out.append(p + ':written')\n"
                + "    except OSError as e:\n"
                + "        out.append(p + ':denied')\n"
                + "return out\n");

        assertThat(found).contains("/usr/evil:denied", "/etc/evil:denied", "/box/src/evil:denied", "/evil:denied",
                "/proc/evil:denied", "/tmp/ok:written");
        assertThat(Path.of("/usr/evil")).doesNotExist();
    }

    @Test
    void fillingTheDiskStopsAtTheTmpfsSize() {
        String found = probe("total = 0\n"
                + "try:\n"
                + "    with open('/tmp/fill', 'wb') as f:\n"
                + "        while total < 1 << 30:\n"
                + "            f.write(b'x' * (1 << 20))\n"
                + "            f.flush()\n"
                + "            total += 1 << 20\n"
                + "except OSError as e:\n"
                + "    return 'stopped:' + str(total) + ':' + errno.errorcode[e.errno]\n"
                + "return 'filled:' + str(total)\n");

        assertThat(found).startsWith("\"stopped:").contains("ENOSPC");
        long written = Long.parseLong(found.split(":")[1]);
        assertThat(written).isLessThanOrEqualTo(16L << 20);
    }

    @Test
    void loopbackServicesOfTheHostAreUnreachable() throws Exception {
        try (ServerSocket host = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String found = probe("out = []\n"
                    + "for port in [5432, 6379, " + host.getLocalPort() + "]:\n"
                    + "    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
                    + "    s.settimeout(1)\n"
                    + "    try:\n"
                    + "        s.connect(('127.0.0.1', port))\n"
                    + "        out.append(str(port) + ':connected')\n"
                    + "    except OSError as e:\n"
                    + "        out.append(str(port) + ':' + type(e).__name__)\n"
                    + "return out\n");

            assertThat(found).doesNotContain("connected");
        }
    }

    @Test
    void vsockIoUringPtraceAndNamespacesAreDenied() {
        String found = probe("libc = ctypes.CDLL(None, use_errno=True)\n"
                + "out = []\n"
                + "try:\n"
                + "    socket.socket(40, socket.SOCK_STREAM)\n"
                + "    out.append('vsock:open')\n"
                + "except OSError as e:\n"
                + "    out.append('vsock:' + errno.errorcode[e.errno])\n"
                + "try:\n"
                + "    socket.socket(17, socket.SOCK_RAW)\n"
                + "    out.append('packet:open')\n"
                + "except OSError as e:\n"
                + "    out.append('packet:' + errno.errorcode[e.errno])\n"
                + "params = ctypes.create_string_buffer(120)\n"
                + "for name, nr, args in [('io_uring_setup', 425, (4, params)), ('ptrace', 101, (16, 1, 0, 0)),\n"
                + "                       ('unshare', 272, (0x10000000,)), ('bpf', 321, (0, 0, 0)),\n"
                + "                       ('keyctl', 250, (0, 0)), ('userfaultfd', 323, (0,)),\n"
                + "                       ('process_vm_readv', 310, (1, 0, 0, 0, 0, 0)), ('mount', 165, (0, 0, 0, 0, 0))]:\n"
                + "    rc = libc.syscall(nr, *args)\n"
                + "    out.append(name + ':' + (errno.errorcode.get(ctypes.get_errno(), '?') if rc < 0 else 'allowed'))\n"
                + "return out\n");

        assertThat(found).contains("vsock:EAFNOSUPPORT", "packet:EAFNOSUPPORT", "io_uring_setup:EPERM",
                "ptrace:EPERM", "unshare:EPERM", "bpf:EPERM", "keyctl:EPERM", "userfaultfd:EPERM",
                "process_vm_readv:EPERM", "mount:EPERM").doesNotContain("allowed");
    }

    @Test
    void hiddenInputsDoNotLeakThroughErrorsOrPrints() {
        String solve = "def solve(nums, target):\n    seen = {}\n    for j, v in enumerate(nums):\n"
                + "        if target - v in seen:\n            return [seen[target - v], j]\n        seen[v] = j\n";
        JudgeResult raised = JudgeFixture.run("pair-with-target-sum", Language.PYTHON, solve
                + "def pairWithTargetSum(nums, target):\n    if len(nums) == 2:\n"
                + "        raise ValueError('SECRET' + repr(nums))\n    return solve(nums, target)\n", TestSelection.ALL);
        JudgeResult printed = JudgeFixture.run("pair-with-target-sum", Language.PYTHON, "import os, sys\n" + solve
                + "def pairWithTargetSum(nums, target):\n    if len(nums) == 2:\n"
                + "        print('SECRET', nums, file=sys.stderr, flush=True)\n        os._exit(3)\n"
                + "    return solve(nums, target)\n", TestSelection.ALL);

        assertThat(raised.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(raised.message()).isEqualTo("ValueError on a hidden test").doesNotContain("SECRET");
        assertThat(printed.verdict()).isEqualTo(Verdict.RUNTIME_ERROR);
        assertThat(printed.message()).doesNotContain("SECRET").contains("hidden test");
        assertThat(raised.failedCase()).isEmpty();
    }

    @Test
    void forkBombIsContainedAndLeavesNothing() {
        long start = System.nanoTime();
        JudgeResult result = JudgeFixture.run("pair-with-target-sum", Language.PYTHON,
                "import os\ndef pairWithTargetSum(nums, target):\n    while True:\n        try:\n"
                        + "            os.fork()\n        except OSError:\n            pass\n",
                TestSelection.VISIBLE);

        assertThat(result.verdict()).isIn(Verdict.TIME_LIMIT_EXCEEDED, Verdict.RUNTIME_ERROR,
                Verdict.MEMORY_LIMIT_EXCEEDED);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void doubleForkedDaemonDoesNotSurvive() {
        JudgeResult result = JudgeFixture.run("pair-with-target-sum", Language.PYTHON,
                "import os, time\ndef pairWithTargetSum(nums, target):\n    if os.fork() == 0:\n        os.setsid()\n"
                        + "        if os.fork() == 0:\n            time.sleep(600)\n        os._exit(0)\n"
                        + "    return []\n",
                TestSelection.VISIBLE);

        assertThat(result.verdict()).isEqualTo(Verdict.WRONG_ANSWER);
    }
}
