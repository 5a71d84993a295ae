import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The judge's warm Java compiler, run inside the sandbox: reads requests (sources) on stdin, compiles them with
 * javax.tools in memory ({@code -proc:none}: no annotation processor, so no submitted code runs) and answers on
 * stdout with the class files or javac's messages. Request: int count, then per file a UTF name, int length, UTF-8
 * bytes. Answer: boolean ok, then either int count and per class a UTF binary name, int length, bytes, or int length
 * and the UTF-8 messages.
 */
public final class JudgeCompileServer {

    private static final List<String> OPTIONS = List.of("-nowarn", "-proc:none", "-Xmaxerrs", "20", "-g:source,lines");
    private static final int MESSAGE_LIMIT = 64 << 10;

    private JudgeCompileServer() {
    }

    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in));
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
        System.setOut(System.err);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StandardJavaFileManager files = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
        files.setLocation(StandardLocation.CLASS_PATH, List.of(new File(args[0])));
        while (true) {
            int count;
            try {
                count = in.readInt();
            } catch (EOFException e) {
                return;
            }
            List<JavaFileObject> sources = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = in.readUTF();
                String text = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
                sources.add(new SimpleJavaFileObject(URI.create("file:///box/src/" + name), JavaFileObject.Kind.SOURCE) {
                    @Override
                    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                        return text;
                    }
                });
            }
            Map<String, ByteArrayOutputStream> classes = new TreeMap<>();
            StringWriter messages = new StringWriter();
            boolean ok = compiler.getTask(messages, inMemory(files, classes), null, OPTIONS, null, sources).call();
            out.writeBoolean(ok);
            if (ok) {
                out.writeInt(classes.size());
                for (Map.Entry<String, ByteArrayOutputStream> entry : classes.entrySet()) {
                    out.writeUTF(entry.getKey());
                    out.writeInt(entry.getValue().size());
                    entry.getValue().writeTo(out);
                }
            } else {
                String text = messages.toString();
                byte[] bytes = text.substring(0, Math.min(text.length(), MESSAGE_LIMIT)).getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
            out.flush();
        }
    }

    private static JavaFileManager inMemory(StandardJavaFileManager files, Map<String, ByteArrayOutputStream> classes) {
        return new ForwardingJavaFileManager<>(files) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                URI uri = URI.create("mem:///" + className.replace('.', '/') + kind.extension);
                return new SimpleJavaFileObject(uri, kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                        classes.put(className, bytes);
                        return bytes;
                    }
                };
            }
        };
    }
}
