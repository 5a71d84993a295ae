import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Judge harness for Java: runs Solution's method on each test and prints one JSON line per test. */
public final class JudgeMain {
    private static final PrintStream OUT =
            new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);

    public static void main(String[] argv) throws Exception {
        System.setOut(System.err);
        Thread runner = new Thread(null, JudgeMain::runAll, "judge", 512L * 1024 * 1024);
        runner.start();
        runner.join();
        OUT.flush();
        Runtime.getRuntime().halt(0);
    }

    @SuppressWarnings("unchecked")
    private static void runAll() {
        List<Object> tests;
        try {
            Map<String, Object> spec = (Map<String, Object>) JudgeJson.parse(Files.readString(Path.of("/box/src/tests.json")));
            tests = (List<Object>) spec.get("tests");
        } catch (Exception e) {
            emit("{\"i\":0,\"err\":\"RE\",\"msg\":\"cannot read the tests\"}");
            return;
        }
        Method call;
        try {
            call = Class.forName("JudgeCall").getDeclaredMethod("call", List.class);
            call.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            emit("{\"i\":0,\"err\":\"RE\",\"msg\":\"the harness cannot find JudgeCall\"}");
            return;
        }
        emit("{\"ready\":1}");
        for (int i = 0; i < tests.size(); i++) {
            resetPeak();
            List<Object> args = (List<Object>) tests.get(i);
            long start = System.nanoTime();
            String value;
            double ms;
            try {
                Object result = invoke(call, args);
                ms = (System.nanoTime() - start) / 1e6;
                value = JudgeJson.write(result);
            } catch (OutOfMemoryError e) {
                emit("{\"i\":" + i + ",\"err\":\"MLE\",\"msg\":\"OutOfMemoryError\"}");
                return;
            } catch (Throwable e) {
                emit("{\"i\":" + i + ",\"err\":\"RE\",\"msg\":" + JudgeJson.write(describe(e)) + "}");
                return;
            }
            emit("{\"i\":" + i + ",\"ok\":true,\"ms\":" + String.format("%.3f", ms) + ",\"kb\":" + peakKb()
                    + ",\"v\":" + value + "}");
        }
    }

    /** Calls JudgeCall.call (compiled per problem, so found by name) and rethrows what the candidate's code threw. */
    private static Object invoke(Method call, List<Object> args) throws Throwable {
        try {
            return call.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static String describe(Throwable e) {
        String where = "";
        for (StackTraceElement frame : e.getStackTrace()) {
            if ("Solution.java".equals(frame.getFileName())) {
                where = " (line " + frame.getLineNumber() + ")";
                break;
            }
        }
        String text = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where;
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    /** Writing 5 to clear_refs resets VmHWM to the current resident size, so the next reading is this test's peak. */
    private static void resetPeak() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (Exception e) {
            // Kernels without peak reset keep the process high-water mark.
        }
    }

    private static long peakKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    private static void emit(String line) {
        OUT.print(line);
        OUT.print('\n');
        OUT.flush();
    }
}
